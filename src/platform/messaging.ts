// Typed send/handle over the browser's own runtime messaging (platform/ext.ts, no polyfill: this is in the
// script on every Notion page), with the receiver's sender checks. A handler's answer goes back through
// sendResponse; a handler that throws makes the sender's send() reject, as before.
//
// Threat model. Every web page can run script in a tab our content script shares; a compromised or
// outdated content script must not reach privileged handlers. So the receiver (1) accepts only our
// own extension id, (2) treats any sender with a tab as a content script and allows it only the
// CONTENT_ALLOWED messages — unless the sender is one of our own extension pages open in a tab (welcome,
// activity log, options, a popup opened as a tab): the browser sets sender.url to its
// chrome-extension:// / moz-extension:// URL, which no web page or content script can have. Pages listed
// in web_accessible_resources (which any site may frame) never count as our pages. (3) validates every
// payload with its guard. sender.url is never used to grant anything to a web page.

import { ext, type ExtSender } from './ext';
import type { Runtime } from './browser';
import { CONTENT_ALLOWED, GUARDS, isEnvelope, type MessageType, type Request, type Response } from '@shared/messages';

export type Handlers = { [T in MessageType]?: (payload: Request<T>, sender: Runtime.MessageSender) => Promise<Response<T>> };

/** The reply of a handler that threw (send() turns it back into a rejection). */
const FAILED = '__srmFailed';

export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  const reply: unknown = await ext.runtime.sendMessage({ type, payload });
  if (reply && typeof reply === 'object' && FAILED in reply) throw new Error(String((reply as Record<string, unknown>)[FAILED]));
  return reply as Response<T>;
}

export function isAllowed(
  type: MessageType,
  sender: Pick<ExtSender, 'id' | 'tab' | 'url'>,
  ownId: string,
  isOwnPage: (url: string) => boolean = () => false,
): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab && !(typeof sender.url === 'string' && isOwnPage(sender.url))) return CONTENT_ALLOWED.has(type);
  return true;
}

/** Our extension pages that no web page can frame: under our origin and not web-accessible. */
function ownPageCheck(): (url: string) => boolean {
  const origin = ext.runtime.getURL('');
  const exposed: RegExp[] = [];
  for (const w of (ext.runtime.getManifest().web_accessible_resources ?? []) as (string | { resources?: string[] })[]) {
    for (const r of typeof w === 'string' ? [w] : (w.resources ?? [])) {
      const glob = r.replace(/^\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      exposed.push(new RegExp(`^${glob}$`));
    }
  }
  return (url) => {
    if (!url.startsWith(origin)) return false;
    const path = url.slice(origin.length).replace(/[?#].*$/, '');
    return !exposed.some((re) => re.test(path));
  };
}

export function handle(handlers: Handlers): void {
  const isOwnPage = ownPageCheck();
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message)) return undefined;
    const { type, payload } = message;
    // The browser's own sender object (the polyfill's type describes it in full).
    const handler = handlers[type] as ((p: unknown, s: ExtSender) => Promise<unknown>) | undefined;
    if (!handler) return undefined; // another listener's
    if (!isAllowed(type, sender, ext.runtime.id ?? '', isOwnPage)) {
      sendResponse(undefined); // refused: the sender gets undefined (not a rejection), as with the polyfill
      return undefined;
    }
    if (!GUARDS[type](payload)) {
      sendResponse({ error: 'bad-request' });
      return undefined;
    }
    handler(payload, sender).then(sendResponse, (e: unknown) => sendResponse({ [FAILED]: e instanceof Error ? e.message : String(e) }));
    return true; // answers asynchronously
  });
}
