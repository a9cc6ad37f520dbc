// Words an attacker who targets this user would try first: pieces of the email address, the email
// domain's name, the user's name, the workspace name and "notion". They are given to the scorer as
// zxcvbn "user inputs" (and personal words add no strength there; see scorer.ts). PURE.
//
// Output: lower-case (NFKC) unique strings, in a stable order (most specific first), at most
// MAX_WORDS of them, each at most 64 chars. Pieces shorter than MIN_PIECE (3) are dropped because a
// two-letter "word" would match inside unrelated words; whole values (a two-letter name such as
// "Al", a local part "it") are kept.

import { getDomainWithoutSuffix } from 'tldts';

const MAX_WORDS = 40;
const MAX_WORD = 64;
const MIN_PIECE = 3;
const MAX_INPUT = 320; // longest valid email address; names and workspaces are cut there too

function norm(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

class WordList {
  readonly words: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly cap: number) {}

  add(word: string | undefined, min = 1): void {
    if (!word || this.words.length >= this.cap) return;
    const w = word.slice(0, MAX_WORD);
    if ([...w].length < min || this.seen.has(w)) return;
    this.seen.add(w);
    this.words.push(w);
  }
}

/** Letter runs and digit runs of a value, split on anything that is neither (". _ - + space" etc.). */
function pieces(value: string): { letters: string[]; digits: string[] } {
  const letters = value.match(/[\p{L}\p{M}]+/gu) ?? [];
  const digits = value.match(/\p{Nd}+/gu) ?? [];
  return { letters, digits };
}

/** A free-text value (name, workspace): itself, its letter pieces, and the pieces run together. */
function addPhrase(list: WordList, raw: string | undefined): void {
  if (typeof raw !== 'string') return;
  const v = norm(raw.slice(0, MAX_INPUT));
  if (!v) return;
  list.add(v);
  const { letters, digits } = pieces(v);
  if (letters.length > 1) list.add(letters.join(''), MIN_PIECE);
  for (const p of letters) list.add(p, MIN_PIECE);
  // Digit runs of 4+ (a year, a house number) are guessable too; shorter ones are noise.
  for (const d of digits) list.add(d, 4);
}

function addEmail(list: WordList, raw: string | undefined): void {
  if (typeof raw !== 'string') return;
  const email = norm(raw.slice(0, MAX_INPUT));
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) {
    addPhrase(list, email); // not an address: still personal text
    return;
  }
  const local = email.slice(0, at).replace(/^"|"$/g, '');
  const host = email.slice(at + 1).replace(/\.+$/, '');

  // Local part: as typed, without its +tag, without separators, then each letter/digit piece.
  list.add(local);
  const untagged = local.split('+', 1)[0] ?? '';
  list.add(untagged);
  const { letters, digits } = pieces(untagged);
  if (letters.length > 1) list.add(letters.join(''), MIN_PIECE);
  for (const p of letters) list.add(p, MIN_PIECE);
  for (const d of digits) list.add(d, 4);
  const tag = local.slice(untagged.length + 1);
  for (const p of pieces(tag).letters) list.add(p, MIN_PIECE);

  // Domain: its registrable name without the public suffix ("acme" for mail.acme.co.uk), via the
  // Public Suffix List; fall back to the label before the last dot.
  let name: string | null = null;
  try {
    name = getDomainWithoutSuffix(host);
  } catch {
    name = null;
  }
  if (!name) {
    const labels = host.split('.').filter(Boolean);
    name = labels.length > 1 ? (labels[labels.length - 2] ?? null) : (labels[0] ?? null);
  }
  if (name) {
    list.add(name, MIN_PIECE);
    const parts = pieces(name).letters;
    if (parts.length > 1) for (const p of parts) list.add(p, MIN_PIECE);
  }
}

export function personalWords(input: { email?: string; name?: string; workspace?: string }): string[] {
  const list = new WordList(MAX_WORDS - 1); // one slot is kept for "notion"
  const i = input ?? {};
  addEmail(list, i.email);
  addPhrase(list, i.name);
  addPhrase(list, i.workspace);
  const words = list.words;
  if (!words.includes('notion')) words.push('notion');
  return words;
}
