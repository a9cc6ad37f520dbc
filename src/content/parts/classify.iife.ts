// Lazy part (registry.ts): the invitee classifier with the Public Suffix List (tldts, ~280 kB), and the
// share coaching and the access review that use it once a share surface or Settings is open
// (share/invite-watch.ts, share/access-watch.ts).
import * as classify from '@shared/domain/classify';
import { createInviteeClassifier } from '@shared/domain/invitee-cache';
import { watchInvites } from '../share/invite-watch';
import { watchAccess } from '../share/access-watch';
import { definePart } from './registry';

export const part = { ...classify, createInviteeClassifier, watchInvites, watchAccess };
definePart('classify', part);
