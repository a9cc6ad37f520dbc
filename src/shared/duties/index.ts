// Duty model for the popup and the toolbar badge. PURE.
export * from './model';
export { dutyStates, dueReminders, reminderStart } from './status';
export { hygieneScore, SCORE_MIN_KNOWN_SHARE, SCORE_MIN_SEEN_SHARE, type HygieneScore, type ScoreTerm, type ScoreWithheld } from './score';
export { nextThings, primaryAction, kindOf, NEXT_THINGS, type NextThing, type NextKind, type PrimaryAction } from './next';
