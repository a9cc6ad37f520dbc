import { render } from 'preact';
import { App } from './app';
import { loadPopupData, type PopupData } from './data';
import { messagesLocale, t } from '../platform/i18n';
import pageCss from '../ui/page.css?inline';
import dutiesCss from '../ui/duties.css?inline';

performance.mark('srm-popup-script'); // every module loaded and evaluated (bench breakdown)
// The first render waits for the data (~10–20 ms of storage reads), so the duties appear in one go;
// only if storage is slower than FIRST_RENDER_WAIT_MS does "Loading…" show first. The read starts before
// anything else: the first message lookup below loads the whole catalogue, the styles are parsed, while
// the read is on its way.
const FIRST_RENDER_WAIT_MS = 100;
const firstLoad = loadPopupData();
document.documentElement.lang = messagesLocale();
document.title = t('extName');
// The page's styles travel in this script (no style sheet to fetch), in place before the first render.
const style = document.createElement('style');
style.textContent = pageCss + dutiesCss;
document.head.append(style);

let mounted = false;
const mount = (first?: PopupData) => {
  if (mounted) return;
  mounted = true;
  render(<App first={first} firstLoad={firstLoad} />, document.getElementById('app')!); // a module script: the DOM is parsed
};
firstLoad.then(
  (d) => {
    performance.mark('srm-popup-data');
    mount(d);
  },
  () => mount(),
);
setTimeout(() => mount(), FIRST_RENDER_WAIT_MS);
