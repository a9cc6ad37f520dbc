// STUB (branch `coverage`): the `i18n-detect` branch owns this module and replaces it at merge. It takes
// the organisation's text anchors (detectionOverrides.texts, docs/admin.md): anchor key → language or
// '*' → extra texts, tried after the built-in wording.
let current: Record<string, Record<string, string[]>> = {};

export function setTextOverrides(o: Record<string /* anchor key */, Record<string /* lang or '*' */, string[]>>): void {
  current = o;
}

/** The texts set last (for tests of the stub only). */
export function textOverrides(): Record<string, Record<string, string[]>> {
  return current;
}
