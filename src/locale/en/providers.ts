import type { ProvidersText } from '../shape.ts';

/**
 * What a person must know about signing in to each provider: how, what to switch on first, a note
 * (and one that matters only for POP3), and the user name. An empty string: nothing to say.
 */
export const PROVIDER_TEXT = {
  gmail: {
    signIn: 'Gmail needs an app password, which Google offers once 2-Step Verification is on, or a mail program that supports Google sign-in.',
    enable: '',
    note: '',
    pop3Note:
      'First turn on POP download in Gmail’s settings (Forwarding and POP/IMAP). The same settings decide what happens to Gmail’s own copy of a downloaded message: keep it in the inbox, mark it read, archive it or delete it.',
    user: 'your full Gmail address',
  },
  outlook: {
    signIn:
      'Outlook.com accepts only Microsoft sign-in from other mail programs: use one that can sign in with a Microsoft account, as a plain password is refused.',
    enable: 'Microsoft keeps POP and IMAP access switched off until you turn them on in Outlook.com’s settings (Mail, then Forwarding and IMAP).',
    note: '',
    pop3Note: '',
    user: 'your full email address',
  },
  icloud: {
    signIn: 'iCloud Mail needs an app-specific password, made in your Apple Account settings once two-factor authentication is on.',
    enable: '',
    note: 'On an iPhone, iPad or Mac, iCloud Mail is built in: sign in with your Apple Account there instead of setting it up by hand.',
    pop3Note: '',
    user: 'the part of your iCloud address before the @ (for sending, the whole address)',
  },
  yahoo: {
    signIn: 'Yahoo Mail needs an app password, made in your account’s security settings, unless your mail program signs in through Yahoo’s own sign-in page.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'your full email address',
  },
  aol: {
    signIn: 'AOL Mail needs an app password, made in your AOL account’s security settings, unless your mail program supports AOL sign-in.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'your full email address',
  },
  fastmail: {
    signIn:
      'Fastmail does not accept your account password in mail programs: make an app password in Fastmail’s settings (some programs can sign in with Fastmail directly).',
    enable: '',
    note: '',
    pop3Note: 'Fastmail’s POP3 downloads the inbox only.',
    user: 'your full Fastmail address',
  },
  proton: {
    signIn: 'Use the password Proton Mail Bridge shows for your mailbox, not your Proton password.',
    enable: 'Proton Mail Bridge, which needs a paid Proton plan, must be installed, signed in and running on the computer your mail program runs on.',
    note: '1143 and 1025 are Bridge’s usual ports on your own computer: copy the ports Bridge shows, as it picks others when these are taken. Bridge runs on Windows, macOS and Linux, not on phones.',
    pop3Note: '',
    user: 'your Proton address, as Bridge shows it',
  },
  gmx: {
    signIn: 'GMX takes your GMX password, or an app-specific password once two-factor authentication is on.',
    enable: 'First allow access by POP3 and IMAP in GMX’s email settings (once, and again after turning on two-factor authentication).',
    note: 'These servers are for addresses at gmx.net, gmx.de, gmx.at and gmx.ch.',
    pop3Note: '',
    user: 'your full email address',
  },
  webde: {
    signIn: 'WEB.DE takes your WEB.DE password, or an app-specific password once two-factor authentication is on.',
    enable: 'First allow access by POP3 and IMAP in WEB.DE’s email settings (once).',
    note: '',
    pop3Note: '',
    user: 'your WEB.DE address, or the part of it before the @',
  },
  'mailbox-org': {
    signIn: 'mailbox.org takes your mailbox password; once two-factor authentication is on, each mail program needs its own app password.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'your main mailbox.org address',
  },
  zoho: {
    signIn: 'Zoho Mail takes your Zoho password, or an application-specific password once two-factor authentication is on.',
    enable: 'First switch on IMAP access or POP access in Zoho Mail’s settings.',
    note: 'These servers are for personal accounts in Zoho’s US data centre: organisation accounts use imappro.zoho.com, poppro.zoho.com and smtppro.zoho.com, and accounts in other regions use their region’s domain instead of zoho.com, such as zoho.eu. IMAP access may depend on your Zoho plan.',
    pop3Note: 'Zoho offers POP access on paid plans only: free accounts opened since 2019 have none.',
    user: 'your full Zoho Mail address',
  },
  posteo: {
    signIn: 'Posteo takes your Posteo password, or an app password once two-factor authentication is on.',
    enable: 'If you turned on Posteo’s additional account protection, turn it off: it blocks mail programs from IMAP, POP3 and sending.',
    note: '',
    pop3Note: '',
    user: 'your full Posteo address',
  },
  't-online': {
    signIn:
      'Mail programs need Telekom’s separate password for email programs, set in the Telekom email settings: your Telekom login password does not work there.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'your full email address',
  },
} as const satisfies ProvidersText;
