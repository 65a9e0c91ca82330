// @vitest-environment node
/** The small exported helpers behave as their JSDoc examples say. */
import { describe, expect, it } from 'vitest';
import { confidenceFor, drivers, flips, margin, protocolFor, recommend, scoreAnswers } from '../../src/logic/recommend.ts';

describe('the scoring helpers', () => {
  it('score the unanswered baseline and a single answer', () => {
    expect(scoreAnswers({}).scores.pop3.privacy).toBe(85);
    expect(scoreAnswers({ backups: 'automatic' }).scores.pop3.resilience).toBe(60);
  });

  it('give the same margin as recommend', () => {
    expect(margin({})).toBe(24.5);
    expect(margin({ devices: 'one', threat: 'server' })).toBe(recommend({ devices: 'one', threat: 'server' }).margin);
    expect(margin({ devices: 'one', threat: 'server' })).toBeLessThan(0);
  });

  it('send a tie to IMAP and otherwise follow the margin’s sign', () => {
    expect([protocolFor(-3), protocolFor(0), protocolFor(0.01)]).toEqual(['pop3', 'imap', 'imap']);
  });

  it('call a margin clear, lean or toss-up by its size, whatever its sign', () => {
    expect([confidenceFor(-40), confidenceFor(25), confidenceFor(-10), confidenceFor(8), confidenceFor(7.99), confidenceFor(0)]).toEqual([
      'clear',
      'clear',
      'lean',
      'lean',
      'toss-up',
      'toss-up',
    ]);
  });

  it('put the answer that moved the result most first among the drivers', () => {
    const [top, next] = drivers({ devices: 'many', threat: 'server' });
    expect([top?.questionId, top?.favours, top?.axis]).toEqual(['devices', 'imap', 'multiDevice']);
    expect([next?.questionId, next?.favours, next?.axis]).toEqual(['threat', 'pop3', 'privacy']);
  });

  it('give no drivers when nothing is answered', () => {
    expect(recommend({}).drivers).toEqual([]);
  });

  it('find the flips of a toss-up, starting with reading mail on more devices', () => {
    expect(flips({ devices: 'one' })[0]).toEqual({ questionId: 'devices', optionId: 'two', protocol: 'imap' });
    expect(flips({ devices: 'one' })).toEqual(recommend({ devices: 'one' }).flips);
  });
});
