/**
 * The persona panel: people the seed article or email hosts' published guidance describe, each with
 * answers (some partial, as a prefilled link or a hurried reader gives), the protocol a careful
 * email administrator would recommend, the confidences that administrator would accept, and the
 * sentence the expectation rests on. Article sentences are quoted verbatim; hosts' guidance is
 * stated as a fact in our own words, with the page it comes from.
 *
 * The panel checks principles, not numbers: tests/logic/personas.test.ts runs it against the model,
 * and docs/scoring-model.md lists it with the model's answer for each.
 */
import type { Answers, Confidence, Protocol } from '../../src/logic/types.ts';

export type Basis = { source: 'article'; quote: string } | { source: string; url: string; fact: string };

export type Persona = {
  id: string;
  who: string;
  answers: Answers;
  protocol: Protocol;
  confidences: ReadonlyArray<Confidence>;
  basis: Basis;
};

const ARTICLE = (quote: string): Basis => ({ source: 'article', quote });

export const PERSONAS: ReadonlyArray<Persona> = [
  {
    id: 'P01',
    who: 'A lone privacy-minded user of one computer with automatic backups and an encrypted disk, on an ad-supported provider, who pays for server space',
    answers: {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'large',
    },
    protocol: 'pop3',
    confidences: ['clear'],
    basis: ARTICLE(
      'It’s perfect for someone who uses one main computer for email, values absolute privacy, and is diligent about making their own encrypted backups.',
    ),
  },
  {
    id: 'P02',
    who: 'A team on three or more devices that shares folders, fears losing devices and has no backups',
    answers: { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE(
      'As the visual shows, IMAP is the go-to for any kind of collaborative work, while POP3 is tailored for individual users prioritizing privacy and local data control.',
    ),
  },
  {
    id: 'P03',
    who: 'A team that shares folders but otherwise answers like the POP3 person: one computer, fears the provider, backups, encrypted disk, pays for space',
    answers: { devices: 'one', sharing: 'team', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'FTGate',
      url: 'http://docs.ftgate.com/ftgate-documentation/groupware/shared-folder-overview/',
      fact: 'Shared folders only work for users who collect their mail over IMAP or webmail.',
    },
  },
  {
    id: 'P04',
    who: 'Someone in a shared info@ mailbox, nothing else answered',
    answers: { sharing: 'team' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'HostGator',
      url: 'http://support.hostgator.com/articles/specialized-help/email/pop-vs-imap',
      fact: 'IMAP is the right choice when several users need the same account, because everyone sees the same changes.',
    },
  },
  {
    id: 'P05',
    who: 'Someone who reads mail on a phone, a laptop and a tablet, nothing else answered',
    answers: { devices: 'many' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE(
      'On the other hand, if you’re like most people today—checking email on your phone, then your laptop, then maybe a tablet—IMAP is the clear choice.',
    ),
  },
  {
    id: 'P06',
    who: 'Someone who reads mail on a computer and a phone, nothing else answered',
    answers: { devices: 'two' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'This makes trying to sync your inbox between a phone and a laptop a clunky, manual headache that often results in fragmented conversations and missing messages.',
    ),
  },
  {
    id: 'P07',
    who: 'A traveller on a laptop and a phone who fears losing them',
    answers: { devices: 'two', threat: 'device' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'IONOS',
      url: 'https://www.ionos.de/hilfe/e-mail/allgemeine-themen/unterschiede-zwischen-imap-und-pop3/',
      fact: 'With IMAP you keep your mail even if the phone or computer is destroyed or stolen.',
    },
  },
  {
    id: 'P08',
    who: 'Someone who skipped every question',
    answers: {},
    protocol: 'imap',
    confidences: ['lean'],
    basis: { source: 'Migadu', url: 'https://www.migadu.com/en/guides/config.html', fact: 'When in doubt, choose IMAP.' },
  },
  {
    id: 'P09',
    who: 'Someone on one computer with no backups who pays for extra server space',
    answers: { devices: 'one', backups: 'none', storage: 'large' },
    protocol: 'imap',
    confidences: ['lean', 'toss-up'],
    basis: ARTICLE(
      'If you aren’t making regular, encrypted backups, a hard drive crash, a stolen laptop, or a malware attack could wipe out your entire email history for good.',
    ),
  },
  {
    id: 'P10',
    who: 'A one-computer user with no backups whose retention rules require keeping mail',
    answers: { devices: 'one', backups: 'none', retention: 'required' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'It’s perfect for someone who uses one main computer for email, values absolute privacy, and is diligent about making their own encrypted backups.',
    ),
  },
  {
    id: 'P11',
    who: 'A privacy-minded user of one computer who works alone, with automatic backups and an encrypted disk (provider, storage and retention skipped)',
    answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes' },
    protocol: 'pop3',
    confidences: ['clear', 'lean'],
    basis: ARTICLE('If your primary goal is to keep your data entirely in your own hands and off third-party servers, then POP3 is your best bet.'),
  },
  {
    id: 'P12',
    who: 'A small law firm archiving on one encrypted, backed-up computer under a retention duty',
    answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', retention: 'required' },
    protocol: 'pop3',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'But a small law firm might see POP3 as a better fit, allowing them to create secure, confidential archives on an encrypted local drive, completely off third-party servers.',
    ),
  },
  {
    id: 'P13',
    who: 'A company on many devices sharing folders under data retention laws',
    answers: { devices: 'many', sharing: 'team', retention: 'required' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE('It’s no surprise that a 2024 survey of Fortune 500 companies found that over 95% use IMAP for their employees.'),
  },
  {
    id: 'P14',
    who: 'A customer of a privacy-focused host, nothing else answered',
    answers: { provider: 'high' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'Privacy Concerns: Do you want complete local control and keep data off servers (POP3), or are you comfortable with a trusted hosted email platform storing your mail (IMAP)?',
    ),
  },
  {
    id: 'P15',
    who: 'Someone who fears the provider, nothing else answered',
    answers: { threat: 'server' },
    protocol: 'pop3',
    confidences: ['lean', 'toss-up'],
    basis: ARTICLE('If your main goal is to keep your data off third-party servers at all costs, POP3 gives you that control.'),
  },
  {
    id: 'P16',
    who: 'Someone on one computer, nothing else answered',
    answers: { devices: 'one' },
    protocol: 'pop3',
    confidences: ['lean', 'toss-up'],
    basis: { source: 'Migadu', url: 'https://www.migadu.com/en/guides/config.html', fact: 'POP3 can be fine with only one device; otherwise IMAP.' },
  },
  {
    id: 'P17',
    who: 'A sole user on a computer and a phone who worries about both risks and backs up by hand',
    answers: { devices: 'two', sharing: 'solo', threat: 'both', backups: 'sometimes' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'Mozilla Thunderbird',
      url: 'https://support.mozilla.org./gn/kb/difference-between-imap-and-pop3',
      fact: 'With more than one device, choose IMAP.',
    },
  },
  {
    id: 'P18',
    who: 'Someone whose assistant sometimes works in the mailbox, on a computer and a phone',
    answers: { devices: 'two', sharing: 'delegate' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'Active24',
      url: 'https://faq.active24.com/de/208430-POP3-und-IMAP---Posteinstellungen-im-Outlook-Thunderbird-Apple',
      fact: 'To share the mailbox with other users, or use more devices, use IMAP.',
    },
  },
  {
    id: 'P19',
    who: 'Someone on one computer whose partner sometimes reads the mailbox and who worries about both risks',
    answers: { devices: 'one', sharing: 'delegate', threat: 'both' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: {
      source: 'GoDaddy',
      url: 'https://help-center.dc-aws.godaddy.com/help/what-is-the-difference-between-pop-and-imap-19318',
      fact: 'Mail downloaded by POP can only be read in that mail program on that computer, not on other devices or in webmail.',
    },
  },
  {
    id: 'P20',
    who: 'Someone on one computer, near the quota, who fears losing the device',
    answers: { devices: 'one', threat: 'device', storage: 'growing' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'But if you’re more concerned about losing your device or dealing with a local hardware failure, IMAP’s professionally managed, centralized approach is the far more resilient option.',
    ),
  },
  {
    id: 'P21',
    who: 'Someone on three or more devices who pays for extra server space',
    answers: { devices: 'many', storage: 'large' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'Mozilla Thunderbird',
      url: 'https://support.mozilla.org./gn/kb/difference-between-imap-and-pop3',
      fact: 'With more than one device choose IMAP; POP3 only for very large stores of mail (over 15 GB) or rare, expensive connections.',
    },
  },
  {
    id: 'P22',
    who: 'A sole user on a computer and a phone who pays for extra server space',
    answers: { devices: 'two', sharing: 'solo', storage: 'large' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: {
      source: 'lmi.net',
      url: 'https://www.lmi.net/tech-notes/pop-vs-imap/',
      fact: 'POP is still good for one computer; with a phone plus a computer, use IMAP.',
    },
  },
  {
    id: 'P23',
    who: 'The POP3 person, but unsure whether the disk is encrypted',
    answers: {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'unsure',
      provider: 'low',
      storage: 'large',
      retention: 'no',
    },
    protocol: 'pop3',
    confidences: ['lean'],
    basis: ARTICLE('While storing emails locally is great for privacy, it also means the entire burden of email security falls squarely on your shoulders.'),
  },
  {
    id: 'P24',
    who: 'A one-computer user who fears ransomware and backs up by hand now and then',
    answers: { devices: 'one', sharing: 'solo', threat: 'device', backups: 'sometimes' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: {
      source: 'Zoho Mail',
      url: 'https://www.zoho.com/mail/help/pop-access.html',
      fact: 'POP mail is not backed up unless you back it up yourself; IMAP mail is backed up by the host.',
    },
  },
  {
    id: 'P25',
    who: 'A customer of a privacy-focused host on a computer and a phone who fears breaches',
    answers: { devices: 'two', threat: 'server', provider: 'high' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE('A secure hosted email platform using IMAP must have robust server-side security, encryption-at-rest, and reliable backup systems.'),
  },
  {
    id: 'P26',
    who: 'The POP3 person with every question answered and a small mailbox',
    answers: {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'small',
      retention: 'no',
    },
    protocol: 'pop3',
    confidences: ['clear'],
    basis: ARTICLE(
      'Once downloaded, they’re off the provider’s server, which protects them from server-side data breaches, government subpoenas, or corporate data mining.',
    ),
  },
  {
    id: 'P27',
    who: 'Someone who reads mail only on a phone, has no backups and fears losing it',
    answers: { devices: 'one', sharing: 'solo', threat: 'device', backups: 'none' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: {
      source: 'GMX',
      url: 'https://newsroom.gmx.net/?p=21984',
      fact: 'With POP, a failed device loses all its messages: there is no archive or backup on the server.',
    },
  },
  {
    id: 'P28',
    who: 'A small business owner on a computer and a phone, with an assistant, a paid provider, a full mailbox and a retention duty',
    answers: {
      devices: 'two',
      sharing: 'delegate',
      threat: 'both',
      backups: 'sometimes',
      deviceSecurity: 'unsure',
      provider: 'some',
      storage: 'large',
      retention: 'required',
    },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE(
      'When you’re choosing for a business, the stakes are higher. You have to think about things like compliance regulations, data retention policies, and what would happen if a device was lost or damaged.',
    ),
  },
  {
    id: 'P29',
    who: 'A privacy maximalist on three or more devices: fears the provider, backups, encrypted disk, ad-supported provider, pays for space',
    answers: {
      devices: 'many',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'large',
      retention: 'no',
    },
    protocol: 'imap',
    confidences: ['lean', 'toss-up'],
    basis: {
      source: 'Skymail',
      url: 'https://suporte.skymail.com.br/hc/pt-br/articles/360049112892-POP3-em-v%C3%A1rios-computadores',
      fact: 'With POP on three computers, one not set to leave a copy deletes the mail for all the others.',
    },
  },
  {
    id: 'P30',
    who: 'A privacy-minded user of one computer with no backups and an unencrypted disk',
    answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'none', deviceSecurity: 'no', provider: 'low', storage: 'large' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE(
      "If you aren't making regular, encrypted backups, a hard drive crash, a stolen laptop, or a malware attack could wipe out your entire email history for good.",
    ),
  },
  {
    id: 'P31',
    who: 'Someone on a computer and a phone who wants a personal archive',
    answers: { devices: 'two', retention: 'personal' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: {
      source: 'Indiana University UITS',
      url: 'https://kb.iu.edu/d/aims',
      fact: 'Users who read by POP on an office and a home computer ended up with different copies of their inbox.',
    },
  },
  {
    id: 'P32',
    who: 'A one-computer user whose retention rules require keeping mail, nothing else answered',
    answers: { devices: 'one', retention: 'required' },
    protocol: 'imap',
    confidences: ['lean', 'toss-up'],
    basis: ARTICLE(
      'It’s perfect for someone who uses one main computer for email, values absolute privacy, and is diligent about making their own encrypted backups.',
    ),
  },
  {
    id: 'P33',
    who: 'A sole trader who must keep mail for the tax office, on one computer, fears the provider, backs up by hand now and then',
    answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'sometimes', deviceSecurity: 'yes', provider: 'low', retention: 'required' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE(
      "Your computer becomes the single point of failure. If you aren't making regular, encrypted backups, a hard drive crash, a stolen laptop, or a malware attack could wipe out your entire email history for good.",
    ),
  },
  {
    id: 'P34',
    who: 'Someone on a computer and a phone, privacy-first, with no backups',
    answers: { devices: 'two', threat: 'server', backups: 'none', deviceSecurity: 'yes', provider: 'low' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: ARTICLE('With IMAP, your email provider manages the storage, security, and backups, so your inbox looks the same no matter where you log in from.'),
  },
  {
    id: 'P35',
    who: 'A Gmail user on a computer and a phone who values privacy, with automatic backups and an encrypted disk',
    answers: { devices: 'two', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', service: 'gmail' },
    protocol: 'imap',
    confidences: ['clear'],
    basis: {
      source: 'Google',
      url: 'https://support.google.com/a/answer/6089246',
      fact: 'In POP normal mode Gmail lists only messages not yet downloaded and marks each downloaded message as popped, so a second mail program does not receive it.',
    },
  },
  {
    id: 'P36',
    who: 'A single-computer user who fears losing the device most, with automatic backups and an encrypted disk',
    answers: { devices: 'one', sharing: 'solo', threat: 'device', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' },
    protocol: 'pop3',
    confidences: ['toss-up'],
    basis: ARTICLE(
      'But if you’re more concerned about losing your device or dealing with a local hardware failure, IMAP’s professionally managed, centralized approach is the far more resilient option.',
    ),
  },
  {
    id: 'P37',
    who: 'A privacy maximalist on one encrypted computer who makes no backups',
    answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'none', deviceSecurity: 'yes', provider: 'low', storage: 'small', retention: 'no' },
    protocol: 'pop3',
    confidences: ['toss-up'],
    basis: ARTICLE(
      'Ultimately, POP3 is a double-edged sword. It gives you unmatched control and privacy over your data, but it also demands that you take security and data management seriously.',
    ),
  },
  {
    id: 'P38',
    who: 'A sole trader who must keep mail by law, distrusts a free provider and pays for space, and skipped the backup question',
    answers: { threat: 'server', provider: 'low', storage: 'large', retention: 'required' },
    protocol: 'pop3',
    confidences: ['toss-up'],
    basis: ARTICLE(
      'Your computer becomes the single point of failure. If you aren’t making regular, encrypted backups, a hard drive crash, a stolen laptop, or a malware attack could wipe out your entire email history for good.',
    ),
  },
  {
    id: 'P39',
    who: 'A customer of a privacy-focused host on one encrypted, backed-up laptop who fears losing it most (sharing, storage and retention skipped)',
    answers: { devices: 'one', threat: 'device', backups: 'automatic', deviceSecurity: 'yes', provider: 'high' },
    protocol: 'imap',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'But if you’re more concerned about losing your device or dealing with a local hardware failure, IMAP’s professionally managed, centralized approach is the far more resilient option.',
    ),
  },
  {
    id: 'P40',
    who: 'A freelancer who must keep mail for the tax office, on one encrypted desktop with automatic backups, who fears the provider',
    answers: {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'small',
      retention: 'required',
    },
    protocol: 'pop3',
    confidences: ['clear', 'lean'],
    basis: ARTICLE(
      'But a small law firm might see POP3 as a better fit, allowing them to create secure, confidential archives on an encrypted local drive, completely off third-party servers.',
    ),
  },
  {
    id: 'P41',
    who: 'A Zoho Mail user on one encrypted computer with automatic backups who values privacy and need not keep mail',
    answers: {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'large',
      retention: 'no',
      service: 'zoho',
    },
    protocol: 'pop3',
    confidences: ['lean', 'toss-up'],
    basis: {
      source: 'Zoho Mail',
      url: 'https://www.zoho.com/mail/help/pop-access.html',
      fact: 'POP access is available on paid plans only: free accounts opened since 2019 have none.',
    },
  },
  {
    id: 'P42',
    who: 'Someone on a computer and a phone who fears the provider, nothing else answered',
    answers: { devices: 'two', threat: 'server' },
    protocol: 'imap',
    confidences: ['lean', 'toss-up'],
    basis: ARTICLE(
      'Is your data safer stored on a single, vulnerable physical device under your exclusive control (POP3), or on a highly-fortified remote server managed by experts that you must trust implicitly (IMAP)?',
    ),
  },
  {
    id: 'P43',
    who: 'A privacy-minded consultant on one encrypted, backed-up computer whose assistant sometimes works in the mailbox',
    answers: { devices: 'one', sharing: 'delegate', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' },
    protocol: 'pop3',
    confidences: ['toss-up'],
    basis: ARTICLE('Its ability to sync shared folders and keep everyone on the same page is non-negotiable for team projects.'),
  },
];
