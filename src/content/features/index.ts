// The explicit, ordered registry of coaching features. A feature's id is its file name.
import type { Feature } from '../runtime/feature';
import shareInvite from './share-invite';
import publicExposure from './public-exposure';

export const FEATURES: readonly Feature[] = [shareInvite, publicExposure];
