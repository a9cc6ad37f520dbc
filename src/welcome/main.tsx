import { render } from 'preact';
import { Welcome } from './welcome';
import { messagesLocale, t } from '../platform/i18n';

document.documentElement.lang = messagesLocale();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
