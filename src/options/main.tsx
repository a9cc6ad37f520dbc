import { render } from 'preact';
import { Options } from './options';
import { messagesLocale, t } from '../platform/i18n';

document.documentElement.lang = messagesLocale();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
