import { describe, expect, it } from 'vitest';
import { linkEmbed, linkOpensIn, withEmbed } from '../../src/logic/link-format.ts';

describe('which embed a link names', () => {
  it('reads the last valid embed id and nothing that could not be an id', () => {
    expect(linkEmbed('#v=1&devices=many&step=result&embed=pricing-wizard')).toBe('pricing-wizard');
    expect(linkEmbed('v=1&embed=a&embed=b_2')).toBe('b_2');
    expect(linkEmbed('#v=1&embed=%3Cimg%20src%3Dx%3E')).toBeUndefined();
    expect(linkEmbed('#v=1&embed=' + 'x'.repeat(65))).toBeUndefined();
    expect(linkEmbed('#v=1&devices=many')).toBeUndefined();
  });

  it('adds an embed id to a share link only when it is one', () => {
    expect(withEmbed('v=1&devices=one&step=result', 'plans')).toBe('v=1&devices=one&step=result&embed=plans');
    expect(withEmbed('v=1&devices=one', '')).toBe('v=1&devices=one');
    expect(withEmbed('v=1&devices=one', 'a b&c=d')).toBe('v=1&devices=one');
  });

  it('opens a named link in its embed only, and an unnamed one in the first wizard on the page', () => {
    const named = '#v=1&devices=many&step=result&embed=second';
    expect([linkOpensIn(named, 'first', true), linkOpensIn(named, 'second', false), linkOpensIn(named, '', true)]).toEqual([false, true, false]);
    const unnamed = '#v=1&devices=many&step=result';
    expect([linkOpensIn(unnamed, '', true), linkOpensIn(unnamed, 'other', false)]).toEqual([true, false]);
    // A page's own fragment is never a wizard link.
    expect(linkOpensIn('#pricing', '', true)).toBe(false);
  });
});
