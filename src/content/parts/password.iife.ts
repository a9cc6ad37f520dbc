// Lazy part (registry.ts): the password coaching, loaded when a password surface may be near.
import { run } from '../password/run';
import { definePart } from './registry';

export const part = { run };
definePart('password', part);
