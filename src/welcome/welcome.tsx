// Welcome / the first week: a checklist of the Shared Responsibilities Model's duties as six everyday
// moments (invite, publish, password and 2-step, someone leaves, export and clean up, report a problem),
// each with one line of why, where it is in Notion, and a link there. An item turns green when SRM Coach
// sees it in Notion (an event in the activity log) or when the user marks it (shared/onboarding.ts).
// Opened on first install (background/onboarding.ts) unless policy says 'skip'; progress is kept in
// storage.local 'onboarding' and shown in the popup until every item is green ('require': the popup
// keeps showing it). The invite item keeps the work-domain fields and the harmless "Try it" example.
import { useEffect, useState } from 'preact/hooks';
import { onStorageChange, readEvidence, readOnboarding, saveOnboarding } from '../platform/storage';
import { extensionUrl } from '../platform/runtime';
import { formatList, t, type MessageKey } from '../platform/i18n';
import { getSettings, updateUserSettings, watchSettings } from '../platform/settings';
import { normaliseDomainList } from '@shared/settings/domains';
import type { EffectiveSettings } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';
import type { CoachEvent } from '@shared/events';
import { DAY_MS } from '@shared/duties';
import {
  checklistState,
  markItem,
  ONBOARDING_STEPS,
  withChecklist,
  type ChecklistId,
  type ChecklistItemState,
  type OnboardingProgress,
} from '@shared/onboarding';
import { DIGEST_KEY, LOG_KEY, ONBOARDING_KEY } from '@shared/storage-keys';
import { Split } from '../ui/split';
import { CHECKLIST_KEY, relativeDays } from '../ui/labels';
import { ACCOUNT_HELP_URL, NOTION_APP_URL, SECURITY_CONTACT_URL, TWO_STEP_HELP_URL } from '../ui/links';
import { ExampleCard } from './example';

interface State {
  progress: OnboardingProgress;
  events: CoachEvent[];
}

const load = async (): Promise<State> => {
  const [progress, events] = await Promise.all([readOnboarding(), readEvidence().catch(() => [] as CoachEvent[])]);
  return { progress, events };
};

export function Welcome() {
  const [eff, setEff] = useState<EffectiveSettings>();
  const [state, setState] = useState<State>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const ac = new AbortController();
    const reload = () =>
      void load().then((s) => {
        setNow(Date.now());
        setState(s);
      });
    void getSettings().then(setEff);
    reload();
    watchSettings(setEff, ac.signal);
    // Evidence arrives while this page is open (the user is in Notion in another tab): follow the log.
    const off = onStorageChange((area, keys) => area === 'local' && keys.some((k) => k === DIGEST_KEY || k === LOG_KEY || k === ONBOARDING_KEY), reload);
    return () => {
      ac.abort();
      off();
    };
  }, []);

  const items = state ? checklistState(state.events, state.progress) : [];
  const counted = state ? withChecklist(state.progress, items) : undefined;

  // Once every item is green, the first week is done for good (the popup stops showing it).
  useEffect(() => {
    if (state && counted?.done && !state.progress.done) void saveOnboarding(counted);
  }, [counted?.done, state?.progress.done]);

  if (!eff || !state || !counted) return null;

  const mark = async (id: ChecklistId, at: number | undefined) => {
    const p = markItem(state.progress, id, at);
    setState({ ...state, progress: p });
    await saveOnboarding(p);
  };

  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      {eff.values.onboarding === 'require' && !counted.done && <p class="notice">{t('welcomeRequired')}</p>}
      <p id="w-progress" data-testid="welcome-progress">
        {t('welcomeProgress', counted.completed, ONBOARDING_STEPS)}
      </p>
      <progress max={ONBOARDING_STEPS} value={counted.completed} aria-labelledby="w-progress" />
      {counted.done && (
        <p class="notice" role="status" data-testid="welcome-done">
          {t('welcomeDone')}{' '}
          <a href={NOTION_APP_URL} target="_blank" rel="noreferrer">
            {t('welcomeOpenNotion')}
          </a>
        </p>
      )}
      <ol class="checklist" aria-label={t('welcomeChecklistLabel')}>
        {items.map((item) => (
          <Item key={item.id} item={item} now={now} onMark={(at) => void mark(item.id, at)}>
            {item.id === 'invite' && (
              <>
                <Domains eff={eff} />
                <ExampleCard settings={eff.values} />
              </>
            )}
            {item.id === 'sign-in' && (
              <p class="row">
                <a href={ACCOUNT_HELP_URL} target="_blank" rel="noreferrer">
                  {t('welcomeHelpAccount')}
                </a>
                <a href={TWO_STEP_HELP_URL} target="_blank" rel="noreferrer">
                  {t('welcomeHelp2fa')}
                </a>
              </p>
            )}
          </Item>
        ))}
      </ol>
      <section aria-labelledby="find-h">
        <h2 id="find-h">{t('welcomeStep5Title')}</h2>
        <div class="icon-demo">
          <img src={extensionUrl('icons/icon-48.png')} width={48} height={48} alt={t('welcomeIconAlt')} />
          <div>
            <p>{t('welcomeStep5Body')}</p>
            <p class="muted">{t('welcomeStep5Badge')}</p>
          </div>
        </div>
      </section>
      <details class="fold">
        <summary>{t('popupSplitHeading')}</summary>
        <p>{t('popupIntro')}</p>
        <div class="panel">
          <Split />
        </div>
      </details>
    </>
  );
}

