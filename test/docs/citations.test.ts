// Comments cite only what a maintainer has: documents in this repository (docs/notion-ui.md#<section>,
// docs/decisions/NNNN-*.md, SECURITY.md, …) or public URLs. Never research notes that lived outside the
// repository, never an issue-tracker number, and never a section heading that does not exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SCANNED = ['src', 'test', 'scripts', 'bench'];
const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|html|css|json)$/;
const SCRIPT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SELF = relative(ROOT, __filename);

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(path);
    return TEXT_FILE.test(e.name) ? [path] : [];
  });
}

const FILES = SCANNED.flatMap(walk);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The text of every comment in a file: from the parser for scripts, `<!-- -->` in HTML, `/* *\/` in CSS. */
function commentsOf(path: string): string[] {
  const text = read(path);
  if (SCRIPT_FILE.test(path)) {
    const { comments, errors } = parseSync(path, text);
    if (errors.length) throw new Error(`${path}: cannot parse (${errors[0]!.message}), so its comments cannot be checked`);
    return comments.map((c) => c.value);
  }
  if (path.endsWith('.html')) return [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]!);
  if (path.endsWith('.css')) return [...text.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => m[1]!);
  return []; // JSON has no comments
}

const COMMENTS = new Map(FILES.map((f) => [f, commentsOf(f)]));

/** `file: offending text` for every comment line matching `re`. */
function commentHits(re: RegExp): string[] {
  const out: string[] = [];
  for (const [file, comments] of COMMENTS) {
    for (const c of comments) for (const line of c.split('\n')) if (re.test(line)) out.push(`${file}: ${line.trim()}`);
  }
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces → '-', repeats numbered -1, -2, … */
function headingAnchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const NOTION_UI = 'docs/notion-ui.md';

describe('comments cite what is in the repository', () => {
  it('no file refers to the research notes that lived outside the repository', () => {
    const outside = /shared\/notion-ui|\/work\/shared\b/;
    const hits = FILES.filter((f) => f !== SELF).flatMap((f) =>
      read(f)
        .split('\n')
        .filter((line) => outside.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('no comment points into a shared/ folder outside the repository', () => {
    // Imports of src/shared are code, not comments, so they are not affected.
    expect(commentHits(/\.\.\/shared\/|shared\/reference\b/)).toEqual([]);
  });

  it('no comment names an issue number (say the fact instead)', () => {
    expect(commentHits(/\bissue #?\d+/i)).toEqual([]);
  });

  it('no comment cites a section by number (§n) of a document: cite docs/<file>.md#<section>', () => {
    expect(commentHits(/§\s?\d/)).toEqual([]);
  });

  it('every .md file a comment names exists in the repository', () => {
    const missing: string[] = [];
    for (const [file, comments] of COMMENTS) {
      for (const c of comments) {
        const withoutUrls = c.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '');
        for (const m of withoutUrls.matchAll(/(?<![\w/.-])((?:[\w.-]+\/)*[\w.-]+\.md)\b/g)) {
          if (!existsSync(join(ROOT, m[1]!))) missing.push(`${file}: ${m[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it(`every ${NOTION_UI}#<section> cited in src, test, scripts or bench is a heading of ${NOTION_UI}`, () => {
    const anchors = headingAnchors(read(NOTION_UI));
    const cited = FILES.flatMap((f) => [...read(f).matchAll(/docs\/notion-ui\.md#([\w-]+)/g)].map((m) => ({ f, anchor: m[1]! })));
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter((c) => !anchors.has(c.anchor)).map((c) => `${c.f}: #${c.anchor}`)).toEqual([]);
  });

  it(`${NOTION_UI}'s own links to its sections resolve`, () => {
    const text = read(NOTION_UI);
    const anchors = headingAnchors(text);
    const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });

  it('every docs/decisions/*.md cited exists, and every decision record is cited by the code it describes', () => {
    const records = readdirSync(join(ROOT, 'docs/decisions')).filter((f) => /^\d{4}-.+\.md$/.test(f));
    const cited = FILES.flatMap((f) => [...read(f).matchAll(/docs\/decisions\/([\w.-]+\.md)/g)].map((m) => ({ f, record: m[1]! })));
    expect(cited.filter((c) => !records.includes(c.record)).map((c) => `${c.f}: ${c.record}`)).toEqual([]);
    expect(records.filter((r) => !cited.some((c) => c.record === r && c.f.startsWith('src/')))).toEqual([]);
  });
});

describe('headingAnchors (GitHub slugs)', () => {
  it.each([
    ['## share-menu', 'share-menu'],
    ['## Share menu and invite field', 'share-menu-and-invite-field'],
    ['### `svg.gear` icons', 'svggear-icons'],
    ['## Login, signup & password', 'login-signup--password'],
  ])('%s → #%s', (heading, anchor) => {
    expect([...headingAnchors(heading)]).toEqual([anchor]);
  });

  it('numbers repeated headings', () => {
    expect([...headingAnchors('## a\n## a\n```\n## not a heading\n```\n## a')]).toEqual(['a', 'a-1', 'a-2']);
  });
});
