// applyOverrides: an organisation's text overrides reach the page through the lazy `texts` part (the
// every-page script does not carry their code), and the runtime looks at the page again when they arrive.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeSettings } from '../../../src/shared/settings/merge';
import { wordings } from '../../../src/content/notion/texts';

const asked: string[] = [];
vi.mock('../../../src/content/parts/registry', async () => {
  const { setTextOverrides } = await import('../../../src/content/notion/text-overrides');
  return {
    loadPart: (name: string) => {
      asked.push(name);
      return name === 'texts' ? Promise.resolve({ languages: [], setTextOverrides }) : Promise.reject(new Error(name));
    },
  };
});
const { applyOverrides } = await import('../../../src/content/runtime/coverage');

const withTexts = (texts: Record<string, Record<string, string[]>>) => mergeSettings({}, { detectionOverrides: { selectors: {}, texts } });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('applyOverrides (text anchors)', () => {
  beforeEach(() => void (asked.length = 0));

  it('no text overrides: the texts part is not asked for', async () => {
    const arrived = vi.fn();
    applyOverrides(mergeSettings({}, {}), arrived);
    await settle();
    expect(asked).toEqual([]);
    expect(arrived).not.toHaveBeenCalled();
  });

  it('an organisation\'s wording is matched once the part has set it, and the page is looked at again', async () => {
    const arrived = vi.fn();
    expect(wordings('shareMenu.inviteButton', 'en')).not.toContain('send it now');
    applyOverrides(withTexts({ 'shareMenu.inviteButton': { en: ['Send it now'] } }), arrived);
    await settle();
    expect(asked).toEqual(['texts']);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(wordings('shareMenu.inviteButton', 'en')).toContain('send it now');
  });

  it('overrides withdrawn by the organisation are cleared (through the part again)', async () => {
    applyOverrides(mergeSettings({}, {}), () => undefined);
    await settle();
    expect(asked).toEqual(['texts']);
    expect(wordings('shareMenu.inviteButton', 'en')).not.toContain('send it now');
  });
});
