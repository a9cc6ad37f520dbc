// The ZxcvbnFactory with the packs' dictionaries installed as ranked lookups (ranked-lookup.ts). The one
// place that reaches into zxcvbn-ts past its typings (its private `options`), so an upgrade is checked here
// and by test/shared/password/scorer.test.ts (scores identical to the library's own dictionaries). PURE.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { Options, OptionsType } from '@zxcvbn-ts/core';
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import { translations } from '@zxcvbn-ts/language-en';
// The packs' word lists, '\n'-joined at build time (scripts/lib/zxcvbn-word-lists.mjs): importing only
// `translations` and `adjacencyGraphs` above keeps the packs' compressed copies out of the bundle.
import wordLists from 'virtual:zxcvbn-word-lists';
import { SCORER_L33T_MAX_SUBSTITUTIONS, SCORER_MAX_LENGTH } from './limits';
import { rankedLookup, type RankedLookup } from './ranked-lookup';

/** The factory options WITHOUT the dictionaries (they are installed by installRankedDictionaries). */
export function factoryOptions(): OptionsType {
  return {
    translations,
    graphs: adjacencyGraphs,
    maxLength: SCORER_MAX_LENGTH,
    l33tMaxSubstitutions: SCORER_L33T_MAX_SUBSTITUTIONS,
  };
}

export function createFactory(lookups: RankedLookup[]): ZxcvbnFactory {
  const factory = new ZxcvbnFactory(factoryOptions());
  // `options` is private in the typings but is the object every matcher reads at match time; its
  // `rankedDictionaries` fields are public (Options.d.ts). zxcvbn-ts is pinned (package.json).
  const options = (factory as unknown as { options: Options }).options;
  // The packs' lists only, in the packs' order, as the library's own setOptions({ dictionary }) leaves
  // them: zxcvbn adds the per-call 'userInputs' dictionary LAST (mergeUserInputDictionary), and order
  // decides which of two equally likely matches is kept.
  const rankedDictionaries: Record<string, Record<string, number>> = {};
  const maxWordSize: Record<string, number> = {};
  for (const [name, text] of Object.entries(wordLists)) {
    const built = rankedLookup(text);
    lookups.push(built);
    rankedDictionaries[name] = built.lookup;
    maxWordSize[name] = built.maxWordSize;
  }
  options.rankedDictionaries = rankedDictionaries;
  options.rankedDictionariesMaxWordSize = maxWordSize;
  return factory;
}

