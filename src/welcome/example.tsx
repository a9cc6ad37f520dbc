// A harmless, interactive example of the share warning: a pretend invite field on our own page (no
// Notion, nothing sent, nothing saved). Same classifier and the same wording as the real card.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { classifyInvitee, type InviteeVerdict } from '@shared/domain/classify';
import { trustedSet } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';

type Outcome =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'ok'; domain: string }
  | { kind: 'risky'; verdict: InviteeVerdict; domain: string }
  | { kind: 'trusted'; domain: string }
  | { kind: 'dismissed' };

function reason(v: InviteeVerdict): string {
  if (v.kind === 'personal') return t('shareReasonPersonal');
  if (v.kind === 'lookalike') {
    const of = v.lookalikeOf ?? '';
    if (v.lookalikeReason === 'confusable' || v.lookalikeReason === 'mixed-script') return t('shareReasonConfusable', v.domain ?? '', of);
    if (v.lookalikeReason === 'punycode' && !of) return t('shareReasonPunycode', v.domain ?? '');
    return t('shareReasonLookalike', of);
  }
  return t('shareReasonUnknown');
}

export function ExampleCard({ settings }: { settings: Settings }) {
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [exampleTrust, setExampleTrust] = useState<string[]>([]);

  const check = () => {
    const v = classifyInvitee(value, {
      ownDomains: settings.ownDomains,
      trustedDomains: [...trustedSet(settings), ...exampleTrust],
    });
    const domain = v.registrable ?? v.domain ?? '';
    if (v.kind === 'invalid' || !v.email) setOutcome({ kind: 'invalid' });
    else if (v.kind === 'trusted') setOutcome({ kind: 'ok', domain });
    else setOutcome({ kind: 'risky', verdict: v, domain });
  };

  return (
    <div class="example">
      <h3>{t('welcomeExampleHeading')}</h3>
      <label for="example-invite">{t('welcomeExampleLabel')}</label>
      <p class="muted" id="example-hint">
        {t('welcomeExampleHint')}
      </p>
      <input
        id="example-invite"
        type="email"
        autocomplete="off"
        aria-describedby="example-hint"
        value={value}
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            check();
          }
        }}
      />
      <div aria-live="polite" data-testid="example-result">
        {outcome.kind === 'invalid' && <p>{t('welcomeExampleInvalid')}</p>}
        {outcome.kind === 'ok' && <p>{t('welcomeExampleOk', outcome.domain)}</p>}
        {outcome.kind === 'trusted' && <p>{t('welcomeExampleTrusted', outcome.domain)}</p>}
        {outcome.kind === 'dismissed' && <p>{t('welcomeExampleDismissed')}</p>}
        {outcome.kind === 'risky' && (
          <section class="example-card" aria-label={t('shareTitleOne', outcome.domain)} data-testid="example-card">
            <p class="title">{t('shareTitleOne', outcome.domain)}</p>
            <p>{reason(outcome.verdict)}</p>
            <p class="duty-line">{t('shareDuty')}</p>
            <div class="actions">
              {/* As on the real card: trust is offered for an ordinary unknown domain, never personal mail or a look-alike. */}
              {outcome.verdict.kind === 'unknown' && (
                <button
                  type="button"
                  onClick={() => {
                    setExampleTrust((l) => [...l, outcome.domain]);
                    setOutcome({ kind: 'trusted', domain: outcome.domain });
                  }}
                >
                  {t('shareTrust')}
                </button>
              )}
              <button type="button" onClick={() => setOutcome({ kind: 'dismissed' })}>
                {t('shareDismiss')}
              </button>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
