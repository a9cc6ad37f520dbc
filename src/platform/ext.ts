// The few extension APIs that content scripts and extension pages call, typed, over the browser's own
// namespace (`browser` in Firefox, `chrome` in Chromium; both return promises in MV3) — without
// webextension-polyfill, which weighs ~2.7 kB gzip in the script on every Notion page. The background
// keeps the polyfill (browser.ts) for its wider set of APIs. Only src/platform touches this.

export interface ExtSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

type Values = Record<string, unknown>;
interface StorageArea {
  get(keys: string | string[] | null): Promise<Values>;
  set(items: Values): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
type ChangeListener = (changes: Record<string, unknown>, area: string) => void;
type MessageListener = (message: unknown, sender: ExtSender, sendResponse: (r: unknown) => void) => boolean | undefined;

export interface ExtApi {
  runtime: {
    readonly id?: string;
    getURL(path: string): string;
    getManifest(): { version: string; web_accessible_resources?: unknown[] };
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: MessageListener): void };
  };
  storage: {
    local: StorageArea;
    sync: StorageArea;
    managed: Pick<StorageArea, 'get'>;
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
  i18n: { getMessage(key: string, subs?: string[]): string; getUILanguage(): string };
}

const g = globalThis as { browser?: ExtApi; chrome?: ExtApi };
/** Undefined outside an extension (unit tests mock this module). */
export const ext: ExtApi = (g.browser ?? g.chrome) as ExtApi;

/** False once the extension was updated, reloaded or disabled under a still-running content script. */
export function isContextValid(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}
