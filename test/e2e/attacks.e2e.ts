// Attacks on SRM Coach from a Notion page's own script, performed in real Chromium against the built
// extension exactly as an attacker's script would: each one worked before the hardening (SECURITY.md
// lists them with the threat model). The reuse watch's attacks from other sites are in password-reuse.e2e.ts
// ("reuse watch"); paste and share-flush costs in paste.e2e.ts and below.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { launch, ROOT } from '../../scripts/lib/browser.mjs';
import { rawLog, storedLog, resetSettings, fxLog } from './helpers/ext';
import { buildShareSample } from '../../src/shared/domain/share-bench';

type Harness = Awaited<ReturnType<typeof launch>>;
let h: Harness;

beforeAll(async () => {
  h = await launch();
  await h.closeWelcomeTab();
});
afterAll(async () => {
  await h?.close();
});

const URL_ = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

async function openShare(fixture = 'share-a.html'): Promise<Page> {
  const page = await h.openNotion(URL_, fixture);
  await page.getByText('Share', { exact: true }).first().click();
  await page.locator('[data-fx=invite-input]').waitFor();
  return page;
}

async function invite(page: Page, email: string) {
  await page.locator('[data-fx=invite-input]').fill(email);
  await page.locator('[data-fx=invite-input]').press('Enter');
}

const sync = (key: string) => h.serviceWorker().evaluate(async (k) => (await chrome.storage.sync.get(k))[k], key);

describe('a Notion page cannot silence SRM Coach', () => {
  test('dispatching srm-coach:takeover does not stop the coaching, and SRM Coach sends no event a page could observe', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const heard: string[] = [];
    const page = await openShare();
    await page.exposeFunction('heard', (t: string) => heard.push(t));
    await page.evaluate(() => {
      for (const type of ['srm-coach:takeover', 'srm-coach:hello', 'srm-coach:ready'])
        document.addEventListener(type, () => (window as unknown as { heard(t: string): void }).heard(type));
      document.dispatchEvent(new CustomEvent('srm-coach:takeover', { detail: 'attacker' }));
      window.dispatchEvent(new CustomEvent('srm-coach:takeover', { detail: 'attacker' }));
    });
    await invite(page, 'jane.doe@gmail.com');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    await expect.poll(() => alert.innerText()).toContain('gmail.com');
    expect(heard.filter((t) => t !== 'srm-coach:takeover')).toEqual([]);
    await page.close();
  });
});

