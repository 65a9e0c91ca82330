// @vitest-environment node
/**
 * People the seed article describes, and what it says suits them. Each test quotes the sentence it
 * comes from; the expected confidence is what a reader of that sentence would expect.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers } from '../../src/logic/types.ts';

function verdict(answers: Answers): string {
  const { protocol, confidence } = recommend(answers);
  return `${protocol} ${confidence}`;
}

describe('recommend for the people the article describes', () => {
  // Spec scenario. "It’s perfect for someone who uses one main computer for email, values absolute
  // privacy, and is diligent about making their own encrypted backups." — and "An organization can
  // run a professional email service without paying for massive server-side mailboxes".
  it('clearly recommends POP3 to a lone privacy-minded user of one computer with backups who pays for space', () => {
    expect(
      verdict({
        devices: 'one',
        sharing: 'solo',
        threat: 'server',
        backups: 'automatic',
        deviceSecurity: 'yes',
        provider: 'low',
        storage: 'large',
      }),
    ).toBe('pop3 clear');
  });

  // Spec scenario. "But if you’re more concerned about losing your device or dealing with a local
  // hardware failure, IMAP’s professionally managed, centralized approach is the far more resilient
  // option." and "IMAP is the go-to for any kind of collaborative work".
  it('clearly recommends IMAP to a team on many devices that fears losing them and has no backups', () => {
    expect(verdict({ devices: 'many', sharing: 'team', threat: 'device', backups: 'none' })).toBe('imap clear');
  });

  // "if you’re like most people today—checking email on your phone, then your laptop, then maybe a
  // tablet—IMAP is the clear choice."
  it('clearly recommends IMAP to someone on three or more devices, even with nothing else answered', () => {
    expect(verdict({ devices: 'many' })).toBe('imap clear');
  });

  // "This makes trying to sync your inbox between a phone and a laptop a clunky, manual headache that
  // often results in fragmented conversations and missing messages."
  it('clearly recommends IMAP to someone who reads mail on a computer and a phone', () => {
    expect(verdict({ devices: 'two' })).toBe('imap clear');
  });

  // "A distributed tech company, for example, couldn’t function without IMAP. Its ability to sync
  // shared folders and keep everyone on the same page is non-negotiable for team projects."
  it('clearly recommends IMAP to a distributed team sharing folders across many devices', () => {
    expect(verdict({ devices: 'many', sharing: 'team' })).toBe('imap clear');
  });

  // "They need centralized control and a clear data trail to meet data retention laws."
  it('clearly recommends IMAP to a team that must keep mail by law', () => {
    expect(verdict({ sharing: 'team', retention: 'required' })).toBe('imap clear');
  });

  // "But a small law firm might see POP3 as a better fit, allowing them to create secure, confidential
  // archives on an encrypted local drive, completely off third-party servers."
  it('clearly recommends POP3 to a small law firm archiving on one encrypted, backed-up computer despite a retention duty', () => {
    expect(
      verdict({ devices: 'one', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', retention: 'required' }),
    ).toBe('pop3 clear');
  });

  // "If your main goal is to keep your data off third-party servers at all costs, POP3 gives you
  // that control."
  it('leans to POP3 for someone who fears the provider, with nothing else answered', () => {
    expect(verdict({ threat: 'server' })).toBe('pop3 lean');
  });

  // "Ultimately, POP3 is a double-edged sword. It gives you unmatched control and privacy over your
  // data, but it also demands that you take security and data management seriously."
  it('only leans to POP3 for a privacy-minded user of one computer without backups or disk encryption', () => {
    expect(verdict({ devices: 'one', threat: 'server', backups: 'none', deviceSecurity: 'no' })).toBe('pop3 lean');
  });

  // "Privacy Concerns: Do you want complete local control and keep data off servers (POP3), or are
  // you comfortable with a trusted hosted email platform storing your mail (IMAP)?"
  it('clearly recommends IMAP to someone whose provider is a privacy-focused host', () => {
    expect(verdict({ provider: 'high' })).toBe('imap clear');
  });

  // "On one hand, businesses might see lower server storage costs because mailboxes are constantly
  // being emptied."
  it('clearly recommends POP3 to a user of one computer who pays for extra server space', () => {
    expect(verdict({ devices: 'one', storage: 'large' })).toBe('pop3 clear');
  });

  // "Device Usage: Are you on a single, dedicated machine (POP3) or jumping between multiple devices
  // (IMAP)?" — one factor of three, so on its own it only tips the balance.
  it('calls one computer with nothing else answered a toss-up that tips to POP3', () => {
    expect(verdict({ devices: 'one' })).toBe('pop3 toss-up');
  });

  // "This distinction is why understanding the security implications is crucial before choosing a
  // protocol, though IMAP has become the default for most hosted email services today."
  it('leans to IMAP, the default of most hosted services, when nothing is answered', () => {
    expect(verdict({})).toBe('imap lean');
  });
});
