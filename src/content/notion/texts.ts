// Visible-text anchors (the last resort, after roles, input types and notion-* classes).
// English only: other languages are added only where Notion's wording is known (docs/notion-ui.md#ui-languages).
// Each entry cites docs/notion-ui.md; "inferred" ones were not seen in a source.

const lower = (s: string) => s.trim().toLowerCase();
const oneOf = (list: readonly string[]) => (text: string | null | undefined) => !!text && list.includes(lower(text));
const mentions = (re: RegExp) => (text: string | null | undefined) => !!text && re.test(text);

export const TEXT = {
  /** Invite buttons: "Invite" (docs/notion-ui.md#share-menu), "Send invite" (docs/notion-ui.md#people); both seen. */
  isInviteButton: oneOf(['invite', 'send invite', 'send invites', 'invite people']),
  /** Email-taking inputs: "Add people, groups, or emails..." (docs/notion-ui.md#share-menu), "Search names or emails" (docs/notion-ui.md#people). */
  isEmailFieldLabel: mentions(/\be-?mails?\b|add people|invite/i),
  /** Tabs of the share menu (docs/notion-ui.md#share-menu): "Publish" (seen), "Share" (inferred). */
  isPublishTab: oneOf(['publish', 'share to web', 'publish to web']),
  isShareTab: oneOf(['share']),
  /** Publish actions (docs/notion-ui.md#publish-panel): "Publish" (seen), "Publish to web" / "Share to web" (history). */
  isPublishAction: oneOf(['publish', 'publish to web', 'share to web', 'publish site']),
  /** General access: "Anyone on the web with link" (docs/notion-ui.md#general-access, seen, exact). */
  isWebAccessOption: mentions(/anyone on the web/i),
  isGeneralAccessLabel: mentions(/general access/i),
  /** Published-state markers (docs/notion-ui.md#publish-panel): "Copy site link" (seen), "Unpublish", "This page is live on" (inferred). */
  isPublishedMarker: mentions(/^(copy site link|copy web link|unpublish)$|this page is live on/i),
  /** Risky publish switches (docs/notion-ui.md#publish-panel: seen "Search engine indexing"; history "Allow editing", "Allow duplicate as template"). */
  publishSwitch(label: string | null | undefined): 'indexing' | 'editing' | 'duplicate' | 'comments' | undefined {
    if (!label) return undefined;
    if (/search engine|indexing|allow search/i.test(label)) return 'indexing';
    if (/allow edit|can edit/i.test(label)) return 'editing';
    if (/duplicate|template/i.test(label)) return 'duplicate';
    if (/allow comment/i.test(label)) return 'comments';
    return undefined;
  },
} as const;

/**
 * An element's text with a space at every text-node boundary, whitespace collapsed, capped. React puts no
 * whitespace between elements, so textContent would glue "Ada Lovelace", "ada@acme.com" and "Full access"
 * into one word (and "Send"+"invite" into "Sendinvite").
 */
export function spacedText(el: Element | null | undefined, max = 20_000): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += ` ${n.nodeValue ?? ''}`;
  return out;
}

export function textOf(el: Element | null | undefined, max = 200): string {
  return spacedText(el, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The accessible name we can read without layout: aria-label, aria-labelledby, else text. */
export function nameOf(el: Element, max = 200): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim().slice(0, max);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => textOf(el.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
    if (text) return text.slice(0, max);
  }
  return textOf(el, max);
}
