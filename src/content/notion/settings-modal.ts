// The open Settings modal (docs/notion-ui.md#settings-modal, seen: .notion-space-settings, else the dialog that holds the
// settings-tab-* tabs). It has no URL, so it is found by structure only.
import * as SEL from './selectors';
import { closest, query } from './dom';

/** The Settings modal or one of its tabs. */
export const SETTINGS_ANCHOR = [...SEL.settings, ...SEL.settingsTab];

export function findSettingsModal(doc: Document): Element | undefined {
  const classic = query(doc, SEL.settings);
  if (classic) return classic;
  const tab = query(doc, SEL.settingsTab);
  return (tab && closest(tab, SEL.dialog)) ?? undefined;
}
