/**
 * The scoring model's English text: the reason behind each answer (per axis it acts on) and the
 * setup advice. Axis and protocol names are the UI's (EN.ui.axes, EN.ui.protocols). Every claim is
 * drawn from the seed article or is a protocol fact (ports, TLS); see docs/scoring-model.md.
 */

/** Formats a list of ports as "465 or 587". */
function portList(ports: ReadonlyArray<number>): string {
  return ports.join(' or ');
}

export const MODEL_TEXT = {
  /**
   * Why an answer pushed the result, keyed by question, option and the axis it acted on most.
   * An option has one sentence for each axis it acts on in the model table.
   */
  reasons: {
    devices: {
      one: {
        multiDevice: 'You read mail on one computer, so IMAP’s syncing across devices matters little to you.',
      },
      two: {
        multiDevice: 'You read mail on a computer and a phone: keeping them in step is clunky with POP3 and seamless with IMAP.',
      },
      many: {
        multiDevice: 'You read mail on three or more devices: IMAP keeps them all looking at the same inbox, and POP3 was not designed for that.',
      },
    },
    sharing: {
      solo: {
        multiDevice: 'Only you use this mailbox, so nobody else needs to see the same folders.',
      },
      delegate: {
        multiDevice: 'Someone else sometimes works in your mailbox, and with IMAP you both see the same folders.',
      },
      team: {
        multiDevice: 'A team shares your folders: IMAP is the go-to for collaborative work, while POP3 is tailored to one person.',
      },
    },
    threat: {
      device: {
        privacy: 'You worry less about the provider, so keeping mail off its server counts for less.',
        resilience: 'You fear losing your device, and IMAP’s professionally managed server is the more resilient option.',
      },
      both: {
        privacy: 'You also worry about breaches at the provider, which counts for POP3’s privacy.',
        resilience: 'You also worry about losing your device, which counts for IMAP’s resilience.',
      },
      server: {
        privacy: 'You fear a breach, subpoena or data mining at the provider, and POP3 keeps your mail off its server.',
        resilience: 'You worry less about losing your device, so IMAP’s resilience counts for less.',
      },
    },
    backups: {
      none: {
        resilience: 'Without backups, POP3 makes your computer the single point of failure: a crash or theft could wipe out your mail for good.',
      },
      sometimes: {
        resilience: 'Backups by hand now and then are not the regular backups POP3 needs: mail since the last one is lost if the computer fails.',
      },
      automatic: {
        resilience: 'Your automatic, encrypted backups cover POP3’s weak spot: your mail survives a crash or a stolen laptop.',
      },
    },
    deviceSecurity: {
      no: {
        privacy: 'Your disk is not encrypted, and with POP3 the whole burden of keeping your mail private falls on that computer.',
      },
      unsure: {
        privacy: 'You are not sure your disk is encrypted, and with POP3 the whole burden of keeping your mail private falls on that computer.',
      },
      yes: {
        privacy: 'Your disk is encrypted and locked, so mail kept on it with POP3 stays in your own hands.',
      },
    },
    provider: {
      low: {
        privacy: 'A free or ad-supported provider would hold all your mail with IMAP, and your data is only as private as its policies.',
      },
      some: {
        privacy: 'A paid mainstream provider is a steadier home for mail kept on the server with IMAP.',
      },
      high: {
        privacy: 'Your privacy-focused host, with no ads, no tracking and encryption at rest, narrows POP3’s privacy lead.',
      },
    },
    storage: {
      small: {
        serverCost: 'Your mailbox fits easily in your quota, so IMAP’s use of server space costs you little.',
      },
      growing: {
        serverCost: 'Your mailbox is near its quota: IMAP keeps every message on the server, while POP3 empties it.',
      },
      large: {
        serverCost: 'You pay for extra server space: POP3 uses very little of it, while IMAP keeps all your mail there.',
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
  },

  advice: {
    security: {
      incoming: 'SSL/TLS (never unencrypted)',
      outgoing: (implicitTls: number, startTls: number) =>
        `SSL/TLS on ${implicitTls}, or STARTTLS on ${startTls} (never unencrypted)`,
    },
    tls: {
      title: 'Connect only over SSL/TLS',
      detail: (incoming: 'IMAP' | 'POP3', port: number, smtpPorts: ReadonlyArray<number>) =>
        `Set incoming mail to ${incoming} on port ${port} with SSL/TLS, and sending to SMTP on port ${portList(smtpPorts)}. Never allow an unencrypted connection: TLS protects your mail on its way between your devices and the server.`,
    },
    backups: {
      start: {
        title: 'Set up automatic, encrypted backups',
        detail: 'With POP3 your computer is the only home of your mail. Back it up automatically and encrypted, so a crash, a stolen laptop or ransomware cannot wipe out your mail for good.',
      },
      keep: {
        title: 'Keep your automatic encrypted backups running',
        detail: 'They are what lets POP3 mail survive a crash or theft. Now and then, check that you can restore a message from them.',
      },
    },
    diskEncryption: {
      start: {
        title: 'Encrypt your disk and lock it with a password',
        detail: 'With POP3 the whole burden of email security falls on your own computer: turn on disk encryption and a login password so a stolen laptop does not expose your mail.',
      },
      keep: {
        title: 'Keep your disk encrypted and locked',
        detail: 'With POP3 your mail lives on that computer: keep disk encryption and the login password on.',
      },
    },
    leaveCopy: {
      title: (days: number) => `Leave a copy on the server for ${days} days`,
      detail: {
        otherDevices: (days: number) =>
          `Your phone or other devices also read this mailbox. Set POP3 to leave each message on the server for ${days} days so they can fetch it too, then let it be deleted: the less mail stays on the server, the less is exposed there.`,
        maybe: (days: number) =>
          `If a phone or another device also reads this mailbox, set POP3 to leave each message on the server for ${days} days so it can fetch it too, then let it be deleted. If only this computer reads mail, skip this.`,
      },
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
  },
} as const;
