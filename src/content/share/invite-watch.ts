// Share coaching once a share surface is open: reads and classifies the invitees, decides whether to hold
// Invite (synchronously, from state read before the click) and records events. It runs in the lazy
// `classify` part beside the classifier (parts/classify.iife.ts): the every-page script
// (features/share-invite.ts) only finds the first share surface and then hands the feature's context over,
// so a page where nobody shares never parses this. SRM: "restricting access … to known & trusted
// collaborators". The cards — the fixes done through Notion's own controls on the user's click ("Remove
// jane@gmail.com", a look-alike's "Did you mean ada@acme.com?"), "Trust this domain" asking once then
// offering Undo, Report, the confirm card — are share/invite-cards.ts, in the lazy `ui` part (prefetched
// with `classify`, so it is here by the time there is anything to show).
// Fixtures: test/fixtures/notion/share-*.html, people-*.html, generic-*.html. E2E: test/e2e/share.e2e.ts.

import * as classifier from '@shared/domain/classify';
import { createInviteeClassifier } from '@shared/domain/invitee-cache';
import type { FeatureContext } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { dialogOf, findShareSurfaces, mayAffectSurfaces, type ShareSurface, type SurfaceAt } from '../notion/share-menu';
import { currentPage } from '../notion/page';
import { looksLikeAddress } from '../notion/address';
import { trustedSet } from '@shared/settings/merge';
import { lazyCards, runFix } from '../ui/lazy-ui';
import { byDomain, type ShareDecision, type ShareState } from './invite-cards';

type InviteeVerdict = classifier.InviteeVerdict;

/** How long after the last keystroke a half-typed last address counts (a short typing pause). */
const SETTLE_MS = 600;
/** A settle timer later than this found the page busy: keys may be queued, so it looks again after this. */
const LATE_MS = 100;

/**
 * Runs the share coaching with the feature's context until its signal ends. `note` is the every-page
 * script's coverage recorder (runtime/coverage.ts noteShareSurfaces): this part's own copy of it would
 * record into nothing.
 */
