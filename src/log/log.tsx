// Activity log: the coaching events and decisions the background keeps (IndexedDB, background/log-store.ts),
// read a page at a time, newest first (100 rows; "Show more" reads the next), with filters, a plain
// detail of each row, runs of the same status folded into one row, CSV/JSON export of what matches,
// clear-all, and a report to the security team for the rows where it matters (previewed before it is
// copied, mailed or taken to the organisation's reporting page). `?report=<eventId>` opens straight into
// the preview of that event (the Report button on a card opens exactly that).
// Retention (settings.logRetentionDays / logMaxEvents) is applied by the background on every write and hourly.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onStorageChange } from '../platform/storage';
import { extensionUrl, extensionVersion } from '../platform/runtime';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { getSettings, watchSettings } from '../platform/settings';
import { DIGEST_KEY } from '@shared/storage-keys';
import { EVENT_KINDS, type CoachEvent, type Decision, type EventKind } from '@shared/events';
import {
  buildReport,
  collapseRows,
  CSV_BOM,
  describeEvent,
  filterEvents,
  isReportable,
  reportTarget,
  toCsv,
  toJson,
  type LogFilter,
  type LogRow,
  type Report,
} from '@shared/log';
import { parseSecurityContact } from '@shared/settings/contact';
import type { EffectiveSettings } from '@shared/settings/merge';
import { isolate, textParts } from '@shared/format';
import { DECISION_KEY, formatDateTime, formatList, KIND_KEY } from '../ui/labels';
import { WORDS } from './words';

const DECISIONS = Object.keys(DECISION_KEY) as Decision[];
/** Rows read per page. */
export const PAGE = 100;

