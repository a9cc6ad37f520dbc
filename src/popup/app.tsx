// Popup: the user's half of Notion's Shared Responsibilities Model and how they are doing, in one screen
// (≤ 600 px tall): the header with Settings and the log, what the score rests on, the first-week progress,
// then the NEXT THREE THINGS (needs attention, then due, then not checked; one action each). Everything
// else folds away, drawn when opened: all duties with how the score is worked out, and who looks after
// what with the source and the checklist links. See docs/decisions/0002-first-weeks-and-honest-score.md.
// Evidence is the activity log (storage.local 'log') and settings; status per duty comes from the pure
// rules in src/shared/duties (ok / needs attention / not checked — unknown is shown as unknown).
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { DUTY_GROUPS, dutyStates, hygieneScore, kindOf, nextThings, type DutyState, type HygieneScore, type NextKind, type NextThing } from '@shared/duties';
import { checklistState, onboardingView, ONBOARDING_STEPS, withChecklist } from '@shared/onboarding';
import {
  DUTY_KEY,
  evidenceText,
  GROUP_KEY,
  HELP_URL,
  lookedText,
  nextStepText,
  REVIEW_DUTIES,
  SOURCE_KEY,
  STATUS_KEY,
} from '../ui/labels';
import { NOTION_APP_URL, SRM_HELP_URL } from '../ui/links';
import { Split } from '../ui/split';
import { Coverage } from './coverage';
import { loadPopupData, onPopupDataChange, pageUrl, saveProgress, type PopupData } from './data';

export const READY_MARK = 'srm-popup-ready';

const KIND_KEY = { attention: 'popupStatusAttention', due: 'popupKindDue', unknown: 'popupStatusUnknown' } as const;

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
    const inputs = { events: data.events, now: data.now, settings: data.settings.values, marks: {}, installedAt: data.installedAt };
    const states = dutyStates(inputs);
    return { states, score: hygieneScore(states), next: nextThings(states) };
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
        <nav class="head-links" aria-label={t('popupLinksLabel')}>
          <a href={pageUrl('src/options/index.html')} target="_blank" rel="noreferrer">
            {t('popupOptions')}
          </a>
          <a href={pageUrl('src/log/index.html')} target="_blank" rel="noreferrer">
            {t('popupActivityLog')}
          </a>
        </nav>
      </header>
      {/* Coverage (src/popup/coverage.tsx, added by the `coverage` work) mounts here, right under the header. */}
      <Overview score={view.score} />
      {error && (
        <p class="alert-line" role="alert">
          {error}
        </p>
      )}
      <Onboarding data={data} />
      <Coverage state={data.coverage} settings={data.settings} now={data.now} />
      <section aria-labelledby="next-h" class="next-things" data-testid="next-things">
        <h2 id="next-h">{t('popupNextHeading')}</h2>
        {view.next.length ? (
          <ol class="next-list">
            {view.next.map((n) => (
              <Next key={n.state.id} thing={n} now={data.now} onMark={() => void mark(n.state)} />
            ))}
          </ol>
        ) : (
          <p class="muted">{t('popupNextNone')}</p>
        )}
      </section>
      <AllDuties states={view.states} now={data.now} onMark={(s) => void mark(s)}>
        <ScoreFormula score={view.score} />
      </AllDuties>
      <WhoDoesWhat showTour={data.settings.values.onboarding !== 'skip'} />
      <p class="sr-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

/**
 * A fold whose content is drawn only while it is open (the popup's first render stays small; a closed
 * fold's content is not on screen anyway). Closing it drops the content, and its state with it.
 */
