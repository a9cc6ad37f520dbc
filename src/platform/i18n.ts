// All UI strings come from extension/_locales/<lang>/messages.json through the browser's i18n API.
import { browser } from './browser';

type Messages = typeof import('../../extension/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** Localised string; substitutions fill $1..$9 placeholders. Falls back to the key when missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  try {
    const s = browser.i18n.getMessage(key, subs.map(String));
    if (s) return s;
  } catch {
    /* extension context gone: keep the UI calm */
  }
  return key;
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