describe('a Notion page cannot act for the user', () => {
  test('.click() and synthetic keys on "Trust this domain" trust nothing', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare();
    await invite(page, 'sam@vendor-x.io');
    await expect.poll(() => page.getByRole('alert').getByRole('button', { name: 'Trust this domain' }).count()).toBe(1);
    await page.evaluate(() => {
      const root = document.querySelector('srm-coach-ui')!.shadowRoot!;
      for (const b of root.querySelectorAll('button')) {
        if (b.textContent !== 'Trust this domain') continue;
        b.click();
        b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        b.focus();
        b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(800);
    expect(await sync('trustedDomains')).toBeUndefined();
    expect(await page.getByRole('alert').innerText()).toContain('vendor-x.io');
    // The user's own click still works.
    await page.getByRole('alert').getByRole('button', { name: 'Trust this domain' }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Trust vendor-x.io' }).click();
    await expect.poll(() => sync('trustedDomains')).toEqual(['vendor-x.io']);
    await page.close();
  });

  test('a held invite is not released by the page clicking "Share anyway" or pressing Escape/Enter in the dialog', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm' });
    const page = await openShare('share-c.html');
    await invite(page, 'sam@gmail.com');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.locator('[data-fx=invite]').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.evaluate(() => {
      const root = document.querySelector('srm-coach-ui')!.shadowRoot!;
      const anyway = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Share anyway')!;
      anyway.click();
      anyway.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      root.querySelector('[role=alertdialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    await page.waitForTimeout(800);
    expect(await fxLog(page)).toEqual([]);
    expect(await dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Share anyway' }).click();
    await expect.poll(() => fxLog(page)).toEqual(['Invited 1']);
    await page.close();
  });
});

describe("a Notion page cannot use SRM Coach's secret frame", () => {
  test('a copy of the frame opened by the page (any token) answers nothing and writes nothing', async () => {
    await resetSettings(h, { reuseWatch: true });
    const page = await h.openNotion(URL_, 'share-a.html');
    const replies = await page.evaluate(async (id) => {
      const got: unknown[] = [];
      for (const token of ['a'.repeat(32), '0123456789abcdef0123456789abcdef', '']) {
        const f = document.createElement('iframe');
        f.src = `chrome-extension://${id}/src/password-frame/index.html#${token}`;
        await new Promise((r) => {
          f.onload = r;
          document.body.append(f);
        });
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => got.push(e.data);
        f.contentWindow!.postMessage({ type: 'srm-coach:secret-frame:hello', token }, '*', [ch.port2]);
        const policy = { minScore: 3, minLength: 8, minLength2fa: 8 };
        ch.port1.postMessage({ id: 1, op: 'score', password: 'password1', context: {}, policy });
        ch.port1.postMessage({ id: 2, op: 'learn-domain', email: 'boss@evil-corp.com' });
        ch.port1.postMessage({ id: 3, op: 'reuse-notion', password: 'Harbor-Velvet-Orchard-2026' });
        ch.port1.postMessage({ id: 4, op: 'breach', password: 'password1' });
      }
      await new Promise((r) => setTimeout(r, 2500));
      return got;
    }, h.extensionId);
    expect(replies).toEqual([]);
    expect(await sync('ownDomains')).toBeUndefined();
    // Nothing was remembered as the Notion password.
    const local = await h.serviceWorker().evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local).filter((k) => /reuse/i.test(k) && k !== 'reusePublicSalt')).toEqual([]);
    // A later invite to the domain the attacker tried to make "own" is still warned about.
    await page.getByText('Share', { exact: true }).first().click();
    await invite(page, 'ceo@evil-corp.com');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('evil-corp.com');
    // Logged before the tab closes: on a busy machine the event could otherwise land after the next
    // test's reset, in its log (CI, 3 Dec).
    await expect
      .poll(async () => (await storedLog(h.serviceWorker())).some((e) => e.kind === 'invite-risky' && e.domains?.includes('evil-corp.com')))
      .toBe(true);
    await page.close();
  });
});

describe('events, settings and text stay whole under load and tricks', () => {
  test('an invite naming 60 domains is recorded (the first 50 domains), not lost', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare();
    const list = Array.from({ length: 60 }, (_, i) => `p${i}@vendor${i}.example`).join(', ');
    await page.locator('[data-fx=invite-input]').fill(`${list} `);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    // This test's own events (those naming its vendors), each as decision, count, first and last domain.
    const expected = `shown:50:vendor0.example:vendor49.example`;
    await expect
      .poll(async () =>
        (await storedLog(h.serviceWorker()))
          .filter((e) => e.kind === 'invite-risky' && e.domains?.some((d) => d.endsWith('.example')))
          .map((e) => `${e.decision}:${e.domains?.length}:${e.domains?.[0]}:${e.domains?.at(-1)}`),
      )
      .toEqual([expected]);
    await page.close();
  });

  test('a 20 KB invite field with 500 trusted domains: the card comes, and later flushes cost no long frame', async () => {
    // The bench's sample (src/shared/domain/share-bench.ts): look-alikes of the trusted names, personal mail,
    // unknown and "-login" domains — the classifier's worst mix.
    const { field, trusted } = buildShareSample();
    await resetSettings(h, { ownDomains: ['contoso.com'], trustedDomains: trusted });
    const page = await openShare();
    const input = page.locator('[data-fx=invite-input]');
    // Warm: the classifier part is injected when the menu opens.
    await input.fill('warm@gmail.com, ');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await input.fill(`${field}, `);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/\d{3} invitees/);
    // Then Notion keeps changing the open menu (presence, hover, re-renders): every change is a flush that
    // re-reads the field; each must stay short (bench share_flush_20kb_ms measures one cold flush). Long
    // animation frames are watched (they cover a long task and the rendering after it; work in an animation
    // frame is no long *task*). When each flush redrew the card and checked every domain's trust again,
    // a third to a half of such changes gave a 50–84 ms frame; now none does here. A busy 2-core machine may
    // still stretch a frame or two past 50 ms whatever runs in it, so up to three of the 30 may.
    const long = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 300)); // the frames of the fill itself (the page's own input handling) end first
      const t0 = performance.now();
      const long: number[] = [];
      const po = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= t0 && e.duration >= 50) long.push(Math.round(e.duration));
      });
      po.observe({ type: 'long-animation-frame' });
      const menu = document.querySelector('[data-fx=invite-input]')!.parentElement!;
      for (let i = 0; i < 30; i++) {
        menu.append(document.createElement('span'));
        await new Promise((r) => setTimeout(r, 40));
      }
      await new Promise((r) => setTimeout(r, 200));
      po.disconnect();
      return long;
    });
    expect(long.length, `long frames: ${long.join(', ')} ms`).toBeLessThanOrEqual(3);
    await page.close();
  });

  test('tabs trusting domains at the same moment all keep their domain', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    // Unrelated names: a domain close to one trusted a moment before is (rightly) no longer one click from trusted.
    const domains = ['fabrikam.io', 'litware.net', 'lucerne-publishing.com', 'wideworldimporters.org'];
    const pages: Page[] = [];
    for (const d of domains) {
      const p = await openShare();
      await invite(p, `x@${d}`);
      await p.getByRole('alert').getByRole('button', { name: 'Trust this domain' }).waitFor();
      pages.push(p);
    }
    // Real (trusted) clicks, sent to every tab at once.
    for (const p of pages) await p.getByRole('alert').getByRole('button', { name: 'Trust this domain' }).click();
    await Promise.all(pages.map((p, i) => p.getByRole('alert').getByRole('button', { name: `Trust ${domains[i]}` }).click()));
    await expect.poll(async () => ((await sync('trustedDomains')) as string[] | undefined)?.slice().sort()).toEqual([...domains].sort());
    for (const p of pages) await p.close();
  });

  test('bidi controls in a page title reach neither the card, the log nor its export', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm' });
    const page = await openShare('share-c.html');
    await page.evaluate(() => (document.title = 'Pay\u202Eroll\u2066 Q3\u2069'));
    await invite(page, 'sam@gmail.com');
    await page.locator('[data-fx=invite]').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    const shown = await page.evaluate(() => document.querySelector('srm-coach-ui')!.shadowRoot!.textContent ?? '');
    expect(shown).not.toMatch(BIDI);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await expect
      .poll(async () => (await storedLog(h.serviceWorker())).filter((e) => e.decision === 'went-back').map((e) => e.pageTitle))
      .toEqual(['Payroll Q3']);
    const raw = JSON.stringify(await rawLog(h.serviceWorker()));
    expect(raw).not.toMatch(/\\u202e|\\u2066|\\u2069|\u202E|\u2066|\u2069/i);
    await page.close();
  });
});

