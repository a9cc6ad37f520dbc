// createSerial: steps run one after another, in order, and a failing step does not stop the next.
import { describe, expect, it } from 'vitest';
import { createSerial } from '../../src/shared/serial';

describe('createSerial', () => {
  it('runs steps one at a time, in call order, past a failure', async () => {
    const serial = createSerial();
    const log: string[] = [];
    let running = 0;
    const step = (name: string, fail = false) =>
      serial(async () => {
        running += 1;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        log.push(name);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
