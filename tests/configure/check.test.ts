/**
 * The builder's check: the embeds' own validation (readSettings), each refusal tied to the field it
 * is about and worded for a person in the page's language, none left over as a raw warning.
 */
import { describe, expect, it } from 'vitest';
import { checkValues, isAccepted } from '../../src/configure/check.ts';
import { RESERVED_HEIGHT } from '../../src/embed/protocol.ts';
import type { FieldName, Values } from '../../src/configure/fields.ts';
import { CONFIGURE_TEXT_DE } from '../../src/locale/de/configure.ts';
import { CONFIGURE_TEXT } from '../../src/locale/en/configure.ts';
import type { ConfigureText } from '../../src/locale/shape.ts';
import { testColours } from './colours.ts';

const PAGE = 'https://wizard.example/configure/';
const check = (values: Values, words: ConfigureText = CONFIGURE_TEXT) => checkValues(values, words.refused, PAGE, testColours);
const EN = CONFIGURE_TEXT.refused;

describe('a refused value', () => {
  it.each<[string, Values, FieldName, string]>([
    ['an accent that is not an opaque colour', { accent: 'url(https://evil.example/x.png)' }, 'accent', EN.accent],
    ['a call to action with a javascript: link', { 'cta-label': 'Try it', 'cta-href': 'javascript:alert(1)' }, 'cta-href', EN.ctaHref],
    ['a POP3 offer with a data: link', { 'pop3-cta-label': 'Keep it local', 'pop3-cta-href': 'data:text/html,hi' }, 'pop3-cta-href', EN.ctaHref],
    ['a label without a link', { 'imap-cta-label': 'Try IMAP' }, 'imap-cta-label', EN.ctaNeedsHref],
    ['a link without a label', { 'cta-href': 'https://host.example/trial' }, 'cta-href', EN.ctaNeedsLabel],
    ['a share base that is not http(s)', { 'share-base': 'ftp://host.example/' }, 'share-base', EN.shareBase],
    ['a server name with a scheme', { 'imap-server': 'https://imap.example.net' }, 'imap-server', EN.server],
    ['a theme the wizard has not', { theme: 'neon' }, 'theme', EN.theme],
    ['a mode the wizard has not', { mode: 'modal' }, 'mode', EN.mode],
    ['a language the wizard does not speak', { lang: 'fr' }, 'lang', EN.lang('en, de')],
    ['an unencrypted IMAP port', { 'imap-server': 'imap.example.net', 'imap-port': '143' }, 'imap-port', EN.port('993')],
    ['an unencrypted SMTP port', { 'smtp-server': 'smtp.example.net', 'smtp-port': '25' }, 'smtp-port', EN.port('465, 587')],
    ['answers the wizard cannot read', { answers: 'v=1&devices=lots&sharing=team' }, 'answers', EN.answers(EN.answerParts.unreadable('devices'))],
    ['a reserved height out of range', { 'min-height': '5000' }, 'min-height', EN.minHeight(200, 2000, RESERVED_HEIGHT)],
  ])('is shown at its field with its reason: %s', (_case, values, field, reason) => {
    const checked = check(values);
    expect(checked.refused).toEqual(expect.objectContaining({ [field]: reason }));
    expect(checked.unplaced).toEqual([]);
    expect(isAccepted(values, checked, field)).toBe(false);
  });

  it('takes the call to action’s label with its refused link: the embeds would hide both', () => {
    const checked = check({ 'cta-label': 'Try it', 'cta-href': 'javascript:alert(1)' });
    expect(checked.refused['cta-label']).toBe(EN.ctaLinkRefused);
    expect(checked.settings.cta).toBeUndefined();
  });

  it('is worded in German on the German page', () => {
    const checked = check({ accent: 'var(--brand)', 'cta-label': 'Testen', 'cta-href': 'javascript:void 0' }, CONFIGURE_TEXT_DE);
    expect(checked.refused.accent).toBe(CONFIGURE_TEXT_DE.refused.accent);
    expect(checked.refused['cta-href']).toBe(CONFIGURE_TEXT_DE.refused.ctaHref);
    expect(checked.refused.accent).toMatch(/keine deckende CSS-Farbe/);
  });
});

describe('accepted values', () => {
  it('are what the embeds make of them, with nothing refused', () => {
    const values: Values = {
      accent: 'rebeccapurple',
      lang: 'de-AT',
      'cta-label': 'Try it',
      'cta-href': '/trial',
      'imap-server': 'imap.example.net',
      'smtp-server': 'smtp.example.net',
      'smtp-port': '587',
      answers: 'v=1&devices=many&step=result',
      'min-height': '750',
      'skip-intro': 'on',
    };
    const checked = check(values);
    expect(checked.refused).toEqual({});
    expect(checked.settings.accent).toMatchObject({ color: '#663399', text: '#ffffff' });
    expect(checked.settings.lang).toBe('de');
    expect(checked.settings.cta).toEqual({ label: 'Try it', href: 'https://wizard.example/trial' });
    expect(checked.settings.servers?.smtp).toEqual([{ host: 'smtp.example.net', port: 587, security: 'starttls' }]);
    expect(checked.settings.skipIntro).toBe(true);
    expect(checked.reserved).toBe(750);
  });

  it('treat blank fields as not set', () => {
    const checked = check({ accent: '   ', 'cta-label': '', 'cta-href': ' ', 'min-height': '' });
    expect(checked.refused).toEqual({});
    expect(checked.settings.accent).toBeUndefined();
    expect(checked.reserved).toBe(RESERVED_HEIGHT);
  });
});

describe('the reserved height', () => {
  it.each([
    ['English', CONFIGURE_TEXT],
    ['German', CONFIGURE_TEXT_DE],
  ] as const)('is the one the embeds reserve, in the %s hint beside its field', (_, words) => {
    expect(words.fields['min-height'].hint).toMatch(new RegExp(`\\b${RESERVED_HEIGHT}\\b`));
  });
});
