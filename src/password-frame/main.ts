// The secret frame: an invisible extension page that the password coaching puts inside
// Notion's login, signup and password-settings screens. Everything that needs the password runs here:
//  - strength (strength.ts): zxcvbn-ts + NIST policy + personal words;
//  - breach check, opt-in (checks.ts): SHA-1 here, only the 5-char range prefix leaves, with Add-Padding;
//  - reuse watch, opt-in (checks.ts): the salted 36-bit fingerprint, sent to the background.
// Why a frame: it is a separate, cross-origin document (out of process in Chromium, and in Firefox with
// site isolation), so the 150–400 ms dictionary build and a 30–110 ms score never run on Notion's main
// thread, and the password reaches it over a private MessagePort, never a runtime message. The measured
// numbers behind this choice: docs/decisions/0001-password-scorer-in-secret-frame.md.
//
// Only the content script that created this frame can talk to it: the 128-bit token in our URL fragment
// was handed to that content script by the background, and we redeem it with the background first
// (background/secret-frame.ts checks the tab and that we are a frame). A copy of this page opened by
// anyone else holds no valid token: it accepts no port, answers nothing and writes nothing. Then we accept
// ONE port, and only with that token (frame-protocol.ts). Replies never contain the password or a hash of it. The frame's code is ONE file (scripts/lib/single-file-page.mjs): a chain of chunks (this
// entry → strength → the Public Suffix List) cost a round trip each before the dictionaries could load.
// The import()s below still defer evaluating each part until it is needed.

import { FRAME_READY, isFrameRequest, isFrameToken, isHello, type FrameReply, type FrameRequest } from '@shared/password/frame-protocol';
import { send } from '../platform/messaging';

performance.mark('srm-frame-start');
const strength = import('./strength');
let checksLoaded: Promise<typeof import('./checks')> | undefined;
/** The opt-in checks load on first use, so they never compete with the dictionaries at start-up. */
const checks = () => (checksLoaded ??= import('./checks'));

const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname); // the token is needed once; keep it out of the URL
const redeemed: Promise<boolean> = isFrameToken(token)
  ? send('frame:redeem', { token }).then((r) => r?.ok === true, () => false)
  : Promise.resolve(false);

async function answer(req: FrameRequest): Promise<FrameReply> {
  switch (req.op) {
    case 'score':
      return { id: req.id, op: 'score', verdict: (await strength).strengthOf(req.password, req.context, req.policy, req.has2fa) };
    case 'breach':
      return { id: req.id, op: 'breach', result: await (await checks()).breach(req.password) };
    case 'reuse-notion': {
      const host = await (await checks()).reuseNotion(req.password);
      return host ? { id: req.id, op: 'reuse-notion', reusedOn: host } : { id: req.id, op: 'reuse-notion' };
    }
  }
}

let claimed = false;
addEventListener('message', (e: MessageEvent) => {
  if (claimed || !isHello(e.data, token) || !e.ports[0]) return;
  claimed = true;
  const p = e.ports[0];
  void redeemed.then((ok) => ok && serve(p));
});

function serve(p: MessagePort): void {
  p.onmessage = (m: MessageEvent) => {
    const req: unknown = m.data;
    if (!isFrameRequest(req)) return;
    answer(req).then(
      (reply) => p.postMessage(reply),
      () => p.postMessage({ id: req.id, op: 'error' } satisfies FrameReply),
    );
  };
  p.postMessage({ type: FRAME_READY });
}
