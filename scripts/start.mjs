// npm start: build, then open Chromium with SRM Coach on a Notion-shaped demo served at the real Notion
// URLs (no Notion account needed). With no display it runs the demo headless and saves a screenshot of
// each coaching moment under demo-shots/. `npm start -- --live` opens the real Notion instead;
// `npm start -- --firefox` runs the same demo in Firefox (firefox-esr, dist/firefox; scripts/lib/demo-firefox.mjs).
// Browser: Debian's /usr/bin/chromium, or set CHROMIUM_PATH=/path/to/chromium (not branded Chrome ≥ 137,
// which ignores --load-extension).
import { spawnSync } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from './lib/browser.mjs';

const args = process.argv.slice(2);
const live = args.includes('--live');
const headless = args.includes('--headless') || !process.env.DISPLAY;
const DEMO = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';

if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', cwd: ROOT }).status !== 0) process.exit(1);

if (args.includes('--firefox')) {
  const { firefoxDemo } = await import('./lib/demo-firefox.mjs');
  const shots = await firefoxDemo({ headless });
  if (shots.length) console.log(`No display: ran the demo headless in Firefox. Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  process.exit(0);
}

if (live) {
  if (headless) {
    console.error('--live needs a display (it opens the real Notion for you to log in).');
    process.exit(1);
  }
  const h = await launch({ headless: false, live: true });
  const page = await h.context.newPage();
  await page.goto('https://app.notion.com/');
  console.log('SRM Coach is loaded in this Chromium window. Close it to stop.');
  await new Promise((r) => h.context.on('close', r));
  process.exit(0);
}

const h = await launch({ headless });
// Demo profile: your work domain is acme.com (SRM Coach normally learns it from your signed-in email).
await h.serviceWorker().evaluate(() => chrome.storage.sync.set({ ownDomains: ['acme.com'] }));

if (!headless) {
  await h.openNotion(DEMO, 'share-a.html');
  console.log(`Demo open at ${DEMO} (served locally, no Notion account needed).
Try: click Share, type jane@gmail.com or bob@acrne.com and press Enter; switch General access to
"Anyone on the web with link"; open the Publish tab. Settings: the SRM Coach toolbar icon → Settings.
Close the window to stop.`);
  await new Promise((r) => h.context.on('close', r));
  process.exit(0);
}

// Headless tour: one screenshot per coaching moment.
const out = join(ROOT, 'demo-shots');
mkdirSync(out, { recursive: true });
const shots = [];
const shot = async (page, name) => {
  const file = join(out, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.waitForTimeout(250);
  await page.screenshot({ path: file });
  shots.push(file);
};
const setMode = (values) => h.serviceWorker().evaluate((v) => chrome.storage.sync.set(v), values);
const openShare = async (fixture, url = DEMO) => {
  const page = await h.openNotion(url, fixture);
  await page.getByText('Share', { exact: true }).first().click();
  await page.locator('[data-fx=invite-input]').waitFor();
  return page;
};
const invite = async (page, text) => {
  const input = page.locator('[data-fx=invite-input]');
  await input.fill(text);
  await input.press('Enter');
};

try {
  let page = await openShare('share-a.html');
  await invite(page, 'jane@gmail.com');
  await page.getByRole('alert').waitFor();
  await shot(page, 'personal-account-invite');
  await invite(page, 'bob@acrne.com');
  await page.getByRole('alert').filter({ hasText: 'acrne.com' }).waitFor();
  await shot(page, 'look-alike-domain');
  await page.close();

  await setMode({ shareMode: 'confirm' });
  page = await openShare('share-c.html');
  await invite(page, 'sam@outlook.com');
  await page.locator('[data-fx=invite]').click();
  await page.getByRole('alertdialog').waitFor();
  await shot(page, 'confirm-before-invite-dark-theme');
  await page.close();
  await setMode({ shareMode: 'coach' });

  page = await openShare('share-b.html');
  await page.locator('[data-fx=access-button]').click();
  await page.getByText('Anyone on the web with link').click();
  await page.getByRole('alert').waitFor();
  await shot(page, 'page-opened-to-the-web');
  await page.close();

  page = await openShare('share-public.html', 'https://www.notion.so/acme/Public-FAQ-0123456789abcdef0123456789abcdef');
  await page.getByRole('status').filter({ hasText: 'already public' }).waitFor();
  await shot(page, 'already-public-status');
  await page.close();

  // Password coaching, when its fixtures are present.
  if (existsSync(join(ROOT, 'test/fixtures/notion/password-settings-a.html'))) {
    page = await h.openNotion('https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef', 'password-settings-a.html');
    const pw = page.locator('input[type=password]').first();
    if (await pw.count()) {
      await pw.fill('notion2026');
      await page.getByRole('status').first().waitFor({ timeout: 5000 }).catch(() => undefined);
      await shot(page, 'password-strength-meter');
    }
    await page.close();
  }

  // The extension's own pages, light and dark (they follow the system's colour scheme).
  for (const scheme of ['light', 'dark']) {
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 600 }); // body.popup's width (src/ui/page.css)
    await popup.goto(h.extensionUrl('src/popup/index.html'));
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1').catch(() => undefined);
    await shot(popup, `popup-next-three-${scheme}`);
    for (const [path, name] of [['src/welcome/index.html', 'welcome-checklist'], ['src/options/index.html', 'options'], ['src/log/index.html', 'activity-log']]) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(h.extensionUrl(path));
      await shot(page, `${name}-${scheme}`);
      await page.close();
    }
    await popup.close();
  }
} finally {
  await h.close();
}
console.log(`No display: ran the demo headless. Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
