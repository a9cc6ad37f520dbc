// Share coaching: warn inside the share menu (and People invites, and any invite dialog) when an
// invitee is from an unknown, personal or look-alike domain; in confirm mode hold "Invite" until the
// user chooses Share anyway / Go back. SRM: "restricting access … to known & trusted collaborators".
// The card's main action is the fix, done through Notion's own controls on the user's click
// (notion/fix-controls.ts): "Remove jane@gmail.com" presses the chip's × (or deletes the typed address);
// a look-alike offers "Did you mean ada@acme.com?". "Trust this domain" (ordinary unknown domains only)
// asks once inside the card, then offers Undo.
// Fixtures: test/fixtures/notion/share-*.html, people-*.html, generic-*.html. E2E: test/e2e/share.e2e.ts.

import { loadPart } from '../parts/registry';
import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature, type FeatureContext } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { findShareSurfaces, mayAffectSurfaces, type ShareSurface } from '../notion/share-menu';
import { currentPage, isLoginPath } from '../notion/page';
import { looksLikeAddress } from '../notion/address';
import { trustedSet } from '@shared/settings/merge';
import { trustDomain, untrustDomain } from '../../platform/settings';
import { formatList, t } from '../../platform/i18n';
import { isolate } from '@shared/format';
import type { FixOutcome } from '../notion/fix-controls';
import { runFix } from '../ui/lazy-ui';
import { reportAction } from '../ui/report';
import type { InviteeVerdict } from '@shared/domain/classify';
import type { CardAction, CardItem } from '../ui/coach-ui';
import { noteShareSurfaces } from '../runtime/coverage';

/** How long after the last keystroke a half-typed last address counts (a short typing pause). */
const SETTLE_MS = 600;

type Classify = ReturnType<typeof import('@shared/domain/invitee-cache').createInviteeClassifier>;

