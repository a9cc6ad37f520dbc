// DOM adapter: is this target Notion's page editor (where pasted text lands in the page)? Notion's blocks
// are contenteditable leaves (docs/notion-ui.md#editor-and-paste: [data-content-editable-leaf="true"], .notion-page-content).
// Inputs (search, invite fields, password fields) are not page content.

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea')) return false;
  const editable = target.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  return !!editable;
}
