// Layering: defaults < user (storage.sync) < organisation (storage.managed). PURE.

import { DEFAULTS, MANAGED_ONLY, SETTING_KEYS, VALIDATORS, isSettingKey, type SettingKey, type Settings } from './schema';

export interface Notice {
  source: 'managed' | 'user';
  key: string;
  problem: 'unknown-key' | 'invalid-value';
}

export interface EffectiveSettings {
  values: Settings;
  /** Keys set by the organisation: shown as such and not editable. */
  locked: SettingKey[];
  /** Bad values that were ignored, shown to the user (options) so nobody is silently misconfigured. */
  notices: Notice[];
}

/** Validates one layer: unknown keys dropped, invalid values ignored, both reported. */
export function cleanLayer(raw: unknown, source: Notice['source']): { values: Partial<Settings>; notices: Notice[] } {
  const values: Partial<Settings> = {};
  const notices: Notice[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { values, notices };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isSettingKey(key)) {
      // Our own bookkeeping keys in storage.sync are not settings; only the managed layer reports strays.
      if (source === 'managed') notices.push({ source, key: key.slice(0, 64), problem: 'unknown-key' });
      continue;
    }
    if (source === 'user' && MANAGED_ONLY.has(key)) continue; // policy only (detectionOverrides)
    const clean = VALIDATORS[key](value);
    if (clean === undefined) notices.push({ source, key, problem: 'invalid-value' });
    else (values as Record<SettingKey, unknown>)[key] = clean;
  }
  return { values, notices };
}

export function mergeSettings(userRaw: unknown, managedRaw: unknown): EffectiveSettings {
  const user = cleanLayer(userRaw, 'user');
  const managed = cleanLayer(managedRaw, 'managed');
  const values = { ...DEFAULTS, ...user.values, ...managed.values } as Settings;
  // Copy arrays so callers never share the frozen defaults.
  for (const key of SETTING_KEYS) {
    const v = values[key];
    if (Array.isArray(v)) (values as Record<SettingKey, unknown>)[key] = [...v];
  }
  return {
    values,
    locked: SETTING_KEYS.filter((k) => k in managed.values),
    notices: [...managed.notices, ...user.notices],
  };
}

/** The user layer to store: only values that differ from the defaults, and never a locked key. */
export function userDelta(next: Partial<Settings>, locked: readonly SettingKey[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in next) || locked.includes(key)) continue;
    const value = next[key];
    if (JSON.stringify(value) !== JSON.stringify(DEFAULTS[key])) (out as Record<SettingKey, unknown>)[key] = value;
  }
  return out;
}

/** Effective trusted domains: organisation/user trusted plus the user's own domains. */
export function trustedSet(s: Pick<Settings, 'trustedDomains' | 'ownDomains'>): string[] {
  return [...new Set([...s.ownDomains, ...s.trustedDomains])];
}
