import { describe, expect, test, vi } from 'vitest';

// The registry imports browser code; its ids and include() are all this test needs.
vi.mock('../../src/platform/ext', () => ({ ext: { runtime: { id: 'test' } } }));
import { readFileSync, readdirSync } from 'node:fs';
import manifest from '../../manifest.json' with { type: 'json' };
import { APP_MATCHES, LOGIN_MATCHES, NOTION_HOSTS, NOTION_MATCHES, PUBLISHED_MATCH, isNotionHost } from '../../src/shared/notion-hosts';
import { FEATURES } from '../../src/content/features/index';
import publishedPassword from '../../src/content/features/published-password';

describe('Notion hosts: one source of truth', () => {
  test('content script matches equal notion-hosts.ts', () => {
    const [every, prewarm, published, ...rest] = manifest.content_scripts;
    expect(rest).toEqual([]);
    expect([...(every?.matches ?? [])].sort()).toEqual([...APP_MATCHES].sort());
    expect(every?.run_at).toBe('document_idle');
    // Published pages: a script of their own, with their one feature (src/content/published.iife.ts).
    expect(published?.matches).toEqual([PUBLISHED_MATCH]);
    expect(published?.js).toEqual(['src/content/published.iife.ts']);
    expect(published?.run_at).toBe('document_idle');
    expect([...(every?.matches ?? []), ...(published?.matches ?? [])].sort()).toEqual([...NOTION_MATCHES].sort());
    // The login/signup-only prewarm: inside the Notion hosts, never anything broader.
    expect([...(prewarm?.matches ?? [])].sort()).toEqual([...LOGIN_MATCHES].sort());
    expect(prewarm?.js).toEqual(['src/content/prewarm.iife.ts']);
    for (const m of prewarm?.matches ?? []) expect(NOTION_HOSTS.some((h) => m.startsWith(`https://${h}/`))).toBe(true);
  });
  test('host_permissions equal notion-hosts.ts (least privilege: nothing broader)', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...NOTION_MATCHES].sort());
  });
  test('app.notion.com, the main host since 2026, is included', () => {
    expect(NOTION_HOSTS).toContain('app.notion.com');
  });
  test.each([
    ['app.notion.com', true],
    ['www.notion.so', true],
    ['notion.so', true],
    ['www.notion.com', true],
    ['notion.site', false],
    ['evil-notion.so', false],
    ['app.notion.com.evil.io', false],
    ['api.notion.com', false],
  ])('isNotionHost(%s) = %s', (host, want) => {
    expect(isNotionHost(host)).toBe(want);
  });
  test('required permissions stay minimal', () => {
    // scripting: the background injects the content script's lazy parts (no web-accessible chunks).
    expect(manifest.permissions.filter((p) => !['storage', 'alarms', 'scripting'].includes(p))).toEqual([]);
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });
});

describe('feature registry', () => {
  const files = readdirSync('src/content/features').filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  test('every feature file is registered (the app\'s list, or the published pages\' script), and its id is its file name', () => {
    const ids = [...FEATURES, publishedPassword].map((f) => f.id).sort();
    expect(ids).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });
  test('every feature names its fixtures and e2e spec in its header', () => {
    for (const f of files) expect(readFileSync(`src/content/features/${f}`, 'utf8')).toMatch(/E2E: test\/e2e\/\S+\.e2e\.ts/);
  });
});
