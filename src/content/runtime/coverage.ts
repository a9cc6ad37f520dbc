// Coverage in the page: notes when a coaching surface is recognised, and when a user action
// that should have opened one was seen but the surface was not recognised (the user pressed the topbar's
// Share button and no share menu was recognised within 2 s; a /login page settled with no form; Settings
// open with no recognised section; a paste into an editable block no selector knows). Only surface ids,
// counts, times and cue names (selectors.ts list#alternative, or the trigger) leave this file: never page
// content. Recognitions are throttled to one per surface a second, and everything is sent in one batch
// every few seconds to the background, the one writer (background/coverage.ts).
// No observer of its own: startCoverage hooks into the runtime's observer (start.ts).
// It also applies the organisation's detectionOverrides whenever settings arrive: selectors here, text
// anchors through notion/text-overrides.ts in the lazy `texts` part (only pages of an organisation that
// set some carry that code).

import type { CoverageReport, ReportEntry } from '@shared/coverage/model';
import { reliedOn, type SurfaceId } from '@shared/coverage/surfaces';
import type { EffectiveSettings } from '@shared/settings/merge';
import * as SEL from '../notion/selectors';
import { closest, cueOf, query, setSelectorOverrides, type Alternatives } from '../notion/dom';
import { locateShareSurfaces, hasPublishTab, mayAffectSurfaces, type SurfaceAt } from '../notion/share-menu';
import { findSettingsModal } from '../notion/settings-modal';
import { nameOf } from '../notion/texts';
import { loadPart } from '../parts/registry';
import { errorCounts } from './log';
import type { Observer } from './observe';

export const REPORT_MS = 5000;
/** How long after the press a surface must be recognised. */
export const EXPECT_MS = 2000;
/** How long a login/signup page may settle before "no form recognised" counts. */
export const SETTLE_MS = 8000;

const pending = new Map<string, ReportEntry>();
const lastSeen = new Map<SurfaceId, number>();
const lastRecorded = new Map<SurfaceId, number>();
const lastMiss = new Map<SurfaceId, number>();
const sentErrors = new Map<string, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let sender: (r: CoverageReport) => Promise<unknown> = () => Promise.resolve();

function add(s: SurfaceId, miss: boolean, cue: string, now: number): void {
  const key = `${s}|${miss ? 1 : 0}|${cue}`;
  const e = pending.get(key);
  if (e) {
    e.n += 1;
    e.last = now;
  } else if (pending.size < 60) pending.set(key, { s, miss, cue: cue.slice(0, 60), n: 1, first: now, last: now });
  timer ??= setTimeout(flushCoverage, REPORT_MS);
}

/** The surface was recognised (cheap: counted at most once a second per surface). */
export function seen(s: SurfaceId, cue: string): void {
  const now = Date.now();
  lastSeen.set(s, now);
  if (due(s, now)) {
    lastRecorded.set(s, now);
    add(s, false, cue, now);
  }
}

/** Whether a recognition of `s` would be recorded now (a miss since, or none for a second). */
function due(s: SurfaceId, now = Date.now()): boolean {
  const rec = lastRecorded.get(s) ?? 0;
  return now - rec >= 1000 || (lastMiss.get(s) ?? 0) > rec;
}

export function missed(s: SurfaceId, cue: string): void {
  const now = Date.now();
  lastMiss.set(s, now);
  add(s, true, cue, now);
}

/**
 * An action that should open `s` was seen: unless it is already open (the press closes it), a miss is
 * counted when `s` is not recognised within `ms` (and `still()` says the action's context is still there).
 */
export function expectSurface(s: SurfaceId, cue: string, ms = EXPECT_MS, still: () => boolean = () => true): void {
  const armed = Date.now();
  if (armed - (lastSeen.get(s) ?? 0) < 1000) return;
  setTimeout(() => {
    if ((lastSeen.get(s) ?? 0) < armed && still()) missed(s, cue);
  }, ms);
}

