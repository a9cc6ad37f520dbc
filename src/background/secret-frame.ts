// Who may use the secret frame (src/password-frame/): only the content script that opened it.
//
// The frame page is web-accessible to Notion's origins (it must be, to sit inside Notion's login and
// password screens), so a Notion page's own script could open a copy of it. Such a copy must answer
// nothing and write nothing. So:
//  1. the content script asks the background for a one-time token ('frame:token'): runtime messaging is
//     closed to web pages, so only our content script (top frame of a Notion tab) gets one;
//  2. it puts the token in the frame's URL fragment (the frame sits in a closed shadow root) and in its
//     HELLO over postMessage;
//  3. the frame redeems the token with the background ('frame:redeem'); the background checks that the
//     sender is our frame page, in the same tab the token was issued to, not a top-level document, and
//     that the token is fresh and unused. Only then does the frame accept the content script's port, and
//     only a redeemed frame (tab + frame id) may send the reuse messages (isSecretFrame).
// Tokens and redeemed frames live in storage.session (not readable by content scripts; survives a
// restart of the service worker, cleared with the browser session).
import { browser, type Runtime } from '../platform/browser';
import { handle } from '../platform/messaging';
import { isNotionHost } from '@shared/notion-hosts';
import { newFrameToken } from '@shared/password/frame-protocol';
import { createSerial } from '@shared/serial';

export const FRAME_PAGE = 'src/password-frame/index.html';
const TOKENS = 'secretFrameTokens';
const FRAMES = 'secretFrames';
/** A token must be redeemed this soon (the frame redeems it as it starts; the login prewarm waits ≤ 60 s). */
const TOKEN_TTL_MS = 90_000;
const MAX_TOKENS = 50;

type Tokens = Record<string, { tab: number; exp: number }>;
type Frames = Record<string, number>; // `${tabId}:${frameId}` → redeemed at

async function read<T>(key: string): Promise<T> {
  const got = await browser.storage.session.get(key);
  return (got[key] ?? {}) as T;
}

const serial = createSerial();

function isFramePage(url: string | undefined): boolean {
  return typeof url === 'string' && url.split(/[?#]/)[0] === browser.runtime.getURL(FRAME_PAGE);
}

function notionTop(sender: Runtime.MessageSender): boolean {
  try {
    return sender.frameId === 0 && typeof sender.url === 'string' && isNotionHost(new URL(sender.url).hostname);
  } catch {
    return false;
  }
}

/** True when `sender` is a secret frame whose token was redeemed. */
export async function isSecretFrame(sender: Runtime.MessageSender): Promise<boolean> {
  const tab = sender.tab?.id;
  if (tab === undefined || sender.frameId === undefined || sender.frameId === 0 || !isFramePage(sender.url)) return false;
  return (await read<Frames>(FRAMES))[`${tab}:${sender.frameId}`] !== undefined;
}

/**
 * `frames` without the entries of tabs that are gone. Pruned here, when a frame is redeemed, rather than on
 * tabs.onRemoved: that listener would wake the service worker whenever any tab in the browser closes.
 */
async function openTabsOnly(frames: Frames): Promise<Frames> {
  const tabOf = (key: string) => Number(key.split(':')[0]);
  const open = new Set<number>();
  await Promise.all([...new Set(Object.keys(frames).map(tabOf))].map((t) => browser.tabs.get(t).then(() => open.add(t), () => undefined)));
  return Object.fromEntries(Object.entries(frames).filter(([k]) => open.has(tabOf(k))));
}

export function initSecretFrames(): void {
  handle({
    'frame:token': (_p, sender) =>
      serial(async () => {
        const tab = sender.tab?.id;
        if (tab === undefined || !notionTop(sender)) return {};
        const now = Date.now();
        const tokens = Object.fromEntries(Object.entries(await read<Tokens>(TOKENS)).filter(([, v]) => v.exp > now).slice(-MAX_TOKENS));
        const token = newFrameToken();
        tokens[token] = { tab, exp: now + TOKEN_TTL_MS };
        await browser.storage.session.set({ [TOKENS]: tokens });
        return { token };
      }),
    'frame:redeem': ({ token }, sender) =>
      serial(async () => {
        const tokens = await read<Tokens>(TOKENS);
        const entry = tokens[token];
        if (!entry) return { ok: false };
        delete tokens[token]; // one use, whoever tries it
        await browser.storage.session.set({ [TOKENS]: tokens });
        const tab = sender.tab?.id;
        if (entry.exp < Date.now() || tab !== entry.tab || !sender.frameId || !isFramePage(sender.url)) return { ok: false };
        const frames = await openTabsOnly(await read<Frames>(FRAMES));
        frames[`${tab}:${sender.frameId}`] = Date.now();
        await browser.storage.session.set({ [FRAMES]: frames });
        return { ok: true };
      }),
  });
}
