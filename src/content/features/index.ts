// The explicit, ordered registry of the app's coaching features (the script on every Notion page). A
// feature's id is its file name. Published pages (*.notion.site) run one feature, published-password,
// from a script of their own (src/content/published.iife.ts).
import type { Feature } from '../runtime/feature';
import shareInvite from './share-invite';
import publicExposure from './public-exposure';
import passwordCoach from './password-coach';
import accessReview from './access-review';
import accountHygiene from './account-hygiene';
import secretPaste from './secret-paste';

// Public exposure first: when a share menu opens, its small part is asked for before the classifier's
// (parts are injected in the order asked), as an exposing press can follow the menu sooner than an invite.
export const FEATURES: readonly Feature[] = [publicExposure, shareInvite, passwordCoach, accessReview, accountHygiene, secretPaste];