/** Sends what was gathered since the last report (also on pagehide). */
export function flushCoverage(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const errors: Record<string, number> = {};
  for (const [k, n] of errorCounts()) {
    const d = n - (sentErrors.get(k) ?? 0);
    if (d > 0 && Object.keys(errors).length < 24) {
      errors[k] = d;
      sentErrors.set(k, n);
    }
  }
  if (!pending.size && !Object.keys(errors).length) return;
  const report: CoverageReport = {
    entries: [...pending.values()],
    errors,
    host: location.hostname,
    lang: (document.documentElement.lang || '').slice(0, 35),
  };
  pending.clear();
  void sender(report).catch(() => undefined);
}

/** The first of `lists` that `el` matches, as a cue ("dialog#0"), or `fallback`. */
function cueIn(el: Element, lists: readonly Alternatives[], fallback: string): string {
  for (const l of lists) {
    const c = cueOf(el, l);
    if (!c.endsWith('#-')) return c;
  }
  return fallback;
}

/** share-invite's surfaces (one call per evaluation): the share menu, People invites, the publish tab. */
export function noteShareSurfaces(surfaces: readonly SurfaceAt[]): void {
  for (const x of surfaces) {
    const s: SurfaceId = x.kind === 'people-settings' ? 'people' : 'share-menu';
    if (!due(s)) {
      lastSeen.set(s, Date.now());
      continue;
    }
    seen(s, `${cueIn(x.root, [SEL.dialog], 'overlayChild')}+${cueIn(x.input, [SEL.emailInput, SEL.textInput], 'input')}`);
    if (x.kind === 'share-menu' && hasPublishTab(x.root)) seen('publish-panel', cueIn(x.root, [SEL.dialog], 'overlayChild') + '+tab');
  }
}

/** A Settings panel an adapter recognised (People, Account security). */
export function notePanel(s: SurfaceId, panel: Element | undefined): void {
  if (panel && due(s)) seen(s, cueIn(panel, [SEL.tabPanel, SEL.dialog, SEL.settings], 'panel'));
  else if (panel) lastSeen.set(s, Date.now());
}

/** public-exposure's click reading: General access and the publish panel are recognised by it. Returns `hit`. */
export function noteExposure<T extends { action: string; control: Element } | undefined>(hit: T): T {
  if (hit) seen(hit.action === 'web-link' ? 'general-access' : 'publish-panel', `${hit.action}+${cueIn(hit.control, [SEL.menuOption, SEL.switchControl, SEL.button], 'control')}`);
  return hit;
}

/** Share words of the topbar button (docs/research/notion-ui-languages.md#3-share-tab-and-topbar-share-button), for the trigger only. */
const SHARE_WORD = /^(share|teilen|partager|compartir|compartilhar|condividi|delen|del|dela|jaa|共有|分享|공유)$/i;
/** The topbar Share button, found by its own cues (never the share menu's): the trigger's cue, or undefined. */
export function shareTrigger(target: Element): string | undefined {
  if (!closest(target, SEL.topbar)) return undefined;
  if (closest(target, SEL.topbarShare)) return 'topbarShare#0';
  const b = closest(target, SEL.button);
  return b && SHARE_WORD.test(nameOf(b, 40)) ? 'topbar+shareText' : undefined;
}

const LOGIN_FIELDS = [SEL.emailInput, SEL.usernameInput, SEL.passwordInput];
const loginKind = (path: string): SurfaceId | undefined => (/^\/login(\/|$)/.test(path) ? 'login' : /^\/signup(\/|$)/.test(path) ? 'signup' : undefined);

let textsSet = false; // text overrides were handed to the texts part (so an empty set must clear them)

/**
 * Applies the organisation's detection overrides (before features read the page). Text overrides are set
 * by the `texts` part, a round trip later; `arrived` then makes the runtime look at the page again.
 */
