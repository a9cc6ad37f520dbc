// The coaching surfaces whose recognition SRM Coach tracks (so it can say when it is blind), and the
// coaching feature that goes silent when one of them is not recognised. PURE.
import type { Mode, Settings } from '../settings/schema';

export const SURFACES = [
  'share-menu',
  'general-access',
  'publish-panel',
  'people',
  'settings',
  'login',
  'signup',
  'password-settings',
  'account-security',
  'export',
  'editor',
] as const;
export type SurfaceId = (typeof SURFACES)[number];

export function isSurfaceId(v: unknown): v is SurfaceId {
  return typeof v === 'string' && (SURFACES as readonly string[]).includes(v);
}

type ModeKey = { [K in keyof Settings]: Settings[K] extends Mode ? K : never }[keyof Settings];

/** The feature (id as in src/content/features) that relies on each surface, and its mode setting. */
export const RELIES: Readonly<Record<SurfaceId, { feature: string; mode?: ModeKey }>> = {
  'share-menu': { feature: 'share-invite', mode: 'shareMode' },
  'general-access': { feature: 'public-exposure', mode: 'publishMode' },
  'publish-panel': { feature: 'public-exposure', mode: 'publishMode' },
  people: { feature: 'access-review' },
  settings: { feature: 'access-review' },
  login: { feature: 'password-coach', mode: 'passwordMode' },
  signup: { feature: 'password-coach', mode: 'passwordMode' },
  'password-settings': { feature: 'password-coach', mode: 'passwordMode' },
  'account-security': { feature: 'account-hygiene' },
  export: { feature: 'account-hygiene' },
  editor: { feature: 'secret-paste', mode: 'pasteMode' },
};

/** Whether the user relies on this surface: its feature is not switched off (kill switch or mode off). */
export function reliedOn(surface: SurfaceId, s: Pick<Settings, 'disabledFeatures' | ModeKey>): boolean {
  const r = RELIES[surface];
  if (s.disabledFeatures.includes(r.feature)) return false;
  return !r.mode || s[r.mode] !== 'off';
}
