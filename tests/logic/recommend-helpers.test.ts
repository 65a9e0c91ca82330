// @vitest-environment node
/** recommend's numbers at the baseline and for single answers, as its JSDoc examples say. */
import { describe, expect, it } from 'vitest';
import { protocolFor, recommend } from '../../src/logic/recommend.ts';

describe('recommend at the baseline and for single answers', () => {
  it('scores the unanswered baseline and a single answer from the model table', () => {
    expect(recommend({}).scores.pop3.privacy).toBe(85);
    expect(recommend({ backups: 'automatic' }).scores.pop3.resilience).toBe(60);
  });

  it('starts from a margin of +24.5 for IMAP with nothing answered', () => {
    expect(recommend({}).margin).toBe(24.5);
    expect(recommend({ devices: 'one', threat: 'server' }).margin).toBeLessThan(0);
  });

  it('sends a tie to IMAP and otherwise follows the margin’s sign', () => {
    expect([protocolFor(-3), protocolFor(0), protocolFor(0.01)]).toEqual(['pop3', 'imap', 'imap']);
  });

  it('puts the answer that moved the margin most first among the drivers', () => {
    const [top, next] = recommend({ devices: 'many', threat: 'server' }).drivers;
    expect([top?.questionId, top?.favours, top?.axis]).toEqual(['devices', 'imap', 'multiDevice']);
    expect([next?.questionId, next?.favours, next?.axis]).toEqual(['threat', 'pop3', 'privacy']);
  });

  it('gives no drivers when nothing is answered', () => {
    expect(recommend({}).drivers).toEqual([]);
  });

  it('finds the flips of a toss-up, starting with reading mail on more devices', () => {
    expect(recommend({ devices: 'one' }).flips[0]).toEqual({ questionId: 'devices', optionId: 'two', protocol: 'imap' });
  });
});
