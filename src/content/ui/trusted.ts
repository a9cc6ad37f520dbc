// Only the user's own input may act through SRM Coach's controls. A page's script can read our open
// shadow root and call .click() or dispatch keys on our buttons; such events are not `isTrusted`, so they
// do nothing (SECURITY.md, "A script in a Notion page"). A user's click, Enter or Space on a focused
// button is a trusted event.
export function fromUser(e: Event): boolean {
  return e.isTrusted;
}

/** Wraps a handler so it runs only for the user's own (trusted) events. */
export function onlyFromUser<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (fromUser(e)) handler(e);
  };
}
