// Room: the live strength meter (role=status) on a new password (Set/Change dialog, signup), with the
// reason in plain words. Latest wins: one score in flight, the newest value next, so keystrokes never
// queue up scores and the verdict always describes what is in the field now.
import type { StrengthVerdict } from '@shared/password/policy';
import { meterCard } from './cards';
import type { PasswordSession } from './session';

export interface Meter {
  /** The verdict shown for `input` as it is now (same version), if any. */
  verdictNow(input: HTMLInputElement): StrengthVerdict | undefined;
}

export function meter(s: PasswordSession): Meter {
  const { ctx } = s;
  let current: HTMLInputElement | undefined;
  let inflight = false;
  let queued = false;
  let last: { input: HTMLInputElement; version: number; verdict: StrengthVerdict } | undefined;

  const rate = async (input: HTMLInputElement) => {
    if (inflight) return void (queued = true);
    inflight = true;
    try {
      do {
        queued = false;
        const { version } = s.field(input);
        const value = input.value;
        if (!value) {
          ctx.ui.hide('meter');
          continue;
        }
        const verdict = await s.score(value);
        if (!verdict || input !== current || ctx.signal.aborted) continue;
        last = { input, version, verdict };
        ctx.ui.show(meterCard(verdict, s.anchorOf('new')));
      } while (queued && !ctx.signal.aborted);
    } finally {
      inflight = false;
    }
  };
  const verdictNow = (input: HTMLInputElement) => (last?.input === input && last.version === s.field(input).version ? last.verdict : undefined);

  s.onScan(() => {
    const target = s.now.meterInput;
    if (target === current) return;
    current = target;
    ctx.ui.hide('meter');
    if (target?.value) void rate(target);
  });
  ctx.listen(
    document,
    'input',
    (e: Event) => {
      if (e.target instanceof HTMLInputElement && e.target === current) void rate(e.target);
    },
    { capture: true },
  );
  // A submitted new password: its verdict is recorded (the one shown, or a fresh one).
  s.onLeave((input, kind, submitted) => {
    if (kind !== 'new' || !submitted) return;
    const shown = verdictNow(input);
    if (shown) s.recordVerdict(input, shown);
    else void s.score(input.value).then((v) => v && s.recordVerdict(input, v));
  });
  return { verdictNow };
}
