// Lazy part (registry.ts): the settings code (schema, validators, merge), for the rare page load that
// finds no effective settings of this version published by the background (content/runtime/settings.ts).
import { getSettings } from '../../platform/settings';
import { definePart } from './registry';

export const part = { getSettings };
definePart('settings', part);
