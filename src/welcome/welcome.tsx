// Welcome / onboarding: at most five short steps through the Shared Responsibilities Model. Opened on
// first install (background/onboarding.ts) unless policy says 'skip'; progress is kept in storage.local
// 'onboarding' and shown in the popup until done ('require': the popup keeps showing it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { readOnboarding, saveOnboarding } from '../platform/storage';
import { extensionUrl } from '../platform/runtime';
import { formatList, t, type MessageKey } from '../platform/i18n';
import { send } from '../platform/messaging';
import { getSettings, updateUserSettings, watchSettings } from '../platform/settings';
import { normaliseDomainList } from '@shared/settings/domains';
import type { EffectiveSettings } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';
import { completeStep, ONBOARDING_STEPS, type OnboardingProgress } from '@shared/onboarding';
import type { DutyId } from '@shared/duties';
import { Split } from '../ui/split';
import { ACCOUNT_HELP_URL, NOTION_APP_URL, TWO_STEP_HELP_URL } from '../ui/links';
import { ExampleCard } from './example';

const STEP_TITLES: MessageKey[] = ['welcomeStep1Title', 'welcomeStep2Title', 'welcomeStep3Title', 'welcomeStep4Title', 'welcomeStep5Title'];

const loadProgress = (): Promise<OnboardingProgress> => readOnboarding();

export function Welcome() {
  const [eff, setEff] = useState<EffectiveSettings>();
  const [progress, setProgress] = useState<OnboardingProgress>();
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const domainsRef = useRef<{ save(): Promise<void> } | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    void Promise.all([getSettings(), loadProgress()]).then(([s, p]) => {
      setEff(s);
      setProgress(p);
      setStep(p.done ? 0 : Math.min(p.completed, ONBOARDING_STEPS - 1));
    });
    watchSettings(setEff, ac.signal);
    return () => ac.abort();
  }, []);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step, progress?.done]);

  if (!eff || !progress) return null;

  const save = async (p: OnboardingProgress) => {
    setProgress(p);
    await saveOnboarding(p);
  };
  const next = async () => {
    if (step === 1) await domainsRef.current?.save();
    moved.current = true;
    const p = completeStep(progress, step);
    await save(p);
    if (step < ONBOARDING_STEPS - 1) setStep(step + 1);
  };
  const back = () => {
    moved.current = true;
    setStep(Math.max(0, step - 1));
  };
  const last = step === ONBOARDING_STEPS - 1;
  const finished = progress.done && last;

  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      {eff.values.onboarding === 'require' && !progress.done && <p class="notice">{t('welcomeRequired')}</p>}
      <ol class="steps" aria-label={t('welcomeStepsLabel')}>
        {STEP_TITLES.map((k, i) => (
          <li key={k} aria-current={i === step ? 'step' : undefined} class={i < progress.completed ? 'done' : undefined}>
            {t(k)}
          </li>
        ))}
      </ol>
      <section class="step" aria-labelledby="step-h" data-step={step + 1}>
        <p class="muted">{t('welcomeStepOf', step + 1, ONBOARDING_STEPS)}</p>
        <h2 id="step-h" tabIndex={-1} ref={heading}>
          {t(STEP_TITLES[step]!)}
        </h2>
        {step === 0 && <StepSplit />}
        {step === 1 && <StepDomains eff={eff} handle={domainsRef} />}
        {step === 2 && <StepAccount />}
        {step === 3 && <StepWarnings eff={eff} />}
        {step === 4 && <StepPopup />}
      </section>
      {finished && (
        <p class="notice" role="status" data-testid="welcome-done">
          {t('welcomeDone')}{' '}
          <a href={NOTION_APP_URL} target="_blank" rel="noreferrer">
            {t('welcomeOpenNotion')}
          </a>
        </p>
      )}
      <div class="nav">
        {step > 0 && (
          <button type="button" onClick={back}>
            {t('welcomeBack')}
          </button>
        )}
        {!finished && (
          <button type="button" class="primary" onClick={() => void next()}>
            {t(last ? 'welcomeFinish' : 'welcomeNext')}
          </button>
        )}
      </div>
    </>
  );
}

function StepSplit() {
  return (
    <>
      <p>{t('welcomeStep1Body')}</p>
      <div class="panel">
        <Split />
      </div>
    </>
  );
}

function StepDomains({ eff, handle }: { eff: EffectiveSettings; handle: { current: { save(): Promise<void> } | null } }) {
  const [own, setOwn] = useState(eff.values.ownDomains.join('\n'));
  const [trusted, setTrusted] = useState(eff.values.trustedDomains.join('\n'));
  const [status, setStatus] = useState('');
  const locked = (k: 'ownDomains' | 'trustedDomains') => eff.locked.includes(k);

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
  handle.current = { save };

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
    <>
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
    </>
  );
}

function StepAccount() {
  const [marked, setMarked] = useState<DutyId[]>([]);
  const mark = async (duty: DutyId) => {
    await send('duty:mark', { duty });
    setMarked((m) => [...m, duty]);
  };
  const markButton = (duty: DutyId, label: MessageKey) =>
    marked.includes(duty) ? (
      <p class="ok-note" role="status">
        {t('welcomeMarked', t(label))}
      </p>
    ) : (
      <button type="button" onClick={() => void mark(duty)}>
        {t(label)}
      </button>
    );
  return (
    <>
      <p>{t('welcomeStep3Body')}</p>
      <ul>
        <li>{t('welcomePasswordTip')}</li>
        <li>{t('welcome2faTip')}</li>
      </ul>
      <p class="row">
        <a href={ACCOUNT_HELP_URL} target="_blank" rel="noreferrer">
          {t('welcomeHelpAccount')}
        </a>
        <a href={TWO_STEP_HELP_URL} target="_blank" rel="noreferrer">
          {t('welcomeHelp2fa')}
        </a>
      </p>
      <div class="row">
        {markButton('strong-passwords', 'welcomeMarkPassword')}
        {markButton('two-step', 'welcomeMark2fa')}
      </div>
    </>
  );
}

function StepWarnings({ eff }: { eff: EffectiveSettings }) {
  const warns: MessageKey[] = ['welcomeWarnShare', 'welcomeWarnPublic', 'welcomeWarnPassword', 'welcomeWarnSecret', 'welcomeWarnPhishing'];
  return (
    <>
      <p>{t('welcomeStep4Body')}</p>
      <ul class="warn-list">
        {warns.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <ExampleCard settings={eff.values} />
    </>
  );
}

function StepPopup() {
  return (
    <>
      <p>{t('welcomeStep5Body')}</p>
      <div class="icon-demo">
        <img src={extensionUrl('icons/icon-48.png')} width={48} height={48} alt={t('welcomeIconAlt')} />
        <p>{t('welcomeStep5Badge')}</p>
      </div>
    </>
  );
}
