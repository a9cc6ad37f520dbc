// Cards rendered with Preact into our shadow root. Text only: every string goes through JSX text
// nodes, never parsed HTML strings. Roles: a warning about a risky action is role="alert", a confirm step is
// role="alertdialog" (focus moves in, Escape = go back, focus trapped), information is role="status".

import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { createShadowHost } from './shadow-host';
import { placeNear } from './anchor';
import { notionTheme } from '../notion/theme';
import { onlyFromUser } from './trusted';
import { cleanText } from '@shared/text';
import { cleanKeepingIsolates, textParts } from '@shared/format';
import { formatLocale } from '../../platform/i18n';

export interface CardAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
  /** Focus this button when it appears (the safe choice of a confirm step inside a card). */
  focus?: boolean;
}
export interface CardItem {
  label: string;
  detail?: string;
  actions?: CardAction[];
  /** The label is an address or URL: it may wrap anywhere (never mid-word elsewhere). */
  address?: boolean;
}
/** Colour means danger: red for look-alike, breach, phishing, secrets; amber for "check this"; blue for information. */
export type CardTone = 'danger' | 'caution' | 'info';
export interface CardSpec {
  key: string;
  role: 'alert' | 'status' | 'alertdialog';
  title: string;
  body?: string[];
  items?: CardItem[];
  /** What to do, in order: an ordered list of plain steps. */
  steps?: string[];
  /** The outcome of the card's fix, or where to find Notion's control when it could not be pressed. */
  note?: string;
  /** Defaults: alert and alertdialog = danger, status = info. */
  tone?: CardTone;
  /** One line: why this is the user's to check (their half of the shared responsibility). */
  duty?: string;
  actions?: CardAction[];
  /** The Notion element the card is about; the card sits next to it without touching it. */
  anchor?: Element | null;
  /** alertdialog only: Escape or closing means this. */
  onCancel?: () => void;
}

export interface CoachUI {
  show(spec: CardSpec): void;
  hide(key: string): void;
  hideAll(): void;
  isShown(key: string): boolean;
}

interface Entry extends CardSpec {
  owner: string;
}

export function createCoachUI(signal: AbortSignal): { scoped(owner: string, s: AbortSignal): CoachUI } {
  let host: ReturnType<typeof createShadowHost> | undefined;
  const cards = new Map<string, Entry>();
  let queued = false;

  const paint = () => {
    queued = false;
    if (signal.aborted) return;
    if (!cards.size && !host) return;
    host ??= createShadowHost(signal, formatLocale());
    render(<Layer cards={[...cards.values()]} theme={notionTheme(document)} />, host.mount);
  };
  // A microtask, not an animation frame: cards shown during the observer's flush are rendered in that same
  // task (painted in the next frame after Notion's change), and several show() calls in one task still
  // render once.
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(paint);
  };
  const reposition = () => cards.size && schedule();
  window.addEventListener('resize', reposition, { signal, passive: true });
  window.addEventListener('scroll', reposition, { signal, passive: true, capture: true });
  signal.addEventListener('abort', () => {
    if (host) render(null, host.mount);
    cards.clear();
  });

  return {
    scoped(owner, s) {
      const id = (key: string) => `${owner}:${key}`;
      const api: CoachUI = {
        show(spec) {
          if (s.aborted) return;
          cards.set(id(spec.key), { ...cleanSpec(spec), owner });
          schedule();
        },
        hide(key) {
          if (cards.delete(id(key))) schedule();
        },
        hideAll() {
          for (const [k, v] of cards) if (v.owner === owner) cards.delete(k);
          schedule();
        },
        isShown: (key) => cards.has(id(key)),
      };
      s.addEventListener('abort', () => api.hideAll());
      return api;
    },
  };
}

/**
 * Every text of a card without bidi or invisible characters: page titles and names must not reorder it. Only
 * isolate()'s paired marks stay (shared/format.ts), and <Text> shows what they enclose in a <bdi>.
 */
function cleanSpec(spec: CardSpec): CardSpec {
  const actions = (list?: CardAction[]) => list?.map((a) => ({ ...a, label: cleanText(a.label) }));
  const clean = cleanKeepingIsolates;
  return {
    ...spec,
    title: clean(spec.title),
    body: spec.body?.map(clean),
    duty: spec.duty === undefined ? undefined : clean(spec.duty),
    note: spec.note === undefined ? undefined : clean(spec.note),
    steps: spec.steps?.map(clean),
    items: spec.items?.map((i) => ({ ...i, label: clean(i.label), detail: i.detail === undefined ? undefined : clean(i.detail), actions: actions(i.actions) })),
    actions: actions(spec.actions),
  };
}

