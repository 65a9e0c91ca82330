/**
 * The ids of the email providers the wizard knows (their data is in providers.ts, which loads with
 * the result page). A module of its own so the link codec can check a link's `service=` without the
 * catalogue in the first download. Ids are part of the link format: never rename one, only add.
 */
export const PROVIDER_IDS = [
  'gmail',
  'outlook',
  'icloud',
  'yahoo',
  'aol',
  'fastmail',
  'proton',
  'gmx',
  'webde',
  'mailbox-org',
  'zoho',
  'posteo',
  't-online',
] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Each provider's name as the provider writes it (no language changes it): what the provider
 * question lists, in the catalogue's order, without the catalogue itself.
 */
export const PROVIDER_NAMES: { readonly [P in ProviderId]: string } = {
  gmail: 'Gmail',
  outlook: 'Outlook.com / Hotmail',
  icloud: 'iCloud Mail',
  yahoo: 'Yahoo Mail',
  aol: 'AOL Mail',
  fastmail: 'Fastmail',
  proton: 'Proton Mail (Bridge)',
  gmx: 'GMX',
  webde: 'WEB.DE',
  'mailbox-org': 'mailbox.org',
  zoho: 'Zoho Mail',
  posteo: 'Posteo',
  't-online': 'T-Online (Telekom Mail)',
};

/** Whether `value` is a known provider id (a safe check for untrusted text). */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as ReadonlyArray<string>).includes(value);
}