describe('a page cannot tell that SRM Coach is installed by fetching its files', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [relative(join(ROOT, 'dist/chrome'), join(dir, d.name))]));

  test('of every file in the build, a Notion page can fetch only the secret frame page; a published page none', async () => {
    const all = files(join(ROOT, 'dist/chrome'));
    expect(all.length).toBeGreaterThan(20);
    const probe = async (page: Page) =>
      page.evaluate(
        async ({ id, paths }) => {
          const ok: string[] = [];
          for (const p of paths) {
            try {
              const r = await fetch(`chrome-extension://${id}/${p}`);
              if (r.ok) ok.push(p);
            } catch {
              /* not web-accessible */
            }
          }
          return ok;
        },
        { id: h.extensionId, paths: all },
      );
    const app = await h.openNotion(URL_, 'share-a.html');
    // Let the lazy parts load first (a share menu opens): they must not become fetchable either.
    await app.getByText('Share', { exact: true }).first().click();
    await invite(app, 'x@gmail.com');
    await expect.poll(() => app.getByRole('alert').count()).toBe(1);
    expect(await probe(app)).toEqual(['src/password-frame/index.html']);
    await app.close();
    const published = await h.openNotion('https://acme.notion.site/Roadmap-0123456789abcdef0123456789abcdef', 'published-a.html');
    expect(await probe(published)).toEqual([]);
    await published.close();
  });
});