function Fold({ summary, className = 'fold', id, testId, children }: { summary: string; className?: string; id?: string; testId?: string; children: () => preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} id={id} data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** Who looks after what, the source and the checklist: one fold. */
function WhoDoesWhat({ showTour }: { showTour: boolean }) {
  return (
    <Fold summary={t('popupSplitHeading')}>
      {() => (
        <>
          <p class="muted">{t('popupIntro')}</p>
          <Split />
          <p class="pop-foot">
            <a href={SRM_HELP_URL} target="_blank" rel="noreferrer">
              {t('popupSource')}
            </a>
            {showTour && (
              <a href={pageUrl('src/welcome/index.html')} target="_blank" rel="noreferrer">
                {t('popupTour')}
              </a>
            )}
          </p>
        </>
      )}
    </Fold>
  );
}

/** "3 need attention · 4 OK · 6 not checked", and a number only when it means something (score.ts). */
function Overview({ score }: { score: HygieneScore }) {
  const { counts } = score;
  const withheld = {
    'nothing-known': 'popupScoreNothingKnown',
    'little-known': 'popupScoreLittleKnown',
    'mostly-said': 'popupScoreMostlySaid',
  } as const;
  return (
    <div class="overview">
      <p class="summary" data-testid="summary">
        {t('popupSummary', counts.attention, counts.ok, counts.unknown)}
        {score.okSaid > 0 && ` ${t('popupSummarySaid', score.okSaid)}`}
      </p>
      <p class={score.score === null ? 'muted score-none' : 'score-value'} data-testid="score">
        {score.score !== null ? t('popupScoreValue', score.score) : t(withheld[score.withheld ?? 'nothing-known'])}
      </p>
    </div>
  );
}

function Kind({ kind }: { kind: NextKind | 'ok' }) {
  const cls = kind === 'ok' ? 'ok' : kind === 'unknown' ? 'unknown' : 'attention';
  return (
    <span class={`duty-status duty-status-${cls}`}>
      <span aria-hidden="true" class="status-icon">
        {kind === 'ok' ? '✓' : kind === 'unknown' ? '?' : '!'}
      </span>
      {t(kind === 'ok' ? STATUS_KEY.ok : KIND_KEY[kind])}
    </span>
  );
}

function Evidence({ s, now }: { s: DutyState; now: number }) {
  const looked = lookedText(s.evidence, now);
  return (
    <p class="evidence">
      {s.source !== 'none' && <span class={`source source-${s.source}`}>{t(SOURCE_KEY[s.source])}</span>}
      {s.source !== 'none' && ': '}
      {evidenceText(s.evidence, now)}
      {looked && ` ${looked}`}
    </p>
  );
}

function MarkButton({ s, nameId, onMark }: { s: DutyState; nameId: string; onMark: () => void }) {
  return (
    <button type="button" class="primary small" aria-describedby={nameId} onClick={onMark}>
      {t(REVIEW_DUTIES.has(s.id) ? 'popupMarkReviewed' : 'popupMarkDone')}
    </button>
  );
}

function HelpLink({ s, nameId }: { s: DutyState; nameId: string }) {
  return (
    <a class="small" href={HELP_URL[s.id]} target="_blank" rel="noreferrer" aria-describedby={nameId}>
      {t(s.id === 'report-issues' ? 'popupSecurityContact' : 'popupHelpLink')}
    </a>
  );
}

function NotionLink({ nameId }: { nameId: string }) {
  return (
    <a class="small" href={NOTION_APP_URL} target="_blank" rel="noreferrer" aria-describedby={nameId}>
      {t('popupOpenNotion')}
    </a>
  );
}

/** One of the next three things: what, why (the evidence when there is some), and ONE action, inline. */
function Next({ thing, now, onMark }: { thing: NextThing; now: number; onMark: () => void }) {
  const s = thing.state;
  const nameId = `next-${s.id}`;
  const next = nextStepText(String(s.next.code));
  return (
    <li class="next-item" data-next={s.id} data-kind={thing.kind}>
      <div class="duty-head">
        <span class="duty-name" id={nameId}>
          {t(DUTY_KEY[s.id])}
        </span>
        <Kind kind={thing.kind} />
      </div>
      {/* "Seen nothing yet" says nothing the status does not: only real evidence gets a line here. */}
      {s.evidence.code !== 'no-evidence' && <Evidence s={s} now={now} />}
      <p class="next">
        {/* With evidence on screen the action speaks for itself; the how-to stays in "All duties". */}
        {s.evidence.code === 'no-evidence' && <>{next} </>}
        {thing.action === 'mark' && <MarkButton s={s} nameId={nameId} onMark={onMark} />}
        {thing.action === 'open-notion' && <NotionLink nameId={nameId} />}
        {thing.action === 'open-help' && <HelpLink s={s} nameId={nameId} />}
      </p>
    </li>
  );
}

/** Every duty, grouped as the SRM groups them, then how the score is worked out; drawn when opened. */
function AllDuties({ states, now, onMark, children }: { states: DutyState[]; now: number; onMark: (s: DutyState) => void; children?: preact.ComponentChildren }) {
  return (
    <Fold className="fold all-duties" testId="all-duties" summary={t('popupDutiesAll', states.length)}>
      {() => (
        <>
          {DUTY_GROUPS.map((g) => (
            <section class="group" key={g} aria-labelledby={`group-${g}`}>
              <h3 id={`group-${g}`}>{t(GROUP_KEY[g])}</h3>
              <ul class="duties">
                {states
                  .filter((s) => s.group === g)
                  .map((s) => (
                    <Duty key={s.id} state={s} now={now} onMark={() => onMark(s)} />
                  ))}
              </ul>
            </section>
          ))}
          {children}
        </>
      )}
    </Fold>
  );
}

function Duty({ state: s, now, onMark }: { state: DutyState; now: number; onMark: () => void }) {
  const nameId = `duty-${s.id}`;
  const next = nextStepText(String(s.next.code));
  const action = s.next.action;
  return (
    <li class="duty" data-duty={s.id} data-status={s.status} data-source={s.source}>
      <div class="duty-head">
        <span class="duty-name" id={nameId}>
          {t(DUTY_KEY[s.id])}
        </span>
        <Kind kind={kindOf(s) ?? 'ok'} />
      </div>
      <Evidence s={s} now={now} />
      {s.status !== 'ok' && next && <p class="next">{next}</p>}
      {/* Where to report stays at hand when the duty is OK: it is needed when misuse is seen, not before. */}
      {s.status === 'ok' && s.id === 'report-issues' && (
        <div class="duty-actions">
          <HelpLink s={s} nameId={nameId} />
        </div>
      )}
      {s.status !== 'ok' && (
        <div class="duty-actions">
          <MarkButton s={s} nameId={nameId} onMark={onMark} />
          {action === 'open-notion' && <NotionLink nameId={nameId} />}
          {action === 'open-help' && <HelpLink s={s} nameId={nameId} />}
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

function ScoreFormula({ score }: { score: HygieneScore }) {
  const known = score.formula.filter((f) => f.status !== 'unknown');
  const points = known.reduce((n, f) => n + f.points, 0);
  return (
    // The table is drawn when opened: a third of the popup's nodes, none on screen until then.
    <Fold id="score" summary={t('popupScoreFormulaToggle')}>
      {() => (
        <>
          <p>{t('popupScoreFormula')}</p>
          <p data-testid="score-sums">{t('popupScoreSums', score.knownWeight, score.totalWeight, score.seenWeight, points)}</p>
          <table class="formula">
            <caption class="sr-only">{t('popupFormulaCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('popupFormulaDuty')}</th>
                <th scope="col">{t('popupFormulaWeight')}</th>
                <th scope="col">{t('popupFormulaStatus')}</th>
                <th scope="col">{t('popupFormulaSource')}</th>
                <th scope="col">{t('popupFormulaPoints')}</th>
              </tr>
            </thead>
            <tbody>
              {score.formula.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{t(DUTY_KEY[f.id])}</th>
                  <td>{f.weight}</td>
                  <td>{t(STATUS_KEY[f.status])}</td>
                  <td>{f.source === 'none' ? '–' : t(SOURCE_KEY[f.source])}</td>
                  <td>{f.status === 'unknown' ? t('popupFormulaLeftOut') : f.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Fold>
  );
}

function Onboarding({ data }: { data: PopupData }) {
  const progress = withChecklist(data.progress, checklistState(data.events, data.progress));
  const view = onboardingView(data.settings.values.onboarding, progress);
  if (view === 'hidden') return null;
  return (
    <section class="onboarding" aria-labelledby="onb-h" data-testid="onboarding">
      <div class="onb-row">
        <h2 id="onb-h">{t('popupOnboardingHeading')}</h2>
        <span class="muted">{t('popupOnboardingProgress', progress.completed, ONBOARDING_STEPS)}</span>
        <a class="small" href={pageUrl('src/welcome/index.html')} target="_blank" rel="noreferrer">
          {t('popupOnboardingContinue')}
        </a>
        {view === 'progress' && (
          <button type="button" class="small" onClick={() => void saveProgress({ ...data.progress, snoozed: true })}>
            {t('popupOnboardingLater')}
          </button>
        )}
      </div>
      {view === 'required' && <p class="small-text">{t('popupOnboardingRequired')}</p>}
    </section>
  );
}
