// Share coaching: warn inside the share menu (and People invites, and any invite dialog) when an
// invitee is from an unknown, personal or look-alike domain; in confirm mode hold "Invite" until the
// user chooses Share anyway / Go back. SRM: "restricting access … to known & trusted collaborators".
// Fixtures: test/fixtures/notion/share-*.html, people-*.html, generic-*.html. E2E: test/e2e/share.e2e.ts.

import { loadPart } from '../parts/registry';
import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature, type FeatureContext } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { findShareSurfaces, mayAffectSurfaces, type ShareSurface } from '../notion/share-menu';
import { currentPage, isLoginPath } from '../notion/page';
import { looksLikeAddress } from '../notion/address';
import { trustedSet } from '@shared/settings/merge';
import { trustDomain } from '../../platform/settings';
import { formatList, t } from '../../platform/i18n';
import { isolate } from '@shared/format';
import type { InviteeVerdict } from '@shared/domain/classify';
import type { CardItem } from '../ui/coach-ui';
import { noteShareSurfaces } from '../runtime/coverage';

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

    const riskyOf = (surface: ShareSurface): InviteeVerdict[] => {
      if (!classify) return [];
      const s = ctx.settings().values;
      const trust = { ownDomains: s.ownDomains, trustedDomains: trustedSet(s), existingAccess: surface.existingAccess };
      const chipped = classify([surface.chips.join('\n')], trust);
      const chippedEmails = new Set(chipped.map((v) => v.email));
      const verdicts = [
        ...chipped,
        // Typed text counts per address once each looks complete (a pasted list counts at once).
        ...classify([surface.typed], trust).filter((v) => looksLikeAddress(v.email) && !chippedEmails.has(v.email)),
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
        ctx.ui.hide('risky');
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
        ctx.ui.hide('risky');
        return;
      }
      showCard(ctx, best.surface, shown);
      const domains = byDomain(shown);
      const key = `${pageKey()}|${[...domains.keys()].sort().join(',')}`;
      if (!recorded.has(key)) {
        recorded.add(key);
        record('shown', shown);
      }
    };

    const record = (decision: 'shown' | 'dismissed' | 'trusted' | 'proceeded' | 'went-back', risky: InviteeVerdict[]) => {
      const domains = byDomain(risky);
      const page = currentPage();
      ctx.record({
        kind: 'invite-risky',
        decision,
        domains: [...domains.keys()],
        reasons: [...domains.values()].map((v) => v.kind === 'lookalike' ? `lookalike:${v.lookalikeOf ?? ''}` : v.kind),
        pageTitle: page.title,
        pageId: page.id,
      });
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
      const items: CardItem[] = [...domains.entries()].map(([domain, v]) => ({
        label: domainLabel(v),
        detail: reasonText(v),
        actions: trustable(domain, v) ? [{ label: t('shareTrust'), onClick: () => void trust(domain) }] : undefined,
      }));
      c.ui.show({
        key: 'risky',
        role: 'alert',
        title: domains.size === 1 ? t('shareTitleOne', isolate([...domains.keys()][0]!)) : t('shareTitleMany', domains.size),
        items,
        duty: t('shareDuty'),
        anchor: surface.root,
        actions: [{ label: t('shareDismiss'), onClick: dismiss }],
      });
    };

    const trust = async (domain: string) => {
      const risky = current?.risky.filter((v) => (v.registrable ?? v.domain) === domain) ?? [];
      if (await trustDomain(domain)) record('trusted', risky);
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
    const onType = (e: Event) => e.target instanceof HTMLInputElement && ctx.poke();
    ctx.listen(document, 'input', onType, { capture: true });
    ctx.listen(document, 'paste', onType, { capture: true });

    // Confirm mode: hold Invite (click, or Enter in the invite field) while a risky invitee is present.
    holdActions(
      ctx,
      (target, e) => {
        if (ctx.settings().values.shareMode !== 'confirm' || !current) return undefined;
        evaluate(); // the chip may have been added this very frame
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
          record(decision, risky);
          if (decision === 'proceeded') held.replay();
          else if (current?.surface.input instanceof HTMLElement) current.surface.input.focus();
        };
        ctx.ui.show({
          key: 'confirm',
          role: 'alertdialog',
          title: t('confirmShareTitle', isolate(page.title)),
          body: [t('confirmShareBody', names)],
          items: [...byDomain(risky).values()].map((v) => ({ label: domainLabel(v), detail: reasonText(v) })),
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

function reasonText(v: InviteeVerdict): string {
  if (v.kind === 'personal') return t('shareReasonPersonal');
  if (v.kind === 'lookalike') {
    const of = v.lookalikeOf ?? '';
    if (v.lookalikeReason === 'confusable' || v.lookalikeReason === 'mixed-script')
      return t('shareReasonConfusable', v.domain ?? '', of);
    if (v.lookalikeReason === 'punycode' && !of) return t('shareReasonPunycode', v.domain ?? '');
    return t('shareReasonLookalike', of);
  }
  return t('shareReasonUnknown');
}
