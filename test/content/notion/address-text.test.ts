// @vitest-environment jsdom
// The address grammar of the Notion adapters (notion/address.ts: share-menu chips and access, access-list
// rows, the signed-in address) in linear time on the adversarial corpus. Tries start only where a run of
// address characters starts, so a run without "@" is read once; a local part over 64 characters is no address.
import { describe, expect, it } from 'vitest';
import { readAccessRows } from '../../../src/content/notion/access-list';
import { addressIn, addressesIn, looksLikeAddress } from '../../../src/content/notion/address';
import { adversarialPastes } from '../../../src/shared/secrets/bench';

const MB = 1 << 20;

function accessAddress(text: string): string | undefined {
  document.body.replaceChildren();
  const list = document.createElement('div');
  list.setAttribute('role', 'list');
  const row = document.createElement('div');
  row.setAttribute('role', 'listitem');
  const span = document.createElement('span');
  span.textContent = text;
  row.append(span, ' Can edit');
  list.append(row);
  document.body.append(list);
  return readAccessRows(document.body)[0]?.email;
}

describe('addresses in text', () => {
  it.each([
    ['Jane Doe <jane.doe@acme.com>', ['jane.doe@acme.com']],
    ['a@x.com, b@y.com; "c" <c@z.io>', ['a@x.com', 'b@y.com', 'c@z.io']],
    [`${'x'.repeat(64)}@acme.com`, [`${'x'.repeat(64)}@acme.com`]],
    [`${'x'.repeat(65)}@acme.com`, []], // no valid address has a local part over 64 characters
  ])('%s', (text, want) => {
    expect(addressesIn(text)).toEqual(want);
    expect(addressIn(text)).toBe(want[0]);
  });
});

describe('linear time: each 1 MB text of the adversarial corpus in < 150 ms (whole text, no cut)', () => {
  it.each(adversarialPastes().map((p) => [p.label, p.make] as const))('%s', (_label, make) => {
    const text = make();
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      addressesIn(text, MB);
      addressIn(text, MB);
      looksLikeAddress(text.slice(0, 320));
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(150);
  });

  it('an access row read from a 1 MB text node', () => {
    for (const label of ['a" " repeated', 'local part runs', 'one 1 MB token', '@a. repeated']) {
      const text = adversarialPastes().find((p) => p.label === label)?.make() ?? '';
      const t0 = performance.now();
      accessAddress(text);
      expect(performance.now() - t0, label).toBeLessThan(150);
    }
  });
});
