// The login prewarm's one question — is password coaching switched off? — answered from the stored
// layers without the settings code (schema, validators, merge: ~2 kB gzip in a document_start script).
// Same answer as mergeSettings + shouldRun for these two keys (test/shared/settings/password-off.test.ts):
// the policy's value wins when valid, an invalid value counts as not set.

const MODES: readonly unknown[] = ['coach', 'confirm', 'off'];
const FEATURE_ID = /^[a-z0-9-]{1,64}$/;

const mode = (v: unknown): unknown => (MODES.includes(v) ? v : undefined);
const ids = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && FEATURE_ID.test(x)) ? [...new Set(v as string[])].slice(0, 100) : undefined;

export function passwordCoachingOff(user: Record<string, unknown>, managed: Record<string, unknown>, featureId: string): boolean {
  if ((mode(managed.passwordMode) ?? mode(user.passwordMode)) === 'off') return true;
  return (ids(managed.disabledFeatures) ?? ids(user.disabledFeatures) ?? []).includes(featureId);
}
