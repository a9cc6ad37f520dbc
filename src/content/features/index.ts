// The explicit, ordered registry of coaching features. A feature's id is its file name.
import type { Feature } from '../runtime/feature';
import shareInvite from './share-invite';
import publicExposure from './public-exposure';
import passwordCoach from './password-coach';
import accessReview from './access-review';
import accountHygiene from './account-hygiene';
import publishedPassword from './published-password';
import secretPaste from './secret-paste';

export const FEATURES: readonly Feature[] = [shareInvite, publicExposure, passwordCoach, accessReview, accountHygiene, publishedPassword, secretPaste];
