// The admin docs and sample policies stay in step with the settings contract: every managed key is
// described, every sample sets only known keys with values SRM Coach accepts, and the ids are right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/shared/settings/schema';
import { cleanLayer, mergeSettings } from '../../src/shared/settings/merge';

const ROOT = join(__dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const CHROME_ID = 'ggcejggpjoeagpmcbcljfahoacbcgmii';
const GECKO_ID = /GECKO_ID = '([^']+)'/.exec(read('vite.config.ts'))![1]!;

/** A .reg file's 3rdparty policy as Chrome reads it: values, and list subkeys with values 1, 2, 3… */
function regPolicy(text: string, root: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const base = `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
  let list: string | undefined;
  let inPolicy = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) {
      inPolicy = line.startsWith(base);
      list = inPolicy && line !== `${base}]` ? line.slice(base.length + 1, -1) : undefined;
      if (list) out[list] = [];
      continue;
    }
    const m = /^"([^"]+)"=(?:"([^"]*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!inPolicy || !m) continue;
    const value = m[2] ?? parseInt(m[3]!, 16);
    if (list) (out[list] as unknown[]).push(value);
    else out[m[1]!] = value;
  }
  return out;
}

/** Chrome converts REG_DWORD to a boolean where the schema says boolean. */
function asSchema(values: Record<string, unknown>): Record<string, unknown> {
  const schema = JSON.parse(read('extension/managed-schema.json')).properties as Record<string, { type: string }>;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, schema[k]?.type === 'boolean' ? Boolean(v) : v]));
}

describe('admin docs and sample policies', () => {
  it('managed-schema.json declares exactly the settings keys', () => {
    expect(Object.keys(JSON.parse(read('extension/managed-schema.json')).properties).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('docs/admin.md describes every managed key and names both ids', () => {
    const doc = read('docs/admin.md');
    for (const k of SETTING_KEYS) expect(doc, k).toMatch(new RegExp(`\\| \`${k}\` \\|`));
    expect(doc).toContain(CHROME_ID);
    expect(doc).toContain(GECKO_ID);
  });

  it('docs/admin.md lists every coaching feature id that disabledFeatures can switch off', () => {
    const row = read('docs/admin.md').split('\n').find((l) => l.startsWith('| `disabledFeatures` |'))!;
    const ids = readdirSync(join(ROOT, 'src/content/features'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...read(`src/content/features/${f}`).matchAll(/^  id: '([a-z0-9-]+)',$/gm)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids) expect(row, id).toContain(`\`${id}\``);
  });

  const samples: [string, Record<string, unknown>][] = [
    ['chrome-linux.json', JSON.parse(read('docs/policies/chrome-linux.json'))['3rdparty'].extensions[CHROME_ID]],
    ['firefox-policies.json', JSON.parse(read('docs/policies/firefox-policies.json')).policies['3rdparty'].Extensions[GECKO_ID]],
    ['chrome-windows.reg', asSchema(regPolicy(read('docs/policies/chrome-windows.reg'), 'Google\\Chrome'))],
    ['edge-windows.reg', asSchema(regPolicy(read('docs/policies/edge-windows.reg'), 'Microsoft\\Edge'))],
  ];
  for (const [name, values] of samples) {
    it(`${name}: only known keys, every value accepted, every key but the kill switch and detection overrides set`, () => {
      expect(cleanLayer(values, 'managed').notices).toEqual([]);
      expect(mergeSettings({}, values).locked.sort()).toEqual(SETTING_KEYS.filter((k) => k !== 'disabledFeatures' && k !== 'detectionOverrides').sort());
    });
  }

  it('the four samples configure the same thing', () => {
    const [linux, ...others] = samples.map(([, v]) => JSON.stringify(mergeSettings({}, v).values));
    for (const o of others) expect(o).toBe(linux);
  });

  it('force-install entries use the right ids', () => {
    expect(JSON.parse(read('docs/policies/chrome-linux.json')).ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${CHROME_ID};https://`));
    expect(Object.keys(JSON.parse(read('docs/policies/firefox-policies.json')).policies.ExtensionSettings)).toEqual([GECKO_ID]);
    const mac = read('docs/policies/chrome-macos.mobileconfig');
    expect(mac).toContain(`<string>com.google.Chrome.extensions.${CHROME_ID}</string>`);
    for (const k of SETTING_KEYS.filter((x) => x !== 'disabledFeatures' && x !== 'detectionOverrides')) expect(mac, k).toContain(`<key>${k}</key>`);
  });
});
