// Activity log: the coaching events and decisions kept in storage.local 'log' (background/log-store.ts),
// with filters, CSV/JSON export of what is shown, clear-all and "Copy a report" for one event.
// Retention (settings.logRetentionDays / logMaxEvents) is applied on every write by the background and
// hourly by the reminders alarm; this view applies it too, so it never shows what policy says is gone.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onStorageChange, readLog } from '../platform/storage';
import { extensionUrl, extensionVersion } from '../platform/runtime';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { getSettings, watchSettings } from '../platform/settings';
import { LOG_KEY } from '@shared/storage-keys';
import { EVENT_KINDS, type CoachEvent, type Decision, type EventKind } from '@shared/events';
import { appendEvents, CSV_BOM, eventReport, filterEvents, toCsv, toJson, type LogFilter, type ReportNames } from '@shared/log';
import type { EffectiveSettings } from '@shared/settings/merge';
import { isolate, textParts } from '@shared/format';
import { DECISION_KEY, formatDateTime, formatList, KIND_KEY } from '../ui/labels';

const DECISIONS = Object.keys(DECISION_KEY) as Decision[];
const PAGE = 200;

interface Filters {
  kind: EventKind | '';
  decision: Decision | '';
  domain: string;
  page: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { kind: '', decision: '', domain: '', page: '', from: '', to: '' };

/** The report's field names in the page's language. */
function reportNames(): ReportNames {
  return {
    what: t('reportWhat'),
    when: t('reportWhen'),
    host: t('reportHost'),
    pageTitle: t('reportPageTitle'),
    pageId: t('reportPageId'),
    domains: t('reportDomains'),
    reasons: t('reportReasons'),
    detail: t('reportDetail'),
    decision: t('reportDecision'),
    eventId: t('reportEventId'),
    footer: (version) => t('reportFooter', version),
    time: formatDateTime,
  };
}

/** Local-day bounds of <input type=date> values ("2026-11-25"), inclusive. */
export function toLogFilter(f: Filters): LogFilter {
  const out: LogFilter = {};
  if (f.kind) out.kinds = [f.kind];
  if (f.decision) out.decision = f.decision;
  if (f.domain.trim()) out.domain = f.domain;
  if (f.page.trim()) out.page = f.page;
  const day = (v: string, end: boolean) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return undefined;
    const d = end ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59, 999) : new Date(+m[1]!, +m[2]! - 1, +m[3]!);
    return d.getTime();
  };
  const since = day(f.from, false);
  const until = day(f.to, true);
  if (since !== undefined) out.since = since;
  if (until !== undefined) out.until = until;
  return out;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

export function ActivityLog() {
  const [log, setLog] = useState<CoachEvent[]>();
  const [eff, setEff] = useState<EffectiveSettings>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [manualReport, setManualReport] = useState<string>();
  const confirmYes = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const ac = new AbortController();
    const reload = () => void readLog().then(setLog);
    reload();
    void getSettings().then(setEff);
    watchSettings(setEff, ac.signal);
    const off = onStorageChange((area, keys) => area === 'local' && keys.includes(LOG_KEY), reload);
    return () => {
      ac.abort();
      off();
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmYes.current?.focus();
  }, [confirming]);

  const { kept, shown } = useMemo(() => {
    if (!log || !eff) return { kept: [], shown: [] };
    const { logRetentionDays, logMaxEvents } = eff.values;
    const kept = appendEvents(log, [], { retentionDays: logRetentionDays, maxEvents: logMaxEvents }, Date.now());
    return { kept, shown: filterEvents(kept, toLogFilter(filters)) };
  }, [log, eff, filters]);

  if (!log || !eff) return null;

  const set = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setLimit(PAGE);
  };
  const labels = (e: CoachEvent) => ({ kind: t(KIND_KEY[e.kind]), decision: t(DECISION_KEY[e.decision]) });
  const copy = async (e: CoachEvent) => {
    const text = eventReport(e, labels(e), { version: extensionVersion() }, reportNames());
    try {
      await navigator.clipboard.writeText(text);
      setManualReport(undefined);
      setStatus(t('logCopied'));
    } catch {
      setManualReport(text);
      setStatus(t('logCopyFailed'));
    }
  };
  const exportAs = (kind: 'csv' | 'json') => {
    const now = Date.now();
    if (kind === 'csv') download(`srm-coach-log-${stamp(now)}.csv`, 'text/csv;charset=utf-8', CSV_BOM + toCsv(shown));
    else download(`srm-coach-log-${stamp(now)}.json`, 'application/json', toJson(shown));
    setStatus(t('logExported', shown.length));
  };
  const clearAll = async () => {
    await send('log:clear', {});
    setConfirming(false);
    setStatus(t('logCleared'));
    clearButton.current?.focus();
  };
  const newestFirst = [...shown].reverse();

  return (
    <>
      <h1>{t('logTitle')}</h1>
      <p>
        {t('logIntro', eff.values.logRetentionDays, eff.values.logMaxEvents)}{' '}
        <a href={extensionUrl('src/options/index.html')}>{t('logSettings')}</a>
      </p>
      <LogFilters filters={filters} set={set} />
      <div class="toolbar">
        <p data-testid="log-count">{t('logShowing', shown.length, kept.length)}</p>
        <button type="button" onClick={() => exportAs('csv')} disabled={!shown.length}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!shown.length}>
          {t('logExportJson')}
        </button>
        <button type="button" ref={clearButton} onClick={() => setConfirming(true)} disabled={!log.length}>
          {t('logClear')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('logClearConfirm', log.length)}</p>
          <div class="row">
            <button type="button" class="primary" ref={confirmYes} onClick={() => void clearAll()}>
              {t('logClearYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                clearButton.current?.focus();
              }}
            >
              {t('logClearNo')}
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {manualReport !== undefined && (
        <div class="field">
          <label for="manual-report">{t('logReportLabel')}</label>
          <textarea id="manual-report" class="report-text" readOnly value={manualReport} />
        </div>
      )}
      {!kept.length ? (
        <p>{t('logEmpty')}</p>
      ) : !shown.length ? (
        <p>{t('logNoMatch')}</p>
      ) : (
        <LogTable events={newestFirst.slice(0, limit)} onCopy={(e) => void copy(e)} />
      )}
      {newestFirst.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('logShowMore')}
        </button>
      )}
    </>
  );
}

