/**
 * The email providers the wizard knows, as data: one table. Each entry's servers, sign-in and
 * sources were checked on 2026-11-27 against the provider's own page where one could be read, and
 * against Thunderbird's provider database (github.com/thunderbird/autoconfig, MPL-2.0: facts only)
 * and chatmail's provider database otherwise; docs/providers.md lists each entry with its sources and
 * what could not be read. Only encrypted connections appear: implicit TLS on 993, 995 and 465,
 * STARTTLS (required) on 587, and Proton Mail Bridge's STARTTLS on this computer.
 *
 * A provider's words (its sign-in note, what to switch on first) are in each locale, keyed by id.
 */
import { PROVIDER_NAMES, type ProviderId } from './provider-ids.ts';

/** A server a mail program connects to, always encrypted. */
export type Server = { host: string; port: number; security: 'tls' | 'starttls' };

/** How a mail program signs in to this provider. */
export type SignIn =
  /** The account password (an app password once two-step verification is on). */
  | 'password'
  /** An app-specific password made in the account's security settings. */
  | 'app-password'
  /** An app password, or a mail program that supports the provider's own sign-in (OAuth). */
  | 'app-password-or-oauth'
  /** Only the provider's own sign-in (OAuth): plain passwords are refused. */
  | 'oauth'
  /** A separate password for mail programs, set in the provider's mail settings. */
  | 'email-password'
  /** The password Proton Mail Bridge shows, on the computer that runs it. */
  | 'bridge';

export type Provider = {
  id: ProviderId;
  name: string;
  /** The IMAP server, or null when the provider offers none. */
  imap: Server | null;
  /** The POP3 server, or null when the provider offers no POP3 (a requirement for IMAP). */
  pop3: Server | null;
  smtp: ReadonlyArray<Server>;
  signIn: SignIn;
  /** What must be switched on in the provider's web settings before a mail program can connect. */
  enableFirst: 'pop' | 'pop-and-imap' | null;
  /** The provider's own help page on mail program settings. */
  helpUrl: string;
  /**
   * Where the provider's POP3 differs from plain POP3 (facts the verdict and the advice use):
   * `oneClient`: each message goes to the first POP3 program that fetches it, never to a second;
   * `delete`: 'ignored' when a program's "remove from server" does nothing (what happens to the
   * provider's copy is a setting in its web mail), 'off-by-default' when the provider keeps its copy
   * until a web setting lets programs delete; `allMail`: POP3 serves all mail, sent mail included,
   * not only the inbox; `paidPlansSince`: POP3 only on paid plans, free accounts opened since that
   * year have none (a caution: POP3 is never `clear` until the person knows their plan has it).
   */
  pop3Behaviour?: { oneClient?: true; delete?: 'ignored' | 'off-by-default'; allMail?: true; recentDays?: number; paidPlansSince?: number };
  /** Built into Apple's devices (signed in with the same account), so no setup profile is offered. */
  builtIntoApple?: true;
  /** Where the facts come from: the provider's page, Thunderbird's or chatmail's database. */
  sources: ReadonlyArray<{ url: string; kind: 'provider' | 'thunderbird' | 'chatmail' }>;
};

/** The date every entry was last checked against its sources. */
export const PROVIDERS_CHECKED = '2026-11-27';

/**
 * The catalogue, in the order the selector lists it.
 *
 * @example PROVIDERS.find((p) => p.id === 'icloud')?.pop3 // null: iCloud offers no POP3
 */
