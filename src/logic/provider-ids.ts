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

/** Whether `value` is a known provider id (a safe check for untrusted text). */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as ReadonlyArray<string>).includes(value);
}
