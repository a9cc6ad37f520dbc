// No UI string is hard-coded in the extension's UI code: every JSX text node and every user-facing
// attribute (aria-label, title, placeholder, alt, label…) that holds letters must come from t().
// Parsed with the TSX parser that ships with Vite (rolldown/oxc), so comments and code are never mistaken
// for text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const DIRS = ['src/popup', 'src/options', 'src/welcome', 'src/log', 'src/content/ui', 'src/ui'];
const UI_ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
const LETTER = /\p{L}/u;

type Node = { type: string; start: number; [k: string]: unknown };

function files(dir: string): string[] {
  const abs = join(ROOT, dir);
  let out: string[] = [];
  for (const name of readdirSync(abs)) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) out = out.concat(files(relative(ROOT, p)));
    else if (p.endsWith('.tsx')) out.push(p);
  }
  return out;
}

function literalText(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral') return (n.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join(' ');
  return undefined;
}

/** Hard-coded UI strings in one TSX source: [line, text]. */
export function findHardcoded(source: string, filename = 'x.tsx'): [number, string][] {
  const ast = parseAst(source, { lang: 'tsx' }, filename) as unknown as Node;
  const found: [number, string][] = [];
  const line = (pos: number) => source.slice(0, pos).split('\n').length;
  const walk = (n: unknown, parent?: Node): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((c) => walk(c, parent));
    const node = n as Node;
    if (node.type === 'JSXText' && LETTER.test(String(node.value))) found.push([line(node.start), String(node.value).trim()]);
    if (node.type === 'JSXExpressionContainer' && parent && (parent.type === 'JSXElement' || parent.type === 'JSXFragment')) {
      const s = literalText(node.expression as Node);
      if (s && LETTER.test(s)) found.push([line(node.start), s]);
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: unknown }).name;
      if (typeof name === 'string' && UI_ATTRS.has(name)) {
        const v = node.value as Node | null;
        const s = v?.type === 'JSXExpressionContainer' ? literalText(v.expression as Node) : literalText(v ?? undefined);
        if (s && LETTER.test(s)) found.push([line(node.start), `${name}="${s}"`]);
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'parent' && v && typeof v === 'object') walk(v, node);
  };
  walk(ast);
  return found;
}

describe('no hard-coded UI strings', () => {
  it('the scanner finds text nodes, literal children and labelled attributes, and ignores t() and code', () => {
    const src = `
      // A comment with words
      const a = <p title="Hello" class="card">Hi there {t('k')} {'Literal words'} {\`tmpl words\`} {n} – {42}</p>;
      const b = <img alt={t('x')} src="icon.png" aria-label={'Label'} data-testid="some-id" />;
    `;
    expect(findHardcoded(src).map(([, s]) => s)).toEqual(['title="Hello"', 'Hi there', 'Literal words', 'tmpl words', 'aria-label="Label"']);
  });

  const all = DIRS.flatMap(files);
  it('scans the UI folders', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });
  for (const file of all) {
    it(relative(ROOT, file), () => {
      expect(findHardcoded(readFileSync(file, 'utf8'), file)).toEqual([]);
    });
  }

  // The HTML's <title> and lang="en" are placeholders: each visible page's script replaces both with the
  // messages' language and title, so a German browser never shows an English tab title.
  for (const page of ['popup', 'options', 'welcome', 'log']) {
    it(`src/${page}: the page's title and language come from _locales`, () => {
      const main = readFileSync(join(ROOT, `src/${page}/main.tsx`), 'utf8');
      expect(main).toMatch(/document\.documentElement\.lang = messagesLocale\(\);/);
      expect(main).toMatch(/document\.title = t\('\w+'\);/);
    });
  }
});
