#!/usr/bin/env node
// Takes the README's quick-start screenshots (docs/quickstart-*.png) of the built web app at
// 1280×720, walking the facilitator's first workshop: open the sample, start a session and
// the presenter view, run a dot vote, open the leadership report.
//   npx vite build && node scripts/quickstart-screenshots.mjs
// Serves out/renderer with scripts/serve.mjs on a free loopback port; needs a Chromium
// (scripts/browser.mjs finds one).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT } from './bootstrap.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const OUT = join(ROOT, 'docs');
const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
await new Promise((resolve) => setTimeout(resolve, 1500));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 1,
});
const page = await context.newPage();
page.setDefaultTimeout(15_000);
const shot = async (p, name) => {
  await p.waitForTimeout(400);
  await p.screenshot({ path: join(OUT, `quickstart-${name}.png`) });
  console.log(`docs/quickstart-${name}.png`);
};

try {
  // 1. The sample project, from the home screen.
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('application', { name: /Journey map/ }).waitFor();
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await shot(page, '1-sample');

  // 2. A session from the alignment template, its first item running, the presenter view.
  await page
    .getByRole('navigation', { name: 'Project' })
    .getByRole('link', { name: /Workshop/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Workshop screens' })
    .getByRole('link', { name: 'Sessions', exact: true })
    .click();
  const template = page.getByLabel('Agenda template');
  const label = (await template.locator('option').allInnerTexts()).find((o) =>
    /^Alignment workshop/.test(o),
  );
  await template.selectOption({ label });
  await page.getByRole('button', { name: '+ Create session' }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page
    .getByRole('button', { name: /^Start “/ })
    .first()
    .click();
  await page
    .getByRole('link', { name: /^Open map/ })
    .first()
    .click();
  await page.getByRole('application', { name: /Journey map/ }).waitFor();
  await page
    .getByTestId('stage')
    .first()
    .getByRole('button', { name: /Focus this stage/ })
    .click();
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page
      .getByTestId('timer-widget')
      .getByRole('button', { name: 'Open the presenter view' })
      .click(),
  ]);
  await presenter.getByTestId('presenter-item').waitFor();
  await shot(presenter, '2-present');
  await presenter.close();

  // 3. A dot vote on the pains: three participants vote at the facilitator's keyboard.
  await page.getByRole('button', { name: 'Take the dots off the map' }).click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  const votes = {
    'Maya Chen': [
      'Sales calls her five days after',
      'Nobody owns the first 30 days',
      'Sales calls her',
    ],
    'Tom Berg': ['Sales calls her five days after', 'Security review takes', 'The guide asks'],
    'Luis Romero': [
      'Nobody owns the first 30 days',
      'Sales calls her five days after',
      'Our ads talk',
    ],
  };
  for (const [who, cards] of Object.entries(votes)) {
    await page.getByTestId('participant-switcher').selectOption({ label: who });
    for (const text of cards) {
      await page.getByRole('button', { name: new RegExp(`^Add a dot to “${text}`) }).click();
    }
  }
  await page
    .getByTestId('identity-chip')
    .getByRole('button', { name: 'Back to facilitator' })
    .click();
  // No card selected in the picture: a click on the map's empty background.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.getByRole('button', { name: 'Results' }).click();
  await shot(page, '3-vote');
  await page.getByRole('button', { name: 'Results' }).click();

  // 4. The leadership report, ready to print.
  await page.getByRole('link', { name: /Leadership report/ }).click();
  await page.getByTestId('report-document').waitFor();
  await page.getByRole('button', { name: 'Print or save as PDF' }).scrollIntoViewIfNeeded();
  await shot(page, '4-report');
} finally {
  await browser.close();
  server.kill();
}
