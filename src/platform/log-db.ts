// The activity log in the extension origin's IndexedDB (`srm-coach-log`), written by the background only
// (src/background/log-store.ts; extension pages ask it through messages). Content scripts open the PAGE's
// IndexedDB, never this one, and no write here fires storage.onChanged in any Notion tab.
//
// Store `events`: one record per event, key [at, seq] (time, then arrival: the log's order), index `id`
// (unique: a retried event is skipped). Store `meta`: { seq, count } under 'meta', and the caller's digest
// (shared/log/digest.ts) in two parts, updated in the same transaction as the events they sum up: a base
// under 'digest' (tens of kB, rewritten seldom) and a small delta under 'digest-delta' (what came since the
// base). Each part is written only when the caller changed it. An append touches the new event, the meta
// record, the small delta and, when limits bite, the few oldest records: never the whole log, and most
// appends not the base either (bench: log_append_ms_at_20k). The usual append does not even wait for a read: the
// background is the one writer, so what its last append committed (counters, digest, oldest keys) decides
// the next one, checked inside the same transaction (appendKnown). In the style of secret-store.ts.
import type { CoachEvent } from '@shared/events';

const DB = 'srm-coach-log';
const EVENTS = 'events';
const META = 'meta';
const DIGEST = 'digest';
const DELTA = 'digest-delta';

/**
 * The caller's digest as stored: `base` under 'digest' (a store from an earlier build holds only that)
 * and `delta` under 'digest-delta' (absent: nothing since the base). Opaque here; values are compared by
 * identity to decide which part to write.
 */
export interface DigestParts {
  base: unknown;
  delta?: unknown;
}
type DigestUpdate = (digest: DigestParts, added: CoachEvent[], total: number) => DigestParts;

/** Writes the parts of `next` that differ from `prev`; true when it wrote any. */
function putParts(meta: IDBObjectStore, prev: DigestParts | undefined, next: DigestParts): boolean {
  let changed = false;
  if (next.base !== prev?.base) {
    meta.put(next.base, DIGEST);
    changed = true;
  }
  if (next.delta !== prev?.delta) {
    if (next.delta === undefined) meta.delete(DELTA);
    else meta.put(next.delta, DELTA);
    changed = true;
  }
  return changed;
}

/** Both parts, read in the transaction (base undefined: the store holds no digest). */
async function readParts(meta: IDBObjectStore): Promise<DigestParts> {
  const [base, delta] = await Promise.all([done(meta.get(DIGEST)), done(meta.get(DELTA))]);
  return delta === undefined ? { base } : { base, delta };
}
const DAY_MS = 86_400_000;

export type LogKey = [number, number];
interface Meta {
  seq: number;
  count: number;
}

let opened: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const d = req.result;
      d.createObjectStore(EVENTS).createIndex('id', 'id', { unique: true });
      d.createObjectStore(META);
    };
    req.onsuccess = () => {
      // Another context deleting the database (a test's reset) must not leave this one holding it.
      req.result.onversionchange = () => {
        req.result.close();
        opened = undefined;
        known = undefined;
      };
      // Closed by the browser (site data cleared, a storage error): the next transaction opens it again.
      req.result.onclose = () => {
        opened = undefined;
        known = undefined;
      };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

const done = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Runs `fn` in one transaction over both stores; resolves with its result once the transaction committed. */
async function tx<T>(mode: IDBTransactionMode, fn: (events: IDBObjectStore, meta: IDBObjectStore) => Promise<T>): Promise<T> {
  const d = await db();
  // "relaxed": the commit does not wait for the disk to flush. An activity log may lose its last event to a
  // power cut; in exchange an append does not stall on fsync (bench: log_append_ms_at_20k).
  let t: IDBTransaction;
  try {
    t = d.transaction([EVENTS, META], mode, { durability: 'relaxed' });
  } catch (e) {
    // A connection closed under us (InvalidStateError): open again on the next try.
    opened = undefined;
    known = undefined;
    throw e;
  }
  const committed = new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error ?? new Error('log transaction aborted'));
  });
  committed.catch(() => undefined); // awaited below; when `fn` fails first, its error is the one reported
  let result: T;
  try {
    result = await fn(t.objectStore(EVENTS), t.objectStore(META));
  } catch (e) {
    try {
      t.abort();
    } catch {
      /* already finished */
    }
    throw e;
  }
  await committed;
  return result;
}

