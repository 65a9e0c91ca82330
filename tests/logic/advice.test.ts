// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/logic/advice.ts';
import { MODEL } from '../../src/logic/model.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Advice, Answers } from '../../src/logic/types.ts';
import { completeAnswerSets } from './answer-sets.ts';

const stepIds = (advice: Advice) => advice.steps.map((s) => s.id);
const step = (advice: Advice, id: string) => advice.steps.find((s) => s.id === id);
const allText = (advice: Advice) => advice.steps.map((s) => `${s.title} ${s.detail}`).join(' ');

/** The plain-text ports: POP3 110, IMAP 143, SMTP 25. */
const UNENCRYPTED_PORTS = [110, 143, 25];

describe('setup advice', () => {
  it('sets up IMAP on port 993 and SMTP on 465 or 587, all over TLS', () => {
    const { servers } = advise('imap', {});
    expect(servers).toEqual([
      { role: 'incoming', protocol: 'IMAP', ports: [993], security: expect.stringContaining('TLS') },
      { role: 'outgoing', protocol: 'SMTP', ports: [465, 587], security: expect.stringMatching(/TLS on 465.*STARTTLS on 587/) },
    ]);
  });

  it('sets up POP3 on port 995 and SMTP on 465 or 587, all over TLS', () => {
    const { servers } = advise('pop3', {});
    expect(servers.map((s) => [s.protocol, s.ports])).toEqual([
      ['POP3', [995]],
      ['SMTP', [465, 587]],
    ]);
    expect(servers.every((s) => /TLS/.test(s.security) && /never unencrypted/.test(s.security))).toBe(true);
  });

  it('never offers an unencrypted port or connection, for any answers', () => {
    const offending = completeAnswerSets()
      .filter((_, i) => i % 7 === 0)
      .flatMap((answers) => [advise('imap', answers), advise('pop3', answers)])
      .filter(
        (advice) =>
          advice.servers.some((s) => s.ports.some((p) => UNENCRYPTED_PORTS.includes(p))) ||
          !/Never allow an unencrypted connection/.test(allText(advice)),
      );
    expect(offending).toEqual([]);
  });

  it('tells a POP3 user to back up, encrypt the disk and use TLS', () => {
    expect(stepIds(advise('pop3', { devices: 'one' }))).toEqual(['tls', 'backups', 'disk-encryption']);
  });

  it('tells an IMAP user to pick a provider with encryption at rest and export mail locally now and then', () => {
    expect(stepIds(advise('imap', {}))).toEqual(['tls', 'provider-encryption', 'local-export']);
    expect(step(advise('imap', {}), 'provider-encryption')?.title).toMatch(/encryption at rest/);
  });

  it.each<[Answers['devices'], boolean]>([
    ['one', false],
    ['two', true],
    ['many', true],
    [undefined, true],
  ])('offers to leave POP3 mail on the server for a while when devices is %s: %s', (devices, expected) => {
    const answers: Answers = devices === undefined ? {} : { devices };
    expect(stepIds(advise('pop3', answers)).includes('leave-copy')).toBe(expected);
  });

  it('says how many days to leave a copy on the server, from the model table', () => {
    const { leaveOnServerDays } = MODEL.advice;
    expect(step(advise('pop3', { devices: 'two' }), 'leave-copy')?.title).toBe(`Leave a copy on the server for ${leaveOnServerDays} days`);
  });

  it('words the leave-a-copy step as a condition when the number of devices is unknown', () => {
    expect(step(advise('pop3', {}), 'leave-copy')?.detail).toMatch(/^If a phone/);
    expect(step(advise('pop3', { devices: 'many' }), 'leave-copy')?.detail).not.toMatch(/^If a phone/);
  });

  it('asks someone with automatic encrypted backups to keep them running rather than set them up', () => {
    expect(step(advise('pop3', { backups: 'automatic' }), 'backups')?.title).toBe('Keep your automatic encrypted backups running');
    expect(step(advise('pop3', { backups: 'sometimes' }), 'backups')?.title).toBe('Set up automatic, encrypted backups');
  });

  it('asks someone with an encrypted disk to keep it so rather than encrypt it', () => {
    expect(step(advise('pop3', { deviceSecurity: 'yes' }), 'disk-encryption')?.title).toMatch(/^Keep/);
    expect(step(advise('pop3', { deviceSecurity: 'unsure' }), 'disk-encryption')?.title).toMatch(/^Encrypt/);
  });

  it('asks someone already with a privacy-focused host to stay with one that encrypts at rest', () => {
    expect(step(advise('imap', { provider: 'high' }), 'provider-encryption')?.title).toMatch(/^Stay/);
    expect(step(advise('imap', { provider: 'low' }), 'provider-encryption')?.title).toMatch(/^Choose/);
  });

  it('asks someone with a retention duty to keep their local exports', () => {
    expect(step(advise('imap', { retention: 'required' }), 'local-export')?.detail).toMatch(/retention rules/);
    expect(step(advise('imap', { retention: 'personal' }), 'local-export')?.detail).not.toMatch(/retention rules/);
  });

  it('is part of the recommendation, for the recommended protocol and tailored by the answers', () => {
    const answers: Answers = { devices: 'two', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' };
    const result = recommend(answers);
    expect(result.protocol).toBe('pop3');
    expect(result.advice).toEqual(advise('pop3', answers));
  });
});
