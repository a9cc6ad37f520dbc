// The cards of the share coaching (features/share-invite.ts), in the lazy `ui` part (parts/ui.iife.ts,
// part.shareCards) beside the card UI that draws them. The feature in the every-page script finds the share
// surface, reads and classifies the invitees (the `classify` part), holds Invite in confirm mode and records
// events; what it shows for them is built here: the risky-invitee card with its fixes (notion/fix-controls.ts
// through ui/lazy-ui.ts runFix: "Remove jane@gmail.com" presses the chip's ×, a look-alike offers "Did you
// mean ada@acme.com?"), "Trust this domain" (ordinary unknown domains only) asking once inside the card and
// then offering Undo, Report for a look-alike, the confirm card and the "went ahead" status line.
// The card state (the surface, the note, the domain being asked about) stays the feature's (ShareState):
// the feature re-reads it on every evaluation, and the cards change it through their actions.

import { trustedSet } from '@shared/settings/merge';
import { isolate } from '@shared/format';
import type { InviteeVerdict } from '@shared/domain/classify';
import { trustDomain, untrustDomain } from '../../platform/settings';
import { formatList, t } from '../../platform/i18n';
import { currentPage } from '../notion/page';
import { reportAction } from '../ui/report';
import type { FixOutcome } from '../notion/fix-controls';
import type { CardAction, CardItem } from '../ui/coach-ui';
import type { FeatureContext } from '../runtime/feature';
import type { Held } from '../runtime/intercept';
import type { ShareSurface } from '../notion/share-menu';
import type { runFix } from '../ui/lazy-ui';

export type ShareDecision = 'shown' | 'dismissed' | 'trusted' | 'proceeded' | 'went-back';

/** The share coaching's state, owned by the feature; the cards read it and their actions change it. */
export interface ShareState {
  /** The surface the card is about, with its risky invitees (before dismissals); undefined once it closed. */
  current: { surface: ShareSurface; risky: InviteeVerdict[] } | undefined;
  /** The card's last recorded event: what Report opens. */
  shownEventId: string | undefined;
  /** Where to find Notion's control when a fix could not press it. */
  note: string | undefined;
  /** The domain whose "Trust every address at …?" step is open. */
  asking: string | undefined;
}

/** What the feature in the every-page script lends the cards. */
export interface ShareHooks {
  state: ShareState;
  /** Re-reads the surface and redraws the card (the feature's evaluation). */
  evaluate(): void;
  record(decision: ShareDecision, risky: InviteeVerdict[]): string | undefined;
  /** "Dismiss": the shown domains are let be on this page. */
  dismiss(): void;
  /** Whether a domain may be trusted in one click (the `classify` part's notTrustable; false until it is here). */
  trustable(domain: string, trusted: readonly string[]): boolean;
  /** Runs a card's fix from the `ui` part (ui/lazy-ui.ts). */
  runFix: typeof runFix;
}

export interface ShareCards {
  /** The card for the risky invitees still shown (`risky`: after dismissals) on `surface`. */
  risky(surface: ShareSurface, risky: InviteeVerdict[]): void;
  /** Confirm mode: Invite is held while the user decides; `risky` as shown when it was pressed. */
  confirm(held: Held, risky: InviteeVerdict[]): void;
}

