import type { AdviceWords, StepFacts } from '../../logic/advice.ts';

/** Step 1 of both protocols: the connection. */
const tls = ({ incoming, receiving, sending }: StepFacts) => ({
  title: 'Connect only over SSL/TLS',
  detail: `Set incoming mail to ${incoming} on ${receiving}, and sending to SMTP on ${sending}. Never allow an unencrypted connection, nor STARTTLS “if available”: TLS protects your mail on its way between your devices and the server.`,
});

/**
 * The setup advice in English: how ports read, and every step in every variant. Every claim is drawn
 * from the seed article or is a protocol fact (ports, TLS, what POP3 fetches).
 */
export const ADVICE_TEXT = {
  /** How a port is reached: "port 993 with SSL/TLS", "port 587 with STARTTLS set to required". */
  endpoint: (port: number, security: 'tls' | 'starttls') => (security === 'tls' ? `port ${port} with SSL/TLS` : `port ${port} with STARTTLS set to required`),
  /** Two ways to reach the same server: "…, or …". */
  either: (first: string, second: string) => `${first}, or ${second}`,
  /** A named server and how it is reached: "imap.gmail.com (port 993 with SSL/TLS)". */
  at: (host: string, endpoints: string) => `${host} (${endpoints})`,
  /** Each step's words, by step and variant (the answers pick one): see src/logic/advice.ts. */
  steps: {
    tls: { imap: tls, pop3: tls },
    backups: {
      start: {
        title: 'Set up automatic, encrypted backups',
        detail:
          'With POP3 your device holds the only lasting copy of your mail. Back it up automatically and encrypted, so a crash, a stolen laptop or ransomware cannot wipe out your mail for good.',
      },
      keep: {
        title: 'Keep your automatic, encrypted backups running',
        detail: 'They are what lets POP3 mail survive a crash or theft. Now and then, check that you can restore a message from them.',
      },
    },
    'disk-encryption': {
      start: {
        title: 'Encrypt your device and lock it with a password',
        detail:
          'With POP3 the whole burden of keeping your mail private falls on your own device: turn on disk encryption and a login password or PIN, so a stolen laptop or phone does not expose your mail.',
      },
      check: {
        title: 'Check that your device is encrypted',
        detail:
          'With POP3 all your mail lives on your device. Look in its security settings (FileVault on a Mac, BitLocker or device encryption on Windows; a phone with a passcode usually is), turn encryption on if it is off, and lock the device with a password.',
      },
      keep: {
        title: 'Keep your device encrypted and locked',
        detail: 'With POP3 your mail lives on that device: keep disk encryption and the login password on.',
      },
    },
    'server-copy': {
      removal: {
        title: 'Switch on “remove from server”',
        detail:
          'Many mail programs leave a copy of every message on the server by default. POP3 only takes your mail off the provider’s server once you switch removal on in the account settings.',
      },
      devices: ({ days }: StepFacts) => ({
        title: `Let one computer remove mail after ${days} days; never let your phone remove it`,
        detail: `Set your main computer to remove each message from the server ${days} days after downloading it, and set your phone and any other device to leave messages on the server and never delete them there. Your phone still sees new mail, and your computer keeps the lasting copy.`,
      }),
      delegate: ({ days }: StepFacts) => ({
        title: `Remove each message ${days} days after downloading it, not at once`,
        detail: `Set your mail program to remove each message from the server ${days} days after downloading it, so the person who shares this mailbox still sees it there. Your computer keeps the lasting copy.`,
      }),
      gmail: {
        title: 'Choose in Gmail what happens to Gmail’s copy',
        detail:
          'Gmail ignores a mail program’s “remove from server”: in Gmail on the web, Settings → Forwarding and POP/IMAP → “When messages are accessed with POP”, choose to keep, mark as read, archive or delete Gmail’s copy. Choose “delete” only once your backups run, because your device then holds the only copy.',
      },
      maybe: ({ days }: StepFacts) => ({
        title: 'Decide which device removes mail from the server',
        detail: `Many mail programs leave a copy on the server by default, and POP3 only takes mail off the server once removal is on. If only one computer reads this mailbox, switch removal on there. If a phone also reads it, let the computer remove each message after ${days} days and set the phone never to delete from the server.`,
      }),
    },
    'provider-delete': {
      outlook: {
        title: 'Let Outlook.com delete what your program removes',
        detail:
          'Outlook.com keeps every message a program downloads over POP until you allow otherwise: in Outlook.com, Settings → Mail → Forwarding and IMAP, switch on “Let apps and devices delete messages from Outlook”. Without it, “remove from server” in your program changes nothing there.',
      },
    },
    'inbox-only': {
      allMail: {
        title: 'Expect all your Gmail mail to arrive, but no labels',
        detail:
          'Gmail’s POP3 downloads every message except spam and bin, from all labels, and mail you sent from Gmail on the web. Labels, read or unread marks and mail sent from this program stay where they were made.',
      },
      pop3: {
        title: 'Expect only your inbox to arrive',
        detail:
          'POP3 downloads the inbox and nothing else: sent mail, folders and read or unread marks stay on the device where they were made, and your other devices never see them. Mail you send from a phone stays in that phone’s Sent folder.',
      },
    },
    retention: {
      pop3: {
        title: 'Keep mail for as long as your rules require',
        detail:
          'With POP3 your device holds the only lasting copy: keep the mail your rules cover in folders your encrypted backups include, keep those backups for the whole retention period, and check once a year that you can restore from them.',
      },
    },
    'provider-encryption': {
      start: {
        title: 'Choose a provider that stores your mail encrypted',
        detail:
          'With IMAP your mail is only as safe as your provider’s security and privacy policies: pick a host with no ads and no tracking that stores your mail encrypted.',
      },
      chosen: {
        title: 'Secure your account with your provider',
        detail:
          'Your mail stays on your provider’s servers: protect the account with two-step verification and a password you use nowhere else, and check now and then which apps and devices can reach it.',
      },
      keep: {
        title: 'Stay with a host that stores your mail encrypted',
        detail: 'Your privacy-focused host keeps your stored mail encrypted. If its terms or ownership change, check that it still does.',
      },
    },
    'device-lock': {
      imap: {
        title: 'Lock and encrypt every device that reads this mailbox',
        detail:
          'IMAP keeps a copy of your mail on each phone and computer it syncs to: give each one a screen lock or password and disk encryption, and turn on remote wipe where the device offers it.',
      },
    },
    'shared-access': {
      imap: {
        title: 'Give each person their own sign-in',
        detail:
          'Where your provider offers shared folders or delegated access, use them rather than sharing your password: everyone sees the same folders, and you can take someone’s access away later.',
      },
    },
    'local-export': {
      plain: {
        title: 'Export your mail to your computer now and then',
        detail:
          'A periodic local export keeps a copy of your mailbox under your own control, so your whole email history does not rest with a third party alone.',
      },
      retention: {
        title: 'Export your mail regularly and keep the exports',
        detail:
          'A periodic local export keeps a copy of your mailbox under your own control. Store the exports with your records, as your retention rules require.',
      },
    },
    switching: {
      toPop3: {
        title: 'Moving from IMAP? Copy your folders to your computer first',
        detail:
          'POP3 fetches only new mail in the inbox. Before you change an account that uses IMAP today, copy its folders (Sent, Archive and your own) into local folders on your computer, check that they are complete, and only then remove the IMAP account.',
      },
      toPop3AllMail: {
        title: 'Moving from IMAP? Copy your folders to your computer first',
        detail:
          'Gmail’s POP3 brings your mail into one inbox, without its labels or folders. Before you change an account that uses IMAP today, copy its folders (Sent, Archive and your own) into local folders on your computer, check that they are complete, and only then remove the IMAP account.',
      },
      toImap: {
        title: 'Moving from POP3? Upload your old mail',
        detail:
          'Mail that POP3 downloaded before lives only on that computer. After adding the IMAP account, move or copy those local folders into it so they reach the server and your other devices, then remove the old POP3 account.',
      },
    },
  },
} as const satisfies AdviceWords;
