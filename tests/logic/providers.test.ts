// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import doc from '../../docs/providers.md?raw';
import scoringModel from '../../docs/scoring-model.md?raw';
import GERMAN from '../../src/locale/de/index.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import { PROVIDER_IDS } from '../../src/logic/provider-ids.ts';
import { PROVIDERS, PROVIDERS_CHECKED, providerById, type Server } from '../../src/logic/providers.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers } from '../../src/logic/types.ts';
import { partialAnswers } from './answer-sets.ts';

/** The only ways a server may be reached: implicit TLS on 993, 995 and 465; STARTTLS on 587. */
const ENCRYPTED: Record<'imap' | 'pop3' | 'smtp', ReadonlyArray<readonly [number, Server['security']]>> = {
  imap: [[993, 'tls']],
  pop3: [[995, 'tls']],
  smtp: [
    [465, 'tls'],
    [587, 'starttls'],
  ],
};

/** A server on the person's own computer (Proton Mail Bridge): STARTTLS over loopback. */
const onThisComputer = (server: Server) => server.host === '127.0.0.1' && server.security === 'starttls';

const servers = (p: (typeof PROVIDERS)[number]) => [['imap', p.imap], ['pop3', p.pop3], ...p.smtp.map((s) => ['smtp', s] as const)] as const;

