// Login and signup only, at document_start (manifest content_scripts[1], LOGIN_MATCHES): starts the
// password checks' secret frame as the document starts instead of when the every-page script gets going,
// 200–500 ms later. A cold frame takes ~200–300 ms to its first verdict here, and a password
// manager can fill the password field as soon as it appears; the coaching claims this frame
// (frame-client.ts takeSecretFrame). Nothing else happens here: no DOM reads, no UI.
// A classic script (the `.iife.ts` name makes CRXJS bundle it whole): CRXJS loads module content scripts
// through an import() that resolved only 150–350 ms after document_start here — after the page's load.
// Off means off: nothing starts when the user or their organisation turned password coaching off —
// read from the two stored keys that say so, without the settings code or the feature registry (the
// script stays under 4 kB gzip; only frame-client.ts and what opening the frame needs).
import { passwordCoachingIsOff } from '../platform/settings';
import { isLoginPath } from './notion/page';
import { prewarmSecretFrame } from './password/frame-client';

/** features/password-coach.ts's id (its include() holds on every Notion login/signup page). */
const PASSWORD_COACH = 'password-coach';

async function prewarm(): Promise<void> {
  if (!isLoginPath(location.pathname)) return;
  if (await passwordCoachingIsOff(PASSWORD_COACH)) return;
  if (document.documentElement) prewarmSecretFrame();
  else document.addEventListener('readystatechange', () => prewarmSecretFrame(), { once: true });
}

void prewarm().catch(() => {
  /* never throw into Notion's page: the coaching opens its own frame later */
});
