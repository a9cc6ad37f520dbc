// The settings contract: every key, its default and its validator. PURE (no browser APIs).
//
// Layers (see merge.ts): defaults < user (storage.sync, only values that differ) < organisation
// (storage.managed, which locks the keys it sets). Managed values arrive unvalidated on Firefox
// (policies.json has no schema), so every key here has a validator and bad values are dropped
// with a notice rather than trusted.

import { normaliseDomainList } from './domains';
import { parseSecurityContact } from './contact';
import { NO_OVERRIDES, validateOverrides, type DetectionOverrides } from './overrides';

export type Mode = 'coach' | 'confirm' | 'off';
export const MODES: readonly Mode[] = ['coach', 'confirm', 'off'];

export type Onboarding = 'auto' | 'skip' | 'require';

export interface Settings {
  /** Registrable domains the user or organisation trusts (besides the user's own domain). */
  trustedDomains: string[];
  /** The user's own work domain(s), learned from the signed-in email; removable in options. */
  ownDomains: string[];
  /** One mode per coaching surface. */
  shareMode: Mode;
  publishMode: Mode;
  passwordMode: Mode;
  pasteMode: Mode;
  /** zxcvbn score (0–4) a password must reach. */
  minPasswordScore: number;
  /** NIST SP 800-63B-4: 15 when the password is the only factor, 8 with 2-step verification. */
  minPasswordLength: number;
  minPasswordLength2fa: number;
  /** Have I Been Pwned range check (k-anonymity). Off unless the user or organisation turns it on. */
  breachCheck: boolean;
  /** Compare salted fingerprints of the Notion password with other sites' passwords. Opt-in. */
  reuseWatch: boolean;
  /** Kill switch: feature ids that must not run. */
  disabledFeatures: string[];
  onboarding: Onboarding;
  accessReviewDays: number;
  backupDays: number;
  sessionsReviewDays: number;
  logRetentionDays: number;
  logMaxEvents: number;
  /**
   * Where the activity log's reports go: an e-mail address or an https URL of a reporting form
   * (settings/contact.ts). Empty: the user copies the report and sends it themselves.
   */
  securityContact: string;
  /** Organisation only: extra selectors and text anchors for Notion's screens (./overrides.ts). */
  detectionOverrides: DetectionOverrides;
}

export type SettingKey = keyof Settings;

// /* @__PURE__ */ annotations: a bundle that imports only trustedSet (merge.ts) from here drops the schema.
export const DEFAULTS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  trustedDomains: [],
  ownDomains: [],
  shareMode: 'coach',
  publishMode: 'coach',
  passwordMode: 'coach',
  pasteMode: 'coach',
  minPasswordScore: 3,
  minPasswordLength: 15,
  minPasswordLength2fa: 8,
  breachCheck: false,
  reuseWatch: false,
  disabledFeatures: [],
  onboarding: 'auto',
  accessReviewDays: 30,
  backupDays: 30,
  sessionsReviewDays: 90,
  logRetentionDays: 90,
  logMaxEvents: 1000,
  securityContact: '',
  detectionOverrides: NO_OVERRIDES,
} satisfies Settings);

/** Keys only the organisation's policy may set: a user layer's value is ignored. */
export const MANAGED_ONLY: ReadonlySet<SettingKey> = new Set<SettingKey>(['detectionOverrides']);

/** A validator returns the cleaned value, or `undefined` when the input is unusable. */
type Validator<T> = (raw: unknown) => T | undefined;

const mode: Validator<Mode> = (raw) =>
  typeof raw === 'string' && (MODES as readonly string[]).includes(raw) ? (raw as Mode) : undefined;

const bool: Validator<boolean> = (raw) => (typeof raw === 'boolean' ? raw : undefined);

const int =
  (min: number, max: number): Validator<number> =>
  (raw) =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max ? raw : undefined;

const domains: Validator<string[]> = (raw) => {
  // Accept an array of strings or one string (one per line or comma separated, as typed in options).
  if (typeof raw === 'string') return normaliseDomainList(raw).valid;
  if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string')) return undefined;
  const { valid, invalid } = normaliseDomainList((raw as string[]).join('\n'));
  return invalid.length && !valid.length ? undefined : valid;
};

const featureIds: Validator<string[]> = (raw) =>
  Array.isArray(raw) && raw.every((v) => typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v))
    ? [...new Set(raw as string[])].slice(0, 100)
    : undefined;

const securityContact: Validator<string> = (raw) => {
  if (raw === '') return '';
  const c = parseSecurityContact(raw);
  return c ? (c.kind === 'email' ? c.address : c.url) : undefined;
};

const onboarding: Validator<Onboarding> = (raw) =>
  raw === 'auto' || raw === 'skip' || raw === 'require' ? raw : undefined;

/** The whole-number settings and their allowed ranges (inclusive), for the validators and the options page. */
export const INT_RANGES = {
  minPasswordScore: [0, 4],
  minPasswordLength: [8, 64],
  minPasswordLength2fa: [8, 64],
  accessReviewDays: [1, 365],
  backupDays: [1, 365],
  sessionsReviewDays: [1, 365],
  logRetentionDays: [1, 3650],
  // 20,000 events ≈ 4 MB as stored: well inside storage.local's 10 MB quota (no unlimitedStorage permission).
  logMaxEvents: [10, 20_000],
} as const satisfies Partial<Record<SettingKey, readonly [number, number]>>;
export type IntSettingKey = keyof typeof INT_RANGES;

const intOf = (k: IntSettingKey): Validator<number> => int(INT_RANGES[k][0], INT_RANGES[k][1]);

export const VALIDATORS: { [K in SettingKey]: Validator<Settings[K]> } = {
  trustedDomains: domains,
  ownDomains: domains,
  shareMode: mode,
  publishMode: mode,
  passwordMode: mode,
  pasteMode: mode,
  minPasswordScore: /* @__PURE__ */ intOf('minPasswordScore'),
  minPasswordLength: /* @__PURE__ */ intOf('minPasswordLength'),
  minPasswordLength2fa: /* @__PURE__ */ intOf('minPasswordLength2fa'),
  breachCheck: bool,
  reuseWatch: bool,
  disabledFeatures: featureIds,
  onboarding,
  accessReviewDays: /* @__PURE__ */ intOf('accessReviewDays'),
  backupDays: /* @__PURE__ */ intOf('backupDays'),
  sessionsReviewDays: /* @__PURE__ */ intOf('sessionsReviewDays'),
  logRetentionDays: /* @__PURE__ */ intOf('logRetentionDays'),
  logMaxEvents: /* @__PURE__ */ intOf('logMaxEvents'),
  securityContact,
  detectionOverrides: validateOverrides,
};

export const SETTING_KEYS = /* @__PURE__ */ Object.keys(DEFAULTS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(DEFAULTS, key);
}
