// Every UI string lives in extension/_locales/<lang>/messages.json. Every locale has exactly the keys of
// English (the default_locale), with the same $1…$9 substitutions and placeholder names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../extension/_locales');
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
});
