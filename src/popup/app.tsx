// Popup: the user's half of Notion's Shared Responsibilities Model and how they are doing.
// Evidence is the activity log (storage.local 'log') and settings; status per duty comes from the pure
// rules in src/shared/duties (ok / needs attention / not known yet — unknown is shown as unknown).
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { DUTY_GROUPS, dueReminders, dutyStates, hygieneScore, type DutyState } from '@shared/duties';
import { onboardingView, ONBOARDING_STEPS } from '@shared/onboarding';
import { DUTY_KEY, evidenceText, formatList, GROUP_KEY, HELP_URL, nextStepText, REVIEW_DUTIES, STATUS_KEY } from '../ui/labels';
import { NOTION_APP_URL, SRM_HELP_URL } from '../ui/links';
import { Split } from '../ui/split';
import { Coverage } from './coverage';
import { loadPopupData, onPopupDataChange, pageUrl, saveProgress, type PopupData } from './data';

export const READY_MARK = 'srm-popup-ready';

/**
 * first: the data, when main.tsx already had it before the first render (the usual case); otherwise
 * firstLoad (or a fresh read) fills it in after a "Loading…" render.
 */
export function App({ first, firstLoad }: { first?: PopupData; firstLoad?: Promise<PopupData> }) {
  const [data, setData] = useState<PopupData | undefined>(first);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    let alive = true;
    const apply = (d: PopupData) => alive && setData(d);
    const reload = () => void loadPopupData().then(apply);
    if (!first) void (firstLoad ?? loadPopupData()).then(apply, reload);
    const off = onPopupDataChange(reload);
    return () => {
      alive = false;
      off();
    };
  }, []);

  // First full render (bench/popup.mjs reads this mark: open → duties on screen).
  useLayoutEffect(() => {
    if (data && !performance.getEntriesByName(READY_MARK).length) {
      performance.mark(READY_MARK);
      document.documentElement.dataset.ready = '1';
    }
  }, [data]);

  const view = useMemo(() => {
    if (!data) return undefined;
    const inputs = { events: data.events, now: data.now, settings: data.settings.values, marks: {} };
    const states = dutyStates(inputs);
    return { states, score: hygieneScore(states), due: dueReminders(inputs) };
  }, [data]);

  if (!data || !view) {
    return (
      <main aria-busy="true">
        <h1>{t('popupTitle')}</h1>
        <p class="muted">{t('popupLoading')}</p>
      </main>
    );
  }

  const mark = async (s: DutyState) => {
    // One message (a stopped worker is woken by it; a retry could record the mark twice). If it is not
    // confirmed, say so rather than fail silently.
    setError('');
    setStatus('');
    const res = await send('duty:mark', { duty: s.id }).catch(() => undefined);
    if (res?.ok) setStatus(t('popupMarked', t(DUTY_KEY[s.id])));
    else setError(t('popupMarkFailed', t(DUTY_KEY[s.id])));
  };

  return (
    <main>
      <header class="pop-head">
        <h1>{t('popupTitle')}</h1>
        <ScoreChip score={view.score.score} />
      </header>
      <p class="muted intro">{t('popupIntro')}</p>
      {error && (
        <p class="alert-line" role="alert">
          {error}
        </p>
      )}
      <Onboarding data={data} />
      <Coverage settings={data.settings} now={data.now} />
      {view.due.length > 0 && (
        <p class="due" data-testid="due">
          {t('popupRemindersDue', formatList(view.due.map((id) => t(DUTY_KEY[id]))))}
        </p>
      )}
      <section aria-labelledby="split-h" class="panel">
        <h2 id="split-h">{t('popupSplitHeading')}</h2>
        <Split />
      </section>
      <section aria-labelledby="duties-h">
        <h2 id="duties-h">{t('popupDutiesHeading')}</h2>
        {DUTY_GROUPS.map((g) => (
          <section class="group" key={g} aria-labelledby={`group-${g}`}>
            <h3 id={`group-${g}`}>{t(GROUP_KEY[g])}</h3>
            <ul class="duties">
              {view.states
                .filter((s) => s.group === g)
                .map((s) => (
                  <Duty key={s.id} state={s} now={data.now} onMark={() => void mark(s)} />
                ))}
            </ul>
          </section>
        ))}
      </section>
      <Score score={view.score} />
      <footer class="pop-foot">
        <a href={SRM_HELP_URL} target="_blank" rel="noreferrer">
          {t('popupSource')}
        </a>
        <a href={pageUrl('src/options/index.html')} target="_blank" rel="noreferrer">
          {t('popupOptions')}
        </a>
        <a href={pageUrl('src/log/index.html')} target="_blank" rel="noreferrer">
          {t('popupActivityLog')}
        </a>
        {data.settings.values.onboarding !== 'skip' && (
          <a href={pageUrl('src/welcome/index.html')} target="_blank" rel="noreferrer">
            {t('popupTour')}
          </a>
        )}
      </footer>
      <p class="sr-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function ScoreChip({ score }: { score: number | null }) {
  return (
    <a class="score-chip" href="#score" data-testid="score-chip">
      <span class="score-chip-label">{t('popupScoreHeading')}</span>
      <span class="score-chip-value">{score === null ? '–' : score}</span>
    </a>
  );
}