/** The meta record; without one (a new or reset store), counted once from the records. */
async function readMeta(meta: IDBObjectStore, store: IDBObjectStore): Promise<Meta> {
  const m = (await done(meta.get('meta'))) as Partial<Meta> | undefined;
  if (typeof m?.seq === 'number' && typeof m.count === 'number') return { seq: m.seq, count: m.count };
  const count = await done(store.count());
  const last = (await done(store.openKeyCursor(null, 'prev')))?.primaryKey as LogKey | undefined;
  return { seq: Math.max(count, last?.[1] ?? 0), count };
}

/**
 * logDbAppend was asked to update a digest the store does not hold: a store written before the digest
 * lived here, or one a reset emptied. Nothing was written; the caller seeds it (logDbSeedDigest), retries.
 */
export class NoDigest extends Error {
  constructor() {
    super('the log store holds no digest');
  }
}

export interface StoreLimits {
  retentionDays: number;
  maxEvents: number;
}

/**
 * Adds the events it does not hold yet (by id), then applies the limits: events older than
 * `retentionDays`, then the oldest beyond `maxEvents`, are deleted. With `update`, the stored digest's
 * parts are replaced by update(parts, added, total) in the same transaction (each part only when it is
 * another value); throws NoDigest, having written nothing, when there is no stored base. Returns the events
 * added, how many the log holds, and the digest's parts after the append.
 */
export async function logDbAppend(events: readonly CoachEvent[], limits: StoreLimits, now: number, update?: DigestUpdate): Promise<AppendResult> {
  const k = known;
  known = undefined; // set again only by a write that committed
  if (k?.digest && update) {
    try {
      const r = await appendKnown(k, k.digest, events, limits, now, update);
      if (r) return r;
    } catch {
      /* the store was not as known (or the write failed): the reading path below decides, and reports */
    }
  }
  return appendRead(events, limits, now, update);
}

interface AppendResult {
  added: CoachEvent[];
  total: number;
  digest?: DigestParts;
  changed: boolean;
}

/** How many of the oldest keys the reading append reads back for the writes after it. */
const HEAD = 32;
/**
 * What this context knows of the store after its last committed append: the background is the one writer
 * (every write goes through log-store.ts's one promise chain), so the next append need not wait for reads
 * before it writes. Dropped on any other write, failure, or versionchange; checked in the write itself.
 */
interface Known {
  m: Meta;
  digest: DigestParts | undefined;
  /** The oldest keys, oldest first: every key when there are `m.count` of them, else a prefix. */
  head: LogKey[];
}
let known: Known | undefined;

const retentionStart = (limits: StoreLimits, now: number): number =>
  now - (Number.isFinite(limits.retentionDays) ? Math.max(0, limits.retentionDays) : 0) * DAY_MS;
const maxOf = (limits: StoreLimits): number => (Number.isFinite(limits.maxEvents) ? Math.max(0, Math.floor(limits.maxEvents)) : 0);
const keyOrder = (a: LogKey, b: LogKey): number => a[0] - b[0] || a[1] - b[1];

/**
 * The usual append without a read before the writes: undefined (nothing written) when what is known does
 * not decide it (an event expires, the cut reaches past the known keys). The counters are read in the
 * same transaction, ahead of the writes, and the transaction is aborted when they are not the known ones
 * (another writer: a test's reset); an id the store holds fails its add and aborts it too.
 */
