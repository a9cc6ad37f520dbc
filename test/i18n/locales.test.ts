// Every UI string lives in extension/_locales/<lang>/messages.json. Every locale has exactly the keys of
// English (the default_locale), with the same $1…$9 substitutions and placeholder names. Each message has a
// description for translators that says what each $n stands for. A message refers to getMessage()'s
// substitutions as $1…$9 directly (Chrome and Firefox both resolve them without a "placeholders" block), so
// a placeholders block is kept only where the message uses its $name$; and a t('key', …) call in src/
// passes exactly the substitutions the message uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const DIR = join(ROOT, 'extension/_locales');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const load = (lang: string): Record<string, Entry> => JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8'));
const LOCALES = readdirSync(DIR).filter((d) => !d.startsWith('.')).sort();
const EN = load('en');

/** The substitutions a message uses, as Chrome resolves them: $1…$9 directly or through a $name$ placeholder. */
function substitutions(e: Entry): string[] {
  const used = new Set<string>();
  const text = e.message.replace(/\$\$/g, '');
  for (const m of text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
    const content = e.placeholders?.[m[1]!.toLowerCase()]?.content ?? e.placeholders?.[m[1]!]?.content ?? '';
    for (const n of content.matchAll(/\$([1-9])/g)) used.add(n[1]!);
  }
  for (const m of text.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$([1-9])/g)) used.add(m[1]!);
  return [...used].sort();
}

/** The substitution indices a message's text uses directly ($1…$9), in order. */
function directIndices(message: string): number[] {
  const found = new Set([...message.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));
  return [...found].sort((a, b) => a - b);
}

type AstNode = { type: string; start: number; [k: string]: unknown };

/**
 * The t('key', …) calls of one source file whose key is a string literal (or a choice between two):
 * key → how many substitutions each call passes. Calls with a spread argument are left out.
 */
export function literalCalls(source: string, filename = 'x.tsx'): Map<string, Set<number>> {
  const calls = new Map<string, Set<number>>();
  const ast = parseAst(source, { lang: filename.endsWith('.tsx') ? 'tsx' : 'ts' }, filename) as unknown as AstNode;
  const keysOf = (n: AstNode | undefined): string[] => {
    if (n?.type === 'Literal' && typeof n.value === 'string') return [n.value];
    if (n?.type === 'ConditionalExpression') {
      const a = keysOf(n.consequent as AstNode);
      const b = keysOf(n.alternate as AstNode);
      return a.length && b.length ? [...a, ...b] : [];
    }
    return [];
  };
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const node = n as AstNode;
    if (node.type === 'CallExpression' && (node.callee as AstNode).type === 'Identifier' && (node.callee as { name: string }).name === 't') {
      const args = node.arguments as AstNode[];
      if (!args.some((a) => a.type === 'SpreadElement'))
        for (const key of keysOf(args[0])) calls.set(key, (calls.get(key) ?? new Set()).add(args.length - 1));
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'parent' && v && typeof v === 'object') walk(v);
  };
  walk(ast);
  return calls;
}

/** Every .ts/.tsx file under src/ that imports t from platform/i18n. */
function sourcesUsingT(dir = join(ROOT, 'src')): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(sourcesUsingT(p));
    else if (/\.tsx?$/.test(p) && /import\s*\{[^}]*\bt\b[^}]*\}\s*from\s*'[^']*platform\/i18n'/.test(readFileSync(p, 'utf8'))) out.push(p);
  }
  return out;
}

