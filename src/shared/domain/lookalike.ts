// Look-alike checks of one address domain against the user's own and trusted domains. PURE.
//
// What counts as imitating a trusted name (its "name" is the label left of the public suffix: contoso):
//   - the same name under another suffix (contoso.net, contoso.com.au, contoso.github.io): tld-swap;
//   - a name that looks the same (visual keys equal, confusables.ts): c0nt0só, con-toso, rnicrosoft;
//   - a name within a few edits, weighed by how alike the letters look (distance.ts), the allowance
//     growing with the trusted name's length (nearCap): acmej, acnne, e0nt0s0, nortlhwincltraders;
//   - the trusted name inside a longer name (containCap): contoso-login, loginacme, contosocoffee;
//   - the name split across labels or used as a label: co.ntoso.com, northwindt.raders.com,
//     contoso.com.example.net, contoso.evil.io;
//   - an internationalised label mixing scripts (Latin + Cyrillic…): always, even imitating nothing known.
// Any mix of these is caught because every comparison is between visual keys. A single-script IDN that
// resembles no trusted name (münchen.de, 例え.jp) is not a look-alike: flagging every IDN would warn on
// ordinary foreign domains and teach people to click through.
//
// Cost: the trusted list is indexed once (prepareTargets), by the hashes of each name's loose key
// (confusables.ts, read with and without the letter pairs) and of its one-deletion variants, and by the
// first three characters of the loose key for names inside longer ones. A candidate text looks up its own
// variants (symmetric deletion: two strings within one edit share one), so it touches only the trusted
// names within one edit once weak look-alikes are folded; the weighted distance runs on those. A second
// typo in a long name is therefore not looked for here (closeToTrusted, which compares every trusted
// name, still finds it).

import { looseKey, skeleton, visualKey } from './confusables';
import { keyDistance, MAX_KEY, substitutionCost } from './distance';
import { hostParts, toUnicodeHost } from './parse';
import { embeds, isDigitSwap, isMixedScript, isPlural, stripHyphens, withinOneEdit } from './rules';
import type { LookalikeReason } from './types';

export { embeds, isDigitSwap, isMixedScript, isPlural, withinOneEdit } from './rules';

/** Half-edits allowed between a candidate name and a trusted name whose visual key has `len` characters. */
export function nearCap(len: number): number {
  if (len <= 2) return 0; // hp: only a name that looks the same
  if (len === 3) return 1; // ibm: one weak look-alike (ibn)
  if (len <= 6) return 2; // acme: one edit, or two weak look-alikes
  if (len <= 13) return 3; // contoso: one edit and one weak look-alike
  return 5; // northwindtraders: one edit and three weak look-alikes (a second edit: see the header)
}

/** Half-edits allowed for the trusted name inside a longer one; -1 when too short to look for. */
export function containCap(len: number): number {
  if (len < 4) return -1; // ibm inside ribbmx says nothing
  if (len < 7) return 0;
  // Weak look-alikes only, never a typo: contosyou.com merely shares the surname Contos with contoso.
  return len <= 13 ? 1 : 2;
}

/** For "close to trusted": one more edit than nearCap (half an edit more for 1–3 letters). */
export function closeCap(len: number): number {
  return len <= 3 ? nearCap(len) + 1 : nearCap(len) + 2;
}

/** For "close to trusted": trusted names of 3+ letters anywhere inside, one more weak look-alike from 7. */
export function closeContainCap(len: number): number {
  if (len < 3) return -1;
  return len < 7 ? 0 : containCap(len) + 1;
}

/** Names this short must stand at the start or end of the longer name (acmelogin, not placemat). */
const EDGE_ONLY_BELOW = 6;
/** At most this many labels next to the registrable name are looked at (a host may have 127). */
const MAX_LABELS = 8;
/** Hyphen-separated parts of one label looked at. */
const MAX_PARTS = 8;
/** Longest run of labels joined to find a split name (co.ntoso.com). */
const MAX_RUN = 4;