async function appendKnown(
  k: Known,
  parts: DigestParts,
  events: readonly CoachEvent[],
  limits: StoreLimits,
  now: number,
  update: DigestUpdate,
): Promise<AppendResult | undefined> {
  const batch = new Map<string, CoachEvent>();
  for (const e of events) if (!batch.has(e.id)) batch.set(e.id, e);
  const added = [...batch.values()];
  const addedFrom = added.reduce((a, e) => Math.min(a, e.at), Infinity);
  // No known key while the log holds some (the cuts used them up): the oldest is unknown, read it.
  if (k.head.length === 0 && k.m.count > 0) return undefined;
  if (Math.min(k.head[0]?.[0] ?? Infinity, addedFrom) < retentionStart(limits, now)) return undefined;
  const m = { seq: k.m.seq, count: k.m.count + added.length };
  const keys = added.map((e): LogKey => [e.at, ++m.seq]);
  const extra = Math.max(0, m.count - maxOf(limits));
  const cut = extra > 0 ? k.head[extra - 1] : undefined;
  // The cut is within the known keys when no event added is older than its end (see appendRead).
  if (extra > 0 && (!cut || addedFrom < cut[0])) return undefined;
  m.count -= extra;
  let digest = parts;
  let changed = false;
  await tx('readwrite', async (store, meta) => {
    const t = store.transaction;
    const check = meta.get('meta');
    check.onsuccess = () => {
      const held = check.result as Partial<Meta> | undefined;
      if (held?.seq !== k.m.seq || held.count !== k.m.count) t.abort();
    };
    added.forEach((e, i) => store.add(e, keys[i]));
    if (cut) store.delete(IDBKeyRange.upperBound(cut));
    meta.put(m, 'meta');
    // Summed up while the database process writes the event (the transaction commits after this task).
    digest = update(parts, added, m.count);
    changed = putParts(meta, parts, digest);
  });
  // The oldest keys now: the known ones past the cut, with the added ones that sort among them (every
  // added one when all keys were known; later stored keys are unknown, so later added ones are left out).
  const all = k.m.count <= k.head.length;
  const last = k.head[k.head.length - 1];
  const head = [...k.head.slice(extra), ...keys.filter((x) => all || (last !== undefined && keyOrder(x, last) < 0))].sort(keyOrder);
  known = { m, digest, head: head.length > 2 * HEAD ? head.slice(0, HEAD) : head };
  return { added, total: m.count, digest, changed };
}

/** The oldest keys once the transaction's writes are done (read in it, after them). */
function headAfter(store: IDBObjectStore): Promise<LogKey[]> {
  const head = done(store.getAllKeys(null, HEAD)) as Promise<LogKey[]>;
  head.catch(() => undefined); // an aborted transaction: its own error is the one reported
  return head;
}

/** The append that reads the store first (the first write of a worker, or whenever appendKnown cannot). */
async function appendRead(events: readonly CoachEvent[], limits: StoreLimits, now: number, update?: DigestUpdate): Promise<AppendResult> {
  const r = await tx('readwrite', async (store, meta) => {
    const index = store.index('id');
    // One wait for every read the usual append needs (each wait is a round trip to the browser's database
    // process): the counters, the digest, whether each event is held (one look-up each: a 20,000-event
    // migration), and the oldest keys, which the limits usually cut.
    const [m, prev, held, head] = await Promise.all([
      readMeta(meta, store),
      update ? readParts(meta) : undefined,
      Promise.all(events.map((e) => done(index.count(e.id)))),
      done(store.getAllKeys(null, Math.max(1, events.length))) as Promise<LogKey[]>,
    ]);
    if (update && prev?.base === undefined) throw new NoDigest();
    const added: CoachEvent[] = [];
    const batch = new Set<string>();
    let addedFrom = Infinity; // the oldest time added
    for (const [i, e] of events.entries()) {
      if (held[i] || batch.has(e.id)) continue;
      batch.add(e.id);
      store.add(e, [e.at, ++m.seq]);
      m.count++;
      added.push(e);
      addedFrom = Math.min(addedFrom, e.at);
    }
    {
      const oldest = retentionStart(limits, now);
      let known = true; // `head` is still the oldest keys
      if (Math.min(head[0]?.[0] ?? Infinity, addedFrom) < oldest) {
        // Only the expired keys are read (usually the one or two that expired since the last write).
        const expired = IDBKeyRange.upperBound([oldest], true);
        const gone = await done(store.getAllKeys(expired));
        store.delete(expired);
        m.count = Math.max(0, m.count - gone.length);
        known = false;
      }
      const extra = m.count - maxOf(limits);
      // The cut is within `head` when no event just added is older than its end (an added key sorts after
      // any stored key of the same time: its seq is higher). Otherwise (limits lowered, old events moved
      // in) the keys are read.
      const cut = known && extra > 0 && extra <= head.length && addedFrom >= head[extra - 1]![0] ? head[extra - 1] : undefined;
      if (cut) {
        store.delete(IDBKeyRange.upperBound(cut));
        m.count -= extra;
      } else if (extra > 0) {
        const keys = await done(store.getAllKeys(null, extra));
        const last = keys[keys.length - 1];
        if (last !== undefined) store.delete(IDBKeyRange.upperBound(last));
        m.count -= keys.length;
      }
    }
    meta.put(m, 'meta');
    const digest = update && prev ? update(prev, added, m.count) : undefined;
    const changed = !!digest && putParts(meta, prev, digest);
    return { added, total: m.count, digest, changed, m, head: headAfter(store) };
  });
  known = { m: r.m, digest: r.digest, head: await r.head };
  return { added: r.added, total: r.total, digest: r.digest, changed: r.changed };
}

