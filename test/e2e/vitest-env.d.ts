// Types for extension APIs used inside serviceWorker.evaluate() callbacks in e2e tests.
declare const chrome: {
  storage: {
    sync: { get(k?: string | null): Promise<Record<string, any>>; set(v: object): Promise<void>; clear(): Promise<void> }; // any: test-only view of storage
    local: { get(k?: string | null): Promise<Record<string, any>>; set(v: object): Promise<void>; clear(): Promise<void>; remove(k: string | string[]): Promise<void> }; // any: test-only view of storage
    managed: { get(k?: string | null): Promise<Record<string, any>> }; // any: test-only view of storage
    session: { get(k?: string | null): Promise<Record<string, any>>; set(v: object): Promise<void> }; // any: test-only view of storage
  };
  runtime: { reload(): void; id: string; sendMessage(m: object): Promise<unknown> };
  management?: { setEnabled(id: string, enabled: boolean): Promise<void> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  tabs: { onRemoved: { hasListeners(): boolean } };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]> };
};