export interface Target {
  /** The own/trusted entry as normalised (reported as lookalikeOf). */
  domain: string;
  registrable: string;
  /** Label left of the public suffix, ascii. */
  name: string;
  suffix: string;
  /** Under a private suffix (globex.notion.site): such a name says nothing about other suffixes. */
  privateSuffix: boolean;
  /** The name is internationalised (xn--). */
  idn: boolean;
  key: string;
  /** looseKey(key), with the letter pairs read as one letter and without (equal when it has none). */
  loose: string;
  looseRaw: string;
  cap: number;
  containCap: number;
  /** Bigram ids of `loose` (for closeToTrusted's quick test). */
  grams: Int32Array;
}

export interface TargetIndex {
  targets: readonly Target[];
  registrables: ReadonlySet<string>;
  /** ascii name → target ids (tld-swap). */
  byName: ReadonlyMap<string, readonly number[]>;
  /** Hashes (variantHashes) of loose keys and their one-deletion variants → target ids, as a table of
   * (hash, id) pairs (HashTable). A hash collision only costs a distance computation. */
  byLoose: HashTable;
  /** The longest loose key indexed: a text longer by two or more is within one edit of none. */
  maxLoose: number;
  /** Each target's loose keys (one or two readings) are "entries": entry → target id, loose key. */
  entryTarget: Int32Array;
  entryLoose: readonly string[];
  /** First three characters of a loose key (trigramAt) → entries (trusted names inside longer names). */
  starts: HashTable;
  // Scratch space for one query at a time (the classifier is synchronous): per target.
  seenNear: Int32Array;
  seenInside: Int32Array;
}

export interface Candidate {
  domain: string;
  unicodeDomain: string;
  registrable?: string;
  name?: string;
  suffix?: string;
}

export interface LookalikeHit {
  reason: LookalikeReason;
  of?: string;
}

// ---- bigrams --------------------------------------------------------------------------------------

const SLOTS = 64;

function slot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22; // 26..35
  return 36 + (c % 28);
}

/** Bigram ids of a loose key, in order (at most MAX_KEY - 1). */
function bigramIds(s: string): Int32Array {
  const n = Math.min(s.length, MAX_KEY);
  const out = new Int32Array(Math.max(0, n - 1));
  for (let i = 0; i + 1 < n; i++) out[i] = bigramAt(s, i);
  return out;
}

/** Id of the three characters starting at position `i` of `s`. */
function trigramAt(s: string, i: number): number {
  return (slot(s.charCodeAt(i)) * SLOTS + slot(s.charCodeAt(i + 1))) * SLOTS + slot(s.charCodeAt(i + 2));
}

/** Id of the bigram starting at position `i` of `s`. */
function bigramAt(s: string, i: number): number {
  return slot(s.charCodeAt(i)) * SLOTS + slot(s.charCodeAt(i + 1));
}

/** 31^i modulo 2^32, for the hashes below. */
const POW31 = (() => {
  const t = new Int32Array(MAX_KEY + 1);
  t[0] = 1;
  for (let i = 1; i <= MAX_KEY; i++) t[i] = Math.imul(t[i - 1], 31);
  return t;
})();

/**
 * Into `out`: a 30-bit polynomial hash of `s` and, with `deletions`, of each string made by deleting one
 * of its characters, without building those strings (the look-up of short names' one-edit neighbours).
 * Returns how many.
 */
function variantHashes(s: string, deletions: boolean, out: Int32Array): number {
  const n = Math.min(s.length, MAX_KEY);
  let full = 0;
  for (let i = 0; i < n; i++) full = (Math.imul(full, 31) + s.charCodeAt(i)) | 0;
  out[0] = full & 0x3fffffff;
  if (!deletions) return 1;
  let prefix = 0; // hash of s[0, i)
  for (let i = 0; i < n; i++) {
    const withChar = (Math.imul(prefix, 31) + s.charCodeAt(i)) | 0; // hash of s[0, i]
    const rest = (full - Math.imul(withChar, POW31[n - 1 - i])) | 0; // hash of s(i, n)
    out[i + 1] = ((Math.imul(prefix, POW31[n - 1 - i]) + rest) | 0) & 0x3fffffff;
    prefix = withChar;
  }
  return n + 1;
}

/**
 * (hash, id) pairs in open addressing: a look-up of a hash starts at slotOf(hash) and reads on until an
 * empty slot (-1), taking every slot whose key is the hash. Half empty, so a miss usually reads one slot.
 */
