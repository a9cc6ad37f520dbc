// Which Notion page is open: title and id, read from the URL and document title only. PURE helpers
// take inputs so they can be table-tested.

const ID_RE = /([0-9a-f]{32})(?:[?#/]|$)/i;

export function pageIdFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    const m = ID_RE.exec(u.pathname.replace(/-/g, '')) ?? ID_RE.exec(u.searchParams.get('p') ?? '');
    return m?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Notion's document title is the page title, sometimes with " | Notion" or "Notion - " around it. */
export function pageTitleFrom(documentTitle: string): string {
  const t = documentTitle.replace(/\s+\|\s+Notion$/i, '').replace(/^Notion\s+-\s+/i, '').trim();
  return (t || 'Untitled').slice(0, 120);
}

export function currentPage(): { title: string; id?: string } {
  return { title: pageTitleFrom(document.title), id: pageIdFromUrl(location.href) };
}

export function isLoginPath(pathname: string): boolean {
  return /^\/(login|signup)(\/|$)/.test(pathname);
}
