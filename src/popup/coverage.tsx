// Popup: "Coaching coverage". One line when all is well or nothing was seen yet; when a screen
// the user relies on is no longer recognised, what that means ("invite warnings are off") and what to do,
// with "Copy diagnostics" (shared/coverage/diagnostics.ts: counts and cue names, never page content).
// The coverage state comes with the popup's data (popup/data.ts: the same read, so it is there at the
// first full render and nothing below it shifts when it arrives).
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { extensionVersion } from '../platform/runtime';
import { surfaceStatus, type CoverageState } from '@shared/coverage/model';
import { SURFACES, reliedOn, type SurfaceId } from '@shared/coverage/surfaces';
import { diagnosticsText } from '@shared/coverage/diagnostics';
import type { EffectiveSettings } from '@shared/settings/merge';
import { formatDate } from '../ui/labels';
import { EFFECT_KEY, SURFACE_KEY } from '../ui/coverage-labels';

export function Coverage({ state, settings, now }: { state: CoverageState; settings: EffectiveSettings; now: number }) {
  const [copy, setCopy] = useState<'' | 'done' | 'failed'>('');
  const [text, setText] = useState('');
  const statuses = SURFACES.map((s) => surfaceStatus(state, s));
  const relied = (s: SurfaceId) => reliedOn(s, settings.values);
  const blind = statuses.flatMap((s) => (s.status === 'blind' && relied(s.surface) ? [s] : []));
  const working = statuses.flatMap((s) => (s.status === 'working' ? [s] : []));
  const name = (s: SurfaceId) => t(SURFACE_KEY[s]);

  const onCopy = async () => {
    const diag = diagnosticsText({ state, version: extensionVersion(), userAgent: navigator.userAgent, overrides: settings.values.detectionOverrides, now: Date.now() });
    try {
      await navigator.clipboard.writeText(diag);
      setText('');
      setCopy('done');
    } catch {
      setText(diag);
      setCopy('failed');
    }
  };
  const copyButton = (
    <button type="button" class="small" onClick={() => void onCopy()} data-testid="coverage-copy">
      {t('coverageCopy')}
    </button>
  );
  const feedback = (
    <>
      {copy && (
        <p class="muted" role="status">
          {t(copy === 'done' ? 'coverageCopied' : 'coverageCopyFailed')}
        </p>
      )}
      {text && <textarea readOnly rows={6} aria-label={t('coverageDiagnosticsLabel')} value={text} data-testid="coverage-text" />}
    </>
  );

  if (!blind.length) {
    const last = Math.max(0, ...working.map((s) => s.since));
    return (
      <section class="coverage" aria-label={t('coverageHeading')} data-testid="coverage" data-coverage={working.length ? 'working' : 'unseen'}>
        <p class="muted row">
          <span data-testid="coverage-line">{working.length ? t('coverageAllWorking', formatDate(Math.min(last, now))) : t('coverageNothingYet')}</span>
          {working.length > 0 && copyButton}
        </p>
        {feedback}
      </section>
    );
  }

  return (
    <section class="panel coverage" aria-labelledby="coverage-h" data-testid="coverage" data-coverage="blind">
      <h2 id="coverage-h">{t('coverageHeading')}</h2>
      {blind.map((s) => (
        <p class="alert-line" key={s.surface} data-testid="coverage-line" data-surface={s.surface}>
          {t('coverageBlind', name(s.surface), formatDate(s.since), t(EFFECT_KEY[s.surface]))}
        </p>
      ))}
      <p>{t('coverageWhatToDo')}</p>
      <div class="row">{copyButton}</div>
      {feedback}
      <details>
        <summary>{t('coverageDetails')}</summary>
        <ul class="coverage-list">
          {statuses.map((s) => (
            <li key={s.surface} data-surface={s.surface} data-coverage-status={s.status}>
              {s.status === 'unseen'
                ? t('coverageNotSeenLine', name(s.surface))
                : s.status === 'working'
                  ? t('coverageWorkingLine', name(s.surface), formatDate(s.since))
                  : t(relied(s.surface) ? 'coverageBlindLine' : 'coverageOffLine', name(s.surface), formatDate(s.since))}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
