// Vite plugin: the module `virtual:zxcvbn-word-lists` — zxcvbn-ts' common + English word lists, in the
// order and with the names the library merges them in ({ ...common, ...en }), each as ONE '\n'-joined
// string, computed from the installed language packs at build time.
//
// Why: the packs ship their lists compressed and decompress them while the module is evaluated (~90 ms in
// Node here, more in the secret frame), and an array of 236,000 strings is what the scorer would then
// scan anyway. A few plain string literals parse in a fraction of that, and the scorer files words by
// first character straight from the text (src/shared/password/scorer.ts rankedLookup). The words and
// ranks are exactly the packs' (test/shared/password/scorer.test.ts compares the scores).
// Used by vite.config.ts, vitest.config.ts and bench/password.mjs.
export const WORD_LISTS_ID = 'virtual:zxcvbn-word-lists';
const RESOLVED = `\0${WORD_LISTS_ID}`;

export function zxcvbnWordLists() {
  return {
    name: 'srm-zxcvbn-word-lists',
    resolveId: (id) => (id === WORD_LISTS_ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const [common, en] = await Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]);
      const lists = {};
      for (const [name, list] of Object.entries({ ...common.dictionary, ...en.dictionary })) {
        const words = list.map(String);
        if (words.some((w) => w.includes('\n'))) throw new Error(`zxcvbn list ${name}: a word contains a line break`);
        lists[name] = words.join('\n');
      }
      return `export default ${JSON.stringify(lists)};\n`;
    },
  };
}