export function applyOverrides(s: EffectiveSettings, arrived: () => void): void {
  // Published by the background (already validated); a missing key (an older publication) means none.
  const o = s.values.detectionOverrides as Partial<EffectiveSettings['values']['detectionOverrides']> | undefined;
  try {
    setSelectorOverrides(o?.selectors ?? {});
    const texts = o?.texts ?? {};
    if (!textsSet && !Object.keys(texts).length) return;
    textsSet = true;
    loadPart('texts').then((p) => (p.setTextOverrides(texts), arrived()), () => undefined);
  } catch {
    /* never let a repair break the page's coaching */
  }
}

export interface CoverageHooks {
  observer: Pick<Observer, 'onFlush'>;
  signal: AbortSignal;
  settings: () => EffectiveSettings;
  send: (r: CoverageReport) => Promise<unknown>;
}

/** Starts the recording in this page: triggers (trusted clicks and pastes), the login settle check, Settings. */
export function startCoverage({ observer, signal, settings, send }: CoverageHooks): void {
  sender = send;
  const relied = (s: SurfaceId) => reliedOn(s, settings().values);
  const opts = { capture: true, signal };

  window.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !(e.target instanceof Element)) return;
      const cue = shareTrigger(e.target);
      // A press while a share menu is open closes it: nothing to expect then.
      if (cue && relied('share-menu') && !locateShareSurfaces(document).length) expectSurface('share-menu', cue);
    },
    opts,
  );
  document.addEventListener(
    'paste',
    (e) => {
      const t = e.target;
      // Only where the browser itself says the block is editable: then no selector knowing it is a miss.
      if (!e.isTrusted || !(t instanceof HTMLElement) || !t.isContentEditable) return;
      if (closest(t, SEL.editable)) seen('editor', cueIn(closest(t, SEL.editable)!, [SEL.editable], 'editable'));
      else if (relied('editor')) missed('editor', 'contentEditable');
    },
    opts,
  );
  window.addEventListener('pagehide', flushCoverage, opts);
  signal.addEventListener('abort', flushCoverage);

  // Login/signup: recognised as soon as a field is there; a miss when the page settled without one.
  let loginSeen = '';
  let settleArmed = '';
  const armSettle = (kind: SurfaceId, path: string) => {
    if (settleArmed === path) return;
    settleArmed = path;
    const check = () => {
      if (!signal.aborted && location.pathname === path && loginSeen !== path && relied(kind)) missed(kind, 'pageSettled');
    };
    const start = () => setTimeout(check, SETTLE_MS);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true, signal });
  };

  let settingsOpen = false;
  observer.onFlush((added, rescan) => {
    const path = location.pathname;
    const kind = loginKind(path);
    if (kind && loginSeen !== path) {
      const field = LOGIN_FIELDS.map((l) => query(document, l)).find((x) => x !== null);
      if (field) {
        loginSeen = path;
        seen(kind, cueIn(field, LOGIN_FIELDS, 'field'));
      } else armSettle(kind, path);
    }
    if (!settingsOpen && !rescan && !mayAffectSurfaces(added)) return;
    const modal = findSettingsModal(document);
    const wasOpen = settingsOpen;
    settingsOpen = !!modal;
    if (!modal) return;
    const section = query(modal, SEL.settingsTab) ?? query(modal, SEL.tabPanel);
    if (section) seen('settings', cueIn(section, [SEL.settingsTab, SEL.tabPanel], 'section'));
    // Set/Change password opens from Settings (as a layer inside it or beside it).
    const pw = query(document, SEL.passwordInput);
    if (pw) seen('password-settings', cueIn(pw, [SEL.passwordInput], 'field'));
    else if (!wasOpen && relied('settings')) expectSurface('settings', cueIn(modal, [SEL.settings, SEL.dialog], 'modal'), EXPECT_MS, () => !!findSettingsModal(document));
  }, signal);
}

/** Tests only: forget everything gathered in this page. */
export function resetCoverageForTests(): void {
  for (const m of [pending, lastSeen, lastRecorded, lastMiss, sentErrors]) m.clear();
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}
