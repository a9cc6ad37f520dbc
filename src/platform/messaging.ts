// Typed send/handle over webextension-polyfill, with the receiver's sender checks.
//
// Threat model: any web page can run script in a tab our content script shares; a compromised or
// outdated content script must not reach privileged handlers. So the receiver (1) accepts only our
// own extension id, (2) treats any sender with a tab as a content script and allows it only the
// CONTENT_ALLOWED messages, (3) validates every payload with its guard. sender.url is never used to
// grant anything.

import { browser, type Runtime } from './browser';
import { CONTENT_ALLOWED, GUARDS, isEnvelope, type MessageType, type Request, type Response } from '../shared/messages';

export type Handlers = { [T in MessageType]?: (payload: Request<T>, sender: Runtime.MessageSender) => Promise<Response<T>> };

export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage({ type, payload })) as Response<T>;
}

export function isAllowed(type: MessageType, sender: Pick<Runtime.MessageSender, 'id' | 'tab'>, ownId: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab) return CONTENT_ALLOWED.has(type);
  return true;
}

export function handle(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const { type, payload } = message;
    const handler = handlers[type] as ((p: unknown, s: Runtime.MessageSender) => Promise<unknown>) | undefined;
    if (!handler || !isAllowed(type, sender, browser.runtime.id)) return undefined;
    if (!GUARDS[type](payload)) return Promise.resolve({ error: 'bad-request' });
    return handler(payload, sender);
  });
}
