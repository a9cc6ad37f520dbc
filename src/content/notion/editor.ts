// DOM adapter: is this target Notion's page editor (where pasted text lands in the page)? Notion's blocks
// are contenteditable leaves (docs/notion-ui.md#editor-and-paste: [data-content-editable-leaf="true"], .notion-page-content).
// Inputs (search, invite fields, password fields) are not page content.

import * as SEL from './selectors';
import { closest } from './dom';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (closest(target, SEL.formField)) return false;
  return closest(target, SEL.editable) !== null;
}
