// A coaching feature: one file each under content/features, registered in features/index.ts.
// Each runs behind its own error boundary and its own off switch (settings.disabledFeatures, and the
// mode of its surface); the runtime starts and stops features as the URL and settings change.

import type { EffectiveSettings } from '@shared/settings/merge';
import type { Mode, Settings } from '@shared/settings/schema';
import type { CoachEvent } from '@shared/events';
import type { CoachUI } from '../ui/coach-ui';
import type { FlushListener } from './observe';
import type { OpenGate } from './press-gate';

export type ModeKey = { [K in keyof Settings]: Settings[K] extends Mode ? K : never }[keyof Settings];

export interface FeatureContext {
  readonly id: string;
  /** Aborted when the feature stops: navigation away, disabled, mode off, extension updated/removed. */
  readonly signal: AbortSignal;
  settings(): EffectiveSettings;
  onSettings(cb: (s: EffectiveSettings) => void): void;
  /** Per-frame batch of added elements (empty when the batch overflowed: rescan). */
  onFlush(cb: FlushListener): void;
  /** Request a flush soon (the observer's next batch). */
  poke(): void;
  /** addEventListener tied to the signal, wrapped in the error boundary. */
  listen<K extends keyof DocumentEventMap>(
    target: Document | Window,
    type: K,
    handler: (e: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  ui: CoachUI;
  /** Holds the user's presses in dialogs and menus until the returned function is called (runtime/press-gate.ts); the feature's end replays them. */
  holdPresses(): OpenGate;
  /** `wake` runs on a user's press in a dialog or menu while nothing is held: a holdPresses() in it holds that press. */
  onDialogPress(wake: () => void): void;
  /** Records a coaching event for the popup and the activity log (id/time/host filled in); returns its id. */
  record(event: Omit<CoachEvent, 'id' | 'at' | 'host'>): string | undefined;
}

export interface Feature {
  id: string;
  /** The mode setting that switches this feature off when 'off'. */
  modeKey?: ModeKey;
  /** Whether the feature applies to this URL (pure; re-evaluated on in-app navigation). */
  include(url: URL): boolean;
  init(ctx: FeatureContext): void | Promise<void>;
}

export function defineFeature(f: Feature): Feature {
  return f;
}

export function shouldRun(f: Feature, url: URL, s: Settings): boolean {
  if (s.disabledFeatures.includes(f.id)) return false;
  if (f.modeKey && s[f.modeKey] === 'off') return false;
  try {
    return f.include(url);
  } catch {
    return false;
  }
}
