// Typed reads and writes of the storage areas that extension pages and content scripts share (the
// background keeps its own stores). Pages and content code reach storage only through here and
// platform/settings.ts.
import { ext } from './ext';
import { readProgress, type OnboardingProgress } from '@shared/onboarding';
import { DIGEST_KEY, LOG_KEY, ONBOARDING_KEY, REUSE_PUBLIC_SALT } from '@shared/storage-keys';
import { digestAdd, readDigest } from '@shared/log/digest';
import { decodeLog } from '@shared/log/stored';
import type { CoachEvent } from '@shared/events';

export type Area = 'local' | 'sync' | 'managed' | 'session';
type Values = Record<string, unknown>;

/** storage.local's `keys` and the whole of storage.sync, read in parallel; a failing area reads as empty. */
export async function readAreas(localKeys: string[]): Promise<{ local: Values; sync: Values }> {
  const empty = (): Values => ({});
  const [local, sync] = await Promise.all([ext.storage.local.get(localKeys).catch(empty), ext.storage.sync.get(null).catch(empty)]);
  return { local, sync };
}

/**
 * The evidence events the duties read: the log digest the background keeps (shared/log/digest.ts), plus a
 * log an earlier build stored that the background has not moved into its store yet.
 */
export async function readEvidence(): Promise<CoachEvent[]> {
  const got = await ext.storage.local.get([DIGEST_KEY, LOG_KEY]);
  const digest = readDigest(got[DIGEST_KEY]);
  return got[LOG_KEY] === undefined ? digest.events : digestAdd(digest, decodeLog(got[LOG_KEY]), Date.now()).events;
}

export async function readOnboarding(): Promise<OnboardingProgress> {
  const got = await ext.storage.local.get(ONBOARDING_KEY);
  return readProgress(got[ONBOARDING_KEY]);
}

export async function saveOnboarding(p: OnboardingProgress): Promise<void> {
  await ext.storage.local.set({ [ONBOARDING_KEY]: p });
}

/** The reuse watch's public salt (base64), if the background made one. */
export async function readReusePublicSalt(): Promise<string | undefined> {
  const got = await ext.storage.local.get(REUSE_PUBLIC_SALT);
  const v = got[REUSE_PUBLIC_SALT];
  return typeof v === 'string' ? v : undefined;
}

/** Calls `cb` when `relevant(area, changedKeys)` says a change matters; returns the unsubscribe. */
export function onStorageChange(relevant: (area: Area, keys: string[]) => boolean, cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (relevant(area as Area, Object.keys(changes))) cb();
  };
  ext.storage.onChanged.addListener(listener);
  return () => {
    try {
      ext.storage.onChanged.removeListener(listener);
    } catch {
      /* context already gone */
    }
  };
}
