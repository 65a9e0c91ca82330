/**
 * The builder's snippets, read back as a browser reads pasted HTML: what a host page gets is the
 * settings as typed (escaped, so nothing breaks out of an attribute), at absolute addresses of the
 * wizard's own copy, and a plain iframe carrying only lang, theme and accent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValues } from '../../src/configure/check.ts';
import type { Values } from '../../src/configure/fields.ts';
import { appAddress, elementSnippet, escapeHtml, iframeSnippet, loaderSnippet, notInPlainIframe } from '../../src/configure/snippets.ts';
import { RESERVED_HEIGHT, SETTINGS } from '../../src/embed/protocol.ts';
import { CONFIGURE_TEXT } from '../../src/locale/en/configure.ts';
import { LANGUAGES } from '../../src/locale/languages.ts';
import { testColours } from './colours.ts';

const APP = 'https://wizard.example/tools/';
const PAGE = `${APP}configure/?lang=en`;
const COMMENT = CONFIGURE_TEXT.snippets.reserveComment;

function source(values: Values) {
  return { values, checked: checkValues(values, CONFIGURE_TEXT.refused, PAGE, testColours), app: APP };
}

/** The snippet as a browser parses it when it is pasted into a page. */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
}

const element = (values: Values) => parse(elementSnippet(source(values), COMMENT)).querySelector('pop-imap-wizard')!;
const container = (values: Values) => parse(loaderSnippet(source(values), COMMENT)).querySelector('[data-pop-imap-wizard]')!;
const frame = (values: Values) => parse(iframeSnippet(source(values))).querySelector('iframe')!;

describe('the custom element snippet', () => {
  it('gives the element exactly the text typed, however many quotes and brackets it holds', () => {
    const label = 'Try "free" <b>now</b> & save \'today\'';
    const snippet = elementSnippet(source({ 'cta-label': label, 'cta-href': 'https://host.example/trial?a=1&b=2' }), COMMENT);
    expect(snippet).not.toContain('<b>');
    expect(element({ 'cta-label': label, 'cta-href': 'https://host.example/trial?a=1&b=2' }).getAttribute('cta-label')).toBe(label);
    expect(element({ 'cta-label': label, 'cta-href': 'https://host.example/trial?a=1&b=2' }).getAttribute('cta-href')).toBe(
      'https://host.example/trial?a=1&b=2',
    );
  });

  it('loads the element from the wizard the builder is served from, at an absolute address', () => {
    const doc = parse(elementSnippet(source({}), COMMENT));
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('type')).toBe('module');
    expect(script.getAttribute('src')).toBe('https://wizard.example/tools/embed/pop-imap-wizard.js');
  });

  it('is a bare element when nothing is set, with the reserved height in its rule', () => {
    const snippet = elementSnippet(source({}), COMMENT);
    expect(snippet).toContain('<pop-imap-wizard></pop-imap-wizard>');
    expect(snippet).toContain(`pop-imap-wizard { display: block; min-height: ${RESERVED_HEIGHT}px; }`);
  });

  it('writes a boolean setting by its name alone, and leaves an unchecked one out', () => {
    expect(element({ 'skip-intro': 'on', 'sync-url': 'on' }).hasAttribute('skip-intro')).toBe(true);
    expect(element({ 'skip-intro': 'on', 'sync-url': 'on' }).hasAttribute('sync-url')).toBe(true);
    expect(element({ 'skip-intro': '' }).hasAttribute('skip-intro')).toBe(false);
  });

  it('leaves refused values out: a bad accent, and a call to action whose link is not http(s)', () => {
    const wizard = element({ accent: 'url(https://evil.example/x.png)', 'cta-label': 'Try it', 'cta-href': 'javascript:alert(1)', lang: 'de' });
    expect(wizard.getAttributeNames()).toEqual(['lang']);
  });

  it('reserves the height the builder was given', () => {
    expect(elementSnippet(source({ 'min-height': '820' }), COMMENT)).toContain('min-height: 820px;');
    expect(elementSnippet(source({ 'min-height': '99999' }), COMMENT)).toContain(`min-height: ${RESERVED_HEIGHT}px;`);
  });
});

describe('the loader snippet', () => {
  it('puts each setting on the container as a data- attribute, escaped', () => {
    const values: Values = { lang: 'de', accent: '#0b6e4f', 'cta-label': '7 Tage "gratis"', 'cta-href': '/testen', 'skip-intro': 'on', title: 'Rechner <neu>' };
    const div = container(values);
    expect(div.getAttribute('data-lang')).toBe('de');
    expect(div.getAttribute('data-accent')).toBe('#0b6e4f');
    expect(div.getAttribute('data-cta-label')).toBe('7 Tage "gratis"');
    expect(div.getAttribute('data-cta-href')).toBe('/testen');
    expect(div.hasAttribute('data-skip-intro')).toBe(true);
    expect(div.getAttribute('data-title')).toBe('Rechner <neu>');
  });

  it('never carries sync-url, which only the element takes', () => {
    expect(container({ 'sync-url': 'on' }).hasAttribute('data-sync-url')).toBe(false);
  });

  it('loads the loader from the wizard the builder is served from, async, with the reserved height', () => {
    const snippet = loaderSnippet(source({ 'min-height': '700' }), COMMENT);
    const script = parse(snippet).querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://wizard.example/tools/embed/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
    expect(container({ 'min-height': '700' }).getAttribute('data-min-height')).toBe('700');
    expect(snippet).toContain('[data-pop-imap-wizard] { min-height: 700px; }');
  });
});

