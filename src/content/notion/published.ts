// DOM adapter for published pages (*.notion.site): password fields anywhere on the page, including
// inputs a page author could embed (type=password, or autocomplete current/new-password).
import * as SEL from './selectors';
import { isHidden, queryAll } from './dom';

export function findPasswordFields(doc: Document): HTMLInputElement[] {
  return queryAll<HTMLInputElement>(doc, SEL.passwordInput).filter((i) => !isHidden(i));
}
