/**
 * Do the floor and the app answer alike? Both servers on the same database, the same requests:
 * the bodies must be byte for byte the same (the same fields, values and order), and so must the
 * Content-Range; an edit through either must read back identically through the other; and after
 * the floor's writes the app's own verify must accept the chain (and agree with the floor's).
 * Answers the list of differences (empty when they agree). Run before every measurement, and by
 * floor.test.mjs.
 */
import { AUDIT_LOG_PATH, auditTabPath, DASHBOARD_PATH, LIST_PATH, NOTIFICATIONS_PATH, SEARCH_PATH } from '../load/scenarios.mjs';

async function fetchBoth(app, floor, path, token, init = {}) {
  const call = async (server) => {
    const response = await fetch(`${server}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
    return { status: response.status, body: await response.text(), contentRange: response.headers.get('content-range') };
  };
  return { app: await call(app), floor: await call(floor) };
}

function compare(differences, what, { app, floor }) {
  if (app.status !== 200 || floor.status !== 200) {
    differences.push(`${what}: app answered ${app.status}, floor ${floor.status} (${(app.status !== 200 ? app.body : floor.body).slice(0, 300)})`);
  } else if (app.body !== floor.body) {
    differences.push(`${what}: the bodies differ\n  app:   ${excerpt(app.body, floor.body)}\n  floor: ${excerpt(floor.body, app.body)}`);
  } else if (app.contentRange !== floor.contentRange) {
    differences.push(`${what}: Content-Range "${app.contentRange}" (app) vs "${floor.contentRange}" (floor)`);
  }
}

/** Around the first character where two texts differ. */
function excerpt(text, other) {
  let i = 0;
  while (i < text.length && text[i] === other[i]) i++;
  return `…${text.slice(Math.max(0, i - 80), i + 120)}…`;
}

/**
 * `officer` and `auditor`: tokens; `ids.get` to read, `ids.update[0]` to edit (twice: through
 * the floor, then the app).
 */
export async function checkAgreement({ app, floor, officer, auditor, ids, verify = true }) {
  const differences = [];
  compare(differences, 'list', await fetchBoth(app, floor, LIST_PATH, officer));
  compare(differences, 'search', await fetchBoth(app, floor, SEARCH_PATH, officer));
  for (const id of ids.get.slice(0, 3)) compare(differences, `get ${id}`, await fetchBoth(app, floor, `/api/partnerships/${id}`, officer));
  compare(differences, 'audit log', await fetchBoth(app, floor, AUDIT_LOG_PATH, auditor));
  compare(differences, `audit tab ${ids.tab[0]}`, await fetchBoth(app, floor, auditTabPath(ids.tab[0]), auditor));
  compare(differences, 'dashboard', await fetchBoth(app, floor, DASHBOARD_PATH, officer));
  compare(differences, 'notifications', await fetchBoth(app, floor, NOTIFICATIONS_PATH, officer));

  // An edit through one reads back the same through the other, both ways.
  const id = ids.update[0];
  for (const [writer, reader, label] of [
    [floor, app, 'floor'],
    [app, floor, 'app'],
  ]) {
    const current = await (await fetch(`${writer}/api/partnerships/${id}`, { headers: { authorization: `Bearer ${officer}` } })).json();
    const put = await fetch(`${writer}/api/partnerships/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, summary: `Agreement check: edited through the ${label}` }),
    });
    const written = await put.text();
    const read = await (await fetch(`${reader}/api/partnerships/${id}`, { headers: { authorization: `Bearer ${officer}` } })).text();
    if (put.status !== 200) differences.push(`update through the ${label}: answered ${put.status}: ${written.slice(0, 300)}`);
    else if (written !== read)
      differences.push(
        `update through the ${label}: what it answered differs from what the other reads back\n  ${excerpt(written, read)}\n  ${excerpt(read, written)}`,
      );
  }
  // The two edits' audit events: the same shape, whoever wrote them.
  const tab = await fetch(
    `${app}/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityType: 'partnerships', entityId: String(id) }))}&sort=${encodeURIComponent('["id","DESC"]')}&range=${encodeURIComponent('[0,1]')}`,
    {
      headers: { authorization: `Bearer ${auditor}` },
    },
  );
  const [byApp, byFloor] = await tab.json();
  const shape = (event) => JSON.stringify({ ...event, id: 0, at: '', requestId: '', prevHash: '', hash: '', changes: Object.keys(event.changes) });
  if (!byApp || !byFloor || shape(byApp) !== shape(byFloor))
    differences.push(`the audit events of the two edits differ in shape:\n  app:   ${JSON.stringify(byApp)}\n  floor: ${JSON.stringify(byFloor)}`);

  // The floor's appends are a valid chain by the app's own verify, and both verifies agree.
  if (verify) {
    const verdicts = await fetchBoth(app, floor, '/api/audit-events/verify', auditor);
    if (!JSON.parse(verdicts.app.body).valid) differences.push(`the app's verify refuses the chain after the floor's writes: ${verdicts.app.body}`);
    if (verdicts.app.body !== verdicts.floor.body) differences.push(`verify: app ${verdicts.app.body} vs floor ${verdicts.floor.body}`);
  }
  return differences;
}
