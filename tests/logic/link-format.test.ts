import { describe, expect, it } from 'vitest';
import { claimsLink, linkEmbed, withEmbed } from '../../src/logic/link-format.ts';

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

  it('gives a named link to its embed only, and an unnamed one to the first embed that asks', () => {
    const taken = {};
    const named = '#v=1&devices=many&step=result&embed=second';
    expect([claimsLink(named, 'first', taken), claimsLink(named, 'second', taken), claimsLink(named, '', taken)]).toEqual([false, true, false]);
    const unnamed = '#v=1&devices=many&step=result';
    expect([claimsLink(unnamed, '', taken), claimsLink(unnamed, 'other', taken)]).toEqual([true, false]);
    // A page's own fragment is never a wizard link.
    expect(claimsLink('#pricing', '', {})).toBe(false);
  });
});
