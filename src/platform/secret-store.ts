// A small key-value store in the extension origin's IndexedDB, for what content scripts must never read
// (the reuse watch's fingerprint key and fingerprints). Content scripts run with the page's origin and so
// open the PAGE's IndexedDB, never this one; storage.local, by contrast, is readable by every content
// script of the extension. Used by the background only.
const DB = 'srm-coach-secrets';
const STORE = 'kv';

let opened: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      }),
  );
}

export function secretGet<T>(key: string): Promise<T | undefined> {
  return run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
}

export async function secretSet(key: string, value: unknown): Promise<void> {
  await run('readwrite', (s) => s.put(value, key));
}

export async function secretDelete(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
