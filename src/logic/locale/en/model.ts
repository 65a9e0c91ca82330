/**
 * The scoring model's English text: why an answer rules a protocol out, the reason behind each
 * answer (per axis it acts on), what a POP3 result still needs, and the setup advice. Axis and
 * protocol names are the UI's (UI_TEXT.axes, UI_TEXT.protocols). Every claim is drawn from the seed
 * article or is a protocol fact (ports, TLS, what POP3 fetches); see docs/scoring-model.md.
 */

import type { ReasonsText } from '../shape.ts';

export const MODEL_TEXT = {
  /** Why an answer rules the other protocol out: one sentence, shown first on the result. */
  requirements: {
    sharing: {
      team: 'A team shares this mailbox’s folders, and only IMAP can do that: POP3 downloads the inbox to one device and has no folders on the server to share.',
    },
  },

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
    security: {
      incoming: 'SSL/TLS (never unencrypted)',
      outgoing: (implicitTls: number, startTls: number) =>
        `SSL/TLS on ${implicitTls}, or STARTTLS set to required on ${startTls} (never unencrypted)`,
    },
    tls: {
      title: 'Connect only over SSL/TLS',
      detail: (incoming: 'IMAP' | 'POP3', port: number, implicitTls: number, startTls: number) =>
        `Set incoming mail to ${incoming} on port ${port} with SSL/TLS, and sending to SMTP on port ${implicitTls} with SSL/TLS, or on port ${startTls} with STARTTLS set to required (not “if available”). Never allow an unencrypted connection: TLS protects your mail on its way between your devices and the server.`,
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
