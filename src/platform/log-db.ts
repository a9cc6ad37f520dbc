// The activity log in the extension origin's IndexedDB (`srm-coach-log`), written by the background only
// (src/background/log-store.ts; extension pages ask it through messages). Content scripts open the PAGE's
// IndexedDB, never this one, and no write here fires storage.onChanged in any Notion tab.
//
// Store `events`: one record per event, key [at, seq] (time, then arrival: the log's order), index `id`
// (unique: a retried event is skipped). Store `meta`: { seq, count }. An append touches the new event,
// the meta record and, when limits bite, the few oldest records: never the whole log (bench:
// log_append_ms_at_20k). In the style of secret-store.ts.
import type { CoachEvent } from '@shared/events';

const DB = 'srm-coach-log';
const EVENTS = 'events';
const META = 'meta';
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
  const t = d.transaction([EVENTS, META], mode, { durability: 'relaxed' });
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

export interface StoreLimits {
  retentionDays: number;
  maxEvents: number;
}

/**
 * Adds the events it does not hold yet (by id), then applies the limits: events older than
 * `retentionDays`, then the oldest beyond `maxEvents`, are deleted. Returns the events added and how many
 * the log holds.
 */
export function logDbAppend(events: readonly CoachEvent[], limits: StoreLimits, now: number): Promise<{ added: CoachEvent[]; total: number }> {
  return tx('readwrite', async (store, meta) => {
    const m = await readMeta(meta, store);
    const added: CoachEvent[] = [];
    const index = store.index('id');
    // All look-ups at once (one wait, not one per event: a 20,000-event migration), then the adds.
    const held = await Promise.all(events.map((e) => done(index.count(e.id))));
    const batch = new Set<string>();
    for (const [i, e] of events.entries()) {
      if (held[i] || batch.has(e.id)) continue;
      batch.add(e.id);
      store.add(e, [e.at, ++m.seq]);
      m.count++;
      added.push(e);
    }
    {
      const retention = Number.isFinite(limits.retentionDays) ? Math.max(0, limits.retentionDays) : 0;
      const oldest = now - retention * DAY_MS;
      const first = (await done(store.getAllKeys(null, 1)))[0] as LogKey | undefined;
      if (first && first[0] < oldest) {
        // Only the expired keys are read (usually the one or two that expired since the last write).
        const expired = IDBKeyRange.upperBound([oldest], true);
        const gone = await done(store.getAllKeys(expired));
        store.delete(expired);
        m.count = Math.max(0, m.count - gone.length);
      }
      const max = Number.isFinite(limits.maxEvents) ? Math.max(0, Math.floor(limits.maxEvents)) : 0;
      const extra = m.count - max;
      if (extra > 0) {
        const keys = await done(store.getAllKeys(null, extra));
        const last = keys[keys.length - 1];
        if (last !== undefined) store.delete(IDBKeyRange.upperBound(last));
        m.count -= keys.length;
      }
    }
    meta.put(m, 'meta');
    return { added, total: m.count };
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

/** Deletes every event. */
export async function logDbClear(): Promise<void> {
  await tx('readwrite', async (store, meta) => {
    store.clear();
    const m = await readMeta(meta, store);
    meta.put({ seq: m.seq, count: 0 }, 'meta');
  });
}