function Item({ item, now, onMark, children }: { item: ChecklistItemState; now: number; onMark: (at: number | undefined) => void; children?: preact.ComponentChildren }) {
  const keys = CHECKLIST_KEY[item.id];
  const headId = `item-${item.id}`;
  const days = item.at !== undefined ? Math.floor(Math.max(0, now - item.at) / DAY_MS) : 0;
  const report = item.id === 'report';
  return (
    <li class="check-item" data-item={item.id} data-done={String(item.done)} data-source={item.source}>
      <h2 id={headId}>
        {t(keys.title)}
        <span class={`check-state check-state-${item.done ? 'done' : 'todo'}`}>
          <span aria-hidden="true">{item.done ? '✓ ' : '○ '}</span>
          {t(item.done ? 'welcomeItemDone' : 'welcomeItemTodo')}
        </span>
      </h2>
      <p>{t(keys.why)}</p>
      <p class="check-where">
        {t(keys.where)}{' '}
        <a href={report ? SECURITY_CONTACT_URL : NOTION_APP_URL} target="_blank" rel="noreferrer" aria-describedby={headId}>
          {t(report ? 'popupSecurityContact' : 'welcomeOpenNotion')}
        </a>
      </p>
      {item.source === 'seen' && <p class="ok-note">{t('welcomeSeen', relativeDays(days))}</p>}
      {item.source === 'said' && (
        <p class="ok-note row">
          {t('welcomeSaid', relativeDays(days))}
          <button type="button" class="small" aria-describedby={headId} onClick={() => onMark(undefined)}>
            {t('welcomeUndo')}
          </button>
        </p>
      )}
      {!item.done && (
        <button type="button" aria-describedby={headId} onClick={() => onMark(Date.now())}>
          {t(report ? 'welcomeMarkReport' : 'welcomeMarkItem')}
        </button>
      )}
      {children}
    </li>
  );
}

function Domains({ eff }: { eff: EffectiveSettings }) {
  const [own, setOwn] = useState(eff.values.ownDomains.join('\n'));
  const [trusted, setTrusted] = useState(eff.values.trustedDomains.join('\n'));
  const [status, setStatus] = useState('');
  const locked = (k: 'ownDomains' | 'trustedDomains') => eff.locked.includes(k);

  // A value the organisation sets (or changes) shows as it is.
  useEffect(() => {
    if (locked('ownDomains')) setOwn(eff.values.ownDomains.join('\n'));
    if (locked('trustedDomains')) setTrusted(eff.values.trustedDomains.join('\n'));
  }, [eff]);

  const save = async () => {
    const o = normaliseDomainList(own);
    const tr = normaliseDomainList(trusted);
    const patch: Partial<Settings> = {};
    if (!locked('ownDomains')) patch.ownDomains = o.valid;
    if (!locked('trustedDomains')) patch.trustedDomains = tr.valid;
    if (Object.keys(patch).length) await updateUserSettings(patch);
    const bad = [...o.invalid, ...tr.invalid];
    setStatus(bad.length ? t('optionsInvalidDomains', formatList(bad)) : t('welcomeDomainsSaved'));
  };

  const field = (id: 'ownDomains' | 'trustedDomains', label: MessageKey, value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={`w-${id}`}>
        {t(label)}
        {locked(id) && <span class="locked-note">{t('optionsManaged')}</span>}
      </label>
      <textarea
        id={`w-${id}`}
        aria-describedby="w-domains-help"
        value={value}
        disabled={locked(id)}
        onInput={(e) => set((e.target as HTMLTextAreaElement).value)}
      />
    </div>
  );

  return (
    <div class="domains">
      <h3>{t('welcomeDomainsHeading')}</h3>
      <p>{t('welcomeStep2Body')}</p>
      {field('ownDomains', 'welcomeOwnLabel', own, setOwn)}
      {field('trustedDomains', 'welcomeTrustedLabel', trusted, setTrusted)}
      <p class="muted" id="w-domains-help">
        {t('welcomeDomainsHelp')}
      </p>
      <button type="button" onClick={() => void save()}>
        {t('welcomeSaveDomains')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
