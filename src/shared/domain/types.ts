// Public types of the invitee classifier (re-exported by classify.ts). PURE.

export type VerdictKind = 'trusted' | 'personal' | 'unknown' | 'lookalike' | 'invalid';

/**
 * Why a domain imitates a trusted one (lookalike.ts): edit-distance (typos: addition, omission,
 * repetition, keyboard-adjacent replacement, transposition, insertion, vowel swap, bit flips), tld-swap,
 * hyphen, plural, digit-swap (0/o, 1/l, rn/m…), homoglyph (ASCII look-alike letters, or several swaps
 * mixed), embedded (the trusted name or domain as a label of another: contoso.com.evil.io), added-word
 * (contoso-login, loginacme), split (co.ntoso.com), confusable (Unicode characters that look the same),
 * mixed-script (an IDN label mixing scripts), punycode (another IDN near a trusted name).
 */
export type LookalikeReason =
  | 'edit-distance'
  | 'tld-swap'
  | 'hyphen'
  | 'plural'
  | 'digit-swap'
  | 'homoglyph'
  | 'embedded'
  | 'added-word'
  | 'split'
  | 'confusable'
  | 'mixed-script'
  | 'punycode';

export interface TrustContext {
  /** The user's own work domains (ascii hostnames, lower-case). */
  ownDomains: string[];
  /** User-trusted + organisation-managed domains (ascii hostnames). */
  trustedDomains: string[];
  /** Lower-cased addresses of people who already have access to this page. */
  existingAccess?: string[];
}

export interface InviteeVerdict {
  /** The raw piece, trimmed, at most 200 characters kept. */
  input: string;
  /** Normalised address: lower-case, ascii (punycode) domain, full local part (the +tag is kept). */
  email?: string;
  /** Ascii hostname of the address. */
  domain?: string;
  /** Registrable domain (tldts, private suffixes included: x.notion.site stays x.notion.site). */
  registrable?: string;
  /** Readable Unicode form of the domain; only set when it differs from `domain` (an IDN). */
  unicodeDomain?: string;
  kind: VerdictKind;
  /** The own/trusted domain it imitates (absent for a mixed-script label that imitates nothing known). */
  lookalikeOf?: string;
  lookalikeReason?: LookalikeReason;
}