interface Filters {
  kind: EventKind | '';
  decision: Decision | '';
  domain: string;
  page: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { kind: '', decision: '', domain: '', page: '', from: '', to: '' };

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


type Loaded = { events: CoachEvent[]; next?: [number, number]; matched: number; total: number };

/** One page of the log from the background (newest first), or undefined when it did not answer. */
async function readPage(f: Filters, limit: number, before?: [number, number]): Promise<Loaded | undefined> {
  const res = await send('log:page', { filter: { ...toLogFilter(f) }, limit: Math.min(1000, Math.max(1, limit)), ...(before ? { before } : {}) }).catch(() => undefined);
  return res && 'events' in res ? res : undefined;
}

export function ActivityLog() {
  const [eff, setEff] = useState<EffectiveSettings>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [data, setData] = useState<Loaded>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState<CoachEvent>();
  const confirmYes = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const current = useRef({ filters, loaded: PAGE, request: 0 });

  /** Reads the first `limit` rows for `f`; a newer request wins over an older one still on its way. */
  const reload = async (f: Filters, limit: number) => {
    const request = ++current.current.request;
    const page = await readPage(f, limit);
    if (page && request === current.current.request) setData(page);
  };

  useEffect(() => {
    const ac = new AbortController();
    void reload(NO_FILTERS, PAGE);
    void getSettings().then(setEff);
    watchSettings(setEff, ac.signal);
    // The background rewrites the digest after every write (a new event, retention, clearing).
    const off = onStorageChange(
      (area, keys) => area === 'local' && keys.includes(DIGEST_KEY),
      () => void reload(current.current.filters, current.current.loaded),
    );
    const id = new URLSearchParams(location.search).get('report');
    if (id) {
      void send('log:event', { id: id.slice(0, 64) })
        .catch(() => undefined)
        .then((res) => (res && 'event' in res && res.event ? setPreview(res.event) : setStatus(t('logReportMissing'))));
    }
    return () => {
      ac.abort();
      off();
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmYes.current?.focus();
  }, [confirming]);

  const rows = useMemo(() => collapseRows(data?.events ?? []), [data]);
  const contact = useMemo(() => parseSecurityContact(eff?.values.securityContact), [eff]);

  if (!data || !eff) return null;

  const set = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    current.current.filters = next;
    current.current.loaded = PAGE;
    void reload(next, PAGE);
  };
  const more = async () => {
    if (!data.next) return;
    const request = current.current.request;
    const page = await readPage(filters, PAGE, data.next);
    if (!page || request !== current.current.request) return;
    const events = [...data.events, ...page.events];
    current.current.loaded = events.length;
    setData({ ...page, events });
  };
  const exportAs = async (kind: 'csv' | 'json') => {
    const res = await send('log:get', {}).catch(() => undefined);
    if (!res || !('events' in res)) return;
    const shown = filterEvents(res.events, toLogFilter(filters));
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

  return (
    <>
      <h1>{t('logTitle')}</h1>
      <p>
        {t('logIntro', eff.values.logRetentionDays, eff.values.logMaxEvents)}{' '}
        <a href={extensionUrl('src/options/index.html')}>{t('logSettings')}</a>
      </p>
      {preview && (
        <ReportPreview
          event={preview}
          contact={contact}
          onStatus={setStatus}
          onClose={() => {
            setPreview(undefined);
            setStatus('');
          }}
        />
      )}
      <LogFilters filters={filters} set={set} />
      <div class="toolbar">
        <p data-testid="log-count">{t('logShowing', data.matched, data.total)}</p>
        <button type="button" onClick={() => void exportAs('csv')} disabled={!data.matched}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('json')} disabled={!data.matched}>
          {t('logExportJson')}
        </button>
        <button type="button" ref={clearButton} onClick={() => setConfirming(true)} disabled={!data.total}>
          {t('logClear')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('logClearConfirm', data.total)}</p>
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
      {!data.total ? (
        <p>{t('logEmpty')}</p>
      ) : !data.matched ? (
        <p>{t('logNoMatch')}</p>
      ) : (
        <LogTable rows={rows} onReport={setPreview} />
      )}
      {data.next && (
        <button type="button" onClick={() => void more()}>
          {t('logShowMore')}
        </button>
      )}
    </>
  );
}

/** The report of one event, shown before anything is copied, mailed or opened. */
function ReportPreview({
  event,
  contact,
  onStatus,
  onClose,
}: {
  event: CoachEvent;
  contact: ReturnType<typeof parseSecurityContact>;
  onStatus: (s: string) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const report: Report = useMemo(() => buildReport(event, WORDS, { version: extensionVersion() }), [event]);
  const target = reportTarget(contact, report);
  useEffect(() => heading.current?.focus(), [event]);
  const copy = async (): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(`${report.subject}\n\n${report.body}`);
      onStatus(t('logCopied'));
      return true;
    } catch {
      onStatus(t('logCopyFailed'));
      return false;
    }
  };
  return (
    <section class="panel report-preview" aria-labelledby="report-h" data-testid="report-preview" data-event-id={event.id}>
      <h2 id="report-h" ref={heading} tabIndex={-1}>
        {t('logReportHeading')}
      </h2>
      <p data-testid="report-to">{contact ? t('logReportTo', contact.kind === 'email' ? contact.address : contact.url) : t('logReportNoContact')}</p>
      <div class="field">
        <label for="report-subject">{t('logReportSubject')}</label>
        <input id="report-subject" type="text" readOnly value={report.subject} />
      </div>
      <div class="field">
        <label for="report-body">{t('logReportBody')}</label>
        <textarea id="report-body" class="report-text" readOnly rows={12} value={report.body} />
      </div>
      <div class="row">
        {contact?.kind === 'email' && target && (
          <a class="button primary" href={target} data-testid="report-mail" onClick={() => onStatus(t('logReportOpened'))}>
            {t('logReportMail')}
          </a>
        )}
        {contact?.kind === 'url' && target && (
          <button
            type="button"
            class="primary"
            data-testid="report-form"
            onClick={() => void copy().then(() => window.open(target, '_blank', 'noopener,noreferrer'))}
          >
            {t('logReportOpenForm')}
          </button>
        )}
        <button type="button" class={contact ? '' : 'primary'} onClick={() => void copy()}>
          {t('logReportCopy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('logReportClose')}
        </button>
      </div>
    </section>
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

function LogTable({ rows, onReport }: { rows: LogRow[]; onReport: (e: CoachEvent) => void }) {
  return (
    <table class="log">
      <caption class="sr-only">{t('logCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('logColWhen')}</th>
          <th scope="col">{t('logColWhat')}</th>
          <th scope="col">{t('logColDecision')}</th>
          <th scope="col">{t('logColDetail')}</th>
          <th scope="col">{t('logColDomains')}</th>
          <th scope="col">{t('logColPage')}</th>
          <th scope="col">
            <span class="sr-only">{t('logReport')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ event: e, count }) => (
          <tr key={e.id} data-event-id={e.id} data-count={count}>
            <td>{formatDateTime(e.at)}</td>
            <td>{t(KIND_KEY[e.kind])}</td>
            <td>{t(DECISION_KEY[e.decision])}</td>
            <td class="detail">
              {describeEvent(e, WORDS)}
              {count > 1 && <span class="seen muted"> {t('logSeenTimes', count, formatDateTime(e.at))}</span>}
            </td>
            <td>{textParts(formatList((e.domains ?? []).map(isolate))).map((p, i) => (p.isolated ? <bdi key={i}>{p.text}</bdi> : p.text))}</td>
            <td class="page">{[e.pageTitle, e.host].filter(Boolean).map((s, i) => <bdi key={i}>{i ? ` · ${s}` : s}</bdi>)}</td>
            <td>
              {isReportable(e) && (
                <button type="button" class="small" aria-label={t('logReportFor', t(KIND_KEY[e.kind]), formatDateTime(e.at))} onClick={() => onReport(e)}>
                  {t('logReport')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
