// Time spent in SRM Coach's own scripts, from a CDP CPU profile of the tab: every sample whose stack
// holds a frame of a chrome-extension:// script (the content script and its parts, in their isolated
// world) counts, with what it called (DOM reads, builtins). Unlike a with/without difference, it does not
// carry the page's own noise, so it stays readable on a loaded machine; it misses the browser's native
// cost of keeping our MutationObserver (record creation), which only the paired figures see.
// Profiling slows everything a little: these runs are separate from the paired ones.

/** Starts sampling (every 100 µs) on `cdp`, a CDP session of the page. */
export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/** Stops sampling; returns ms attributed to extension scripts. */
export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const n = byId.get(id);
    const p = parent.get(id);
    const v = (n?.callFrame?.url ?? '').startsWith('chrome-extension://') || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}
