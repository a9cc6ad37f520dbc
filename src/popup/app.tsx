// Popup: the user's half of the Shared Responsibilities Model. (The duties with live evidence are
// built on top of this shell.)
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

export function App() {
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p>{t('popupIntro')}</p>
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </p>
    </main>
  );
}