export default defineFeature({
  id: 'share-invite',
  modeKey: 'shareMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let classify: Classify | undefined;
    let trustableCheck: ((domain: string, trusted: readonly string[]) => unknown) | undefined;
    let loading = false;
    const dismissed = new Set<string>(); // `${pageId}|${domain}`
    const recorded = new Set<string>();
    let current: { surface: ShareSurface; risky: InviteeVerdict[] } | undefined;
    let shownEventId: string | undefined; // the card's last recorded event: what Report opens
    let note: string | undefined; // where to find Notion's control when a fix could not press it
    let asking: string | undefined; // the domain whose "Trust every address at …?" step is open

    const load = () => {
      if (classify || loading) return;
      loading = true;
      // The classifier (Public Suffix List) is loaded only once a share surface is open: it is too big
      // for the script that runs on every Notion page (parts/registry.ts).
      void loadPart('classify').then(
        (m) => {
          classify = m.createInviteeClassifier(m);
          trustableCheck = m.notTrustable;
          ctx.poke();
        },
        () => (loading = false), // not injected this time: the next flush asks again
      );
    };

    const pageKey = () => currentPage().id ?? location.pathname;

    // An address still being typed — the field's last word, nothing after it, a key pressed less than
    // SETTLE_MS ago — counts once the user pauses, types a separator or presses Enter (a chip): so
    // "sam@outlook.co" on the way to ".com" is never shown or recorded. A paste counts at once, and so does
    // everything when the user presses Invite (confirm mode reads the field as it is).
    let typedAt = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let whole = false;
    const typedNow = (surface: ShareSurface): string => {
      const raw = surface.input instanceof HTMLInputElement ? surface.input.value : surface.typed;
      if (whole || Date.now() - typedAt >= SETTLE_MS || !/[^\s,;]$/.test(raw)) return surface.typed;
      return raw.replace(/[^\s,;]+$/, '');
    };

    const riskyOf = (surface: ShareSurface): InviteeVerdict[] => {
      if (!classify) return [];
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

    const evaluate = () => {
      const surfaces = findShareSurfaces(document);
      noteShareSurfaces(surfaces);
      if (!surfaces.length) {
        current = undefined;
        note = undefined;
        ctx.ui.hide('risky');
        ctx.ui.hide('fixed');
        ctx.ui.hide('trusted');
        return;
      }
      load();
      let best: { surface: ShareSurface; risky: InviteeVerdict[] } | undefined;
      for (const surface of surfaces) {
        const risky = riskyOf(surface);
        if (!best || risky.length > best.risky.length) best = { surface, risky };
      }
      current = best;
      const shown = best ? visible(best.risky) : [];
      if (!best || !shown.length) {
        note = undefined;
        asking = undefined;
        ctx.ui.hide('risky');
        return;
      }
      const domains = byDomain(shown);
      const key = `${pageKey()}|${[...domains.keys()].sort().join(',')}`;
      if (!recorded.has(key)) {
        recorded.add(key);
        shownEventId = record('shown', shown);
      }
      showCard(ctx, best.surface, shown);
    };

    const record = (decision: 'shown' | 'dismissed' | 'trusted' | 'proceeded' | 'went-back', risky: InviteeVerdict[]) => {
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

    /** After a fix Notion changed the field: a short status line says what was done. */
    const fixed = (title: string) => {
      note = undefined;
      ctx.ui.show({
        key: 'fixed',
        role: 'status',
        title,
        anchor: current?.surface.root ?? null,
        actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('fixed') }],
      });
      ctx.poke();
    };
    const afterFix = (outcome: FixOutcome, done: string, where: string) => {
      if (outcome === 'done') return fixed(done);
      note = where;
      evaluate();
    };
    const remove = async (email: string) => {
      const input = current?.surface.input;
      if (!input) return;
      afterFix(await runFix((f) => f.removeInvitee(input, email)), t('fixRemoved', email), t('fixRemoveShown', email));
    };
    const correct = async (wrong: string, right: string) => {
      const input = current?.surface.input;
      if (!input) return;
      afterFix(await runFix((f) => f.replaceInvitee(input, wrong, right)), t('fixReplaced', right), t('fixRemoveShown', wrong));
    };

    const showCard = (c: FeatureContext, surface: ShareSurface, risky: InviteeVerdict[]) => {
      const s = c.settings();
      const canTrust = !s.locked.includes('trustedDomains');
      const trusted = trustedSet(s.values);
      // Never one click from trusted: a look-alike, anything close to a trusted name, personal mail, a
      // public suffix (trusting any of them is exactly the mistake to prevent).
      const trustable = (domain: string, v: InviteeVerdict) =>
        canTrust && v.kind === 'unknown' && !!trustableCheck && trustableCheck(domain, trusted) === null;
      const domains = byDomain(risky);
      const items: CardItem[] = [...domains.entries()].map(([domain, v]) => {
        const addresses = [...new Set(risky.filter((r) => (r.registrable ?? r.domain ?? r.input) === domain).map((r) => r.email).filter((e): e is string => !!e))];
        if (asking === domain) {
          return {
            label: domainLabel(v),
            address: true,
            detail: t('trustAsk', domain),
            actions: [
              { label: t('trustCancel'), onClick: () => ((asking = undefined), evaluate()), primary: true, focus: true },
              { label: t('trustYes', domain), onClick: () => void trust(domain) },
            ],
          };
        }
        const fixes: CardAction[] = [];
        for (const email of addresses) {
          const meant = v.kind === 'lookalike' ? correctedAddress(email, risky.find((r) => r.email === email) ?? v) : undefined;
          if (meant) fixes.push({ label: t('fixDidYouMean', meant), onClick: () => void correct(email, meant), primary: true });
          fixes.push({ label: t('fixRemoveInvitee', email), onClick: () => void remove(email), primary: !meant });
        }
        if (trustable(domain, v)) fixes.push({ label: t('shareTrust'), onClick: () => ((asking = domain), evaluate()) });
        return { label: domainLabel(v), address: true, detail: reasonText(v), actions: fixes };
      });
      const lookalike = [...domains.values()].some((v) => v.kind === 'lookalike');
      c.ui.show({
        key: 'risky',
        role: 'alert',
        // Colour means danger: red for a look-alike (a phishing trick); amber for a personal or unknown domain.
        tone: lookalike ? 'danger' : 'caution',
        title: domains.size === 1 ? t('shareTitleOne', isolate([...domains.keys()][0]!)) : t('shareTitleMany', domains.size),
        items,
        note,
        duty: t('shareDuty'),
        anchor: surface.root,
        actions: [...(lookalike ? reportAction(shownEventId) : []), { label: t('shareDismiss'), onClick: dismiss }],
      });
    };

    const trust = async (domain: string) => {
      asking = undefined;
      const risky = current?.risky.filter((v) => (v.registrable ?? v.domain) === domain) ?? [];
      const ok = await trustDomain(domain).catch(() => false);
      if (!ok) {
        note = t('trustFailed');
        return evaluate();
      }
      record('trusted', risky);
      const undo = async () => {
        const undone = await untrustDomain(domain).catch(() => false);
        ctx.ui.show({
          key: 'trusted',
          role: 'status',
          title: undone ? t('trustUndone', domain) : t('trustFailed'),
          anchor: current?.surface.root ?? null,
          actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('trusted') }],
        });
      };
      ctx.ui.show({
        key: 'trusted',
        role: 'status',
        title: t('trustDone', domain),
        anchor: current?.surface.root ?? null,
        actions: [
          { label: t('trustUndo'), onClick: () => void undo() },
          { label: t('gotIt'), onClick: () => ctx.ui.hide('trusted') },
        ],
      });
      ctx.poke();
    };

    const dismiss = () => {
      const shown = current ? visible(current.risky) : [];
      for (const v of shown) dismissed.add(`${pageKey()}|${v.registrable ?? v.domain}`);
      record('dismissed', shown);
      ctx.ui.hide('risky');
    };

    // While a surface is open every frame re-reads it (chips, typing, closing); otherwise only changes
    // that could open one are looked at, so a busy page costs almost nothing.
    ctx.onFlush((added, rescan) => {
      if (current || rescan || mayAffectSurfaces(added)) evaluate();
    });
    ctx.onSettings(() => ctx.poke());
    // Typing in an <input> (never Notion's contenteditable editor) may complete an address.
    const onType = (e: Event) => {
      if (!(e.target instanceof HTMLInputElement)) return;
      if (e.type === 'input' && (e as InputEvent).inputType !== 'insertFromPaste') {
        typedAt = Date.now();
        clearTimeout(settle);
        settle = setTimeout(() => ctx.poke(), SETTLE_MS + 20);
      } else typedAt = 0;
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
        if (ctx.settings().values.shareMode !== 'confirm' || !current) return undefined;
        whole = true; // the field as it is now, the last word included
        try {
          evaluate(); // the chip may have been added this very frame
        } finally {
          whole = false;
        }
        if (!current || !visible(current.risky).length) return undefined;
        const { surface } = current;
        // Enter with text in the field turns it into a chip; only Enter on an empty field sends.
        if (e.type === 'keydown') return target === surface.input && !surface.typed ? target : undefined;
        return surface.inviteButtons.find((b) => b.contains(target));
      },
      (held) => {
        const risky = current ? visible(current.risky) : [];
        const page = currentPage();
        const names = formatList([...byDomain(risky).values()].map((d) => isolate(domainLabel(d))));
        const close = (decision: 'proceeded' | 'went-back') => {
          ctx.ui.hide('confirm');
          const id = record(decision, risky);
          if (decision === 'proceeded') {
            held.replay();
            // Went ahead anyway: say how to take it back, and offer a report.
            ctx.ui.show({
              key: 'went-ahead',
              role: 'status',
              tone: 'caution',
              title: t('wentAheadTitle'),
              body: [t('wentAheadBody')],
              anchor: current?.surface.root ?? null,
              actions: [...reportAction(id), { label: t('gotIt'), onClick: () => ctx.ui.hide('went-ahead'), primary: true }],
            });
          } else if (current?.surface.input instanceof HTMLElement) current.surface.input.focus();
        };
        ctx.ui.show({
          key: 'confirm',
          role: 'alertdialog',
          title: t('confirmShareTitle', isolate(page.title)),
          body: [t('confirmShareBody', names)],
          tone: risky.some((v) => v.kind === 'lookalike') ? 'danger' : 'caution',
          items: [...byDomain(risky).values()].map((v) => ({ label: domainLabel(v), address: true, detail: reasonText(v) })),
          duty: t('shareDuty'),
          actions: [
            { label: t('confirmGoBack'), onClick: () => close('went-back'), primary: true },
            { label: t('confirmShareAnyway'), onClick: () => close('proceeded') },
          ],
          onCancel: () => close('went-back'),
        });
      },
    );
  },
});

