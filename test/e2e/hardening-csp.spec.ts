/**
 * The Content-Security-Policy, in Chromium, against the built renderer served by
 * scripts/serve.mjs (the same policy as the desktop app's app:// responses): the header is
 * there, the app's own scripts run, and nothing injected does — an inline <script>, an inline
 * event handler, a javascript: link, a script from elsewhere or from a data: URL.
 */
import { expect, test } from '@playwright/test';

const EXPECTED = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

test('every response carries the policy, and the page’s own <meta> repeats it', async ({ page, request }) => {
  const res = await page.goto('/');
  const csp = res?.headers()['content-security-policy'] ?? '';
  for (const part of EXPECTED) expect(csp).toContain(part);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  // Scripts and styles of the build, too (not only the page).
  const script = await page.locator('script[src]').first().getAttribute('src');
  const asset = await request.get(new URL(script!, page.url()).href);
  expect(asset.headers()['content-security-policy']).toBe(csp);
  // The app's own scripts run.
  await expect(page.getByRole('button', { name: '+ New project' })).toBeVisible();
});

test('an injected script does not run: inline, event handler, javascript: link, or from elsewhere', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: '+ New project' })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const ran = () => page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__pwned')));

  // Playwright's own way of adding an inline script is refused by the page.
  await page.addScriptTag({ content: 'window.__pwnedByScriptTag = true;' }).catch(() => undefined);
  await page.evaluate(() => {
    // An inline <script> made by code (as an XSS in a card's text would try).
    const s = document.createElement('script');
    s.textContent = 'window.__pwnedByCreatedScript = true;';
    document.body.appendChild(s);
    // Markup with a script and an inline event handler, through innerHTML.
    const div = document.createElement('div');
    div.innerHTML = '<script>window.__pwnedByInnerHtml = true</' + 'script><img src="data:," onerror="window.__pwnedByOnerror = true">';
    document.body.appendChild(div);
    // A script from another origin, and one from a data: URL.
    for (const src of ['https://evil.example/x.js', 'data:text/javascript,window.__pwnedByDataUrl=true']) {
      const remote = document.createElement('script');
      remote.src = src;
      document.body.appendChild(remote);
    }
    // A javascript: link, clicked.
    const a = document.createElement('a');
    a.href = 'javascript:window.__pwnedByJavascriptUrl = true';
    a.textContent = 'x';
    document.body.appendChild(a);
    a.click();
  });
  // (eval and new Function can't be tried from here: code evaluated through the DevTools
  // protocol, as page.evaluate is, is exempt from the page's eval rule. The header check above
  // makes sure the policy has no 'unsafe-eval'.)
  await page.waitForTimeout(300);
  expect(await ran()).toEqual([]);
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  // Chromium reported the blocked attempts (inline, handler, javascript:, remote, data:).
  expect(violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(5);
  // And the app still works.
  await expect(page.getByRole('button', { name: '+ New project' })).toBeEnabled();
});
