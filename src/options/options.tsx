// Options: edits the user layer; keys set by the organisation (storage.managed) are shown as such and
// cannot be edited. Changes reach open Notion tabs through storage.onChanged, without a reload.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateUserSettings, watchSettings } from '../platform/settings';
import { formatList, t, type MessageKey } from '../platform/i18n';
import { normaliseDomainList } from '@shared/settings/domains';
import type { EffectiveSettings } from '@shared/settings/merge';
import { INT_RANGES, type IntSettingKey, type Mode, type SettingKey, type Settings } from '@shared/settings/schema';
import { hasPermissions, removePermissions, requestPermissions, type PermissionSet } from '../platform/permissions';
import { HIBP_PERMISSIONS, REUSE_PERMISSIONS } from '@shared/password/permissions';
import { reviewTrustedList, type TrustedListReview } from '@shared/domain/classify';

const MODE_FIELDS: [SettingKey & ('shareMode' | 'publishMode' | 'passwordMode' | 'pasteMode'), MessageKey][] = [
  ['shareMode', 'optionsShareMode'],
  ['publishMode', 'optionsPublishMode'],
  ['passwordMode', 'optionsPasswordMode'],
  ['pasteMode', 'optionsPasteMode'],
];
const MODE_LABEL: Record<Mode, MessageKey> = { coach: 'modeCoach', confirm: 'modeConfirm', off: 'modeOff' };

