/**
 * The comparison table, from a results object (what run.mjs writes to bench/results/): one row
 * per scenario, database and size, with the issue's goals judged on the full run's 100k size.
 * Printed on the console and written into docs/performance.md (report/write-doc.mjs).
 */

/** The issue's goals. `judged`: only the full run's 100k figures decide them. */
export const GOALS = {
  list: { ratio: 0.65, p99: 25, text: '≥ 0.65× floor; p99 ≤ 25 ms' },
  get: { ratio: 0.35, p99: 25, text: '≥ 0.35× floor; p99 ≤ 25 ms' },
  update: { ratio: 0.35, p99: 25, text: '≥ 0.35× floor; p99 ≤ 25 ms' },
  'audit-log': { serialP50: 25, text: 'one request ≤ 25 ms' },
  growth: { factor: 1.5, text: '100k cost ≤ 1.5× 10k' },
  export: { eventsPerSecond: 50_000, rssGrowthMb: 100, text: '≥ 50,000 events/s, RSS growth < 100 MB' },
  verify: { seconds: 10, text: '≤ 10 s' },
  'cold-start': { seconds: 1, text: '≤ 1.0 s' },
};

const GOAL_SIZE = '100k';
const fmt = (value, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (value) => (value === null || value === undefined ? '–' : value < 10 ? fmt(value, 1) : fmt(value));
const rps = (value) => fmt(value, value !== null && value !== undefined && value < 10 ? 1 : 0);
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'yes' : 'NO');

/** CPU per request: the server process, plus PostgreSQL's backends where there are any (node+db). */
const cpu = (series) =>
  !series
    ? '–'
    : series.dbCpuUsPerRequest === null || series.dbCpuUsPerRequest === undefined
      ? fmt(series.cpuUsPerRequest)
      : `${fmt(series.cpuUsPerRequest)}+${fmt(series.dbCpuUsPerRequest)}`;
const cpuTotal = (series) => (series ? (series.cpuUsPerRequest ?? 0) + (series.dbCpuUsPerRequest ?? 0) : null);

/** Latencies at the fixed rate; a server that cannot sustain the rate is "saturated" (its queue, and so its latency, grows without bound). */
function rateCell(rate, floorRate) {
  if (!rate) return '–';
  const one = (r) =>
    r.saturated
      ? `saturated (max ${rps(r.achieved)}/s)`
      : `${ms(r.p50)} / ${ms(r.p99)}${r.achieved < r.target * 0.95 ? ` (${fmt(r.achieved)}/s)` : ''}`;
  // The floor's latencies at the same rate (runs before 02/12/2026 did not measure them): the physical part of the app's.
  return floorRate && !rate.saturated ? `${one(rate)} (floor ${one(floorRate)})` : one(rate);
}

