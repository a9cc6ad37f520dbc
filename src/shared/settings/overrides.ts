// The managed key `detectionOverrides` (docs/admin.md, "Repairing detection"): an organisation adds CSS
// selectors to the selector lists of src/content/notion/selectors.ts (by list name) and text anchors
// (by anchor key and language) when a Notion redesign broke a detector, without waiting for a release.
// Policy only (a user or a page cannot set it). Validated here, in every context, against a CSS selector
// grammar (below) — never by the page: plain selectors only (no escapes, no url()/javascript:, no
// pseudo-elements, no at-rules or blocks), one alternative per string, with length and count limits. PURE.

export interface DetectionOverrides {
  /** Selector list name (an export of selectors.ts) → extra alternatives, tried after the built-in ones. */
  selectors: Record<string, string[]>;
  /** Text anchor key (text-table.ts ANCHOR_KEYS) → language ("de", "pt-BR") or "*" → extra texts. */
  texts: Record<string, Record<string, string[]>>;
}

export const NO_OVERRIDES: Readonly<DetectionOverrides> = /* @__PURE__ */ Object.freeze({ selectors: /* @__PURE__ */ Object.freeze({}), texts: /* @__PURE__ */ Object.freeze({}) }) as DetectionOverrides;

export const OVERRIDE_LIMITS = {
  lists: 30,
  selectorsPerList: 10,
  selectorsTotal: 100,
  selectorLength: 200,
  anchors: 30,
  languagesPerAnchor: 20,
  textsPerLanguage: 10,
  textLength: 80,
} as const;

const NAME = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
/** A text anchor key of content/notion/text-table.ts ANCHOR_KEYS: "shareMenu.inviteButton". */
const ANCHOR = /^[a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*){0,5}$/;
const LANG = /^(?:\*|[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)$/;

// The selector grammar, as regular expressions built from its productions (Selectors Level 4, a subset):
//   complex  = compound ( ws* [>+~] ws* compound | ws+ compound )*
//   compound = ( type | "*" )? ( "#" ident | "." ident | attr | pseudo )*   — not empty
//   attr     = "[" ws* ident ws* ( [~|^$*]? "=" ws* ( ident | string ) ws* ( [is] ws* )? )? "]"
//   pseudo   = ":" structural-or-state | ":" nth "(" an+b ")" | ":" (not|is|where) "(" compound-list ")"
// No escapes, no pseudo-elements, no :has() or deeper nesting; one alternative per string (no top-level comma).
/**
 * The grammar as one RegExp, built on first use: built at load it would stay (with every string it is made
 * of) in each bundle that imports this module for a type or a constant, such as the script on every Notion
 * page, since a minifier cannot tell that building it has no effect.
 */
let selectorRe: RegExp | undefined;
function selectorGrammar(): RegExp {
  if (selectorRe) return selectorRe;
  const IDENT = String.raw`-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*`;
  const WS = String.raw`[ \t\n]`;
  const ATTR = String.raw`\[${WS}*${IDENT}${WS}*(?:[~|^$*]?=${WS}*(?:${IDENT}|"[^"\n]*"|'[^'\n]*')${WS}*(?:[isIS]${WS}*)?)?\]`;
  const NTH = String.raw`${WS}*(?:odd|even|[+-]?\d*n(?:${WS}*[+-]${WS}*\d+)?|[+-]?\d+)${WS}*`;
  const STATE = ':(?:first-child|last-child|only-child|first-of-type|last-of-type|only-of-type|empty|checked|disabled|enabled|root)(?![\\w(-])';
  const PSEUDO = `(?:${STATE}|:nth-(?:last-)?(?:child|of-type)\\(${NTH}\\))`;
  const compound = (pseudo: string) => `(?:(?:${IDENT}|\\*)(?:#${IDENT}|\\.${IDENT}|${ATTR}|${pseudo})*|(?:#${IDENT}|\\.${IDENT}|${ATTR}|${pseudo})+)`;
  const INNER = compound(PSEUDO);
  const NEGATION = `:(?:not|is|where)\\(${WS}*${INNER}(?:${WS}*,${WS}*${INNER})*${WS}*\\)`;
  const COMPOUND = compound(`${PSEUDO}|${NEGATION}`);
  return (selectorRe = new RegExp(`^${WS}*${COMPOUND}(?:${WS}*[>+~]${WS}*${COMPOUND}|${WS}+${COMPOUND})*${WS}*$`));
}

/**
 * Whether `s` is one plain CSS selector in the grammar above (matched as a whole, so anything outside it
 * — a comma list, an at-rule, a block, url(), an escape, a pseudo-element — is refused).
 */
export function isPlainSelector(s: unknown): boolean {
  if (typeof s !== 'string' || !s.trim() || s.length > OVERRIDE_LIMITS.selectorLength) return false;
  // Never: escapes (they could spell anything), control characters, blocks, at-rules, url(), script.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  if (/[\\{};@<\u0000-\u001f\u007f]/.test(s) || /javascript\s*:|url\s*\(|expression\s*\(/i.test(s)) return false;
  return selectorGrammar().test(s);
}

/** A plain text anchor: printable, bounded, no markup or script. */
export function isPlainText(t: unknown): t is string {
  return (
    typeof t === 'string' &&
    t.trim().length > 0 &&
    t.length <= OVERRIDE_LIMITS.textLength &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    !/[<>\u0000-\u001f\u007f]/.test(t) &&
    !/javascript\s*:/i.test(t)
  );
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The validator of `detectionOverrides`: the cleaned value, or undefined (the whole key is ignored, with a
 * notice) when anything in it is not allowed — an organisation's repair is either what it wrote or nothing.
 */
export function validateOverrides(raw: unknown): DetectionOverrides | undefined {
  if (!isObj(raw) || Object.keys(raw).some((k) => k !== 'selectors' && k !== 'texts')) return undefined;
  const out: DetectionOverrides = { selectors: {}, texts: {} };
  const L = OVERRIDE_LIMITS;
  if (raw.selectors !== undefined) {
    if (!isObj(raw.selectors)) return undefined;
    const lists = Object.entries(raw.selectors);
    if (lists.length > L.lists) return undefined;
    let total = 0;
    for (const [name, sels] of lists) {
      if (!NAME.test(name) || !Array.isArray(sels) || sels.length > L.selectorsPerList || !sels.every(isPlainSelector)) return undefined;
      total += sels.length;
      out.selectors[name] = (sels as string[]).map((x) => x.trim());
    }
    if (total > L.selectorsTotal) return undefined;
  }
  if (raw.texts !== undefined) {
    if (!isObj(raw.texts)) return undefined;
    const anchors = Object.entries(raw.texts);
    if (anchors.length > L.anchors) return undefined;
    for (const [key, byLang] of anchors) {
      if (key.length > 80 || !ANCHOR.test(key) || !isObj(byLang)) return undefined;
      const langs = Object.entries(byLang);
      if (langs.length > L.languagesPerAnchor) return undefined;
      const clean: Record<string, string[]> = {};
      for (const [lang, texts] of langs) {
        if (!LANG.test(lang) || !Array.isArray(texts) || texts.length > L.textsPerLanguage || !texts.every(isPlainText)) return undefined;
        clean[lang] = (texts as string[]).map((x) => x.trim());
      }
      out.texts[key] = clean;
    }
  }
  return out;
}