export interface HashTable {
  keys: Int32Array;
  ids: Int32Array;
  shift: number;
}

const slotOf = (h: number, shift: number): number => Math.imul(h, 0x9e3779b1) >>> shift;

/** A HashTable of [hash, id, hash, id…] (keys are never negative); a repeated pair is kept once. */
function hashTable(pairs: readonly number[]): HashTable {
  let bits = 4;
  while (1 << bits < pairs.length) bits++; // at least two slots per pair
  const keys = new Int32Array(1 << bits).fill(-1);
  const ids = new Int32Array(1 << bits);
  const shift = 32 - bits;
  for (let p = 0; p < pairs.length; p += 2) {
    const h = pairs[p];
    const id = pairs[p + 1];
    let i = slotOf(h, shift);
    while (keys[i] !== -1 && !(keys[i] === h && ids[i] === id)) i = (i + 1) & (keys.length - 1);
    keys[i] = h;
    ids[i] = id;
  }
  return { keys, ids, shift };
}


// Scratch space: the classifier is synchronous, one text is probed (or one name indexed) at a time.
/** variantHashes of the text being probed, or of the name being indexed. */
const HASHES = new Int32Array(MAX_KEY + 1);
/** Bigrams present in the text being probed: PRESENT[id] === its stamp. */
const PRESENT = new Int32Array(SLOTS * SLOTS);

// ---- the index ------------------------------------------------------------------------------------

