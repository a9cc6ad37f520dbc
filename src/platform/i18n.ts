// All UI strings come from extension/_locales/<lang>/messages.json through the browser's i18n API.
import { ext } from './ext';

type Messages = typeof import('../../extension/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** Localised string; substitutions fill $1..$9 placeholders. Falls back to the key when missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  try {
    const s = ext.i18n.getMessage(key, subs.map(String));
    if (s) return s;
  } catch {
    /* extension context gone: keep the UI calm */
  }
  return key;
}

export function uiLanguage(): string {
  try {
    return ext.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/**
 * The locale the messages are actually shown in ("de", "en-US"…), for formatting dates and lists to match
 * them. Chrome's '@@ui_locale' is the locale getMessage() resolved; getUILanguage() can differ from it
 * (e.g. headless Chromium with --lang reports en-US while the messages are German).
 */
export function messagesLocale(): string {
  try {
    const l = ext.i18n.getMessage('@@ui_locale');
    if (l) return l.replace(/_/g, '-');
  } catch {
    /* extension context gone */
  }
  return uiLanguage();
}