function LogFilters({ filters, set }: { filters: Filters; set: (patch: Partial<Filters>) => void }) {
  return (
    <fieldset>
      <legend>{t('logFilters')}</legend>
      <div class="filters">
        <div>
          <label for="f-kind">{t('logKind')}</label>
          <select id="f-kind" value={filters.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as EventKind | '' })}>
            <option value="">{t('logAny')}</option>
            {EVENT_KINDS.map((k) => (
              <option value={k} key={k}>
                {t(KIND_KEY[k])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-decision">{t('logDecision')}</label>
          <select
            id="f-decision"
            value={filters.decision}
            onChange={(e) => set({ decision: (e.target as HTMLSelectElement).value as Decision | '' })}
          >
            <option value="">{t('logAny')}</option>
            {DECISIONS.map((d) => (
              <option value={d} key={d}>
                {t(DECISION_KEY[d])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-domain">{t('logDomain')}</label>
          <input id="f-domain" type="text" value={filters.domain} onInput={(e) => set({ domain: (e.target as HTMLInputElement).value })} />
        </div>
        <div>
          <label for="f-page">{t('logPageFilter')}</label>
          <input id="f-page" type="search" value={filters.page} onInput={(e) => set({ page: (e.target as HTMLInputElement).value })} />
        </div>
        <div>
          <label for="f-from">{t('logFrom')}</label>
          <input id="f-from" type="date" value={filters.from} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} />
        </div>
        <div>
          <label for="f-to">{t('logTo')}</label>
          <input id="f-to" type="date" value={filters.to} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} />
        </div>
        <div>
          <button type="button" onClick={() => set(NO_FILTERS)}>
            {t('logReset')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

function LogTable({ events, onCopy }: { events: CoachEvent[]; onCopy: (e: CoachEvent) => void }) {
  return (
    <table class="log">
      <caption class="sr-only">{t('logCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('logColWhen')}</th>
          <th scope="col">{t('logColWhat')}</th>
          <th scope="col">{t('logColDecision')}</th>
          <th scope="col">{t('logColDomains')}</th>
          <th scope="col">{t('logColPage')}</th>
          <th scope="col">{t('logColReport')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event-id={e.id}>
            <td>{formatDateTime(e.at)}</td>
            <td>{t(KIND_KEY[e.kind])}</td>
            <td>{t(DECISION_KEY[e.decision])}</td>
            <td>{textParts(formatList((e.domains ?? []).map(isolate))).map((p, i) => (p.isolated ? <bdi key={i}>{p.text}</bdi> : p.text))}</td>
            <td class="page">{[e.pageTitle, e.host].filter(Boolean).map((s, i) => <bdi key={i}>{i ? ` · ${s}` : s}</bdi>)}</td>
            <td>
              <button
                type="button"
                class="small"
                aria-label={t('logCopyReportFor', t(KIND_KEY[e.kind]), formatDateTime(e.at))}
                onClick={() => onCopy(e)}
              >
                {t('logCopyReport')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