export function watchInvites(ctx: FeatureContext, note: (surfaces: readonly SurfaceAt[]) => void): void {
  const classify = createInviteeClassifier(classifier);
  const dismissed = new Set<string>(); // `${pageId}|${domain}`
  const recorded = new Set<string>();
  // The surface and the card's state (share/invite-cards.ts ShareState), shared with the cards.
  const st: ShareState = { current: undefined, shownEventId: undefined, note: undefined, asking: undefined };

  const pageKey = () => currentPage().id ?? location.pathname;

  // An address still being typed — the field's last word, nothing after it, a key pressed less than
  // SETTLE_MS ago — counts once the user pauses, types a separator or presses Enter (a chip): so
  // "sam@outlook.co" on the way to ".com" is never shown or recorded. A paste counts at once, and so does
  // everything when the user presses Invite (confirm mode reads the field as it is).
  // The pause is the settle timer firing on time, not the clock since the last key: a page busy for longer
  // (a part being injected) has the next keys still queued behind it, and a flush then would count a word
  // the user is in the middle of. A late timer looks again shortly, after those keys.
  let paused = true;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let whole = false;
  const waitForPause = (ms: number) => {
    clearTimeout(settle);
    const due = Date.now() + ms;
    settle = setTimeout(() => {
      if (Date.now() - due > LATE_MS) return waitForPause(LATE_MS);
      paused = true;
      ctx.poke();
    }, ms);
  };
  const typedNow = (surface: ShareSurface): string => {
    const raw = surface.input instanceof HTMLInputElement ? surface.input.value : surface.typed;
    if (whole || paused || !/[^\s,;]$/.test(raw)) return surface.typed;
    return raw.replace(/[^\s,;]+$/, '');
  };

  const riskyOf = (surface: ShareSurface): InviteeVerdict[] => {
    const s = ctx.settings().values;
    const trust = { ownDomains: s.ownDomains, trustedDomains: trustedSet(s), existingAccess: surface.existingAccess };
    const chipped = classify([surface.chips.join('\n')], trust);
    const chippedEmails = new Set(chipped.map((v) => v.email));
    const verdicts = [
      ...chipped,
      // Typed text counts per address once each looks complete (a pasted list counts at once).
      ...classify([typedNow(surface)], trust).filter((v) => looksLikeAddress(v.email) && !chippedEmails.has(v.email)),
    ];
    return verdicts.filter((v) => v.kind === 'personal' || v.kind === 'unknown' || v.kind === 'lookalike');
  };

  const visible = (risky: InviteeVerdict[]) =>
    risky.filter((v) => v.kind === 'lookalike' || !dismissed.has(`${pageKey()}|${v.registrable ?? v.domain}`));

  let drawn: { root: Element; sig: string; settings: unknown } | undefined;
  const evaluate = () => {
    const surfaces = findShareSurfaces(document);
    note(surfaces);
    if (!surfaces.length) {
      st.current = undefined;
      st.note = undefined;
      ctx.ui.hide('risky');
      ctx.ui.hide('fixed');
      ctx.ui.hide('trusted');
      return;
    }
    let best: { surface: ShareSurface; risky: InviteeVerdict[] } | undefined;
    for (const surface of surfaces) {
      const risky = riskyOf(surface);
      if (!best || risky.length > best.risky.length) best = { surface, risky };
    }
    st.current = best;
    const shown = best ? visible(best.risky) : [];
    if (!best || !shown.length) {
      st.note = undefined;
      st.asking = undefined;
      ctx.ui.hide('risky');
      return;
    }
    const domains = byDomain(shown);
    const key = `${pageKey()}|${[...domains.keys()].sort().join(',')}`;
    if (!recorded.has(key)) {
      recorded.add(key);
      st.shownEventId = record('shown', shown);
    }
    // Before the `ui` part is here: no card yet; its arrival pokes a fresh evaluation (never a stale card).
    // The same card for the same menu is not drawn again: every change Notion makes to an open menu is a
    // flush, and redrawing a card that names hundreds of invitees cost a long frame each time.
    const sig = [shown.map((v) => `${v.email ?? v.input}|${v.kind}|${v.lookalikeOf ?? ''}`).join(','), st.note ?? '', st.asking ?? '', st.shownEventId ?? ''].join('\n');
    const settings = ctx.settings();
    if (drawn?.root === best.surface.root && drawn.sig === sig && drawn.settings === settings && ctx.ui.isShown('risky')) return;
    const c = cards.now();
    if (!c) return;
    c.risky(best.surface, shown);
    drawn = { root: best.surface.root, sig, settings };
  };

  const record = (decision: ShareDecision, risky: InviteeVerdict[]) => {
    const domains = byDomain(risky);
    const page = currentPage();
    return ctx.record({
      kind: 'invite-risky',
      decision,
      domains: [...domains.keys()],
      reasons: [...domains.values()].map((v) => v.kind === 'lookalike' ? `lookalike:${v.lookalikeOf ?? ''}` : v.kind),
      pageTitle: page.title,
      pageId: page.id,
    });
  };

  const dismiss = () => {
    const shown = st.current ? visible(st.current.risky) : [];
    for (const v of shown) dismissed.add(`${pageKey()}|${v.registrable ?? v.domain}`);
    record('dismissed', shown);
    ctx.ui.hide('risky');
  };

  // Whether a domain may be trusted with one click, remembered per trusted list: the card asks for every
  // unknown domain on every flush (a 20 KB field names hundreds), and each answer is a look-alike search.
  let trustFor: readonly string[] | undefined;
  let trustKey = '';
  const trustMemo = new Map<string, boolean>();
  const trustable = (domain: string, trusted: readonly string[]): boolean => {
    if (trusted !== trustFor) {
      trustFor = trusted;
      const key = trusted.join('\n');
      if (key !== trustKey) trustMemo.clear();
      trustKey = key;
    }
    let ok = trustMemo.get(domain);
    if (ok === undefined) trustMemo.set(domain, (ok = classifier.notTrustable(domain, trusted) === null));
    return ok;
  };

  /** The cards, from the `ui` part (share/invite-cards.ts). */
  const cards = lazyCards(ctx, (ui) =>
    ui.shareCards(ctx, {
      state: st,
      evaluate: () => evaluate(),
      record,
      dismiss,
      trustable,
      runFix,
    }),
  );

  // While a surface is open every frame re-reads it (chips, typing, closing); otherwise only changes
  // that could open one are looked at, so a busy page costs almost nothing.
  ctx.onFlush((added, rescan) => {
    if (st.current || rescan || mayAffectSurfaces(added)) evaluate();
  });
  ctx.onSettings(() => ctx.poke());
  // Typing in an <input> (never Notion's contenteditable editor) may complete an address.
  const onType = (e: Event) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    paused = e.type !== 'input' || (e as InputEvent).inputType === 'insertFromPaste';
    if (!paused) waitForPause(SETTLE_MS);
    ctx.poke();
  };
  // The timer must not outlive the feature (an update or a disable ends it mid-pause).
  ctx.signal.addEventListener('abort', () => clearTimeout(settle), { once: true });
  ctx.listen(document, 'input', onType, { capture: true });
  ctx.listen(document, 'paste', onType, { capture: true });

  // Confirm mode: hold Invite (click, or Enter in the invite field) while a risky invitee is present.
  holdActions(
    ctx,
    (target, e) => {
      // No surface seen yet, but a press in a dialog: read it now (a press the part's arrival replays, or
      // one in a menu the next flush has not reported yet).
      if (ctx.settings().values.shareMode !== 'confirm' || (!st.current && !dialogOf(target))) return undefined;
      whole = true; // the field as it is now, the last word included
      try {
        evaluate(); // the chip may have been added this very frame
      } finally {
        whole = false;
      }
      const { current } = st;
      if (!current || !visible(current.risky).length) return undefined;
      const { surface } = current;
      // Enter with text in the field turns it into a chip; only Enter on an empty field sends.
      if (e.type === 'keydown') return target === surface.input && !surface.typed ? target : undefined;
      return surface.inviteButtons.find((b) => b.contains(target));
    },
    (held) => {
      const risky = st.current ? visible(st.current.risky) : [];
      // Before the `ui` part is here (it is whenever the risky card was drawn): the confirm card once it
      // is, unless the surface closed meanwhile. A part that cannot be had leaves Invite held with no
      // card, as when the card UI itself cannot load; pressing Invite again asks again.
      cards.when((c) => c.confirm(held, risky), () => !!st.current);
    },
  );
}
