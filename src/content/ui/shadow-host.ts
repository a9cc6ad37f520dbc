// The coaching UI's host: our own element appended to <html>, outside Notion's React tree (Notion
// reverts foreign changes to its nodes, so we never insert into them). Open shadow root so assistive
// tech and test tools can read the coaching; the page can still remove or cover it, which is acceptable
// for coaching (we collect nothing inside it). Keys and clipboard events stop at the host, so typing in
// our cards never triggers Notion's shortcuts.

import { COACH_CSS } from './styles';

export const HOST_TAG = 'srm-coach-ui';
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut', 'wheel'] as const;

/** `lang`: the language the cards are written in (SRM Coach's messages, not the Notion page's), for screen readers. */
export function createShadowHost(signal: AbortSignal, lang = ''): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement(HOST_TAG);
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = COACH_CSS;
  const mount = document.createElement('div');
  if (lang) mount.setAttribute('lang', lang);
  root.append(style, mount);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());
  return { host, root, mount };
}
