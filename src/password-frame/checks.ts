// The opt-in checks, inside the secret frame: the HIBP range check (hibp.ts) and stage 1 of the reuse
// fingerprint (fingerprint.ts; the background makes the fingerprint and keeps the state). Both re-check the setting here, so only the user or
// the organisation can turn a request on, and both are rate-limited.
import { readReusePublicSalt } from '../platform/storage';
import { send } from '../platform/messaging';
import { getSettings } from '../platform/settings';
import { checkBreached, type BreachResult } from '@shared/password/hibp';
import { preHash, saltFromBase64 } from '@shared/password/fingerprint';
import { createRateLimiter } from '@shared/password/rate-limit';

const breachLimit = createRateLimiter(20, 60_000);
const reuseLimit = createRateLimiter(10, 60_000);
const BREACH_TIMEOUT_MS = 8000;

async function fetchRange(url: string, headers: Record<string, string>): Promise<string> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), BREACH_TIMEOUT_MS);
  try {
    // no-store: the range prefix is derived from the password, so not even it is kept in the HTTP cache;
    // no referrer, no cookies. Only the URL (5-char prefix) and Add-Padding go out.
    const res = await fetch(url, { headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: ac.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}

export async function breach(password: string): Promise<BreachResult> {
  if (!(await getSettings()).values.breachCheck || !breachLimit.take(Date.now())) return { status: 'unavailable' };
  return checkBreached(password, fetchRange);
}

async function reuseSalt(): Promise<Uint8Array | undefined> {
  const stored = await readReusePublicSalt();
  const salt = stored ? saltFromBase64(stored) : undefined;
  if (salt) return salt;
  const reply = await send('reuse:salt', {});
  return reply?.salt ? saltFromBase64(reply.salt) : undefined;
}

/** Records the Notion password's fingerprint; returns the other site it is also used on, if any. */
export async function reuseNotion(password: string): Promise<string | undefined> {
  if (!(await getSettings()).values.reuseWatch || !reuseLimit.take(Date.now())) return undefined;
  const salt = await reuseSalt();
  if (!salt) return undefined;
  const reply = await send('reuse:notion', { pre: await preHash(password, salt) });
  return reply?.reusedOn;
}
