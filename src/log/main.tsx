import { render } from 'preact';
import { ActivityLog } from './log';
import { messagesLocale, t } from '../platform/i18n';

document.documentElement.lang = messagesLocale();
document.title = t('logTitle');
render(<ActivityLog />, document.getElementById('app')!);
