// @vitest-environment node
import { describe, expect, it } from 'vitest';
import GERMAN from '../../src/locale/de/index.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import { advise as adviseIn, describeEndpoints, type KnownServers } from '../../src/logic/advice.ts';
import { MODEL } from '../../src/logic/model.ts';
import { PROVIDERS, providerById } from '../../src/logic/providers.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Advice, Answers, Protocol } from '../../src/logic/types.ts';
import { completeAnswerSets } from './answer-sets.ts';

/** The advice worded in English, as the page shows it. */
const advise = (protocol: Protocol, answers: Answers, known: KnownServers = {}) => adviseIn(protocol, answers, known, ENGLISH);

const stepIds = (advice: Advice) => advice.steps.map((s) => s.id);
const step = (advice: Advice, id: string) => advice.steps.find((s) => s.id === id);
const allText = (advice: Advice) => advice.steps.map((s) => `${s.title} ${s.detail}`).join(' ');

/** The plain-text ports: POP3 110, IMAP 143, SMTP 25. */
const UNENCRYPTED_PORTS = [110, 143, 25];

describe('setup advice', () => {
  it('without a locale returns ids and data only: the same steps, no words', () => {
    const bare = adviseIn('pop3', { devices: 'two', backups: 'none' });
    expect(bare.steps.map((s) => s.id)).toEqual(stepIds(advise('pop3', { devices: 'two', backups: 'none' })));
    expect(bare.steps.every((s) => s.title === undefined && s.detail === undefined)).toBe(true);
  });

  it('sets up IMAP on port 993 and SMTP on 465 with TLS or 587 with STARTTLS required', () => {
    const { servers } = advise('imap', {});
    expect(servers).toEqual([
      { role: 'incoming', protocol: 'IMAP', host: undefined, endpoints: [{ port: 993, security: 'tls' }] },
      {
        role: 'outgoing',
        protocol: 'SMTP',
        host: undefined,
        endpoints: [
          { port: 465, security: 'tls' },
          { port: 587, security: 'starttls' },
        ],
      },
    ]);
    expect(describeEndpoints(servers[1]?.endpoints ?? [], ENGLISH.advice)).toBe('port 465 with SSL/TLS, or port 587 with STARTTLS set to required');
  });

  it('sets up POP3 on port 995 and SMTP on 465 or 587, all over TLS', () => {
    const { servers } = advise('pop3', {});
    expect(servers.map((s) => [s.protocol, s.endpoints.map((e) => e.port)])).toEqual([
      ['POP3', [995]],
      ['SMTP', [465, 587]],
    ]);
    expect(describeEndpoints(servers[0]?.endpoints ?? [], ENGLISH.advice)).toBe('port 995 with SSL/TLS');
  });

  it('says in the TLS step that port 587 means STARTTLS, set to required', () => {
    expect(step(advise('pop3', {}), 'tls')?.detail).toMatch(/port 587 with STARTTLS set to required/);
    expect(step(advise('imap', {}), 'tls')?.detail).toMatch(/port 465 with SSL\/TLS/);
  });

  it('names a known provider’s servers in the TLS step, with only the ports that provider offers', () => {
    const yahoo = providerById('yahoo');
    const detail = step(advise('imap', {}, yahoo), 'tls')?.detail ?? '';
    expect(detail).toContain('IMAP on imap.mail.yahoo.com (port 993 with SSL/TLS)');
    expect(detail).toContain('SMTP on smtp.mail.yahoo.com (port 465 with SSL/TLS)');
    expect(detail).not.toContain('587');
  });

  it('never offers an unencrypted port, and tells both protocols never to allow an unencrypted connection', () => {
    for (const protocol of ['imap', 'pop3'] as const) {
      for (const known of [undefined, ...PROVIDERS]) {
        const advice = advise(protocol, {}, known);
        const ports = advice.servers.flatMap((s) => s.endpoints.map((e) => e.port));
        expect(ports.filter((p) => UNENCRYPTED_PORTS.includes(p))).toEqual([]);
        expect(allText(advice)).toMatch(/Never allow an unencrypted connection/);
      }
    }
  });

  it('tells a POP3 user on one computer to use TLS, back up, encrypt, switch removal on, and what POP3 fetches', () => {
    expect(stepIds(advise('pop3', { devices: 'one' }))).toEqual(['tls', 'backups', 'disk-encryption', 'server-copy', 'inbox-only', 'switching']);
  });

  it('tells a POP3 user that only the inbox arrives, and that sent mail and folders stay where they were made', () => {
    const detail = step(advise('pop3', {}), 'inbox-only')?.detail ?? '';
    expect(detail).toMatch(/downloads the inbox and nothing else/);
    expect(detail).toMatch(/sent mail, folders and read or unread marks stay on the device/);
  });

  it('never claims POP3 takes mail off the server unless removal is switched on', () => {
    const copy = step(advise('pop3', { devices: 'one' }), 'server-copy');
    expect(copy?.title).toBe('Switch on “remove from server”');
    expect(copy?.detail).toMatch(/leave a copy of every message on the server by default/);
  });

  it('with a phone as well, lets the computer remove mail after the table’s days and the phone never', () => {
    const { leaveOnServerDays } = MODEL.advice;
    for (const devices of ['two', 'many'] as const) {
      const copy = step(advise('pop3', { devices }), 'server-copy');
      expect(copy?.title).toBe(`Let one computer remove mail after ${leaveOnServerDays} days; never let your phone remove it`);
      expect(copy?.detail).toMatch(/phone and any other device to leave messages on the server and never delete them/);
    }
  });

  it('words the server-copy step as a choice when the number of devices is unknown', () => {
    expect(step(advise('pop3', {}), 'server-copy')?.detail).toMatch(/If only one computer reads this mailbox.*If a phone also reads it/);
  });

  it('tells both protocols how to switch without losing mail', () => {
    expect(step(advise('pop3', {}), 'switching')?.detail).toMatch(/copy its folders \(Sent, Archive and your own\) into local folders/);
    expect(step(advise('imap', {}), 'switching')?.detail).toMatch(/move or copy those local folders into it/);
  });

  it('gives a POP3 user with a retention duty a retention step, and no one else', () => {
    expect(stepIds(advise('pop3', { retention: 'required' }))).toContain('retention');
    expect(step(advise('pop3', { retention: 'required' }), 'retention')?.detail).toMatch(/whole retention period/);
    expect(stepIds(advise('pop3', { retention: 'personal' }))).not.toContain('retention');
  });

  it('tells an IMAP user to pick a provider that stores mail encrypted, lock every device, and export now and then', () => {
    expect(stepIds(advise('imap', {}))).toEqual(['tls', 'provider-encryption', 'device-lock', 'local-export', 'switching']);
    expect(step(advise('imap', {}), 'provider-encryption')?.title).toBe('Choose a provider that stores your mail encrypted');
    expect(step(advise('imap', {}), 'device-lock')?.title).toBe('Lock and encrypt every device that reads this mailbox');
  });

  it('tells a team or a delegate using IMAP to give each person their own sign-in', () => {
    expect(stepIds(advise('imap', { sharing: 'team' }))).toContain('shared-access');
    expect(stepIds(advise('imap', { sharing: 'delegate' }))).toContain('shared-access');
    expect(stepIds(advise('imap', { sharing: 'solo' }))).not.toContain('shared-access');
  });

  it('asks someone with automatic encrypted backups to keep them running rather than set them up', () => {
    expect(step(advise('pop3', { backups: 'automatic' }), 'backups')?.title).toBe('Keep your automatic, encrypted backups running');
    expect(step(advise('pop3', { backups: 'sometimes' }), 'backups')?.title).toBe('Set up automatic, encrypted backups');
  });

  it('asks someone unsure about encryption to check it, someone without to turn it on, and someone with to keep it', () => {
    expect(step(advise('pop3', { deviceSecurity: 'yes' }), 'disk-encryption')?.title).toMatch(/^Keep/);
    expect(step(advise('pop3', { deviceSecurity: 'unsure' }), 'disk-encryption')?.title).toBe('Check that your device is encrypted');
    expect(step(advise('pop3', { deviceSecurity: 'no' }), 'disk-encryption')?.title).toMatch(/^Encrypt/);
  });

  it('asks someone already with a privacy-focused host to stay with one that encrypts at rest', () => {
    expect(step(advise('imap', { provider: 'high' }), 'provider-encryption')?.title).toMatch(/^Stay/);
    expect(step(advise('imap', { provider: 'low' }), 'provider-encryption')?.title).toMatch(/^Choose/);
  });

  it('asks someone with a retention duty using IMAP to keep their local exports', () => {
    expect(step(advise('imap', { retention: 'required' }), 'local-export')?.detail).toMatch(/retention rules/);
    expect(step(advise('imap', { retention: 'personal' }), 'local-export')?.detail).not.toMatch(/retention rules/);
  });

  it('is part of the recommendation, for the recommended protocol and tailored by the answers', () => {
    const answers: Answers = { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' };
    const result = recommend(answers, ENGLISH);
    expect(result.protocol).toBe('pop3');
    expect(result.advice).toEqual(advise('pop3', answers));
  });

  it('says the leave-on-server period in days, as the table sets it: 14', () => {
    expect(step(advise('pop3', { devices: 'two' }), 'server-copy')?.title).toBe('Let one computer remove mail after 14 days; never let your phone remove it');
    expect(step(adviseIn('pop3', { devices: 'two' }, {}, GERMAN), 'server-copy')?.title).toMatch(/nach 14 Tagen/);
  });
});

describe('setup advice for a POP3 result, over every complete answer set', () => {
  const pop3Results = (service?: 'gmail' | 'outlook') =>
    completeAnswerSets()
      .map((answers) => (service ? { ...answers, service } : answers))
      .map((answers) => ({ answers, result: recommend(answers) }))
      .filter(({ result }) => result.protocol === 'pop3');

  it('never tells someone who shares the mailbox to remove mail at once: it stays long enough for them', () => {
    const delegates = pop3Results().filter(({ answers }) => answers.sharing === 'delegate');
    expect(delegates.length).toBeGreaterThan(0);
    for (const locale of [ENGLISH, GERMAN]) {
      const bad = delegates.filter(({ answers, result }) => {
        const copy = adviseIn('pop3', answers, {}, locale).steps.find((s) => s.id === 'server-copy');
        return (
          !copy ||
          copy.variant === 'removal' ||
          copy.variant === 'maybe' ||
          !/14/.test(`${copy.title} ${copy.detail}`) ||
          result.cautions.every((c) => c.questionId !== 'sharing')
        );
      });
      expect(bad, locale.lang).toEqual([]);
    }
  });

  it('with Gmail, never relies on the program removing mail, and says POP3 brings all mail', () => {
    const gmail = providerById('gmail');
    const results = pop3Results('gmail');
    expect(results.length).toBeGreaterThan(0);
    for (const locale of [ENGLISH, GERMAN]) {
      const bad = results.filter(({ answers }) => {
        const { steps } = adviseIn('pop3', answers, gmail, locale);
        const copy = steps.find((s) => s.id === 'server-copy');
        const inbox = steps.find((s) => s.id === 'inbox-only');
        // Nor, anywhere, that POP3 fetches only the inbox: Gmail's serves all mail.
        const onlyInbox = /only new mail in the inbox|nur neue E-Mails im Posteingang|downloads the inbox and nothing else/;
        return (
          copy?.variant !== 'gmail' || inbox?.variant !== 'allMail' || steps.some((s) => /14/.test(`${s.title}`) || onlyInbox.test(`${s.title} ${s.detail}`))
        );
      });
      expect(bad, locale.lang).toEqual([]);
    }
    expect(step(advise('pop3', { devices: 'one' }, gmail), 'server-copy')?.detail).toMatch(/When messages are accessed with POP/);
  });

  it('with Outlook.com, first lets Outlook.com delete what the program removes', () => {
    const outlook = providerById('outlook');
    for (const { answers } of pop3Results('outlook')) {
      const ids = advise('pop3', answers, outlook).steps.map((s) => s.id);
      expect(ids.indexOf('provider-delete')).toBeGreaterThan(-1);
      expect(ids.indexOf('provider-delete')).toBeLessThan(ids.indexOf('server-copy'));
    }
    expect(step(advise('pop3', { devices: 'one' }, outlook), 'provider-delete')?.detail).toMatch(/Let apps and devices delete messages from Outlook/);
    // Other providers and a host's own servers: plain POP3, no such step.
    expect(stepIds(advise('pop3', { devices: 'one' }, providerById('gmx')))).not.toContain('provider-delete');
  });

  it('never tells someone to leave the provider they chose, or the host whose page they are on', () => {
    const imapSets = completeAnswerSets().filter((answers) => recommend(answers).protocol === 'imap');
    const hostServers = { imap: { host: 'imap.example.net', port: 993, security: 'tls' as const } };
    for (const locale of [ENGLISH, GERMAN]) {
      for (const known of [...PROVIDERS, hostServers]) {
        const bad = imapSets.filter((answers) => {
          const provider = adviseIn('imap', answers, known, locale).steps.find((s) => s.id === 'provider-encryption');
          return (
            provider?.variant !== 'chosen' ||
            /Choose a provider|pick a host|Anbieter mit verschlüsselter Speicherung wählen/i.test(`${provider.title} ${provider.detail}`)
          );
        });
        expect(bad.length, `${locale.lang}: ${'id' in known ? known.id : 'host'}`).toBe(0);
      }
    }
    // With no provider named, the answers decide what to ask of one.
    expect(step(advise('imap', { provider: 'low' }), 'provider-encryption')?.variant).toBe('start');
  }, 120_000);
});
