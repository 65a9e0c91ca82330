// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LANG, isLang, LANGS, LANGUAGES, langOfTag, linkLang, pageHref, pathLang, preferredLang, type Lang } from '../../src/locale/languages.ts';
import { loadLocale, LOCALE_FOLDERS } from '../../src/locale/load.ts';
import type { Locale } from '../../src/locale/shape.ts';
import { decodeAnswers } from '../../src/logic/share-link.ts';
import { sentences, wordless } from './sentences.ts';

const locales = new Map<Lang, Locale>();
beforeAll(async () => {
  for (const lang of LANGS) locales.set(lang, await loadLocale(lang));
});
const localeOf = (lang: Lang): Locale => {
  const locale = locales.get(lang);
  if (!locale) throw new Error(`no locale ${lang}`);
  return locale;
};
const OTHERS = LANGS.filter((lang) => lang !== DEFAULT_LANG);

describe('the registry of languages', () => {
  it('has a folder of words for every language it lists, and no folder it does not list', () => {
    expect([...LOCALE_FOLDERS].sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(localeOf(lang).lang).toBe(lang);
  });

  it('puts the default language first, on the page without a folder, and every other in a folder of its own', () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    expect(LANGUAGES[DEFAULT_LANG].path).toBe('');
    const paths = OTHERS.map((lang) => LANGUAGES[lang].path);
    expect(paths.every((path) => /^[a-z-]+\/$/.test(path))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(LANGS)('names the %s popup and frame as its wizard names its own page, and the language in itself', (lang) => {
    expect(LANGUAGES[lang].frameTitle).toBe(localeOf(lang).ui.intro.documentTitle);
    expect(LANGUAGES[lang].name.trim()).not.toBe('');
  });

  it('recognises its own codes and nothing else', () => {
    expect(LANGS.every(isLang)).toBe(true);
    expect(['fr-x', 'DE', '', null, '__proto__', 'constructor'].map(isLang)).toEqual([false, false, false, false, false, false]);
  });
});

describe.each(OTHERS)('the %s locale', (lang) => {
  it('has every sentence the default language has, and no other', () => {
    expect(sentences(localeOf(lang)).map(([path]) => path)).toEqual(sentences(localeOf(DEFAULT_LANG)).map(([path]) => path));
  });

  it('leaves no sentence untranslated, and no sentence empty where the default language has one', () => {
    const translated = new Map(sentences(localeOf(lang)));
    const untranslated = sentences(localeOf(DEFAULT_LANG)).filter(([path, text]) => {
      const own = translated.get(path) ?? '';
      return text === '' ? own !== '' : own === '' || (own === text && !wordless(text));
    });
    expect(untranslated).toEqual([]);
  });
});

describe('the German locale', () => {
  it('addresses the reader as Sie, never du', () => {
    const informal = sentences(localeOf('de')).filter(([, text]) => /\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b/i.test(text));
    expect(informal).toEqual([]);
  });

  it('writes counts and lists the German way, through Intl', () => {
    const { ui, page } = localeOf('de');
    expect(page.list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(ui.step.progress(3, 9)).toBe('Schritt 3 von 9');
    expect(page.result.moreReasons(1)).toBe('Ein weiterer Grund');
    expect(page.result.moreReasons(3)).toBe('3 weitere Gründe');
  });
});

/**
 * Runs the standalone pages' head script (src/page-head.ts) for one visit: where it sent the reader
 * (undefined: it stayed), and whether it marked the page as the iframe embed's.
 */
async function visit({ path = '/', search = '', hash = '', languages = [] as string[], framed = false }) {
  let sentTo: string | undefined;
  const classes: string[] = [];
  const style: Record<string, string> = {};
  const win: { parent?: unknown } = {};
  win.parent = framed ? {} : win;
  vi.stubGlobal('location', { pathname: path, search, hash, replace: (to: string) => (sentTo = to) });
  vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' });
  vi.stubGlobal('document', { documentElement: { style, classList: { add: (name: string) => classes.push(name) } } });
  vi.stubGlobal('window', win);
  vi.resetModules();
  await import('../../src/page-head.ts');
  return { sentTo, embedded: classes.includes('piw-embedded'), hidden: style.visibility === 'hidden' };
}

describe('choosing the language', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('takes the first of the reader’s languages it speaks, by primary subtag', async () => {
    const from = async (languages: string[]) => (await visit({ languages })).sentTo;
    expect(await from(['de-DE', 'en-US'])).toBe('de/');
    expect(await from(['en-GB', 'de'])).toBeUndefined();
    expect(await from(['fr-CH', 'de-CH', 'en'])).toBe('de/');
    expect(await from(['fr', 'it'])).toBeUndefined();
    expect(await from([])).toBeUndefined();
    expect(preferredLang(['x-klingon', 'de;q=1', 'DE-at'])).toBe('de');
  });

  it('reads a language tag by its primary subtag, and only a well-formed tag', () => {
    expect(['de', 'de-AT', 'DE-ch', ' en ', 'de.x', 'de,en', 'de;q=1', 'deu', '', 'en-'].map(langOfTag)).toEqual([
      'de',
      'de',
      'de',
      'en',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(langOfTag(42)).toBeUndefined();
  });

  it('before anything is painted, keeps a link’s lang= or a chosen page, and leaves the iframe embed’s page alone', async () => {
    // A link's lang= wins over the reader's languages, keeps the answers, and hides this page meanwhile.
    expect(await visit({ hash: '#v=1&devices=many&lang=en', path: '/de/', languages: ['de'] })).toEqual({
      sentTo: '../?lang=en#v=1&devices=many&lang=en',
      embedded: false,
      hidden: true,
    });
    expect((await visit({ hash: '#v=1&lang=de', languages: ['en'] })).sentTo).toBe('de/#v=1&lang=de');
    // English chosen on purpose, or the German page opened: no redirect by the reader's languages.
    expect(await visit({ search: '?lang=en', languages: ['de'] })).toEqual({ sentTo: undefined, embedded: false, hidden: false });
    expect((await visit({ path: '/de/', languages: ['en'] })).sentTo).toBeUndefined();
    // The iframe embed's page: its host sets the language; framed, it is marked before it paints.
    expect(await visit({ search: '?embed=1&origin=x', languages: ['de'], framed: true })).toEqual({ sentTo: undefined, embedded: true, hidden: false });
    expect(await visit({ search: '?embed=1', languages: ['de'] })).toEqual({ sentTo: undefined, embedded: false, hidden: false });
  });

  it('reads lang= from a link, ignoring a language it does not speak, without a notice', () => {
    expect(linkLang('v=1&devices=many&lang=de&step=result')).toBe('de');
    expect(linkLang('#v=1&lang=en&lang=de')).toBe('de');
    expect(linkLang('v=1&lang=fr')).toBeUndefined();
    expect(linkLang('v=1&lang=%3Cscript%3E')).toBeUndefined();
    expect(decodeAnswers('v=1&devices=many&lang=de&step=result')).toEqual({ answers: { devices: 'many' }, problems: [], step: 'result' });
    expect(decodeAnswers('v=1&lang=<script>').problems).toEqual([]);
  });

  it('reads the page’s language from its address: …/de/ is German', () => {
    expect(['/', '/index.html', '/de/', '/de/index.html', '/wizard/de/', '/deutsch/', '/de'].map(pathLang)).toEqual(['en', 'en', 'de', 'de', 'de', 'en', 'en']);
  });

  it('links the same answers and step on the other page, asking for the default language explicitly', () => {
    expect(pageHref('en', 'de', 'v=1&devices=many&step=sharing')).toBe('de/#v=1&devices=many&step=sharing');
    expect(pageHref('de', 'en', 'v=1&devices=many&step=sharing')).toBe('../?lang=en#v=1&devices=many&step=sharing');
    expect(pageHref('en', 'de', '')).toBe('de/');
    expect(pageHref('de', 'en', '')).toBe('../?lang=en');
    expect(pageHref('de', 'de', 'v=1')).toBe('#v=1');
  });
});
