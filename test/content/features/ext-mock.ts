// src/platform/ext as the feature tests mock it: the English message catalogue (with $1… substitutions) and a
// runtime that answers every message with { ok: true }. Use: vi.mock('…/src/platform/ext', () => import('./ext-mock')).
import { vi } from 'vitest';
import messages from '../../../extension/_locales/en/messages.json' with { type: 'json' };

export const ext = {
  runtime: { id: 'test', sendMessage: vi.fn(async () => ({ ok: true })) },
  i18n: {
    getMessage: (key: string, subs: string[] = []) => {
      const m = (messages as Record<string, { message: string }>)[key]?.message ?? '';
      return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
  },
};
