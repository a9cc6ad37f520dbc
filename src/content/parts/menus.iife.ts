// Lazy part (registry.ts): the coaching that reads Notion's menus and Settings and needs no classifier —
// public exposure (share/exposure-watch.ts) and account hygiene (account/hygiene-watch.ts) — asked for
// when the first dialog or menu opens (features/public-exposure.ts says why that is before any exposing press).
import { watchExposure } from '../share/exposure-watch';
import { watchHygiene } from '../account/hygiene-watch';
import { definePart } from './registry';

export const part = { watchExposure, watchHygiene };
definePart('menus', part);
