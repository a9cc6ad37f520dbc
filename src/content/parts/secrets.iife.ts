// Lazy part (registry.ts): the secrets scanner, loaded when an editable block is first focused.
import * as secrets from '@shared/secrets';
import { definePart } from './registry';

export const part = { ...secrets };
definePart('secrets', part);
