// Lazy part (registry.ts): the coaching cards — Preact, the card UI and its styles (ui/coach-ui.tsx).
// The script on every Notion page only watches; this part is injected when a card is about to be needed
// (ui/lazy-ui.ts; prefetched as soon as a share surface or password surface is recognised).
import { createCoachUI } from '../ui/coach-ui';
import { definePart } from './registry';

export const part = { createCoachUI };
definePart('ui', part);
