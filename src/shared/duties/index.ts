// Duty model for the popup and the toolbar badge. PURE.
export * from './model';
export { dutyStates, dueReminders } from './status';
export { hygieneScore, type HygieneScore, type ScoreTerm } from './score';
