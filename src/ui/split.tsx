// "Who looks after what": Notion's half beside the user's half of the SRM (popup and welcome page).
import { t } from '../platform/i18n';
import { DUTY_GROUPS, NOTION_DUTIES } from '@shared/duties';
import { GROUP_KEY, NOTION_KEY } from './labels';

export function Split({ level = 3 }: { level?: 3 | 4 }) {
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <div class="split">
      <div class="split-side split-notion">
        <H>{t('popupNotionSide')}</H>
        <ul>
          {NOTION_DUTIES.map((id) => (
            <li key={id}>{t(NOTION_KEY[id])}</li>
          ))}
        </ul>
      </div>
      <div class="split-side split-you">
        <H>{t('popupYourSide')}</H>
        <ul>
          {DUTY_GROUPS.map((g) => (
            <li key={g}>{t(GROUP_KEY[g])}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
