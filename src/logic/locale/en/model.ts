/**
 * The scoring model's English text: why an answer rules a protocol out, the reason behind each
 * answer (per axis it acts on), what a POP3 result still needs, and the setup advice. Axis and
 * protocol names are the UI's (UI_TEXT.axes, UI_TEXT.protocols). Every claim is drawn from the seed
 * article or is a protocol fact (ports, TLS, what POP3 fetches); see docs/scoring-model.md.
 */

import type { ProviderId } from '../../provider-ids.ts';
import type { ReasonsText } from '../shape.ts';

export const MODEL_TEXT = {
  /** Why an answer rules the other protocol out: one sentence, shown first on the result. */
  requirements: {
    sharing: {
      team: 'A team shares this mailbox’s folders, and only IMAP can do that: POP3 downloads the inbox to one device and has no folders on the server to share.',
    },
  },

  /**
   * What a person must know about signing in to each provider: how, what to switch on first, a note
   * (and one that matters only for POP3), and the user name. An empty string: nothing to say.
   */
  providers: {
    gmail: {
      signIn: 'Gmail needs an app password, which Google offers once 2-Step Verification is on, or a mail program that supports Google sign-in.',
      enable: '',
      note: '',
      pop3Note:
        'First turn on POP download in Gmail’s settings (Forwarding and POP/IMAP). The same settings decide what happens to Gmail’s own copy of a downloaded message: keep it in the inbox, mark it read, archive it or delete it.',
      user: 'your full Gmail address',
    },
    outlook: {
      signIn: 'Outlook.com accepts only Microsoft sign-in from other mail programs: use one that can sign in with a Microsoft account, as a plain password is refused.',
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
      signIn: 'Fastmail does not accept your account password in mail programs: make an app password in Fastmail’s settings (some programs can sign in with Fastmail directly).',
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
      note: 'These servers are for personal accounts in Zoho’s US data centre: organisation accounts use imappro.zoho.com, poppro.zoho.com and smtppro.zoho.com, and accounts in other regions use their region’s domain instead of zoho.com, such as zoho.eu. IMAP and POP access may depend on your Zoho plan.',
      pop3Note: '',
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
      signIn: 'Mail programs need Telekom’s separate password for email programs, set in the Telekom email settings: your Telekom login password does not work there.',
      enable: '',
      note: '',
      pop3Note: '',
      user: 'your full email address',
    },
  } satisfies Record<ProviderId, { signIn: string; enable: string; note: string; pop3Note: string; user: string }>,

  /** The result's setup section: the provider choice, the servers, copying them, the setup profile. */
  setup: {
    choose: 'Set it up with',
    other: 'Other / my own host',
    serversCaption: 'Server settings for your mail program',
    serverRoles: { incoming: 'Receiving', outgoing: 'Sending' },
    /** A port on a server card: "port 995 · SSL/TLS", "port 587 · STARTTLS, required". */
    port: (port: number, security: 'tls' | 'starttls') => (security === 'tls' ? `port ${port} · SSL/TLS` : `port ${port} · STARTTLS, required`),
    /** A server whose name the page does not know: "Your provider’s IMAP server". */
    unnamedServer: (owner: string | undefined, protocol: string) => (owner ? `${owner}’s ${protocol} server` : `Your provider’s ${protocol} server`),
    /** Announced when a provider is chosen: "Showing Gmail’s servers." */
    showing: (provider: string) => `Showing ${provider}’s servers.`,
    /** Announced when the choice changed the recommendation: iCloud rules POP3 out. */
    changed: (provider: string, protocol: string) => `${provider} offers no POP3, so the recommendation is now ${protocol}.`,
    /** Announced when a choice lifted such a requirement (back to other, or to a provider with POP3). */
    nowRecommended: (protocol: string) => `The recommendation is now ${protocol}.`,
    signInHeading: (provider: string) => `Signing in to ${provider}`,
    userName: (who: string) => `User name: ${who}.`,
    help: (provider: string) => `${provider}’s own help on mail program settings`,
    newTab: '(opens in a new tab)',
    copy: 'Copy the settings',
    copied: 'Settings copied.',
    copyFailed: 'Your browser would not let us copy. Select the settings below and copy them yourself.',
    copyLabel: 'The settings as text',
    /** The copied text. */
    copyTitle: (provider: string | undefined, protocol: string) => (provider ? `${provider}: ${protocol} settings` : `${protocol} settings`),
    copyServer: (role: string, protocol: string, where: string) => `${role} (${protocol}): ${where}`,
    copyUser: (who: string) => `User name: ${who}`,
    copySignIn: (how: string) => `Password: ${how}`,
    copyHelp: (url: string) => `Help: ${url}`,
    profile: 'Download a setup profile',
    profileFor: 'For iPhone, iPad and Mac',
    /** What the person will see when installing the unsigned profile, and how to remove it later. */
    profileExplained:
      'The profile holds these server settings and nothing else: your device asks for your address and password when you install it. It is not signed, so your device shows it as unverified. On an iPhone or iPad, open Settings after the download and tap Profile Downloaded (within 8 minutes); on a Mac, open the file and approve it in System Settings. To remove the account later, remove the profile.',
    /** Why there is no profile for this provider. */
    noProfile: {
      oauth: (provider: string) =>
        `No setup profile for ${provider}: it needs its own sign-in, which a profile cannot set up. On an iPhone, iPad or Mac, add the account in Apple Mail’s own account setup, which offers that sign-in.`,
      bridge: (provider: string) => `No setup profile for ${provider}: its servers are Proton Mail Bridge on your own computer, and their ports and password come from Bridge.`,
      'built-in': (provider: string) => `No setup profile for ${provider}: Apple devices have it built in.`,
    },
  },

  /** Why a chosen provider that offers no POP3 rules it out. */
  serviceRequirement: (provider: string) => `${provider} offers no POP3, so a mail program can reach this mailbox only over IMAP.`,

  /**
   * Why an answer pushed the result, keyed by question, option and the axis it acted on most.
   * An option has one sentence for each axis it acts on in the model table.
   */
  reasons: {
    devices: {
      one: {
        multiDevice: 'You read this mailbox on one device, so IMAP’s syncing between devices matters little to you.',
      },
      two: {
        multiDevice: 'You read this mailbox on a computer and a phone: keeping them in step with POP3 is a clunky, manual headache, and IMAP does it for you.',
      },
      many: {
        multiDevice: 'You read this mailbox on three or more devices: IMAP keeps them all on the same inbox, folders and sent mail, and POP3 was not designed for that.',
      },
    },
    sharing: {
      solo: {
        multiDevice: 'Only you use this mailbox, so no one else needs to see its folders.',
      },
      delegate: {
        multiDevice: 'Someone else sometimes works in this mailbox: with IMAP you both see the same folders, while POP3 leaves mail on whichever device fetched it.',
      },
      team: {
        multiDevice: 'A team shares this mailbox’s folders, and IMAP keeps everyone on the same page.',
      },
    },
    threat: {
      device: {
        privacy: 'You worry less about the provider, so keeping mail off its server counts for less.',
        resilience: 'You fear losing or breaking your device, and with IMAP your mail stays safe on the provider’s server.',
      },
      both: {
        privacy: 'You also worry about a breach at the provider, which counts for POP3’s privacy.',
        resilience: 'You also worry about losing your device, which counts for IMAP’s resilience.',
      },
      server: {
        privacy: 'You fear a breach, subpoena or data mining at the provider: POP3, set to remove mail from the server once downloaded, keeps it out of their hands.',
        resilience: 'You worry less about losing your device, so IMAP’s resilience counts for less.',
      },
    },
    backups: {
      none: {
        resilience: 'You have no backups: with POP3 your device would hold the only copy, and a crash, theft or ransomware could wipe out your mail for good.',
      },
      sometimes: {
        resilience: 'You back up by hand now and then: with POP3, mail since your last backup would be lost if the device failed.',
      },
      automatic: {
        resilience: 'Your automatic, encrypted backups cover POP3’s weak spot: your mail survives a crash or a stolen laptop.',
      },
    },
    deviceSecurity: {
      no: {
        privacy: 'Your device is not encrypted: with POP3 all your mail would sit on it, readable by whoever takes it.',
      },
      unsure: {
        privacy: 'You are not sure your device is encrypted, so it may not be: with POP3 all your mail would sit on it, readable by whoever takes it.',
      },
      yes: {
        privacy: 'Your device is encrypted and locked, so mail kept on it with POP3 stays in your hands.',
      },
    },
    provider: {
      low: {
        privacy: 'Your provider is free or ad-supported: with IMAP it would hold all your mail, which is only as private as its policies.',
      },
      some: {
        privacy: 'A paid mainstream provider is a steadier home for mail kept on its server with IMAP.',
      },
      high: {
        privacy: 'Your privacy-focused host, with no ads, no tracking and encryption at rest, narrows POP3’s privacy lead.',
      },
    },
    storage: {
      small: {
        serverCost: 'Your mailbox fits easily in its quota, so keeping all of it on the server with IMAP costs you little.',
      },
      growing: {
        serverCost: 'Your mailbox is near its quota: IMAP keeps every message on the server, while POP3 can empty it.',
      },
      large: {
        serverCost: 'You pay for extra server space: IMAP keeps all your mail there, while POP3 can empty it.',
      },
    },
    retention: {
      no: {
        resilience: 'You need not keep mail for years, so losing old mail with a device matters less.',
      },
      personal: {
        resilience: 'You want an archive, so mail that survives a lost or broken device counts for more.',
      },
      required: {
        resilience: 'Rules require you to keep mail: that calls for a clear data trail and mail that survives a lost or damaged device.',
      },
    },
  } satisfies ReasonsText,

  /** Why a POP3 result is not `clear`, and what would make POP3 safe: one sentence per caution. */
  cautions: {
    devices: {
      many: 'On three or more devices POP3 is hard to keep in step: only one device should remove mail from the server, and sent mail and folders will differ between them.',
    },
    sharing: {
      delegate: 'Someone else works in this mailbox: with POP3 they see only the mail still on the server, so it must stay there long enough for them.',
    },
    backups: {
      none: 'You have no backups: POP3 is safe only once your device is backed up automatically and encrypted (see the setup steps).',
      sometimes: 'Your backups are by hand: with POP3, set them to run automatically, or mail since the last one is lost if the device fails.',
    },
    deviceSecurity: {
      no: 'Your device is not encrypted: turn on encryption before you keep all your mail on it with POP3.',
      unsure: 'Check that your device is encrypted before you keep all your mail on it with POP3.',
    },
  },

  advice: {
    /** How a port is reached: "port 993 with SSL/TLS", "port 587 with STARTTLS set to required". */
    endpoint: (port: number, security: 'tls' | 'starttls') =>
      security === 'tls' ? `port ${port} with SSL/TLS` : `port ${port} with STARTTLS set to required`,
    /** Two ways to reach the same server: "…, or …". */
    either: (first: string, second: string) => `${first}, or ${second}`,
    /** A named server and how it is reached: "imap.gmail.com (port 993 with SSL/TLS)". */
    at: (host: string, endpoints: string) => `${host} (${endpoints})`,
    tls: {
      title: 'Connect only over SSL/TLS',
      detail: (incoming: 'IMAP' | 'POP3', receiving: string, sending: string) =>
        `Set incoming mail to ${incoming} on ${receiving}, and sending to SMTP on ${sending}. Never allow an unencrypted connection, nor STARTTLS “if available”: TLS protects your mail on its way between your devices and the server.`,
    },
    backups: {
      start: {
        title: 'Set up automatic, encrypted backups',
        detail: 'With POP3 your device holds the only lasting copy of your mail. Back it up automatically and encrypted, so a crash, a stolen laptop or ransomware cannot wipe out your mail for good.',
      },
      keep: {
        title: 'Keep your automatic, encrypted backups running',
        detail: 'They are what lets POP3 mail survive a crash or theft. Now and then, check that you can restore a message from them.',
      },
    },
    diskEncryption: {
      start: {
        title: 'Encrypt your device and lock it with a password',
        detail: 'With POP3 the whole burden of keeping your mail private falls on your own device: turn on disk encryption and a login password or PIN, so a stolen laptop or phone does not expose your mail.',
      },
      check: {
        title: 'Check that your device is encrypted',
        detail: 'With POP3 all your mail lives on your device. Look in its security settings (FileVault on a Mac, BitLocker or device encryption on Windows; a phone with a passcode usually is), turn encryption on if it is off, and lock the device with a password.',
      },
      keep: {
        title: 'Keep your device encrypted and locked',
        detail: 'With POP3 your mail lives on that device: keep disk encryption and the login password on.',
      },
    },
    serverCopy: {
      removal: {
        title: 'Switch on “remove from server”',
        detail: 'Many mail programs leave a copy of every message on the server by default. POP3 only takes your mail off the provider’s server once you switch removal on in the account settings.',
      },
      devices: {
        title: (days: number) => `Let one computer remove mail after ${days} days; never let your phone remove it`,
        detail: (days: number) =>
          `Set your main computer to remove each message from the server ${days} days after downloading it, and set your phone and any other device to leave messages on the server and never delete them there. Your phone still sees new mail, and your computer keeps the lasting copy.`,
      },
      maybe: {
        title: 'Decide which device removes mail from the server',
        detail: (days: number) =>
          `Many mail programs leave a copy on the server by default, and POP3 only takes mail off the server once removal is on. If only one computer reads this mailbox, switch removal on there. If a phone also reads it, let the computer remove each message after ${days} days and set the phone never to delete from the server.`,
      },
    },
    inboxOnly: {
      title: 'Expect only your inbox to arrive',
      detail: 'POP3 downloads the inbox and nothing else: sent mail, folders and read or unread marks stay on the device where they were made, and your other devices never see them. Mail you send from a phone stays in that phone’s Sent folder.',
    },
    retentionPop3: {
      title: 'Keep mail for as long as your rules require',
      detail: 'With POP3 your device holds the only lasting copy: keep the mail your rules cover in folders your encrypted backups include, keep those backups for the whole retention period, and check once a year that you can restore from them.',
    },
    switchToPop3: {
      title: 'Moving from IMAP? Copy your folders to your computer first',
      detail: 'POP3 fetches only new mail in the inbox. Before you change an account that uses IMAP today, copy its folders (Sent, Archive and your own) into local folders on your computer, check that they are complete, and only then remove the IMAP account.',
    },
    providerEncryption: {
      start: {
        title: 'Choose a provider with encryption at rest',
        detail: 'With IMAP your mail is only as safe as your provider’s security and privacy policies: pick a host with no ads, no tracking and encryption at rest.',
      },
      keep: {
        title: 'Stay with a host that encrypts your mail at rest',
        detail: 'Your privacy-focused host keeps your stored mail encrypted. If its terms or ownership change, check that it still does.',
      },
    },
    deviceLock: {
      title: 'Lock and encrypt every device that reads this mailbox',
      detail: 'IMAP keeps a copy of your mail on each phone and computer it syncs to: give each one a screen lock or password and disk encryption, and turn on remote wipe where the device offers it.',
    },
    sharedAccess: {
      title: 'Give each person their own sign-in',
      detail: 'Where your provider offers shared folders or delegated access, use them rather than sharing your password: everyone sees the same folders, and you can take someone’s access away later.',
    },
    localExport: {
      plain: {
        title: 'Export your mail to your computer now and then',
        detail: 'A periodic local export keeps a copy of your mailbox under your own control, so your whole email history does not rest with a third party alone.',
      },
      retention: {
        title: 'Export your mail regularly and keep the exports',
        detail: 'A periodic local export keeps a copy of your mailbox under your own control. Store the exports with your records, as your retention rules require.',
      },
    },
    switchToImap: {
      title: 'Moving from POP3? Upload your old mail',
      detail: 'Mail that POP3 downloaded before lives only on that computer. After adding the IMAP account, move or copy those local folders into it so they reach the server and your other devices, then remove the old POP3 account.',
    },
  },
} as const;
