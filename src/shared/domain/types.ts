// Public types of the invitee classifier (re-exported by classify.ts). PURE.

export type VerdictKind = 'trusted' | 'personal' | 'unknown' | 'lookalike' | 'invalid';

export type LookalikeReason =
  | 'edit-distance'
  | 'tld-swap'
  | 'hyphen'
  | 'plural'
  | 'digit-swap'
  | 'embedded'
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
