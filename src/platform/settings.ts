// Settings access for every extension context (content scripts read storage directly: no worker wake-up).
//
// Trust: storage.managed is the organisation's policy; on Firefox it comes from policies.json without a
// schema, so it goes through the same validators as user values (shared/settings/merge.ts). Managed keys
// are locked: writes to them are refused here, not only greyed out in the UI.
//
// Speed: Chromium answers the first storage.managed read of a process only after ~1.5 s (measured here),
// far too late for a warning in the share menu. So the background mirrors the managed policy into
// storage.local (MANAGED_MIRROR) and every context starts from that mirror, then checks the real managed
// area once and applies it if it differs.

import { ext } from './ext';
import { createSerial } from '@shared/serial';
import { send } from './messaging';
import { mergeSettings, userDelta, type EffectiveSettings } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';
import { passwordCoachingOff } from '@shared/settings/password-off';

import { EFFECTIVE_SETTINGS, MANAGED_MIRROR } from '@shared/storage-keys';
export { MANAGED_MIRROR };

export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    // Chrome resolves {} without policy; Firefox rejects ("Managed storage manifest not found").
    return ((await ext.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The mirrored policy out of a storage.local read that asked for MANAGED_MIRROR. */
export function mirrorFrom(local: Record<string, unknown>): Record<string, unknown> {
  const m = local[MANAGED_MIRROR];
  return m && typeof m === 'object' ? (m as Record<string, unknown>) : {};
}

async function readMirror(): Promise<Record<string, unknown>> {
  try {
    return mirrorFrom(await ext.storage.local.get(MANAGED_MIRROR));
  } catch {
    return {};
  }
}

/** Copies the managed policy into storage.local when it changed. Returns the policy. */
export async function syncManagedMirror(): Promise<Record<string, unknown>> {
  const [managed, mirror] = await Promise.all([readManaged(), readMirror()]);
  if (JSON.stringify(managed) !== JSON.stringify(mirror)) await ext.storage.local.set({ [MANAGED_MIRROR]: managed });
  return managed;
}

async function readUser(): Promise<Record<string, unknown>> {
  try {
    return (await ext.storage.sync.get(null)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The login prewarm's question without the settings code: is password coaching (`featureId`) switched
 * off by the user or their organisation? Same answer as getSettings() + shouldRun() for it.
 */
export async function passwordCoachingIsOff(featureId: string): Promise<boolean> {
  const empty = (): Record<string, unknown> => ({});
  const [user, local] = await Promise.all([
    ext.storage.sync.get(['passwordMode', 'disabledFeatures']).catch(empty),
    ext.storage.local.get(MANAGED_MIRROR).catch(empty),
  ]);
  return passwordCoachingOff(user, mirrorFrom(local), featureId);
}

/** Effective settings from the user layer and the mirrored policy (fast). */
export async function getSettings(): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([readUser(), readMirror()]);
  return mergeSettings(user, managed);
}

/** Runs the background's settings writes one after another (two tabs' changes never overwrite each other). */
const serially = /* @__PURE__ */ createSerial();

/**
 * BACKGROUND ONLY (the one writer): applies a patch to the user layer, serialised with every other write;
 * locked (managed) keys are ignored. `patch` may be a function of the current values, read inside the
 * serialised step, so "add this domain" never loses a domain another tab added at the same moment.
 */
export function writeUserSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<EffectiveSettings> {
  return serially(() => applyUserPatch(patch));
}

async function applyUserPatch(patchOrFn: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<EffectiveSettings> {
  const current = await getSettings();
  const patch = typeof patchOrFn === 'function' ? patchOrFn(current.values) : patchOrFn;
  const next = { ...current.values, ...patch };
  const delta = userDelta(next, current.locked);
  const stored = await readUser();
  const remove = Object.keys(stored).filter((k) => !(k in delta));
  if (remove.length) await ext.storage.sync.remove(remove);
  if (Object.keys(delta).length) await ext.storage.sync.set(delta);
  return getSettings();
}

/**
 * Extension pages (options, welcome): asks the background, the one writer, to apply `patch`, and returns
 * the settings after it. Content scripts cannot send this; they have the narrow requests below.
 */
export async function updateUserSettings(patch: Partial<Settings>): Promise<EffectiveSettings> {
  const reply = await send('settings:update', { patch });
  if (!reply || !('ok' in reply)) throw new Error('settings not saved');
  return getSettings();
}

/** Content scripts: adds one domain to the trusted list (the background refuses personal-mail domains). */
export async function trustDomain(domain: string): Promise<boolean> {
  const reply = await send('settings:trust-domain', { domain });
  return !!reply && 'ok' in reply && reply.ok;
}

/** Undo of trustDomain: the background takes the domain off the user's trusted list. */
export async function untrustDomain(domain: string): Promise<boolean> {
  const reply = await send('settings:untrust-domain', { domain });
  return !!reply && 'ok' in reply && reply.ok;
}

/**
 * BACKGROUND ONLY: publishes the effective settings to storage.local (EFFECTIVE_SETTINGS) for the content
 * scripts, which then need no settings code (schema, validators, merge: ~2 kB gzip on every Notion page).
 * Stamped with the extension's version: a content script of another version does not trust the shape.
 * Written only when it changed, one write after another.
 */
export function publishEffectiveSettings(): Promise<void> {
  return serially(async () => {
    const s = await getSettings();
    const record = { version: ext.runtime.getManifest().version, values: s.values, locked: s.locked, notices: s.notices };
    const got = await ext.storage.local.get(EFFECTIVE_SETTINGS);
    if (JSON.stringify(got[EFFECTIVE_SETTINGS]) !== JSON.stringify(record)) await ext.storage.local.set({ [EFFECTIVE_SETTINGS]: record });
  });
}

/**
 * Content scripts: the effective settings as the background published them, or undefined when there are
 * none of this extension version (then the caller merges them itself: content/runtime/settings.ts).
 */
export async function readPublishedSettings(): Promise<EffectiveSettings | undefined> {
  try {
    const r = (await ext.storage.local.get(EFFECTIVE_SETTINGS))[EFFECTIVE_SETTINGS] as (EffectiveSettings & { version?: string }) | undefined;
    // Written by publishEffectiveSettings only (validated there); the version says the shape is ours.
    return r?.version === ext.runtime.getManifest().version && Array.isArray(r.locked) ? r : undefined;
  } catch {
    return undefined;
  }
}

/** Content scripts: calls `cb` when the background publishes new effective settings; returns the unsubscribe. */
export function onPublishedSettings(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => area === 'local' && EFFECTIVE_SETTINGS in changes && cb();
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener); // callers ignore a context already gone
}

/**
 * Calls back with fresh settings whenever the user layer or the policy changes. Also reads the real
 * managed area once, so a policy that changed while the background slept still applies.
 */
export function watchSettings(onChange: (s: EffectiveSettings) => void, signal?: AbortSignal): void {
  const emit = () =>
    void getSettings().then((s) => {
      if (!signal?.aborted) onChange(s);
    });
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || (area === 'local' && MANAGED_MIRROR in changes)) emit();
    if (area === 'managed') void syncManagedMirror();
  };
  ext.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      ext.storage.onChanged.removeListener(listener);
    } catch {
      /* context already gone */
    }
  });
  void syncManagedMirror().catch(() => undefined);
}
