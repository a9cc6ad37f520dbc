// In-app navigation as the browser tells it: the Navigation API's currententrychange fires after every
// same-document navigation (history.pushState and replaceState from Notion's own script, back, forward),
// and reaches content scripts' isolated worlds too. Chrome 102+, Firefox 147+; elsewhere the runtime
// reads the URL at each tick (start.ts). The event only prompts a read of location.href: a page script
// dispatching a fake one changes nothing.

/** Calls `changed` after each same-document navigation; false when this browser cannot tell. */
export function onNavigation(changed: () => void, signal: AbortSignal, win: object = globalThis): boolean {
  const nav = (win as { navigation?: Partial<EventTarget> }).navigation;
  if (typeof nav?.addEventListener !== 'function') return false;
  nav.addEventListener('currententrychange', changed, { signal });
  return true;
}
