import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { apiToken, signIn } from './fixtures';

/**
 * An admin is signed in; a page on another port of the same host (the same *site*, so the browser
 * sends the SameSite=Strict cookie along) tries to plant an admin account and a document: a form
 * posted as a form, a multipart upload, a "simple" fetch and a fetch with the app's header.
 * None of it may change anything.
 */
function attackerPage(app: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Free prize</title>
<iframe name="sink1"></iframe><iframe name="sink2"></iframe>
<form id="form" method="post" action="${app}/api/users" target="sink1">
  <input name="username" value="planted1"><input name="fullName" value="Planted"><input name="role" value="admin">
  <input name="password" value="a planted passphrase 2026">
</form>
<form id="upload" method="post" action="${app}/api/documents" enctype="multipart/form-data" target="sink2">
  <input name="partnershipId" value="1"><input name="category" value="other"><input type="file" name="file" id="file">
</form>
<script>
  const results = {};
  const body = JSON.stringify({ username: 'planted2', fullName: 'Planted', role: 'admin', password: 'a planted passphrase 2026' });
  const files = new DataTransfer();
  files.items.add(new File(['%PDF-1.4\\n%%EOF\\n'], 'planted.pdf', { type: 'application/pdf' }));
  document.getElementById('file').files = files.files;
  document.getElementById('form').submit();
  document.getElementById('upload').submit();
  const simple = fetch('${app}/api/users', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body })
    .then(() => 'sent', (e) => 'failed: ' + e);
  const withHeader = fetch('${app}/api/users', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-KLCH-Request': '1' }, body: body.replace('planted2', 'planted3') })
    .then((r) => 'answered ' + r.status, (e) => 'blocked');
  Promise.all([simple, withHeader]).then(([a, b]) => { results.simple = a; results.withHeader = b; window.done = results; });
</script>`;
}

test('a page of another origin on the same site cannot use the signed-in admin’s cookie to change anything', async ({ page, request, baseURL }) => {
  const app = baseURL!;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(attackerPage(app)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const attacker = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const admin = await apiToken(request, 'admin');
    const documentsBefore = (await request.get('/api/documents', { headers: { Authorization: `Bearer ${admin}` } })).headers()['content-range'];

    await signIn(page, 'admin');
    const answers: Array<{ method: string; url: string; status: number }> = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${app}/api/`))
        answers.push({ method: response.request().method(), url: response.url(), status: response.status() });
    });
    await page.goto(attacker);
    const results = await page
      .waitForFunction(() => (window as unknown as { done?: Record<string, string> }).done)
      .then((handle) => handle.jsonValue());
    await expect.poll(() => answers.filter((answer) => answer.method === 'POST').length).toBeGreaterThanOrEqual(3);

    // The form post (urlencoded) and the simple fetch (text/plain) are refused as bodies the API does not take;
    // the upload, which a form may send, is refused for its origin; the fetch with the header never leaves the browser.
    const posts = answers.filter((answer) => answer.method === 'POST').map(({ url, status }) => ({ path: new URL(url).pathname, status }));
    expect(posts).toEqual(
      expect.arrayContaining([
        { path: '/api/users', status: 415 },
        { path: '/api/documents', status: 403 },
      ]),
    );
    expect(posts.every(({ status }) => status === 403 || status === 415)).toBe(true);
    expect(results.withHeader).toBe('blocked');

    const users = await request.get('/api/users', {
      headers: { Authorization: `Bearer ${admin}` },
      params: { filter: JSON.stringify({ q: 'planted' }) },
    });
    expect(await users.json()).toEqual([]);
    const documentsAfter = (await request.get('/api/documents', { headers: { Authorization: `Bearer ${admin}` } })).headers()['content-range'];
    expect(documentsAfter).toBe(documentsBefore);

    // The app itself still works in that browser, cookie and all.
    await page.goto('/#/users');
    await expect(page.getByText('Demo Officer')).toBeVisible();
  } finally {
    server.close();
  }
});
