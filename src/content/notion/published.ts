// DOM adapter for published pages (*.notion.site): password fields anywhere on the page, including
// inputs a page author could embed (type=password, or autocomplete current/new-password).
const PASSWORD = 'input[type="password"], input[autocomplete~="current-password"], input[autocomplete~="new-password"]';

export function findPasswordFields(doc: Document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(PASSWORD)].filter((i) => !i.closest('[hidden], [aria-hidden="true"]'));
}