export function Options() {
  const [eff, setEff] = useState<EffectiveSettings>();
  const [trusted, setTrusted] = useState('');
  const [own, setOwn] = useState('');
  const [status, setStatus] = useState('');
  // Look-alike entries waiting for the user's "Trust anyway" / "Don't trust them" (nothing saved meanwhile).
  const [pending, setPending] = useState<TrustedListReview['lookalikes']>();

  useEffect(() => {
    const ac = new AbortController();
    const load = (s: EffectiveSettings) => {
      setEff(s);
      setTrusted(s.values.trustedDomains.join('\n'));
      setOwn(s.values.ownDomains.join('\n'));
    };
    void getSettings().then(load);
    watchSettings(load, ac.signal);
    return () => ac.abort();
  }, []);

  if (!eff) return null;
  const locked = (k: SettingKey) => eff.locked.includes(k);
  const save = async (patch: Partial<Settings>) => {
    const next = await updateUserSettings(patch);
    setEff(next);
    setStatus(t('optionsSaved'));
  };
  /** `lookalikes`: what to do with entries that look like an own or another trusted domain, once asked. */
  const saveDomains = async (lookalikes?: 'keep' | 'drop') => {
    const tList = normaliseDomainList(trusted);
    const oList = normaliseDomainList(own);
    const review = reviewTrustedList(tList.valid, oList.valid);
    if (review.lookalikes.length && !lookalikes && !locked('trustedDomains')) return setPending(review.lookalikes);
    setPending(undefined);
    const refused = new Set(review.refused.map((r) => r.domain));
    const dropped = new Set(lookalikes === 'drop' ? review.lookalikes.map((r) => r.domain) : []);
    const bad = [...tList.invalid, ...oList.invalid];
    const patch: Partial<Settings> = {};
    if (!locked('trustedDomains')) patch.trustedDomains = tList.valid.filter((d) => !refused.has(d) && !dropped.has(d));
    if (!locked('ownDomains')) patch.ownDomains = oList.valid;
    await save(patch);
    if (!locked('trustedDomains')) setTrusted(patch.trustedDomains!.join('\n'));
    const notes = [
      bad.length ? t('optionsInvalidDomains', formatList(bad)) : '',
      refused.size ? t('optionsRefusedPersonal', formatList([...refused])) : '',
    ].filter(Boolean);
    if (notes.length) setStatus(notes.join(' '));
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {eff.notices
        .filter((n) => n.source === 'managed')
        .map((n) => (
          <p class="notice" role="status" key={n.key}>
            {t(n.problem === 'unknown-key' ? 'optionsNoticeUnknown' : 'optionsNoticeInvalid', n.key)}
          </p>
        ))}
      <fieldset>
        <legend>{t('optionsWhoLegend')}</legend>
        <div class="field">
          <label for="trusted">
            {t('optionsTrustedDomains')}
            <ManagedBadge on={locked('trustedDomains')} />
          </label>
          <textarea
            id="trusted"
            aria-describedby="trusted-help"
            value={trusted}
            disabled={locked('trustedDomains')}
            onInput={(e) => setTrusted((e.target as HTMLTextAreaElement).value)}
          />
          <p class="muted" id="trusted-help">
            {t('optionsTrustedHelp')}
          </p>
        </div>
        <div class="field">
          <label for="own">
            {t('optionsOwnDomains')}
            <ManagedBadge on={locked('ownDomains')} />
          </label>
          <textarea
            id="own"
            aria-describedby="own-help"
            value={own}
            disabled={locked('ownDomains')}
            onInput={(e) => setOwn((e.target as HTMLTextAreaElement).value)}
          />
          <p class="muted" id="own-help">
            {t('optionsOwnHelp')}
          </p>
        </div>
        {pending ? (
          <div class="notice" role="alertdialog" aria-labelledby="lookalike-warn">
            <p id="lookalike-warn">
              {t('optionsLookalikeWarn', formatList(pending.map((p) => p.domain)), formatList([...new Set(pending.map((p) => p.of ?? '?'))]))}
            </p>
            <div class="row">
              <button type="button" class="primary" onClick={() => void saveDomains('drop')}>
                {t('optionsDropLookalikes')}
              </button>
              <button type="button" onClick={() => void saveDomains('keep')}>
                {t('optionsSaveAnyway')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="primary" onClick={() => void saveDomains()}>
            {t('optionsSave')}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsModes')}</legend>
        {MODE_FIELDS.map(([key, label]) => (
          <div class="field" key={key}>
            <label for={key}>
              {t(label)}
              <ManagedBadge on={locked(key)} />
            </label>
            <select
              id={key}
              value={eff.values[key]}
              disabled={locked(key)}
              onChange={(e) => void save({ [key]: (e.target as HTMLSelectElement).value as Mode })}
            >
              {(['coach', 'confirm', 'off'] as Mode[]).map((m) => (
                <option value={m} key={m}>
                  {t(MODE_LABEL[m])}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsPasswords')}</legend>
        <NumberField id="minScore" k="minPasswordScore" label={t('optionsMinScore')} eff={eff} save={save} />
        <OptInCheck
          id="breach"
          k="breachCheck"
          label={t('optionsBreachCheck')}
          why={t('pwOptionsBreachWhy')}
          perms={HIBP_PERMISSIONS}
          eff={eff}
          save={save}
          setStatus={setStatus}
        />
        <OptInCheck
          id="reuse"
          k="reuseWatch"
          label={t('optionsReuseWatch')}
          why={t('pwOptionsReuseWhy')}
          perms={REUSE_PERMISSIONS}
          eff={eff}
          save={save}
          setStatus={setStatus}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optionsRemindersLegend')}</legend>
        <p class="muted">{t('optionsRemindersHelp')}</p>
        {REMINDER_FIELDS.map(([k, label]) => (
          <NumberField key={k} id={k} k={k} label={t(label)} eff={eff} save={save} />
        ))}
        <p class="muted">{t('optionsLogHelp')}</p>
        {LOG_FIELDS.map(([k, label]) => (
          <NumberField key={k} id={k} k={k} label={t(label)} eff={eff} save={save} />
        ))}
      </fieldset>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}

const REMINDER_FIELDS: [IntSettingKey, MessageKey][] = [
  ['accessReviewDays', 'optionsAccessReviewDays'],
  ['backupDays', 'optionsBackupDays'],
  ['sessionsReviewDays', 'optionsSessionsReviewDays'],
];
const LOG_FIELDS: [IntSettingKey, MessageKey][] = [
  ['logRetentionDays', 'optionsLogRetentionDays'],
  ['logMaxEvents', 'optionsLogMaxEvents'],
];

/**
 * A whole-number setting. Saved when the user leaves the field (or presses Enter) and only when it is a
 * whole number in the allowed range; otherwise the field goes back to the value in force and says why,
 * next to it. The input keeps what the user types until then (it is re-created only when the value in
 * force changes, e.g. by a policy). Set by the organisation: shown as such and not editable.
 */
/** "Set by your organisation" beside a setting the policy locks. */
function ManagedBadge({ on }: { on: boolean }) {
  return on ? <span class="badge-managed">{t('optionsManaged')}</span> : null;
}

function NumberField(p: {
  id: string;
  k: IntSettingKey;
  label: string;
  eff: EffectiveSettings;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  const locked = p.eff.locked.includes(p.k);
  const [min, max] = INT_RANGES[p.k];
  const current = p.eff.values[p.k];
  const [error, setError] = useState('');
  const commit = (input: HTMLInputElement) => {
    const n = Number(input.value.trim());
    if (input.value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      input.value = String(current);
      setError(t('optionsNumberInvalid', p.label, min, max));
      return;
    }
    setError('');
    if (n === current) return;
    p.save({ [p.k]: n }).catch(() => {
      input.value = String(current);
      setError(t('optionsNotSaved'));
    });
  };
  const errorId = `${p.id}-error`;
  return (
    <div class="field">
      <label for={p.id}>
        {p.label}
        <ManagedBadge on={locked} />
      </label>
      <input
        key={`${current}-${locked}`}
        id={p.id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        defaultValue={String(current)}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => commit(e.currentTarget)}
      />
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type Perms = PermissionSet;

/**
 * An opt-in password check that needs an optional permission. Turning it on asks the browser
 * for the permission inside this click (a user gesture) and saves the setting only when granted; turning
 * it off saves and gives the permission back. Set by the organisation: shown as such and not editable.
 * A policy-enabled breach check needs no prompt (see shared/password/permissions.ts); a policy-enabled
 * reuse watch still needs the all-sites permission, so a button asks for it here.
 */
function OptInCheck(p: {
  id: string;
  k: 'breachCheck' | 'reuseWatch';
  label: string;
  why: string;
  perms: Perms;
  eff: EffectiveSettings;
  save: (patch: Partial<Settings>) => Promise<void>;
  setStatus: (s: string) => void;
}) {
  const locked = p.eff.locked.includes(p.k);
  const on = p.eff.values[p.k];
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    void hasPermissions(p.perms).then(setGranted);
  }, [on, p.perms]);
  const toggle = (checked: boolean, box: HTMLInputElement) => {
    if (!checked) {
      void p.save({ [p.k]: false });
      void removePermissions(p.perms);
      return;
    }
    // request() first and synchronously: it must run inside the click.
    void requestPermissions(p.perms).then(
      (ok) => {
        setGranted(ok);
        if (ok) return p.save({ [p.k]: true });
        box.checked = false;
        p.setStatus(t('pwOptionsPermissionDenied'));
      },
      () => {
        box.checked = false;
        p.setStatus(t('pwOptionsPermissionDenied'));
      },
    );
  };
  const needsGrant = locked && on && p.k === 'reuseWatch' && granted === false;
  return (
    <div class="field">
      <div class="row">
        <input
          id={p.id}
          type="checkbox"
          aria-describedby={`${p.id}-why`}
          checked={on}
          disabled={locked}
          onChange={(e) => toggle((e.target as HTMLInputElement).checked, e.target as HTMLInputElement)}
        />
        <label for={p.id}>{p.label}</label>
        <ManagedBadge on={locked} />
      </div>
      <p class="muted" id={`${p.id}-why`}>
        {p.why}
      </p>
      {locked && on && p.k === 'breachCheck' ? <p class="muted">{t('pwOptionsPolicyNoPrompt')}</p> : null}
      {needsGrant ? (
        <button type="button" onClick={() => void requestPermissions(p.perms).then(setGranted, () => setGranted(false))}>
          {t('pwOptionsGrant')}
        </button>
      ) : null}
    </div>
  );
}
