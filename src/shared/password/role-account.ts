// Shared (role) accounts: an address like team@acme.com is usually one login used by several
// people, which the Shared Responsibilities Model advises against (no personal accountability, the
// password gets passed around). PURE.
//
// Matching rules (decided here):
//  - Case-insensitive (NFKC, lower-case); the domain is ignored; the local part is what is before
//    the LAST "@"; surrounding quotes are removed.
//  - A "+tag" is dropped: team+notion@ → team.
//  - Leading and trailing digits are dropped, with one separator next to them: team1@, team-2@,
//    2team@ → team. Digits in the middle are kept (h2o@ is not "ho").
//  - The rest is a role account when it is a role word (support@, it@, noreply@), or when every
//    piece split on "." "_" "-" is a role word or a qualifier such as "team"/"desk"/"group"
//    (it.support@, sales-team@, help-desk@, no-reply@, do.not.reply@).
//  - Whole pieces only: italo@, teamwork@, jane.doe@, salesforce.admin.jane@ are NOT role accounts.

const ROLE_WORDS = new Set([
  // the usual shared-mailbox names
  'team', 'info', 'admin', 'office', 'hello', 'contact', 'support', 'shared', 'accounts', 'marketing',
  'sales', 'ops', 'it', 'dev', 'notion', 'billing', 'hr', 'finance', 'webmaster', 'noreply', 'help',
  'jobs', 'careers', 'press', 'security', 'legal', 'design', 'engineering',
  // common additions
  'account', 'accounting', 'admins', 'administrator', 'all', 'abuse', 'bookings', 'booking', 'ceo',
  'community', 'compliance', 'contacts', 'customerservice', 'customersuccess', 'customercare', 'devops',
  'donotreply', 'enquiries', 'enquiry', 'events', 'everyone', 'feedback', 'founders', 'general',
  'helpdesk', 'hiring', 'hostmaster', 'inquiries', 'inquiry', 'invoices', 'invoice', 'mail', 'media',
  'newsletter', 'news', 'office', 'operations', 'orders', 'partners', 'partnerships', 'payroll',
  'people', 'postmaster', 'pr', 'privacy', 'procurement', 'product', 'purchasing', 'recruiting',
  'recruitment', 'reception', 'root', 'service', 'services', 'social', 'staff', 'studio', 'success',
  'sysadmin', 'talent', 'tech', 'webmaster', 'workspace',
]);

/** Words that only qualify a role ("sales team", "help desk", "do not reply"); never a role alone. */
const QUALIFIERS = new Set(['team', 'desk', 'group', 'dept', 'department', 'no', 'not', 'do', 'reply', 'mailbox', 'inbox', 'box']);

function localPart(email: string): string | undefined {
  const s = email.normalize('NFKC').trim().toLowerCase();
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return undefined;
  return s.slice(0, at).replace(/^"(.*)"$/, '$1');
}

/** Local part reduced for role matching: no +tag, no leading/trailing digits (with one separator). */
export function roleKey(email: string): string | undefined {
  const local = localPart(email);
  if (local === undefined) return undefined;
  const untagged = local.split('+', 1)[0] ?? '';
  const core = untagged.replace(/^\d+[._-]?/, '').replace(/[._-]?\d+$/, '');
  return core || undefined;
}

export function isRoleAccount(email: string): boolean {
  if (typeof email !== 'string' || email.length > 320) return false;
  const key = roleKey(email);
  if (!key) return false;
  if (ROLE_WORDS.has(key)) return true;
  const parts = key.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2) return false;
  const hasRole = parts.some((p) => ROLE_WORDS.has(p) || p === 'reply');
  return hasRole && parts.every((p) => ROLE_WORDS.has(p) || QUALIFIERS.has(p));
}