function Layer({ cards, theme }: { cards: Entry[]; theme: string }) {
  const modal = cards.find((c) => c.role === 'alertdialog');
  // Cards about the same Notion element stack in one column beside it; alerts first.
  const groups = new Map<Element | null, Entry[]>();
  for (const c of cards) {
    if (c.role === 'alertdialog') continue;
    const anchor = c.anchor && c.anchor.isConnected ? c.anchor : null;
    groups.set(anchor, [...(groups.get(anchor) ?? []), c]);
  }
  return (
    <div class="layer" data-theme={theme}>
      {[...groups.entries()].map(([anchor, group], i) => (
        <div class="stack" style={placeNear(anchor, i)} key={i}>
          {group
            .sort((a, b) => Number(a.role !== 'alert') - Number(b.role !== 'alert'))
            .map((c) => (
              <Card key={`${c.owner}:${c.key}`} spec={c} />
            ))}
        </div>
      ))}
      {modal && <Modal key={`${modal.owner}:${modal.key}`} spec={modal} />}
    </div>
  );
}

function toneOf(spec: CardSpec): CardTone {
  return spec.tone ?? (spec.role === 'status' ? 'info' : 'danger');
}

function Card({ spec }: { spec: CardSpec }) {
  return (
    <section
      class="card"
      data-kind={spec.role}
      data-tone={toneOf(spec)}
      role={spec.role}
      aria-live={spec.role === 'status' ? 'polite' : undefined}
      aria-label={plainText(spec.title)}
      data-srm-card={spec.key}
    >
      <CardBody spec={spec} />
    </section>
  );
}

function Modal({ spec }: { spec: CardSpec }) {
  const ref = useRef<HTMLElement>(null);
  // Focus moves in as the dialog appears (a layout effect, not after a paint): an Escape or Enter pressed
  // at once, or in a tab whose frames are throttled, reaches the dialog and not the page under it.
  useLayoutEffect(() => {
    const el = ref.current;
    const first = el?.querySelector<HTMLButtonElement>('button.primary') ?? el?.querySelector<HTMLButtonElement>('button');
    first?.focus();
  }, [spec.key]);
  const onKeyDown = onlyFromUser((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      spec.onCancel?.();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const buttons = [...ref.current.querySelectorAll<HTMLButtonElement>('button')];
    if (!buttons.length) return;
    const active = (ref.current.getRootNode() as ShadowRoot).activeElement;
    const i = buttons.indexOf(active as HTMLButtonElement);
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : i === buttons.length - 1 ? 0 : i + 1;
    e.preventDefault();
    buttons[next]?.focus();
  });
  const titleId = `srm-title-${spec.key}`;
  return (
    <>
      <div class="backdrop" onClick={onlyFromUser(() => spec.onCancel?.())} />
      <section
        ref={ref}
        class="card modal"
        data-kind="alertdialog"
        data-tone={toneOf(spec)}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-srm-card={spec.key}
        onKeyDown={onKeyDown}
      >
        <CardBody spec={spec} titleId={titleId} />
      </section>
    </>
  );
}

function ActionButton({ a }: { a: CardAction }) {
  const ref = useRef<HTMLButtonElement>(null);
  // Focus once, when a confirm step's safe button appears (not again on every repaint).
  useEffect(() => {
    if (a.focus) ref.current?.focus();
  }, [a.focus]);
  return (
    <button type="button" ref={ref} class={a.primary ? 'primary' : undefined} onClick={onlyFromUser(a.onClick)}>
      {a.label}
    </button>
  );
}

function CardBody({ spec, titleId }: { spec: CardSpec; titleId?: string }) {
  return (
    <>
      <p class="title" id={titleId}>
        <Text s={spec.title} />
      </p>
      {spec.body?.map((line, i) => (
        <p class="body" key={i}>
          <Text s={line} />
        </p>
      ))}
      {spec.items && spec.items.length > 0 && (
        <ul class="items">
          {spec.items.map((item, i) => (
            <li key={`${item.label}-${i}`}>
              <span class={item.address ? 'item-label address' : 'item-label'}>
                <bdi>
                  <Text s={item.label} />
                </bdi>
              </span>
              {item.detail && (
                <span class="item-detail">
                  <Text s={item.detail} />
                </span>
              )}
              {item.actions && item.actions.length > 0 && (
                <span class="item-actions">
                  {item.actions.map((a) => (
                    <ActionButton a={a} key={a.label} />
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {spec.steps && spec.steps.length > 0 && (
        <ol class="steps">
          {spec.steps.map((step, i) => (
            <li key={i}>
              <Text s={step} />
            </li>
          ))}
        </ol>
      )}
      {spec.note && (
        <p class="note" role="status">
          <Text s={spec.note} />
        </p>
      )}
      {spec.duty && (
        <p class="duty">
          <Text s={spec.duty} />
        </p>
      )}
      {spec.actions && spec.actions.length > 0 && (
        <div class="actions">
          {spec.actions.map((a) => (
            <ActionButton a={a} key={a.label} />
          ))}
        </div>
      )}
    </>
  );
}

/** A card's text: our words as text, each isolate()d page title, name or host in a <bdi> of its own. */
function Text({ s }: { s: string }) {
  const parts = textParts(s);
  if (parts.length === 1 && !parts[0]!.isolated) return <>{parts[0]!.text}</>;
  return <>{parts.map((p, i) => (p.isolated ? <bdi key={i}>{p.text}</bdi> : p.text))}</>;
}

/** The text without isolate()'s marks, for an accessible name. */
function plainText(s: string): string {
  return textParts(s)
    .map((p) => p.text)
    .join('');
}
