// Lazy part (registry.ts): the coaching cards — Preact, the card UI and its styles (ui/coach-ui.tsx) —, the
// cards' fixes (notion/fix-controls.ts), which only run from a card's action (ui/lazy-ui.ts runFix), and
// what the share, account and published-page coaching show (share/*-cards.ts, account/hygiene-cards.ts,
// published/phish-card.ts: those features only detect, classify, hold and record).
// The script on every Notion page only watches; this part is injected when a card is about to be needed
// (ui/lazy-ui.ts; prefetched as soon as a share surface or password surface is recognised).
import { createCoachUI } from '../ui/coach-ui';
import * as fixes from '../notion/fix-controls';
import { shareCards } from '../share/invite-cards';
import { exposureCards } from '../share/exposure-cards';
import { accessCards } from '../share/access-cards';
import { hygieneCards } from '../account/hygiene-cards';
import { phishCard } from '../published/phish-card';
import { definePart } from './registry';

export const part = { createCoachUI, fixes, shareCards, exposureCards, accessCards, hygieneCards, phishCard };
definePart('ui', part);
