// The open Settings modal (docs/notion-ui.md#settings-modal, seen: .notion-space-settings, else the dialog that holds the
// settings-tab-* tabs). It has no URL, so it is found by structure only.
import { SEL } from './selectors';

export const SETTINGS_ANCHOR = `${SEL.settings}, ${SEL.settingsTab}`;

export function findSettingsModal(doc: Document): Element | undefined {
  return doc.querySelector(SETTINGS_ANCHOR)?.closest(`${SEL.settings}, [role="dialog"]`) ?? undefined;
}