export function shareCards(ctx: FeatureContext, hooks: ShareHooks): ShareCards {
  const st = hooks.state;
  const anchor = () => st.current?.surface.root ?? null;

  /** After a fix Notion changed the field: a short status line says what was done. */
  const fixed = (title: string) => {
    st.note = undefined;
    ctx.ui.show({ key: 'fixed', role: 'status', title, anchor: anchor(), actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('fixed') }] });
    ctx.poke();
  };
  const afterFix = (outcome: FixOutcome, done: string, where: string) => {
    if (outcome === 'done') return fixed(done);
    st.note = where;
    hooks.evaluate();
  };
  const remove = async (email: string) => {
    const input = st.current?.surface.input;
    if (!input) return;
    afterFix(await hooks.runFix((f) => f.removeInvitee(input, email)), t('fixRemoved', email), t('fixRemoveShown', email));
  };
  const correct = async (wrong: string, right: string) => {
    const input = st.current?.surface.input;
    if (!input) return;
    afterFix(await hooks.runFix((f) => f.replaceInvitee(input, wrong, right)), t('fixReplaced', right), t('fixRemoveShown', wrong));
  };

  const trust = async (domain: string) => {
    st.asking = undefined;
    const risky = st.current?.risky.filter((v) => (v.registrable ?? v.domain) === domain) ?? [];
    const ok = await trustDomain(domain).catch(() => false);
    if (!ok) {
      st.note = t('trustFailed');
      return hooks.evaluate();
    }
    hooks.record('trusted', risky);
    const undo = async () => {
      const undone = await untrustDomain(domain).catch(() => false);
      ctx.ui.show({
        key: 'trusted',
        role: 'status',
        title: undone ? t('trustUndone', domain) : t('trustFailed'),
        anchor: anchor(),
        actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('trusted') }],
      });
    };
    ctx.ui.show({
      key: 'trusted',
      role: 'status',
      title: t('trustDone', domain),
      anchor: anchor(),
      actions: [
        { label: t('trustUndo'), onClick: () => void undo() },
        { label: t('gotIt'), onClick: () => ctx.ui.hide('trusted') },
      ],
    });
    ctx.poke();
  };

  const risky: ShareCards['risky'] = (surface, shown) => {
    const s = ctx.settings();
    const canTrust = !s.locked.includes('trustedDomains');
    const trusted = trustedSet(s.values);
    // Never one click from trusted: a look-alike, anything close to a trusted name, personal mail, a
    // public suffix (trusting any of them is exactly the mistake to prevent).
    const trustable = (domain: string, v: InviteeVerdict) => canTrust && v.kind === 'unknown' && hooks.trustable(domain, trusted);
    const domains = byDomain(shown);
    // Each domain's addresses and each address's verdict, in one pass: per domain a scan of every invitee
    // was 18 ms a flush for a 20 KB field of 600 addresses (attacks.e2e "a 20 KB invite field").
    const addressesOf = new Map<string, Set<string>>();
    const verdictOf = new Map<string, InviteeVerdict>();
    for (const r of shown) {
      if (!r.email) continue;
      const key = r.registrable ?? r.domain ?? r.input;
      let set = addressesOf.get(key);
      if (!set) addressesOf.set(key, (set = new Set()));
      set.add(r.email);
      if (!verdictOf.has(r.email)) verdictOf.set(r.email, r);
    }
    const items: CardItem[] = [...domains.entries()].map(([domain, v]) => {
      const addresses = [...(addressesOf.get(domain) ?? [])];
      if (st.asking === domain) {
        return {
          label: domainLabel(v),
          address: true,
          detail: t('trustAsk', domain),
          actions: [
            { label: t('trustCancel'), onClick: () => ((st.asking = undefined), hooks.evaluate()), primary: true, focus: true },
            { label: t('trustYes', domain), onClick: () => void trust(domain) },
          ],
        };
      }
      const fixes: CardAction[] = [];
      for (const email of addresses) {
        const meant = v.kind === 'lookalike' ? correctedAddress(email, verdictOf.get(email) ?? v) : undefined;
        if (meant) fixes.push({ label: t('fixDidYouMean', meant), onClick: () => void correct(email, meant), primary: true });
        fixes.push({ label: t('fixRemoveInvitee', email), onClick: () => void remove(email), primary: !meant });
      }
      if (trustable(domain, v)) fixes.push({ label: t('shareTrust'), onClick: () => ((st.asking = domain), hooks.evaluate()) });
      return { label: domainLabel(v), address: true, detail: reasonText(v), actions: fixes };
    });
    const lookalike = [...domains.values()].some((v) => v.kind === 'lookalike');
    ctx.ui.show({
      key: 'risky',
      role: 'alert',
      // Colour means danger: red for a look-alike (a phishing trick); amber for a personal or unknown domain.
      tone: lookalike ? 'danger' : 'caution',
      title: domains.size === 1 ? t('shareTitleOne', isolate([...domains.keys()][0]!)) : t('shareTitleMany', domains.size),
      items,
      note: st.note,
      duty: t('shareDuty'),
      anchor: surface.root,
      actions: [...(lookalike ? reportAction(st.shownEventId) : []), { label: t('shareDismiss'), onClick: hooks.dismiss }],
    });
  };

  const confirm: ShareCards['confirm'] = (held, shown) => {
    const page = currentPage();
    const names = formatList([...byDomain(shown).values()].map((d) => isolate(domainLabel(d))));
    const close = (decision: 'proceeded' | 'went-back') => {
      ctx.ui.hide('confirm');
      const id = hooks.record(decision, shown);
      if (decision === 'proceeded') {
        held.replay();
        // Went ahead anyway: say how to take it back, and offer a report.
        ctx.ui.show({
          key: 'went-ahead',
          role: 'status',
          tone: 'caution',
          title: t('wentAheadTitle'),
          body: [t('wentAheadBody')],
          anchor: anchor(),
          actions: [...reportAction(id), { label: t('gotIt'), onClick: () => ctx.ui.hide('went-ahead'), primary: true }],
        });
      } else if (st.current?.surface.input instanceof HTMLElement) st.current.surface.input.focus();
    };
    ctx.ui.show({
      key: 'confirm',
      role: 'alertdialog',
      title: t('confirmShareTitle', isolate(page.title)),
      body: [t('confirmShareBody', names)],
      tone: shown.some((v) => v.kind === 'lookalike') ? 'danger' : 'caution',
      items: [...byDomain(shown).values()].map((v) => ({ label: domainLabel(v), address: true, detail: reasonText(v) })),
      duty: t('shareDuty'),
      actions: [
        { label: t('confirmGoBack'), onClick: () => close('went-back'), primary: true },
        { label: t('confirmShareAnyway'), onClick: () => close('proceeded') },
      ],
      onCancel: () => close('went-back'),
    });
  };

  return { risky, confirm };
}

/** The verdicts by registrable domain, a look-alike verdict winning over another for the same domain. */
export function byDomain(risky: InviteeVerdict[]): Map<string, InviteeVerdict> {
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
