// Smoke tests in real Firefox (Debian's firefox-esr over WebDriver BiDi): dist/firefox installs, its
// content script runs on a Notion URL and a coaching card appears; and the password meter works there
// (the login/signup prewarm at document_start, the secret moz-extension:// frame, the hand-over).
import { afterAll, beforeAll, expect, test } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../../scripts/lib/browser.mjs';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
let browser: Browser;
let extensionId = '';

beforeAll(async () => {
  if (!FIREFOX) throw new Error('firefox-esr is not installed (apt-get install firefox-esr)');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  extensionId = await browser.installExtension(join(ROOT, 'dist/firefox'));
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page whose app.notion.com requests are answered with fixtures: `pages` maps a path to a fixture;
 * `slowFixtureScriptMs` holds the fixtures' parser-blocking script back (and so DOMContentLoaded).
 */
async function fixturePage(pages: Record<string, string>, slowFixtureScriptMs = 0) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', async (req) => {
    const url = new URL(req.url());
    if (!/^https?:$/.test(url.protocol)) return req.continue(); // the extension's own moz-extension:// files
    if (url.pathname.startsWith('/_fx/')) {
      if (slowFixtureScriptMs) await new Promise((r) => setTimeout(r, slowFixtureScriptMs));
      return req.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(join(FIXTURES, url.pathname.slice(5))) });
    }
    if (url.hostname === 'app.notion.com') {
      return req.respond({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, pages[url.pathname] ?? 'share-a.html')) });
    }
    return req.respond({ status: 404, body: '' });
  });
  return page;
}

test('Firefox: the extension installs, runs on app.notion.com and shows a coaching alert', async () => {
  expect(extensionId).toBe('srm-coach@srm-coach.org');
  const page = await fixturePage({});
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

test('Firefox: signup shows the password meter (secret frame, prewarmed at document_start)', async () => {
  // DOMContentLoaded is held back 800 ms: only the document_start prewarm can have made the frame by then.
  const page = await fixturePage({ '/signup': 'signup-b.html' }, 800);
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { frameAtDcl: boolean }).frameAtDcl = document.querySelector('srm-coach-frame') !== null;
    });
  });
  await page.goto('https://app.notion.com/signup');
  expect(await page.evaluate(() => (window as unknown as { frameAtDcl?: boolean }).frameAtDcl)).toBe(true);
  await page.type('[data-fx=email]', 'sam@globex.io');
  await page.click('[data-fx=continue]');
  await page.waitForSelector('[data-fx=secret]');
  await page.type('[data-fx=secret]', 'qwerty123');
  const text = await page.waitForFunction(
    () => {
      const t = [...(document.querySelector('srm-coach-ui')?.shadowRoot?.querySelectorAll('[role="status"]') ?? [])].map((e) => e.textContent).join(' ');
      return t.includes('9 characters') ? t : false;
    },
    { timeout: 20_000 },
  );
  expect(String(await text.jsonValue())).toMatch(/Password strength: weak/);
  expect(await page.evaluate(() => document.querySelectorAll('srm-coach-frame').length)).toBe(1);
});
