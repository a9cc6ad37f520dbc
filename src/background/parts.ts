/// <reference types="@crxjs/vite-plugin/client" />
// Injects a lazy part of the content script (content/parts/registry.ts) into the frame that asked, with
// scripting.executeScript: the part's file needs no web_accessible_resources entry, so no page can
// fetch it to learn that SRM Coach is installed. Only Notion pages (our host permissions) can receive one.
import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';
import classifyFile from '../content/parts/classify.iife.ts?script';
import secretsFile from '../content/parts/secrets.iife.ts?script';
import passwordFile from '../content/parts/password.iife.ts?script';
import uiFile from '../content/parts/ui.iife.ts?script';
import settingsFile from '../content/parts/settings.iife.ts?script';
import textsFile from '../content/parts/texts.iife.ts?script';
import menusFile from '../content/parts/menus.iife.ts?script';

const FILES: Record<string, string> = { classify: classifyFile, secrets: secretsFile, password: passwordFile, ui: uiFile, settings: settingsFile, texts: textsFile, menus: menusFile };

export function initParts(): void {
  handle({
    'part:load': async ({ part }, sender) => {
      const file = Object.prototype.hasOwnProperty.call(FILES, part) ? FILES[part] : undefined;
      const tabId = sender.tab?.id;
      if (!file || tabId === undefined) return { ok: false };
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
      return { ok: true };
    },
  });
}
