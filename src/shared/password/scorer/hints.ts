// What a zxcvbn result may say about a password without its text: coarse pattern hints and the
// warning as a KEY. PURE.
import type { MatchEstimated } from '@zxcvbn-ts/core';
import { translations } from '@zxcvbn-ts/language-en';

/**
 * Coarse pattern hints found in the scored prefix (a subset of policy.ts' ReasonCode). Derived from
 * zxcvbn's match sequence (pattern kind, dictionary name), never from the matched text.
 */
export type PatternHint =
  | 'common'
  | 'personal'
  | 'predictable'
  | 'dates'
  | 'keyboard-pattern'
  | 'sequence'
  | 'repeated';


/** zxcvbn-ts warning keys (the keys of the English translation table; the runtime values are English). */
const WARNING_KEYS = Object.keys(translations.warnings);
/** English text → key, so the warning can be reported as a KEY while zxcvbn is configured with `translations: en`. */
const WARNING_KEY_BY_TEXT = new Map<string, string>(
  Object.entries(translations.warnings).map(([key, text]) => [text as string, key]),
);

export function warningKey(warning: string | null | undefined): string | undefined {
  if (!warning) return undefined;
  if (WARNING_KEYS.includes(warning)) return warning;
  return WARNING_KEY_BY_TEXT.get(warning);
}


export function hintsOf(sequence: readonly MatchEstimated[]): PatternHint[] {
  const hints = new Set<PatternHint>();
  for (const m of sequence) {
    const len = m.j - m.i + 1;
    switch (m.pattern) {
      case 'dictionary': {
        const dict = String(m.dictionaryName ?? '');
        if (dict === 'userInputs') hints.add('personal');
        else if (dict.startsWith('passwords') && len >= 4) hints.add('common');
        if ((m.l33t || m.reversed) && len >= 4) hints.add('predictable');
        break;
      }
      case 'spatial':
        if (len >= 4) hints.add('keyboard-pattern');
        break;
      case 'repeat':
        hints.add('repeated');
        break;
      case 'sequence':
        if (len >= 3) hints.add('sequence');
        break;
      case 'wordSequence':
        if (Number(m.wordCount) >= 3) hints.add('sequence');
        break;
      case 'date':
        hints.add('dates');
        break;
      case 'regex':
        if (m.regexName === 'recentYear') hints.add('dates');
        break;
      default:
        break;
    }
  }
  return [...hints];
}

