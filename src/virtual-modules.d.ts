// Modules made at build time by Vite plugins (scripts/lib/*.mjs).

/** zxcvbn-ts' common + English word lists, each '\n'-joined, keyed as the library names them (scripts/lib/zxcvbn-word-lists.mjs). */
declare module 'virtual:zxcvbn-word-lists' {
  const lists: Readonly<Record<string, string>>;
  export default lists;
}
