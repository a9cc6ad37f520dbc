// One-at-a-time runner for read-modify-write steps on stored state (settings, the log, the reuse state,
// frame tokens): each step starts after the previous one settled, whatever its outcome. Ordering only:
// nothing lives only in memory. PURE.
export type Serial = <T>(step: () => Promise<T>) => Promise<T>;

export function createSerial(): Serial {
  let chain: Promise<unknown> = Promise.resolve();
  return (step) => {
    const run = chain.then(step);
    chain = run.catch(() => undefined);
    return run;
  };
}
