// Message keys for the coverage of Notion's screens, shared by the popup and the badge.
import type { MessageKey } from '../platform/i18n';
import type { SurfaceId } from '@shared/coverage/surfaces';

/** "share menu", "login page"… (used inside sentences). */
export const SURFACE_KEY: Record<SurfaceId, MessageKey> = {
  'share-menu': 'coverageSurfaceShareMenu',
  'general-access': 'coverageSurfaceGeneralAccess',
  'publish-panel': 'coverageSurfacePublishPanel',
  people: 'coverageSurfacePeople',
  settings: 'coverageSurfaceSettings',
  login: 'coverageSurfaceLogin',
  signup: 'coverageSurfaceSignup',
  'password-settings': 'coverageSurfacePasswordSettings',
  'account-security': 'coverageSurfaceAccountSecurity',
  export: 'coverageSurfaceExport',
  editor: 'coverageSurfaceEditor',
};

/** What the user loses while the surface is not recognised ("invite warnings are off"). */
export const EFFECT_KEY: Record<SurfaceId, MessageKey> = {
  'share-menu': 'coverageEffectShareMenu',
  'general-access': 'coverageEffectGeneralAccess',
  'publish-panel': 'coverageEffectPublishPanel',
  people: 'coverageEffectPeople',
  settings: 'coverageEffectSettings',
  login: 'coverageEffectLogin',
  signup: 'coverageEffectSignup',
  'password-settings': 'coverageEffectPasswordSettings',
  'account-security': 'coverageEffectAccountSecurity',
  export: 'coverageEffectExport',
  editor: 'coverageEffectEditor',
};
