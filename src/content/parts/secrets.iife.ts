// Lazy part (registry.ts): the secrets scanner, loaded when an editable block is first focused, and the
// secret-paste feature's cards (secrets/paste-cards.ts), which are only needed once a paste was scanned.
import * as secrets from '@shared/secrets';
import { pasteCards } from '../secrets/paste-cards';
import { definePart } from './registry';

export const part = { ...secrets, pasteCards };
definePart('secrets', part);
