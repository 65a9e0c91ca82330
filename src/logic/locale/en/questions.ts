/**
 * Every user-visible English string of the product. Another locale is another module of the same
 * shape. Claims about the protocols are drawn from the seed article (see docs/scoring-model.md).
 */
export const QUESTION_TEXT = {
  devices: {
    title: 'On how many devices do you read this mailbox?',
    topic: 'the number of devices',
    help: 'POP3 treats a single device as the final destination for your mail, while IMAP keeps every device looking at the same inbox.',
    options: { one: 'One device only (a computer, or just a phone)', two: 'Two, such as a computer and a phone', many: 'Three or more devices' },
  },
  sharing: {
    title: 'Does anyone else work in this mailbox or its folders?',
    topic: 'who else works in this mailbox',
    help: 'IMAP can sync shared folders so everyone stays on the same page; POP3 is tailored to one person.',
    options: { solo: 'Only me', delegate: 'An assistant or partner, sometimes', team: 'A team shares folders' },
  },
  threat: {
    title: 'Which worries you more?',
    topic: 'what worries you more',
    help: 'POP3 can take mail off the provider’s server, away from breaches, subpoenas and data mining; IMAP is the more resilient choice if you fear losing your device.',
    options: {
      device: 'Losing or breaking my device, or ransomware',
      both: 'Both equally',
      server: 'A breach, subpoena or data mining at the provider',
    },
  },
  backups: {
    title: 'How do you back up the device that keeps your mail?',
    topic: 'your backups',
    help: 'With POP3 that device is the single point of failure: without regular, encrypted backups a crash or theft can wipe out your mail for good.',
    options: { none: 'I don’t', sometimes: 'By hand, now and then', automatic: 'Automatic, encrypted backups' },
  },
  deviceSecurity: {
    title: 'Is the device that keeps your mail encrypted and locked with a password or PIN?',
    topic: 'device encryption',
    help: 'With POP3 the whole burden of email security falls on your own device.',
    options: { no: 'No', unsure: 'I’m not sure', yes: 'Yes' },
  },
  provider: {
    title: 'How much do you trust your provider with your stored mail?',
    topic: 'your provider',
    help: 'With IMAP your mail is only as safe as your provider’s security and privacy policies.',
    options: {
      low: 'Not much: it is free or ad-supported',
      some: 'Somewhat: a paid mainstream service',
      high: 'A lot: a privacy-focused host (no ads, no tracking, encryption at rest)',
    },
  },
  storage: {
    title: 'How big is your mailbox, and does server space cost you?',
    topic: 'your mailbox’s size',
    help: 'IMAP keeps every message on the server and needs a lot of storage; POP3, set to remove mail once downloaded, uses very little.',
    options: { small: 'It fits easily in my quota', growing: 'It is near my quota', large: 'I pay for extra space' },
  },
  retention: {
    title: 'Must you keep mail for years?',
    topic: 'keeping mail for years',
    help: 'Retention rules call for a clear data trail and mail that survives a lost or damaged device.',
    options: { no: 'No', personal: 'I want an archive', required: 'Yes: law, tax or compliance rules require it' },
  },
} as const;