function byDomain(risky: InviteeVerdict[]): Map<string, InviteeVerdict> {
  const m = new Map<string, InviteeVerdict>();
  for (const v of risky) {
    const d = v.registrable ?? v.domain ?? v.input;
    const prev = m.get(d);
    if (!prev || (v.kind === 'lookalike' && prev.kind !== 'lookalike')) m.set(d, v);
  }
  return m;
}

/** "gmail.com", or for internationalised domains both forms: "аpple.com (xn--pple-43d.com)". */
function domainLabel(v: InviteeVerdict): string {
  const ascii = v.registrable ?? v.domain ?? v.input;
  const readable = v.unicodeDomain;
  return readable && v.domain && readable !== v.domain ? `${readable} (${v.domain})` : ascii;
}

/** The address probably meant: the look-alike's registrable part replaced by the trusted domain it imitates. */
export function correctedAddress(email: string, v: InviteeVerdict): string | undefined {
  const of = v.lookalikeOf;
  const at = email.lastIndexOf('@');
  if (!of || at < 1) return undefined;
  const host = email.slice(at + 1);
  const reg = v.registrable ?? v.domain ?? host;
  const prefix = host.endsWith(`.${reg}`) ? host.slice(0, host.length - reg.length) : '';
  return `${email.slice(0, at)}@${prefix}${of}`;
}

function reasonText(v: InviteeVerdict): string {
  if (v.kind === 'personal') return t('shareReasonPersonal');
  if (v.kind === 'lookalike') {
    const of = v.lookalikeOf ?? '';
    // With no domain it imitates (a mixed-script or odd IDN name), say what it is, not "to imitate ."
    if (!of) return t('shareReasonPunycode', v.domain ?? '');
    if (v.lookalikeReason === 'confusable' || v.lookalikeReason === 'mixed-script')
      return t('shareReasonConfusable', v.domain ?? '', of);
    return t('shareReasonLookalike', of);
  }
  return t('shareReasonUnknown');
}
