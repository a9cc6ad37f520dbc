// Notion's theme, read from classes only (no layout): body.dark or .notion-dark-theme / .notion-light-theme
// on the app root (docs/notion-ui.md#app-shell). 'auto' lets our cards follow prefers-color-scheme.
import * as SEL from './selectors';
import { query } from './dom';

export function notionTheme(doc: Document): 'dark' | 'light' | 'auto' {
  if (query(doc, SEL.darkTheme)) return 'dark';
  if (query(doc, SEL.lightTheme)) return 'light';
  return 'auto';
}
