// Smoke test in real Firefox (Debian's firefox-esr over WebDriver BiDi): dist/firefox installs, its
// content script runs on a Notion URL and a coaching card appears.
import { afterAll, beforeAll, expect, test } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../../scripts/lib/browser.mjs';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
let browser: Browser;

beforeAll(async () => {
  if (!FIREFOX) throw new Error('firefox-esr is not installed (apt-get install firefox-esr)');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

test('Firefox: the extension installs, runs on app.notion.com and shows a coaching alert', async () => {
  const id = await browser.installExtension(join(ROOT, 'dist/firefox'));
  expect(id).toBe('srm-coach@srm-coach.org');
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/_fx/')) {
      return req.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(join(FIXTURES, url.pathname.slice(5))) });
    }
    if (url.hostname === 'app.notion.com') {
      return req.respond({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, 'share-a.html')) });
    }
    return req.respond({ status: 404, body: '' });
  });
  await page.goto('https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef');
  await page.click('[data-fx=open-share]');
  await page.type('[data-fx=invite-input]', 'jane@gmail.com');
  await page.keyboard.press('Enter');
  const text = await page.waitForFunction(
    () => document.querySelector('srm-coach-ui')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? false,
    { timeout: 15_000 },
  );
  expect(String(await text.jsonValue())).toContain('gmail.com');
});