describe('the plain iframe snippet', () => {
  const everything: Values = {
    lang: 'de-AT',
    theme: 'dark',
    accent: 'rebeccapurple',
    'cta-label': 'Try it',
    'cta-href': 'https://host.example/trial',
    'imap-cta-label': 'IMAP plan',
    'imap-cta-href': 'https://host.example/imap',
    answers: 'v=1&devices=many',
    'share-base': 'https://host.example/post',
    'provider-name': 'Example Mail',
    'imap-server': 'imap.example.net',
    mode: 'popup',
    'button-label': 'Open',
    'skip-intro': 'on',
    'sync-url': 'on',
  };

  it('takes only lang, theme and accent into its address, as the embeds read them', () => {
    const src = new URL(frame(everything).getAttribute('src')!);
    expect(`${src.origin}${src.pathname}`).toBe(APP);
    expect([...src.searchParams.keys()]).toEqual(['embed', 'lang', 'theme', 'accent']);
    expect(Object.fromEntries(src.searchParams)).toEqual({ embed: '1', lang: 'de', theme: 'dark', accent: '#663399' });
  });

  it('names every setting it leaves out', () => {
    expect(notInPlainIframe(source(everything))).toEqual([
      'cta-label',
      'cta-href',
      'imap-cta-label',
      'imap-cta-href',
      'answers',
      'share-base',
      'provider-name',
      'imap-server',
      'mode',
      'button-label',
      'skip-intro',
      'sync-url',
    ]);
    expect(notInPlainIframe(source({ lang: 'de', theme: 'dark', accent: '#000000', title: 'X', 'min-height': '700' }))).toEqual([]);
  });

  it('has a title in the wizard’s language, or the one set, and the reserved height, lazily loaded', () => {
    const german = frame({ lang: 'de' });
    expect(german.getAttribute('title')).toBe(LANGUAGES.de.frameTitle);
    expect(frame({ title: 'Our "wizard"' }).getAttribute('title')).toBe('Our "wizard"');
    expect(german.getAttribute('loading')).toBe('lazy');
    expect(german.getAttribute('style')).toBe(`width:100%;border:0;height:${RESERVED_HEIGHT}px`);
    expect(frame({ 'min-height': '900' }).getAttribute('style')).toBe('width:100%;border:0;height:900px');
  });

  it('is just the embed page when nothing is set', () => {
    expect(frame({}).getAttribute('src')).toBe(`${APP}?embed=1`);
  });
});

describe('the addresses', () => {
  it('point at the folder above the builder’s, whatever its query or fragment', () => {
    expect(appAddress('https://wizard.example/configure/')).toBe('https://wizard.example/');
    expect(appAddress('https://wizard.example/configure/index.html?lang=de#top')).toBe('https://wizard.example/');
    expect(appAddress('https://cdn.example/pop-imap/configure')).toBe('https://cdn.example/pop-imap/');
    expect(appAddress('http://127.0.0.1:4173/configure/?lang=de')).toBe('http://127.0.0.1:4173/');
  });

  it('escapes the five characters that could end an attribute or start a tag', () => {
    expect(escapeHtml(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('any input at all', () => {
  it('makes snippets whose element carries exactly the accepted values, and never throws', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('"><script>alert(1)</script>', '&amp;', "'", 'javascript:alert(1)', '#0b6e4f', 'https://x.example/'));
    const names = [...SETTINGS, 'sync-url', 'min-height', 'title'] as const;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), text, { maxKeys: 8 }), (values: Values) => {
        const src = source(values);
        const doc = parse([elementSnippet(src, COMMENT), loaderSnippet(src, COMMENT), iframeSnippet(src)].join('\n'));
        // One element, one container, one frame, and no script but the two of ours.
        expect(doc.querySelectorAll('pop-imap-wizard, [data-pop-imap-wizard], iframe')).toHaveLength(3);
        expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([`${APP}embed/pop-imap-wizard.js`, `${APP}embed/embed.js`]);
        for (const name of doc.querySelector('pop-imap-wizard')!.getAttributeNames()) {
          const typed = values[name as keyof Values] ?? '';
          const read = doc.querySelector('pop-imap-wizard')!.getAttribute(name);
          expect(read).toBe(name === 'skip-intro' || name === 'sync-url' ? '' : typed.trim());
        }
      }),
      { numRuns: 200 },
    );
  });
});
