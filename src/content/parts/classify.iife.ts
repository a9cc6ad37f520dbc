// Lazy part (registry.ts): the invitee classifier with the Public Suffix List (tldts, ~280 kB).
import * as classify from '@shared/domain/classify';
import { createInviteeClassifier } from '@shared/domain/invitee-cache';
import { definePart } from './registry';

export const part = { ...classify, createInviteeClassifier };
definePart('classify', part);