export const PROVIDERS: ReadonlyArray<Provider> = [
  {
    id: 'gmail',
    name: PROVIDER_NAMES.gmail,
    imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.gmail.com', port: 995, security: 'tls' },
    smtp: [
      { host: 'smtp.gmail.com', port: 465, security: 'tls' },
      { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
    ],
    signIn: 'app-password-or-oauth',
    enableFirst: 'pop',
    pop3Behaviour: { oneClient: true, delete: 'ignored', allMail: true, recentDays: 30 },
    helpUrl: 'https://support.google.com/mail/answer/7126229',
    sources: [
      { url: 'https://developers.google.com/gmail/imap/imap-smtp', kind: 'provider' },
      { url: 'https://support.google.com/accounts/answer/185833', kind: 'provider' },
      { url: 'https://workspaceupdates.googleblog.com/2021/03/enhanced-admin-controls-for-gmail-imap.html', kind: 'provider' },
      { url: 'https://developers.google.com/gmail/api/reference/rest/v1/PopSettings', kind: 'provider' },
      { url: 'https://support.google.com/a/answer/6089246', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/googlemail.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/gmail.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'outlook',
    name: PROVIDER_NAMES.outlook,
    imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
    pop3: { host: 'outlook.office365.com', port: 995, security: 'tls' },
    smtp: [{ host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' }],
    signIn: 'oauth',
    enableFirst: 'pop-and-imap',
    pop3Behaviour: { delete: 'off-by-default' },
    helpUrl: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353',
    sources: [
      { url: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/hotmail.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/outlook.com.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'icloud',
    name: PROVIDER_NAMES.icloud,
    imap: { host: 'imap.mail.me.com', port: 993, security: 'tls' },
    pop3: null,
    smtp: [{ host: 'smtp.mail.me.com', port: 587, security: 'starttls' }],
    signIn: 'app-password',
    enableFirst: null,
    helpUrl: 'https://support.apple.com/en-us/102525',
    builtIntoApple: true,
    sources: [
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/me.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/icloud.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'yahoo',
    name: PROVIDER_NAMES.yahoo,
    imap: { host: 'imap.mail.yahoo.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.mail.yahoo.com', port: 995, security: 'tls' },
    smtp: [{ host: 'smtp.mail.yahoo.com', port: 465, security: 'tls' }],
    signIn: 'app-password',
    enableFirst: null,
    helpUrl: 'https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html',
    sources: [
      { url: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/yahoo.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/yahoo.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'aol',
    name: PROVIDER_NAMES.aol,
    imap: { host: 'imap.aol.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.aol.com', port: 995, security: 'tls' },
    smtp: [{ host: 'smtp.aol.com', port: 465, security: 'tls' }],
    signIn: 'app-password',
    enableFirst: null,
    helpUrl: 'https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail',
    sources: [
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/aol.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/aol.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'fastmail',
    name: PROVIDER_NAMES.fastmail,
    imap: { host: 'imap.fastmail.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.fastmail.com', port: 995, security: 'tls' },
    smtp: [{ host: 'smtp.fastmail.com', port: 465, security: 'tls' }],
    signIn: 'app-password',
    enableFirst: null,
    helpUrl: 'https://www.fastmail.com/help/technical/servernamesandports.html',
    sources: [
      { url: 'https://www.fastmail.com/help/technical/servernamesandports.html', kind: 'provider' },
      { url: 'https://fastmail.help/hc/en-us/articles/1500000279921', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/messagingengine.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/fastmail.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'proton',
    name: PROVIDER_NAMES.proton,
    imap: { host: '127.0.0.1', port: 1143, security: 'starttls' },
    pop3: null,
    smtp: [{ host: '127.0.0.1', port: 1025, security: 'starttls' }],
    signIn: 'bridge',
    enableFirst: null,
    helpUrl: 'https://proton.me/support/protonmail-bridge-faq',
    sources: [
      { url: 'https://proton.me/support/protonmail-bridge-faq', kind: 'provider' },
      { url: 'https://github.com/ProtonMail/proton-bridge/blob/dbef40cfc5b397bd612c68b466ea5657ced43012/internal/vault/types_settings.go', kind: 'provider' },
      { url: 'https://github.com/ProtonMail/proton-bridge/blob/dbef40cfc5b397bd612c68b466ea5657ced43012/internal/constants/constants.go', kind: 'provider' },
      { url: 'https://github.com/ProtonMail/proton-bridge/blob/dbef40cfc5b397bd612c68b466ea5657ced43012/internal/frontend/cli/accounts.go', kind: 'provider' },
      { url: 'https://github.com/ProtonMail/proton-bridge/blob/dbef40cfc5b397bd612c68b466ea5657ced43012/README.md', kind: 'provider' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/protonmail.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'gmx',
    name: PROVIDER_NAMES.gmx,
    imap: { host: 'imap.gmx.net', port: 993, security: 'tls' },
    pop3: { host: 'pop.gmx.net', port: 995, security: 'tls' },
    smtp: [
      { host: 'mail.gmx.net', port: 465, security: 'tls' },
      { host: 'mail.gmx.net', port: 587, security: 'starttls' },
    ],
    signIn: 'password',
    enableFirst: 'pop-and-imap',
    helpUrl: 'https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html',
    sources: [
      { url: 'https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html', kind: 'provider' },
      { url: 'https://hilfe.gmx.net/sicherheit/2fa/index.html', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/gmx.net.xml', kind: 'thunderbird' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/gmx.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/gmx.net.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'webde',
    name: PROVIDER_NAMES.webde,
    imap: { host: 'imap.web.de', port: 993, security: 'tls' },
    pop3: { host: 'pop3.web.de', port: 995, security: 'tls' },
    smtp: [
      { host: 'smtp.web.de', port: 465, security: 'tls' },
      { host: 'smtp.web.de', port: 587, security: 'starttls' },
    ],
    signIn: 'password',
    enableFirst: 'pop-and-imap',
    helpUrl: 'https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html',
    sources: [
      { url: 'https://web.de/email/sicherheit/zwei-faktor-authentifizierung/', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/web.de.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/web.de.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'mailbox-org',
    name: PROVIDER_NAMES['mailbox-org'],
    imap: { host: 'imap.mailbox.org', port: 993, security: 'tls' },
    pop3: { host: 'pop3.mailbox.org', port: 995, security: 'tls' },
    smtp: [
      { host: 'smtp.mailbox.org', port: 465, security: 'tls' },
      { host: 'smtp.mailbox.org', port: 587, security: 'starttls' },
    ],
    signIn: 'password',
    enableFirst: null,
    helpUrl: 'https://kb.mailbox.org/en/private/e-mail/e-mail-configuration',
    sources: [
      { url: 'https://kb.mailbox.org/en/private/e-mail/e-mail-configuration', kind: 'provider' },
      { url: 'https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/', kind: 'provider' },
      { url: 'https://kb.mailbox.org/en/private/security-and-privacy/e-mail-password', kind: 'provider' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/mailbox.org.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'zoho',
    name: PROVIDER_NAMES.zoho,
    imap: { host: 'imap.zoho.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.zoho.com', port: 995, security: 'tls' },
    smtp: [
      { host: 'smtp.zoho.com', port: 465, security: 'tls' },
      { host: 'smtp.zoho.com', port: 587, security: 'starttls' },
    ],
    signIn: 'password',
    enableFirst: 'pop-and-imap',
    pop3Behaviour: { paidPlansSince: 2019 },
    helpUrl: 'https://www.zoho.com/mail/help/imap-access.html',
    sources: [
      { url: 'https://www.zoho.com/mail/help/imap-access.html', kind: 'provider' },
      { url: 'https://www.zoho.com/mail/help/pop-access.html', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/zoho.com.xml', kind: 'thunderbird' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/zoho.eu.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/zoho.md', kind: 'chatmail' },
    ],
  },
  {
    id: 'posteo',
    name: PROVIDER_NAMES.posteo,
    imap: { host: 'posteo.de', port: 993, security: 'tls' },
    pop3: { host: 'posteo.de', port: 995, security: 'tls' },
    smtp: [
      { host: 'posteo.de', port: 465, security: 'tls' },
      { host: 'posteo.de', port: 587, security: 'starttls' },
    ],
    signIn: 'password',
    enableFirst: null,
    helpUrl: 'https://posteo.de/hilfe/wie-richte-ich-posteo-in-einem-mailprogramm-ein-pop3-imap-und-smtp',
    sources: [
      { url: 'https://posteo.de/en/help/activating-additional-email-account-protection', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/posteo.de.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/posteo.md', kind: 'chatmail' },
      { url: 'https://github.com/chatmail/provider-db/pull/334', kind: 'chatmail' },
    ],
  },
  {
    id: 't-online',
    name: PROVIDER_NAMES['t-online'],
    imap: { host: 'secureimap.t-online.de', port: 993, security: 'tls' },
    pop3: { host: 'securepop.t-online.de', port: 995, security: 'tls' },
    smtp: [
      { host: 'securesmtp.t-online.de', port: 465, security: 'tls' },
      { host: 'securesmtp.t-online.de', port: 587, security: 'starttls' },
    ],
    signIn: 'email-password',
    enableFirst: null,
    helpUrl: 'https://www.telekom.de/hilfe/apps-dienste/e-mail/einstellungen/posteingang-postausgang-server',
    sources: [
      {
        url: 'https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail/e-mail-server-e-mail-protokolle-und-e-mail-einrichtung/pop3-und-smtp/unterschied-imap4-pop3',
        kind: 'provider',
      },
      { url: 'http://kommunikationsdienste.t-online.de/email/verschluesselung/faq.html', kind: 'provider' },
      { url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/t-online.de.xml', kind: 'thunderbird' },
      { url: 'https://github.com/chatmail/provider-db/blob/ad097ee40579c884e7757de2d3bb0a51f481a32a/_providers/t-online.md', kind: 'chatmail' },
    ],
  },
];

/** A provider by id. */
export function providerById(id: ProviderId | undefined): Provider | undefined {
  return id === undefined ? undefined : PROVIDERS.find((p) => p.id === id);
}