describe('the provider catalogue', () => {
  it('lists every provider id once, in the order of the ids, with at least twelve providers', () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual([...PROVIDER_IDS]);
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(12);
  });

  it('has only encrypted connections: 993 and 995 with TLS, 465 with TLS, 587 with STARTTLS', () => {
    for (const provider of PROVIDERS) {
      expect(provider.smtp.length, provider.id).toBeGreaterThan(0);
      for (const [kind, server] of servers(provider)) {
        if (server === null || onThisComputer(server)) continue;
        expect(ENCRYPTED[kind], `${provider.id} ${kind} ${server.port}`).toContainEqual([server.port, server.security]);
      }
    }
  });

  it('names every server by a host name, never an address elsewhere, except Bridge on this computer', () => {
    for (const provider of PROVIDERS) {
      for (const [, server] of servers(provider)) {
        if (server === null) continue;
        if (provider.id === 'proton') expect(onThisComputer(server)).toBe(true);
        else expect(server.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      }
    }
  });

  it('gives every entry a source, an https help page of its own, and how to sign in', () => {
    for (const provider of PROVIDERS) {
      expect(provider.sources.length, provider.id).toBeGreaterThan(0);
      expect(provider.helpUrl).toMatch(/^https:\/\//);
      for (const source of provider.sources) expect(source.url).toMatch(/^https?:\/\//);
      for (const locale of [ENGLISH, GERMAN]) {
        const notes = locale.providers[provider.id];
        const where = `${locale.lang}: ${provider.id}`;
        expect(notes.signIn.length, where).toBeGreaterThan(20);
        expect(notes.user.length, where).toBeGreaterThan(5);
        // What must be switched on first is said, wherever the data says something must be.
        if (provider.enableFirst === 'pop-and-imap') expect(notes.enable, where).not.toBe('');
        if (provider.enableFirst === 'pop') expect(notes.enable || notes.pop3Note, where).not.toBe('');
      }
    }
  });

  it('offers no POP3 at iCloud and at Proton', () => {
    expect(providerById('icloud')?.pop3).toBeNull();
    expect(providerById('proton')?.pop3).toBeNull();
    expect(PROVIDERS.filter((p) => p.pop3 === null).map((p) => p.id)).toEqual(['icloud', 'proton']);
  });
});

const anyAnswers = partialAnswers;

describe('a provider as a requirement', () => {
  it('gives IMAP, clearly, as a requirement for iCloud and Proton whatever the other answers', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('icloud' as const, 'proton' as const), (answers, service) => {
        const result = recommend({ ...answers, service });
        expect(result.protocol).toBe('imap');
        expect(result.confidence).toBe('clear');
        expect(result.requirements).toContainEqual(expect.objectContaining({ questionId: 'service', optionId: service, protocol: 'imap' }));
        // No single change to the questions can lift it.
        expect(result.flips.filter((f) => f.protocol === 'pop3')).toEqual([]);
        expect(result.advice.servers[0]?.protocol).toBe('IMAP');
      }),
      { numRuns: 300 },
    );
  });

  it('says why in one sentence naming the provider', () => {
    const [requirement] = recommend({ devices: 'one', service: 'icloud' }, ENGLISH).requirements;
    expect(requirement?.reason).toBe('iCloud Mail offers no POP3, so a mail program can reach this mailbox only over IMAP.');
  });

  it('leaves the recommendation to the questions for a provider whose POP3 is plain POP3', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.constantFrom(...PROVIDERS.filter((p) => p.pop3 !== null && !p.pop3Behaviour?.oneClient && !p.pop3Behaviour?.paidPlansSince).map((p) => p.id)),
        (answers, service) => {
          const withService = recommend({ ...answers, service });
          const without = recommend(answers);
          expect([withService.protocol, withService.confidence]).toEqual([without.protocol, without.confidence]);
          expect(withService.flips).toEqual(without.flips);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never recommends Gmail’s POP3 for a second device: it hands each message to one program only', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('two' as const, 'many' as const), (answers, devices) => {
        const result = recommend({ ...answers, devices, service: 'gmail' }, ENGLISH);
        expect(`${result.protocol} ${result.confidence}`).toBe('imap clear');
        const rule = result.requirements.find((r) => r.rule === 'one-pop3-client');
        expect(rule).toMatchObject({ questionId: 'service', optionId: 'gmail', protocol: 'imap' });
        expect(rule?.reason).toMatch(/^Gmail hands each message to the first mail program that fetches it/);
        // The workaround Google offers, and why it does not make POP3 safe for a second device.
        expect(rule?.reason).toContain('“recent:” typed before your address as the user name');
        expect(rule?.reason).toContain('the last 30 days');
      }),
      { numRuns: 200 },
    );
    // One device: the questions decide, as for any provider, and "one device only" stays a way back to POP3.
    const oneDevice = { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' } as const;
    expect(recommend({ ...oneDevice, service: 'gmail' }).protocol).toBe('pop3');
    const twoDevices = recommend({ ...oneDevice, devices: 'two', service: 'gmail' });
    expect(twoDevices.flips).toContainEqual({ questionId: 'devices', optionId: 'one', protocol: 'pop3' });
    // The devices question skipped: one answer would rule POP3 out, so it is no more than a toss-up.
    const skipped = { sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' } as const;
    const unknownDevices = recommend({ ...skipped, service: 'gmail' });
    expect(`${unknownDevices.protocol} ${unknownDevices.confidence}`).toBe('pop3 toss-up');
    expect(unknownDevices.openQuestions).toContain('devices');
    expect(recommend(skipped).confidence).not.toBe('toss-up');
  });

  it('never calls Zoho’s POP3 clear: free accounts opened since 2019 have none, and the caution says so in both languages', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const withZoho = recommend({ ...answers, service: 'zoho' }, ENGLISH);
        const without = recommend(answers);
        // The protocol stays the questions' choice; only the confidence of a POP3 result is capped.
        expect(withZoho.protocol).toBe(without.protocol);
        if (withZoho.protocol === 'pop3') {
          expect(withZoho.confidence).not.toBe('clear');
          expect(withZoho.cautions).toContainEqual(expect.objectContaining({ questionId: 'service', optionId: 'zoho' }));
        } else {
          expect(withZoho.cautions).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
    const pop3Person = {
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'large',
      retention: 'no',
    } as const;
    expect(`${recommend(pop3Person).protocol} ${recommend(pop3Person).confidence}`).toBe('pop3 clear');
    const english = recommend({ ...pop3Person, service: 'zoho' }, ENGLISH);
    expect(english.confidence).toBe('lean');
    expect(english.cautions.map((c) => c.reason)).toEqual([
      'Zoho Mail offers POP3 on paid plans only: free accounts opened since 2019 have none. Check that your plan includes POP access before you set up POP3.',
    ]);
    const german = recommend({ ...pop3Person, service: 'zoho' }, GERMAN);
    expect(german.cautions[0]?.reason).toMatch(/^Zoho Mail bietet POP3 nur in bezahlten Tarifen: Kostenlose Konten, die seit 2019 eröffnet wurden/);
  });

  it('ignores a service that is not a known provider', () => {
    const answers = { devices: 'one', service: 'evil' } as unknown as Answers;
    expect(recommend(answers)).toEqual(recommend({ devices: 'one' }));
  });
});

describe('docs/providers.md', () => {
  it('gives the date every entry was checked', () => {
    expect(doc).toContain(`checked on ${PROVIDERS_CHECKED}`);
  });

  it('lists every entry with its servers, its help page and every source', () => {
    for (const provider of PROVIDERS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${provider.id}\` | ${provider.name} |`));
      expect(row, provider.id).toBeDefined();
      for (const [, server] of servers(provider)) if (server) expect(row).toContain(`\`${server.host}\` ${server.port}`);
      if (provider.pop3 === null) expect(row).toContain('**none**');
      expect(doc).toContain(provider.helpUrl);
      for (const source of provider.sources) expect(doc, provider.id).toContain(source.url);
    }
  });

  it('has a requirement row in docs/scoring-model.md for every provider without POP3, and no other', () => {
    const rows = scoringModel.split('\n').filter((line) => /^\| `[a-z-]+` \([^)]+\) \| POP3 \|/.test(line));
    expect(rows.map((row) => /`([a-z-]+)`/.exec(row)?.[1])).toEqual(PROVIDERS.filter((p) => p.pop3 === null).map((p) => p.id));
  });
});
