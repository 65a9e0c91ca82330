import type { ReasonWords } from '../../logic/reasons.ts';

/**
 * Why the model recommends what it does, in English: why an answer rules a protocol out, the reason
 * behind each answer (per axis it acts on), and what a POP3 result still needs. Axis and protocol
 * names are the UI's. Every claim is drawn from the seed article or is a protocol fact; see
 * docs/scoring-model.md.
 */
export const REASON_TEXT = {
  /** Why an answer rules the other protocol out: one sentence, shown first on the result. */
  requirements: {
    sharing: {
      team: 'A team shares this mailbox’s folders, and only IMAP can do that: POP3 downloads the inbox to one device and has no folders on the server to share.',
    },
  },

  /** Why a chosen provider that offers no POP3 rules it out. */
  serviceRequirement: (provider: string) => `${provider} offers no POP3, so a mail program can reach this mailbox only over IMAP.`,
  serviceCaution: (provider: string, since: number) =>
    `${provider} offers POP3 on paid plans only: free accounts opened since ${since} have none. Check that your plan includes POP access before you set up POP3.`,

  /** Why answers rule POP3 out together: one sentence per combination, and the provider's rule. */
  rules: {
    'retention-without-backups':
      'You must keep this mail, and nothing backs it up automatically: with POP3 the only lasting copy sits on one device, and if that device fails, mail you are required to keep is gone. IMAP keeps it on the provider’s servers.',
    'no-backups-unprotected-device':
      'Nothing backs up your device, and it may not be encrypted: with POP3 its copy of your mail is the only one, and it could be lost with the device or read by whoever takes it. With IMAP the mail stays on the server.',
    'devices-without-backups':
      'You read this mailbox on more than one device and nothing is backed up: with POP3 each device keeps only what it downloaded, and a lost device takes that mail with it. IMAP keeps every message on the server for all of them.',
    'one-pop3-client': (provider: string, recentDays?: number) =>
      `${provider} hands each message to the first mail program that fetches it over POP3, so your second device would miss mail the first one has already fetched.` +
      (recentDays
        ? ` Its “recent mode” (“recent:” typed before your address as the user name) gives every program the last ${recentDays} days instead, so a device left unused for longer still misses mail.`
        : '') +
      ' Over IMAP every device sees all of it.',
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
        multiDevice:
          'You read this mailbox on three or more devices: IMAP keeps them all on the same inbox, folders and sent mail, and POP3 was not designed for that.',
      },
    },
    sharing: {
      solo: {
        multiDevice: 'Only you use this mailbox, so no one else needs to see its folders.',
      },
      delegate: {
        multiDevice:
          'Someone else sometimes works in this mailbox: with IMAP you both see the same folders, while POP3 leaves mail on whichever device fetched it.',
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
        resilience: 'You also worry about losing your device, which counts for IMAP: it keeps your mail on the server.',
      },
      server: {
        privacy:
          'You fear a breach, a court order or data mining at the provider: with POP3 your mail can leave the provider’s server once it is downloaded, out of their hands.',
        resilience: 'You worry less about losing your device, so IMAP’s copy on the server counts for less.',
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
        privacy: 'Your privacy-focused host, with no ads, no tracking and your mail stored encrypted, narrows POP3’s privacy lead.',
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
        resilience: 'Rules require you to keep mail: that calls for a complete record of it that survives a lost or damaged device.',
      },
    },
  },

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
} as const satisfies ReasonWords;