describe('locales', () => {
  it('English plus at least one more complete language', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
  });

  for (const lang of LOCALES) {
    describe(lang, () => {
      const msgs = load(lang);
      it('has every English key and no other', () => {
        expect(Object.keys(msgs).filter((k) => !(k in EN)).sort()).toEqual([]);
        expect(Object.keys(EN).filter((k) => !(k in msgs)).sort()).toEqual([]);
      });
      it('uses the same substitutions and placeholder names as English, and no message is empty', () => {
        const bad: string[] = [];
        for (const [key, en] of Object.entries(EN)) {
          const m = msgs[key];
          if (!m) continue;
          if (!m.message || !m.message.trim()) bad.push(`${key}: empty`);
          if (substitutions(m).join() !== substitutions(en).join()) bad.push(`${key}: ${substitutions(m)} vs en ${substitutions(en)}`);
          const names = (x: Entry) => Object.keys(x.placeholders ?? {}).sort().join();
          if (names(m) !== names(en)) bad.push(`${key}: placeholders ${names(m)} vs en ${names(en)}`);
        }
        expect(bad).toEqual([]);
      });
    });
  }

  it('every $name$ a message refers to is defined in its placeholders', () => {
    const bad: string[] = [];
    for (const lang of LOCALES)
      for (const [key, e] of Object.entries(load(lang)))
        for (const m of e.message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g))
          if (!e.placeholders || !Object.keys(e.placeholders).some((p) => p.toLowerCase() === m[1]!.toLowerCase())) bad.push(`${lang}/${key}: $${m[1]}$`);
    expect(bad).toEqual([]);
  });

  it('no message has a placeholders block it does not use as $name$', () => {
    const bad: string[] = [];
    for (const lang of LOCALES)
      for (const [key, e] of Object.entries(load(lang))) {
        const used = new Set([...e.message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
        for (const name of Object.keys(e.placeholders ?? {})) if (!used.has(name.toLowerCase())) bad.push(`${lang}/${key}: placeholder "${name}" unused`);
        if (e.placeholders && !Object.keys(e.placeholders).length) bad.push(`${lang}/${key}: empty placeholders block`);
      }
    expect(bad).toEqual([]);
  });

  it('every message has a description for translators that says what each $n is', () => {
    const bad: string[] = [];
    for (const lang of LOCALES)
      for (const [key, e] of Object.entries(load(lang))) {
        if (typeof e.description !== 'string' || !e.description.trim()) {
          bad.push(`${lang}/${key}: no description`);
          continue;
        }
        for (const n of directIndices(e.message)) if (!e.description.includes(`$${n}`)) bad.push(`${lang}/${key}: description does not explain $${n}`);
      }
    expect(bad).toEqual([]);
  });

  it('English numbers its substitutions $1…$n without gaps, and no $n runs into a digit', () => {
    const bad: string[] = [];
    for (const [key, e] of Object.entries(EN)) {
      const n = substitutions(e).map(Number);
      if (n.join() !== n.map((_, i) => i + 1).join()) bad.push(`en/${key}: uses ${n.map((i) => `$${i}`).join(' ')}`);
    }
    // Both browsers read every digit after "$" as the index: "$12" is substitution 12 (always empty), never $1 then "2".
    for (const lang of LOCALES)
      for (const [key, e] of Object.entries(load(lang))) if (/\$[1-9]\d/.test(e.message.replace(/\$\$/g, ''))) bad.push(`${lang}/${key}: $n followed by a digit`);
    expect(bad).toEqual([]);
  });

  describe('t() calls pass the substitutions the message uses', () => {
    it('the scanner reads literal keys, a choice of two keys, and skips computed keys and spreads', () => {
      const src = `
        t('a'); t('b', x, 2); t(cond ? 'c' : 'd', y); t(KEY[k], z); t('e', ...subs); other('f', 1);
        const el = <p title={t('g', n)}>{t('h')}</p>;
      `;
      const got = Object.fromEntries([...literalCalls(src)].map(([k, v]) => [k, [...v]]));
      expect(got).toEqual({ a: [0], b: [2], c: [1], d: [1], g: [1], h: [0] });
    });

    const files = sourcesUsingT();
    it('scans the files that import t', () => {
      expect(files.length).toBeGreaterThanOrEqual(15);
    });

    it('every literal call passes exactly $1…$n of the English message', () => {
      const bad: string[] = [];
      for (const file of files)
        for (const [key, counts] of literalCalls(readFileSync(file, 'utf8'), file)) {
          const e = EN[key];
          if (!e) continue; // an unknown key is a type error (MessageKey)
          const want = Math.max(0, ...substitutions(e).map(Number));
          for (const got of counts) if (got !== want) bad.push(`${relative(ROOT, file)}: t('${key}') passes ${got}, the message uses ${want}`);
        }
      expect(bad).toEqual([]);
    });
  });
});

describe('store listing', () => {
  // The Chrome Web Store and addons.mozilla.org take at most 132 characters of manifest description.
  it.each(LOCALES)('%s extDescription fits in 132 characters', (lang) => {
    const m = JSON.parse(readFileSync(join(ROOT, 'extension/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