function Duty({ state: s, now, onMark }: { state: DutyState; now: number; onMark: () => void }) {
  const nameId = `duty-${s.id}`;
  const next = nextStepText(String(s.next.code));
  const action = s.next.action;
  return (
    <li class="duty" data-duty={s.id} data-status={s.status}>
      <div class="duty-head">
        <span class="duty-name" id={nameId}>
          {t(DUTY_KEY[s.id])}
        </span>
        <span class={`duty-status duty-status-${s.status}`}>
          <span aria-hidden="true" class="status-icon">
            {s.status === 'ok' ? '✓' : s.status === 'attention' ? '!' : '?'}
          </span>
          {t(STATUS_KEY[s.status])}
        </span>
      </div>
      <p class="evidence">{evidenceText(s.evidence, now)}</p>
      {s.status !== 'ok' && next && <p class="next">{next}</p>}
      {/* Where to report stays at hand when the duty is OK: it is needed when misuse is seen, not before. */}
      {s.status === 'ok' && s.id === 'report-issues' && (
        <div class="duty-actions">
          <a class="small" href={HELP_URL[s.id]} target="_blank" rel="noreferrer" aria-describedby={nameId}>
            {t('popupSecurityContact')}
          </a>
        </div>
      )}
      {s.status !== 'ok' && (
        <div class="duty-actions">
          <button type="button" class="primary small" aria-describedby={nameId} onClick={onMark}>
            {t(REVIEW_DUTIES.has(s.id) ? 'popupMarkReviewed' : 'popupMarkDone')}
          </button>
          {action === 'open-notion' && (
            <a class="small" href={NOTION_APP_URL} target="_blank" rel="noreferrer" aria-describedby={nameId}>
              {t('popupOpenNotion')}
            </a>
          )}
          {action === 'open-help' && (
            <a class="small" href={HELP_URL[s.id]} target="_blank" rel="noreferrer" aria-describedby={nameId}>
              {t(s.id === 'report-issues' ? 'popupSecurityContact' : 'popupHelpLink')}
            </a>
          )}
          {action === 'open-options' && (
            <a class="small" href={pageUrl('src/options/index.html')} target="_blank" rel="noreferrer" aria-describedby={nameId}>
              {t('popupOptions')}
            </a>
          )}
        </div>
      )}
    </li>
  );
}

function Score({ score }: { score: ReturnType<typeof hygieneScore> }) {
  const [open, setOpen] = useState(false);
  const known = score.formula.filter((f) => f.status !== 'unknown');
  const points = known.reduce((n, f) => n + f.points, 0);
  return (
    <section id="score" aria-labelledby="score-h" class="panel score" tabIndex={-1}>
      <h2 id="score-h">{t('popupScoreHeading')}</h2>
      <p class="score-value" data-testid="score">
        {score.score === null ? t('popupScoreUnknown') : t('popupScoreValue', score.score)}
      </p>
      {score.score === null && <p class="muted">{t('popupScoreUnknownHelp')}</p>}
      {/* The table is drawn when opened: a third of the popup's nodes, none on screen until then. */}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('popupScoreFormulaToggle')}</summary>
        {open && (
          <>
            <p>{t('popupScoreFormula')}</p>
            <p data-testid="score-sums">{t('popupScoreSums', score.knownWeight, score.totalWeight, points)}</p>
            <table class="formula">
              <caption class="sr-only">{t('popupFormulaCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('popupFormulaDuty')}</th>
                  <th scope="col">{t('popupFormulaWeight')}</th>
                  <th scope="col">{t('popupFormulaStatus')}</th>
                  <th scope="col">{t('popupFormulaPoints')}</th>
                </tr>
              </thead>
              <tbody>
                {score.formula.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{t(DUTY_KEY[f.id])}</th>
                    <td>{f.weight}</td>
                    <td>{t(STATUS_KEY[f.status])}</td>
                    <td>{f.status === 'unknown' ? t('popupFormulaLeftOut') : f.points}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </details>
    </section>
  );
}

function Onboarding({ data }: { data: PopupData }) {
  const view = onboardingView(data.settings.values.onboarding, data.progress);
  if (view === 'hidden') return null;
  return (
    <section class="panel onboarding" aria-labelledby="onb-h" data-testid="onboarding">
      <h2 id="onb-h">{t('popupOnboardingHeading')}</h2>
      {view === 'required' && <p>{t('popupOnboardingRequired')}</p>}
      <progress max={ONBOARDING_STEPS} value={data.progress.completed} aria-labelledby="onb-h" />
      <p class="muted">{t('popupOnboardingProgress', data.progress.completed, ONBOARDING_STEPS)}</p>
      <div class="row">
        <a class="button primary" href={pageUrl('src/welcome/index.html')} target="_blank" rel="noreferrer">
          {t('popupOnboardingContinue')}
        </a>
        {view === 'progress' && (
          <button type="button" onClick={() => void saveProgress({ ...data.progress, snoozed: true })}>
            {t('popupOnboardingLater')}
          </button>
        )}
      </div>
    </section>
  );
}
