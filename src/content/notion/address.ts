// Email addresses shown as text or typed into Notion's fields: one grammar for every adapter (share-menu
// chips and access, access-list rows, the login page's address) and for the share coaching's check of a
// typed address. Loose on purpose: the domain classifier decides what an address really is; this only
// finds candidates. Full-width and ideographic dots count as dots (the classifier normalises them), so a
// look-alike written "gmail．com" is still handed on. Bounded quantifiers, and tries start only at run starts:
// linear time.

/** Never part of an address shown in text: spaces, brackets, quotes, list separators. */
const NOT = String.raw`\s@<>()[\]"',;:`;
/** The dots that separate domain labels (ASCII, ideographic, full-width, half-width ideographic). */
const DOT = String.raw`.\u3002\uff0e\uff61`;
// Local part: may hold an apostrophe (o'brien) but not start with one (a quoted 'ada@acme.com').
const LOCAL = `[^${NOT}][^${NOT.replace("'", '')}]{0,63}`;
const LABEL = `[^${NOT}${DOT}]`;
const SOURCE = `${LOCAL}@(?:${LABEL}{1,63}[${DOT}]){1,126}${LABEL}{2,63}`;

// In running text an address starts only where a run of its characters starts (the lookbehind: after a
// separator, or after a quote that itself follows one), so a long run without "@" — "a'a'a'…" included — is
// read once, not once per character; a run over 64 characters before "@" is no address.
const START = `(?<=^|[${NOT.replace("'", '')}]|(?:^|[${NOT}])')`;
// Pure: a script that uses none of them (the every-page one) drops them.
const IN_TEXT = /* @__PURE__ */ new RegExp(`${START}${SOURCE}`, 'gu');
const FIRST = /* @__PURE__ */ new RegExp(`${START}${SOURCE}`, 'u');
const WHOLE = /* @__PURE__ */ new RegExp(`^${SOURCE}$`, 'u');

/** Text longer than this is cut before it is searched (a share menu's text, a page's visible text). */
export const MAX_ADDRESS_TEXT = 20_000;

/** Every address-looking run in `text`, in order (duplicates kept). */
export function addressesIn(text: string, max = MAX_ADDRESS_TEXT): string[] {
  return text.slice(0, max).match(IN_TEXT) ?? [];
}

/** The first address in a text (used where Notion shows the signed-in email as text). */
export function addressIn(text: string, max = MAX_ADDRESS_TEXT): string | undefined {
  return FIRST.exec(text.slice(0, max))?.[0];
}

/** The whole string (trimmed) is one address: local@domain.tld. */
export function looksLikeAddress(s: string | undefined): s is string {
  return !!s && s.length <= 320 && WHOLE.test(s.trim());
}

/**
 * The first address shown as text inside `root`, text node by text node: React markup has no spaces
 * between elements, so the joined textContent would glue "jane@acme.com" to the next button's label.
 */
export function addressShownIn(root: Element, maxNodes = 400): string | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(), seen = 0; n && seen < maxNodes; n = walker.nextNode(), seen += 1) {
    const hit = addressIn((n as Text).data);
    if (hit) return hit;
  }
  return undefined;
}
