// `npm start -- --firefox`: the same Notion-shaped demo in real Firefox (Debian's firefox-esr) with
// dist/firefox installed. With a display it opens the demo for you to try; with none it runs headless and
// saves a screenshot of each coaching moment under demo-shots/firefox/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';
import { launchFirefox } from './firefox.mjs';

const DEMO = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';

/** Finds the extension tab the first install opens (Firefox's BiDi reports it as about:blank). */
async function extensionTab(h) {
  for (const end = Date.now() + 20_000; Date.now() < end; ) {
    for (const p of await h.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(h.extensionUrl(''))) return p;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not open its welcome tab');
}

const coachText = (page, role) =>
  page.evaluate((r) => [...(document.querySelector('srm-coach-ui')?.shadowRoot?.querySelectorAll(`[role="${r}"]`) ?? [])].map((e) => e.textContent).join(' '), role);

async function waitCoach(page, role, contains = '') {
  for (const end = Date.now() + 15_000; Date.now() < end; ) {
    const t = await coachText(page, role).catch(() => '');
    if (t && t.includes(contains)) return t;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${role} card${contains ? ` naming ${contains}` : ''} appeared`);
}

export async function firefoxDemo({ headless }) {
  const h = await launchFirefox({ headless });
  const ext = await extensionTab(h);
  // Demo profile: your work domain is acme.com (SRM Coach normally learns it from your signed-in email).
  await ext.evaluate(() => browser.storage.sync.set({ ownDomains: ['acme.com'] }));

  if (!headless) {
    await h.openNotion(DEMO, 'share-a.html');
    console.log(`Demo open in Firefox at ${DEMO} (served locally, no Notion account needed).
Try: click Share, type jane@gmail.com or bob@acrne.com and press Enter; switch General access to
"Anyone on the web with link"; open the Publish tab. Close the window to stop.`);
    await new Promise((r) => h.browser.on('disconnected', r));
    return [];
  }

  const out = join(ROOT, 'demo-shots', 'firefox');
  mkdirSync(out, { recursive: true });
  const shots = [];
  const shot = async (page, name) => {
    const file = join(out, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
    await new Promise((r) => setTimeout(r, 250));
    await page.screenshot({ path: file });
    shots.push(file);
  };
  const invite = async (page, email) => {
    await page.click('[data-fx=invite-input]', { count: 3 });
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
  };
  try {
    let page = await h.openNotion(DEMO, 'share-a.html');
    await page.click('[data-fx=open-share]');
    await page.waitForSelector('[data-fx=invite-input]');
    await invite(page, 'jane@gmail.com');
    await waitCoach(page, 'alert', 'gmail.com');
    await shot(page, 'personal-account-invite');
    await invite(page, 'bob@acrne.com');
    await waitCoach(page, 'alert', 'acrne.com');
    await shot(page, 'look-alike-domain');
    await page.close();

    page = await h.openNotion(DEMO, 'share-b.html');
    await page.click('[data-fx=open-share]');
    await page.waitForSelector('[data-fx=access-button]');
    await page.click('[data-fx=access-button]');
    await page.waitForSelector('[data-fx=access-option]');
    const options = await page.$$('[data-fx=access-option]');
    for (const o of options) if (/anyone on the web/i.test(await o.evaluate((e) => e.textContent ?? ''))) await o.click();
    await waitCoach(page, 'alert', 'Roadmap');
    await shot(page, 'page-opened-to-the-web');
    await page.close();

    page = await h.openNotion('https://app.notion.com/signup', 'signup-b.html');
    await page.type('[data-fx=email]', 'sam@globex.io');
    await page.click('[data-fx=continue]');
    await page.waitForSelector('[data-fx=secret]');
    await page.type('[data-fx=secret]', 'notion2026');
    await waitCoach(page, 'status', 'Password strength');
    await shot(page, 'password-strength-meter');
    await page.close();

    await ext.evaluate((u) => browser.tabs.create({ url: u }), h.extensionUrl('src/popup/index.html'));
    for (const end = Date.now() + 10_000; Date.now() < end; ) {
      const pages = await h.browser.pages();
      const popup = (
        await Promise.all(pages.map(async (p) => ((await p.evaluate(() => location.pathname).catch(() => '')) === '/src/popup/index.html' ? p : null)))
      ).find(Boolean);
      if (popup) {
        await popup.setViewport({ width: 420, height: 720 });
        await popup.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 10_000 }).catch(() => undefined);
        await shot(popup, 'popup-duties');
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await h.close();
  }
  return shots;
}
