// The user's own work domain (issue 3), learned inside the secret frame from the address Notion shows
// (login form, Account security), never a personal mail domain (shared/domain/own-domain.ts). It runs
// here, not in Notion's page, because it needs the Public Suffix List, which this frame has loaded
// anyway for the personal words. Writes the user layer only, and never over an organisation's value.
import { getSettings, updateUserSettings } from '../platform/settings';
import { learnOwnDomain } from '../shared/domain/own-domain';

export async function learnDomain(email: string): Promise<void> {
  const s = await getSettings();
  if (s.locked.includes('ownDomains')) return;
  const next = learnOwnDomain(s.values.ownDomains, email);
  if (next !== s.values.ownDomains) await updateUserSettings({ ownDomains: [...next] });
}
