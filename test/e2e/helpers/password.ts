// Shared by the password end-to-end files (password-*.e2e.ts): the two browsers, fixtures' steps, the HIBP
// fake and log reads.
//  - `launch()`: the extension as installed (no optional permission granted) — everything that works by default;
//  - `launchGranted()`: the same build with its optional permissions (api.pwnedpasswords.com, all sites,
//    notifications) moved to required ones, i.e. as if the user had accepted the options page's prompt.
//    Headless Chromium has no way to click "Allow" on an extension permission prompt, so this is how the
//    granted state is tested.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Request, Route } from 'playwright-core';
import { launch, ROOT, type Harness, type NotionPage as Page } from '../../../scripts/lib/browser.mjs';
import { storedLog } from './ext';

export const HOSTS = ['https://app.notion.com', 'https://www.notion.so'];
export const PAGE_PATH = '/p/Roadmap-0123456789abcdef0123456789abcdef';
export const HIBP = 'https://api.pwnedpasswords.com';

export async function launchGranted(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'srm-granted-'));
  cpSync(join(ROOT, 'dist/chrome'), dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  m.permissions = [...m.permissions, ...(m.optional_permissions ?? [])];
  m.host_permissions = [...m.host_permissions, ...(m.optional_host_permissions ?? [])];
  delete m.optional_permissions;
  delete m.optional_host_permissions;
  writeFileSync(file, JSON.stringify(m, null, 2));
  const h = await launch({ ext: dir });
  return {
    ...h,
    async close() {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type LoggedEvent = { kind: string; decision: string; detail?: string; domains?: string[] };
export async function events(x: Harness, kind?: string): Promise<LoggedEvent[]> {
  const log: LoggedEvent[] = await storedLog(x.serviceWorker());
  return log.filter((e) => !kind || e.kind === kind);
}

export const sha = (alg: 'sha1' | 'sha256', s: string) => createHash(alg).update(s, 'utf8').digest('hex').toUpperCase();

export const meter = (page: Page) => page.getByRole('status').filter({ hasText: 'Password strength' });

/** Settings → Change password; `variant` (test/fixtures/notion/variants.ts) first changes the page as a Notion release could. */
export async function openSettingsDialog(x: Harness, host: string, fixture: string, variant?: () => void): Promise<{ page: Page; field: Locator }> {
  const page = await x.openNotion(host + PAGE_PATH, fixture);
  if (variant) await page.evaluate(variant);
  await page.locator('[data-fx=open-password]').click();
  const field = page.getByLabel('New password', { exact: true });
  await field.waitFor();
  return { page, field };
}

/** Login/signup: email step, "Continue", then the secret field. */
export async function toSecretStep(x: Harness, url: string, fixture: string, email: string): Promise<{ page: Page; secret: Locator }> {
  const page = await x.openNotion(url, fixture);
  await page.locator('[data-fx=email]').fill(email);
  await page.locator('[data-fx=continue]').click();
  const secret = page.locator('[data-fx=secret]');
  await secret.waitFor();
  return { page, secret };
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
export type Seen = { method: string; url: string; headers: Record<string, string> };

/** Routes the HIBP range API to a local fake. `answer` gets the prefix and returns a body (or a status). */
export async function fakeHibp(x: Harness, answer: (prefix: string) => { status?: number; body?: string } | 'abort'): Promise<Seen[]> {
  const seen: Seen[] = [];
  await x.context.unroute(`${HIBP}/**`).catch(() => undefined);
  await x.context.route(`${HIBP}/**`, async (route: Route, request: Request) => {
    seen.push({ method: request.method(), url: request.url(), headers: await request.allHeaders() });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Add-Padding', 'access-control-allow-methods': 'GET' };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const prefix = new URL(request.url()).pathname.split('/').pop() ?? '';
    const a = answer(prefix);
    if (a === 'abort') return route.abort('internetdisconnected');
    return route.fulfill({ status: a.status ?? 200, headers: { ...cors, 'content-type': 'text/plain' }, body: a.body ?? '' });
  });
  return seen;
}

/** A padded range response (CRLF, 35-hex suffixes): `hits` are real lines, plus count-0 padding lines. */
export function rangeBody(hits: Record<string, number>, padding: string[] = []): string {
  const lines = ['0018A45C4D1DEF81644B54AB7F969B88D65:1', '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2'];
  for (const [suffix, n] of Object.entries(hits)) lines.push(`${suffix}:${n}`);
  for (const p of padding) lines.push(`${p}:0`);
  for (let i = 0; i < 20; i++) lines.push(`${createHash('sha1').update(String(i)).digest('hex').slice(5).toUpperCase()}:0`);
  return lines.join('\r\n');
}