/** Own + trusted hosts → look-alike index; public suffixes (co.uk, notion.site) are skipped. */
export function prepareTargets(hosts: readonly string[]): TargetIndex {
  const targets: Target[] = [];
  const registrables = new Set<string>();
  for (const domain of hosts) {
    const { registrable, name, suffix, privateSuffix = false } = hostParts(domain);
    if (!registrable || !name || !suffix || registrables.has(registrable)) continue;
    const key = visualKey(toUnicodeHost(name) ?? name).slice(0, MAX_KEY);
    if (!key) continue;
    registrables.add(registrable);
    const loose = looseKey(key);
    const looseRaw = looseKey(key, false);
    const cap = nearCap(key.length);
    targets.push({
      domain,
      registrable,
      name,
      suffix,
      privateSuffix,
      idn: name.startsWith('xn--'),
      key,
      loose,
      looseRaw,
      cap,
      containCap: containCap(key.length),
      grams: bigramIds(loose),
    });
  }
  const byName = new Map<string, number[]>();
  const pairs: number[] = [];
  const startPairs: number[] = [];
  const add = <K>(map: Map<K, number[]>, k: K, id: number): void => {
    const list = map.get(k);
    if (!list) map.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  const entryTarget: number[] = [];
  const entryLoose: string[] = [];
  let maxLoose = 0;
  targets.forEach((t, id) => {
    add(byName, t.name, id);
    for (const loose of t.loose === t.looseRaw ? [t.loose] : [t.loose, t.looseRaw]) {
      maxLoose = Math.max(maxLoose, loose.length);
      const count = variantHashes(loose, t.cap >= 2, HASHES);
      for (let v = 0; v < count; v++) pairs.push(HASHES[v], id);
      if (t.containCap >= 0 && loose.length >= 3) {
        const entry = entryTarget.length;
        entryTarget.push(id);
        entryLoose.push(loose);
        startPairs.push(trigramAt(loose, 0), entry);
      }
    }
  });
  return {
    targets,
    registrables,
    byName,
    byLoose: hashTable(pairs),
    maxLoose,
    entryTarget: Int32Array.from(entryTarget),
    entryLoose,
    starts: hashTable(startPairs),
    seenNear: new Int32Array(targets.length),
    seenInside: new Int32Array(targets.length),
  };
}

// ---- one search -----------------------------------------------------------------------------------

/** Where in the candidate a trusted name was found. */
type Where = 'name' | 'inside-name' | 'name-part' | 'label' | 'run';
/**
 * Which evidence wins: the whole name (a typo of it, or it split across labels) before the name found
 * inside a longer one or in a part or another label; within a group the cheapest, then this order.
 */
const WHERE_GROUP: Readonly<Record<Where, number>> = { name: 0, run: 0, 'inside-name': 1, 'name-part': 2, label: 3 };
const WHERE_ORDER: Readonly<Record<Where, number>> = { name: 0, run: 1, 'inside-name': 2, 'name-part': 3, label: 4 };

interface Found {
  t: number;
  cost: number;
  where: Where;
  /** Visual key of the candidate text matched. */
  key: string;
  /** The candidate text matched is internationalised. */
  idn: boolean;
}

/** Stamps the targets already checked for the current probe (seenNear/seenInside). */
let epochs = 0;

/** One search at a time, reused (the classifier is synchronous): no allocation per candidate. */
class Search {
  best: Found | undefined;
  private epoch = 0;
  private ix: TargetIndex | undefined;
  /** The looser "close to trusted" check (closeCap) instead of the look-alike verdict. */
  private close = false;
  /** The candidate's own ascii name: a same-named private-suffix target is no evidence. */
  private name: string | undefined;
  /** The candidate's registrable domain: targets of the same organisation are passed over. */
  private registrable: string | undefined;
  // The text being probed.
  private where: Where = 'name';
  private idn = false;

  reset(ix: TargetIndex, close: boolean, c: Candidate): void {
    this.best = undefined;
    this.ix = ix;
    this.close = close;
    this.name = c.name;
    this.registrable = c.registrable;
  }

  private consider(t: number, cost: number, where: Where, idn: boolean, key: string): void {
    const b = this.best;
    // Ties go to the first listed (own domains come first).
    if (b) {
      const order =
        WHERE_GROUP[b.where] - WHERE_GROUP[where] || b.cost - cost || WHERE_ORDER[b.where] - WHERE_ORDER[where] || b.t - t;
      if (order <= 0) return;
    }
    this.best = { t, cost, where, idn, key };
  }

  private skip(t: Target): boolean {
    return t.registrable === this.registrable || (this.where === 'name' && t.privateSuffix && this.name === t.name);
  }

  private near(ix: TargetIndex, id: number, key: string): void {
    if (ix.seenNear[id] === this.epoch) return;
    ix.seenNear[id] = this.epoch;
    const t = ix.targets[id];
    if (this.skip(t)) return;
    const cap = this.close ? closeCap(t.key.length) : t.cap;
    let d = substitutionCost(key, t.key, cap);
    if (d > cap) d = keyDistance(key, t.key, cap);
    if (d <= cap) this.consider(id, d, this.where, this.idn, key);
  }

  private inside(ix: TargetIndex, id: number, key: string): void {
    if (ix.seenInside[id] === this.epoch) return;
    ix.seenInside[id] = this.epoch;
    const t = ix.targets[id];
    const cap = this.close ? closeContainCap(t.key.length) : t.containCap;
    if (cap < 0 || key.length <= t.key.length || t.registrable === this.registrable) return;
    let d = cap + 1;
    if (t.key.length < EDGE_ONLY_BELOW && !this.close) d = key.startsWith(t.key) || key.endsWith(t.key) ? 0 : d;
    else if (key.includes(t.key)) d = 0;
    else if (cap > 0) d = keyDistance(key, t.key, cap, true);
    if (d <= cap) this.consider(id, d, this.where === 'name' ? 'inside-name' : this.where, this.idn, key);
  }

  /** One text of the candidate; `inside`: also look for trusted names inside it. */
  probe(text: string, where: Where, idn: boolean, inside: boolean): void {
    const ix = this.ix;
    const key = visualKey(text).slice(0, MAX_KEY);
    if (!key || !ix) return;
    this.epoch = ++epochs;
    this.where = where;
    this.idn = idn;
    if (this.close) return this.probeAll(ix, key, inside);
    const loose = looseKey(key);
    const looseRaw = looseKey(key, false);
    this.probeLoose(ix, key, loose, inside);
    if (looseRaw !== loose) this.probeLoose(ix, key, looseRaw, inside);
  }

  /** The trusted names one reading (loose key) of a candidate text may match, checked in full. */
  private probeLoose(ix: TargetIndex, key: string, loose: string, inside: boolean): void {
    // Names within one edit: the loose key itself and each of its one-deletion variants.
    const count = loose.length <= ix.maxLoose + 1 ? variantHashes(loose, true, HASHES) : 0;
    const { keys, ids, shift } = ix.byLoose;
    for (let v = 0; v < count; v++) {
      const h = HASHES[v];
      for (let i = slotOf(h, shift); keys[i] !== -1; i = (i + 1) & (keys.length - 1)) if (keys[i] === h) this.near(ix, ids[i], key);
    }
    if (!inside) return;
    // Trusted names inside this text.
    const n = Math.min(loose.length, MAX_KEY);
    const starts = ix.starts;
    for (let i = 0; i + 3 <= n; i++) {
      const tri = trigramAt(loose, i);
      for (let x = slotOf(tri, starts.shift); starts.keys[x] !== -1; x = (x + 1) & (starts.keys.length - 1)) {
        const e = starts.ids[x];
        if (starts.keys[x] === tri && loose.startsWith(ix.entryLoose[e], i)) this.inside(ix, ix.entryTarget[e], key);
      }
    }
  }

  /** Every target, no index: for the looser "close to trusted" check (one domain at a time). */
  private probeAll(ix: TargetIndex, key: string, inside: boolean): void {
    // Bigrams of both readings of the text, for a quick test before looking for a name inside it.
    const mark = ++epochs;
    for (const loose of [looseKey(key), looseKey(key, false)]) {
      for (let i = 0; i + 1 < Math.min(loose.length, MAX_KEY); i++) PRESENT[bigramAt(loose, i)] = mark;
    }
    for (let id = 0; id < ix.targets.length; id++) {
      this.near(ix, id, key);
      if (!inside) continue;
      const t = ix.targets[id];
      // A name inside within c half-edits keeps all but 3 × (c / 2) of its bigrams.
      let missing = 3 * (closeContainCap(t.key.length) >> 1);
      for (let j = 0; j < t.grams.length && missing >= 0; j++) if (PRESENT[t.grams[j]] !== mark) missing--;
      if (missing >= 0) this.inside(ix, id, key);
    }
  }
}

// ---- the candidate --------------------------------------------------------------------------------

/** Probes every text of a candidate host that may hold a trusted name, nearest the registrable name first. */
function probeTexts(c: Candidate, s: Search): void {
  // The common case, name.suffix: the name alone.
  if (c.name && c.suffix && c.domain.length === c.name.length + 1 + c.suffix.length && !c.name.includes('-')) {
    const idn = c.name.startsWith('xn--');
    s.probe(idn ? c.unicodeDomain.slice(0, c.unicodeDomain.indexOf('.')) : c.name, 'name', idn, true);
    return;
  }
  const ascii = c.domain.split('.');
  const uniAll = c.unicodeDomain.split('.');
  const uni = uniAll.length === ascii.length ? uniAll : ascii;
  const suffixLabels = c.suffix ? c.suffix.split('.').length : 1;
  const end = ascii.length - suffixLabels; // labels [0, end) are left of the suffix
  const start = Math.max(0, end - MAX_LABELS);
  const isIdn = (i: number): boolean => ascii[i].startsWith('xn--');
  for (let i = end - 1; i >= start; i--) {
    const isName = c.name !== undefined && i === end - 1;
    s.probe(uni[i], isName ? 'name' : 'label', isIdn(i), true);
    if (!uni[i].includes('-')) continue;
    for (const part of uni[i].split('-').slice(0, MAX_PARTS)) if (part) s.probe(part, isName ? 'name-part' : 'label', isIdn(i), false);
  }
  for (let len = 2; len <= MAX_RUN; len++) {
    for (let i = end - len; i >= start; i--) {
      let idn = false;
      for (let j = i; j < i + len; j++) idn ||= isIdn(j);
      s.probe(uni.slice(i, i + len).join(''), 'run', idn, false);
    }
  }
}

const SEARCH = new Search();

function search(c: Candidate, ix: TargetIndex, close: boolean): Found | undefined {
  SEARCH.reset(ix, close, c);
  probeTexts(c, SEARCH);
  return SEARCH.best;
}

/** The reason a found trusted name is imitated, from the most specific evidence. */
function reasonFor(c: Candidate, f: Found, t: Target): LookalikeReason {
  const name = c.name ?? '';
  const nameIdn = name.startsWith('xn--');
  if (f.where === 'name' && f.cost === 0) {
    if (stripHyphens(name) === stripHyphens(t.name)) return 'hyphen';
    if (nameIdn || t.idn) return 'confusable';
  }
  // The whole registrable domain spelled into the host (acme.com.evil.io, acme-com.evil.io, acmecom.net)
  // is found as the name inside another label or name, never as a typo of the name or a split one.
  if (f.where !== 'name' && f.where !== 'run') {
    const hosts = c.unicodeDomain !== c.domain ? [c.domain, skeleton(c.unicodeDomain)] : [c.domain];
    if (hosts.some((h) => embeds(h, t.registrable))) return 'embedded';
  }
  switch (f.where) {
    case 'name':
      if (f.cost === 0) return isDigitSwap(name, t.name) ? 'digit-swap' : 'homoglyph';
      if (nameIdn) return 'punycode';
      if (isPlural(name, t.name)) return 'plural';
      if (isDigitSwap(name, t.name)) return 'digit-swap';
      {
        // Only look-alike substitutions, several of them or with digits (e0nt0s0): homoglyph; a typo
        // that happens to be one (bucher → buchen) stays an edit.
        const lookalikeOnly = looseKey(f.key) === t.loose || looseKey(f.key, false) === t.looseRaw;
        return lookalikeOnly && (!withinOneEdit(f.key, t.key) || /[0-9]/.test(name)) ? 'homoglyph' : 'edit-distance';
      }
    case 'inside-name':
    case 'name-part':
      return 'added-word';
    case 'run':
      return 'split';
    case 'label':
      return f.idn ? 'punycode' : 'embedded';
  }
}

/** A trusted name under another suffix (trusting globex.notion.site does not make globex.com a "tld-swap"). */
function sameName(c: Candidate, ix: TargetIndex): Target | undefined {
  const ids = c.name ? ix.byName.get(c.name) : undefined;
  if (ids) {
    for (const id of ids) {
      const t = ix.targets[id];
      if (!t.privateSuffix && t.suffix !== c.suffix) return t;
    }
  }
  return undefined;
}

/**
 * The look-alike reason and the trusted domain imitated, for a candidate that is NOT itself equal to or
 * under an own/trusted domain (the caller checks that first), or undefined.
 */
export function findLookalike(c: Candidate, ix: TargetIndex): LookalikeHit | undefined {
  if (ix.targets.length === 0) return undefined;
  const mixed = c.unicodeDomain !== c.domain && c.unicodeDomain.split('.').some(isMixedScript);
  // Another host of a trusted organisation (us.acme.com when only eu.acme.com is listed) is no imitation.
  if (c.registrable && ix.registrables.has(c.registrable)) return undefined;
  const same = sameName(c, ix);
  if (same) return { reason: 'tld-swap', of: same.domain };
  const f = search(c, ix, false);
  const t = f ? ix.targets[f.t] : undefined;
  if (f && t && f.where === 'name' && f.cost === 0 && (c.name?.startsWith('xn--') || t.idn)) {
    return { reason: stripHyphens(c.name ?? '') === stripHyphens(t.name) ? 'hyphen' : 'confusable', of: t.domain };
  }
  if (mixed) return t ? { reason: 'mixed-script', of: t.domain } : { reason: 'mixed-script' };
  return f && t ? { reason: reasonFor(c, f, t), of: t.domain } : undefined;
}

/**
 * The trusted domain a candidate resembles even below the look-alike threshold (one more edit
 * allowed, trusted names of 3+ letters found anywhere inside it), or undefined. Trusted entries of the
 * candidate's own registrable domain are passed over (so a whole trusted list can be checked entry by
 * entry). For "never offer to trust this": one domain at a time, every trusted name is compared.
 */
export function findClose(c: Candidate, ix: TargetIndex): string | undefined {
  if (ix.targets.length === 0) return undefined;
  const same = sameName(c, ix);
  if (same) return same.domain;
  const f = search(c, ix, true);
  return f ? ix.targets[f.t].domain : undefined;
}
