import { render } from 'preact';
import { App } from './app';
import { messagesLocale, t } from '../platform/i18n';

performance.mark('srm-popup-script'); // every module loaded and evaluated (bench breakdown)
document.documentElement.lang = messagesLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