/** The rows of the table: arrays of cells, the header first. */
export function tableRows(results) {
  const header = [
    'scenario',
    'db',
    'size',
    'floor',
    'app',
    'app/floor',
    'app p50/p99 ms @100/s (floor)',
    'CPU µs/req app',
    'CPU µs/req floor',
    'goal',
    'met?',
  ];
  const rows = [header];
  const judged = (size) => results.kind === 'full' && size === GOAL_SIZE;
  for (const run of results.runs) {
    for (const [name, scenario] of Object.entries(run.scenarios)) {
      const { floor, app } = scenario;
      const ratio = floor?.rps && app?.rps ? app.rps / floor.rps : null;
      const goal = GOALS[name];
      let met = null;
      if (goal && judged(run.size)) {
        if (goal.ratio) met = ratio !== null && ratio >= goal.ratio && app.rate !== null && !app.rate.saturated && app.rate.p99 <= goal.p99;
        if (goal.serialP50) met = app.serial !== null && app.serial.p50 <= goal.serialP50;
      }
      rows.push([
        name,
        run.backend,
        run.size,
        `${rps(floor?.rps)} req/s`,
        `${rps(app?.rps)} req/s`,
        ratio === null ? '–' : `${fmt(ratio, 2)}×`,
        rateCell(app?.rate, floor?.rate),
        cpu(app),
        cpu(floor),
        goal ? (goal.serialP50 ? `${goal.text} (${ms(app?.serial?.p50)} ms)` : goal.text) : '',
        goal ? verdict(met) : '',
      ]);
      if (app?.failures?.length || floor?.failures?.length)
        rows.push([
          `  ↳ failed requests: ${[...(floor?.failures ?? []).map((f) => `floor ${f}`), ...(app?.failures ?? []).map((f) => `app ${f}`)].join('; ')}`,
        ]);
    }
    const shots = run.oneShots ?? {};
    if (shots.verify) {
      const { app, floor } = shots.verify;
      rows.push([
        'verify (whole chain)',
        run.backend,
        run.size,
        floor ? `${fmt(floor.seconds, 1)} s` : '–',
        `${fmt(app.seconds, 1)} s`,
        floor ? `${fmt(floor.seconds / app.seconds, 2)}×` : '–',
        `${fmt(app.count)} events`,
        '',
        '',
        GOALS.verify.text,
        verdict(judged(run.size) ? app.seconds <= GOALS.verify.seconds : null),
      ]);
    }
    if (shots.export) {
      const { app } = shots.export;
      const ok = app.eventsPerSecond >= GOALS.export.eventsPerSecond && app.rssGrowthMb < GOALS.export.rssGrowthMb;
      rows.push([
        'export (CSV, every event)',
        run.backend,
        run.size,
        'n/a',
        `${fmt(app.seconds, 1)} s`,
        '',
        `${fmt(app.eventsPerSecond)} events/s, +${fmt(app.rssGrowthMb)} MB RSS`,
        '',
        '',
        GOALS.export.text,
        verdict(judged(run.size) ? ok : null),
      ]);
    }
    if (shots.coldStart) {
      const { app } = shots.coldStart;
      rows.push([
        'cold start',
        run.backend,
        run.size,
        'n/a',
        `${fmt(app.seconds, 2)} s`,
        '',
        `median of ${app.all.length}`,
        '',
        '',
        GOALS['cold-start'].text,
        verdict(judged(run.size) ? app.seconds <= GOALS['cold-start'].seconds : null),
      ]);
    }
  }
  // Growth: the app's CPU per request at 100k over its CPU at 10k, on the same database.
  for (const name of ['list', 'get']) {
    for (const backend of ['sqlite', 'postgres']) {
      const small = results.runs.find((run) => run.size === '10k' && run.backend === backend)?.scenarios[name]?.app;
      const large = results.runs.find((run) => run.size === '100k' && run.backend === backend)?.scenarios[name]?.app;
      if (!small || !large) continue;
      const factor = cpuTotal(large) / cpuTotal(small);
      rows.push([
        `${name}: growth 10k → 100k`,
        backend,
        '',
        '',
        '',
        `${fmt(factor, 2)}×`,
        '',
        `${fmt(cpuTotal(small))} → ${fmt(cpuTotal(large))}`,
        '',
        GOALS.growth.text,
        verdict(results.kind === 'full' ? factor <= GOALS.growth.factor : null),
      ]);
    }
  }
  return rows;
}

/** The driver comparison's rows: TypeORM over better-sqlite3 (the app's) and over sqlite3. */
export function driverRows(results) {
  const drivers = results.drivers;
  if (!drivers) return [];
  if (drivers.error) return [[`sqlite3 comparison skipped: ${drivers.error}`]];
  const rows = [
    [
      'operation (in-process, TypeORM)',
      'better-sqlite3 ops/s',
      'sqlite3 ops/s',
      'sqlite3/better-sqlite3',
      'CPU µs/op better-sqlite3',
      'CPU µs/op sqlite3',
    ],
  ];
  for (const op of ['list', 'get', 'update']) {
    const a = drivers['better-sqlite3'][op];
    const b = drivers.sqlite3[op];
    rows.push([
      `${op} (${drivers.size})`,
      fmt(a.perSecond),
      fmt(b.perSecond),
      `${fmt(b.perSecond / a.perSecond, 2)}×`,
      fmt(a.cpuUsPerOperation),
      fmt(b.cpuUsPerOperation),
    ]);
  }
  return rows;
}

export function textTable(rows) {
  const widths = [];
  for (const row of rows) if (row.length > 1) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row.length === 1
        ? row[0]
        : row
            .map((cell, i) => String(cell).padEnd(widths[i]))
            .join('  ')
            .trimEnd(),
    )
    .join('\n');
}

export function markdownTable(rows) {
  const [header, ...body] = rows;
  const line = (cells) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    line(header),
    line(header.map(() => '---')),
    ...body.map((row) => (row.length === 1 ? line([row[0], ...header.slice(1).map(() => '')]) : line(row))),
  ].join('\n');
}
