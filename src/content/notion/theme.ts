// Notion's theme, read from classes only (no layout): body.dark or .notion-dark-theme / .notion-light-theme
// on the app root (docs/notion-ui.md#app-shell). 'auto' lets our cards follow prefers-color-scheme.
export function notionTheme(doc: Document): 'dark' | 'light' | 'auto' {
  if (doc.body?.classList.contains('dark') || doc.querySelector('.notion-dark-theme')) return 'dark';
  if (doc.querySelector('.notion-light-theme')) return 'light';
  return 'auto';
}