/** The stored digest's parts and how many events the log holds (base undefined: no digest). */
export function logDbDigest(): Promise<{ parts: DigestParts; total: number }> {
  return tx('readonly', async (store, meta) => {
    const [parts, m] = await Promise.all([readParts(meta), readMeta(meta, store)]);
    return { parts, total: m.count };
  });
}

/** Stores `base` as the digest unless the store holds one already (its delta, if any, stays beside it). */
export async function logDbSeedDigest(base: unknown): Promise<void> {
  known = undefined;
  await tx('readwrite', async (_store, meta) => {
    if ((await done(meta.get(DIGEST))) === undefined) meta.put(base, DIGEST);
  });
}

/** Every event, oldest → newest. */
export function logDbAll(): Promise<CoachEvent[]> {
  return tx('readonly', async (store) => (await done(store.getAll())) as CoachEvent[]);
}

/** How many events the log holds. */
export function logDbCount(): Promise<number> {
  return tx('readonly', async (store, meta) => (await readMeta(meta, store)).count);
}

/** One event by id. */
export function logDbGet(id: string): Promise<CoachEvent | undefined> {
  return tx('readonly', async (store) => (await done(store.index('id').get(id))) as CoachEvent | undefined);
}

export interface LogPage {
  /** Newest first. */
  events: CoachEvent[];
  /** Pass as `before` for the next page; absent on the last page. */
  next?: LogKey;
  /** Events that match (all events when there is no filter). */
  matched: number;
  total: number;
}

/**
 * Up to `limit` events older than `before`, newest first. Without `match`, only those records are read
 * (a cursor from the newest); with it, the log is read in one getAll and filtered (the count of matches
 * needs every record anyway).
 */
export function logDbPage(q: { before?: LogKey; limit: number; match?: (e: CoachEvent) => boolean }): Promise<LogPage> {
  return tx('readonly', async (store, meta) => {
    const total = (await readMeta(meta, store)).count;
    const range = q.before ? IDBKeyRange.upperBound(q.before, true) : null;
    if (!q.match) {
      const events: CoachEvent[] = [];
      let last: LogKey | undefined;
      let more = false;
      await new Promise<void>((resolve, reject) => {
        const r = store.openCursor(range, 'prev');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const c = r.result;
          if (!c) return resolve();
          if (events.length === q.limit) {
            more = true;
            return resolve();
          }
          events.push(c.value as CoachEvent);
          last = c.primaryKey as LogKey;
          c.continue();
        };
      });
      return { events, next: more ? last : undefined, matched: total, total };
    }
    const [values, keys] = await Promise.all([done(store.getAll()), done(store.getAllKeys())]);
    const hits: number[] = []; // indices of matching records, newest first
    for (let i = values.length - 1; i >= 0; i--) if (q.match(values[i] as CoachEvent)) hits.push(i);
    const start = q.before ? hits.findIndex((i) => indexedDB.cmp(keys[i], q.before) < 0) : 0;
    const page = start < 0 ? [] : hits.slice(start, start + q.limit);
    const more = start >= 0 && start + q.limit < hits.length;
    return {
      events: page.map((i) => values[i] as CoachEvent),
      next: more ? (keys[page[page.length - 1]!] as LogKey) : undefined,
      matched: hits.length,
      total,
    };
  });
}

/** Deletes every event; with `digest`, stores it as the digest's base (and no delta) in the same transaction. */
export async function logDbClear(digest?: unknown): Promise<void> {
  known = undefined;
  await tx('readwrite', async (store, meta) => {
    store.clear();
    const m = await readMeta(meta, store);
    meta.put({ seq: m.seq, count: 0 }, 'meta');
    if (digest !== undefined) {
      meta.put(digest, DIGEST);
      meta.delete(DELTA);
    }
  });
}
