import type { QuestionsText } from '../../logic/questions.ts';

/**
 * The questions in English: title, topic (for a list in a sentence), one sentence of help drawn
 * from the seed article, a label per option, and a condition per option for "If …, IMAP would win"
 * (worded about this mailbox). Keyed by the catalogue's ids, so a new option is a type error here
 * until it has its words.
 */
export const QUESTION_TEXT = {
  devices: {
    title: 'On how many devices do you read this mailbox?',
    topic: 'the number of devices',
    help: 'POP3 treats a single device as the final destination for your mail, while IMAP keeps every device looking at the same inbox.',
    options: { one: 'One device only (a computer, or just a phone)', two: 'Two, such as a computer and a phone', many: 'Three or more devices' },
    conditions: {
      one: 'you read this mailbox on one device only',
      two: 'you read this mailbox on two devices, such as a computer and a phone',
      many: 'you read this mailbox on three or more devices',
    },
  },
  sharing: {
    title: 'Does anyone else work in this mailbox or its folders?',
    topic: 'who else works in this mailbox',
    help: 'IMAP can sync shared folders so everyone stays on the same page; POP3 is tailored to one person.',
    options: { solo: 'Only me', delegate: 'An assistant or partner, sometimes', team: 'A team shares folders' },
    conditions: {
      solo: 'only you worked in this mailbox',
      delegate: 'an assistant or partner sometimes worked in this mailbox',
      team: 'a team shared this mailbox’s folders',
    },
  },
  threat: {
    title: 'Which worries you more?',
    topic: 'what worries you more',
    help: 'POP3 can take mail off the provider’s server, away from breaches, court orders and data mining; IMAP keeps your mail safe if you fear losing your device.',
    options: {
      device: 'Losing or breaking my device, or ransomware',
      both: 'Both equally',
      server: 'A breach, a court order or data mining at the provider',
    },
    conditions: {
      device: 'losing or breaking a device worried you more than the provider',
      both: 'losing a device and a breach at the provider worried you equally',
      server: 'a breach, a court order or data mining at the provider worried you more',
    },
  },
  backups: {
    title: 'How do you back up the device that keeps your mail?',
    topic: 'your backups',
    help: 'With POP3 that device is the single point of failure: without regular, encrypted backups a crash or theft can wipe out your mail for good.',
    options: { none: 'I don’t', sometimes: 'By hand, now and then', automatic: 'Automatic, encrypted backups' },
    conditions: {
      none: 'the device that keeps this mailbox had no backups',
      sometimes: 'you backed up the device that keeps this mailbox by hand',
      automatic: 'the device that keeps this mailbox had automatic, encrypted backups',
    },
  },
  deviceSecurity: {
    title: 'Is the device that keeps your mail encrypted and locked with a password or PIN?',
    topic: 'device encryption',
    help: 'With POP3 the whole burden of email security falls on your own device.',
    options: { no: 'No', unsure: 'I’m not sure', yes: 'Yes' },
    conditions: {
      no: 'the device that keeps this mailbox were not encrypted',
      unsure: 'you were unsure whether the device that keeps this mailbox is encrypted',
      yes: 'the device that keeps this mailbox were encrypted and locked',
    },
  },
  provider: {
    title: 'How much do you trust your provider with your stored mail?',
    topic: 'your provider',
    help: 'With IMAP your mail is only as safe as your provider’s security and privacy policies.',
    options: {
      low: 'Not much: it is free or ad-supported',
      some: 'Somewhat: a paid mainstream service',
      high: 'A lot: a privacy-focused host (no ads, no tracking, mail stored encrypted)',
    },
    conditions: {
      low: 'this mailbox were with a free or ad-supported provider',
      some: 'this mailbox were with a paid mainstream provider',
      high: 'this mailbox were with a privacy-focused host',
    },
  },
  storage: {
    title: 'How big is your mailbox, and does server space cost you?',
    topic: 'your mailbox’s size',
    help: 'IMAP keeps every message on the server and needs a lot of storage; POP3, set to remove mail once downloaded, uses very little.',
    options: { small: 'It fits easily in my quota', growing: 'It is near my quota', large: 'I pay for extra space' },
    conditions: {
      small: 'this mailbox fitted easily in its quota',
      growing: 'this mailbox were near its quota',
      large: 'you paid for extra server space for this mailbox',
    },
  },
  retention: {
    title: 'Must you keep mail for years?',
    topic: 'keeping mail for years',
    help: 'Retention rules call for a complete record of your mail that survives a lost or damaged device.',
    options: { no: 'No', personal: 'I want an archive', required: 'Yes: law, tax or compliance rules require it' },
    conditions: {
      no: 'you did not need to keep this mailbox’s mail for years',
      personal: 'you wanted a personal archive of this mailbox',
      required: 'rules required you to keep this mailbox’s mail for years',
    },
  },
} as const satisfies QuestionsText;
