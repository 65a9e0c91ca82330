// @vitest-environment node
import { describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { pathLang, switchHref } from '../../../src/components/page-language.ts';
import { GERMAN } from '../../../src/logic/locale/de/german.ts';
import { MODEL_TEXT } from '../../../src/logic/locale/en/model.ts';
import { QUESTION_TEXT } from '../../../src/logic/locale/en/questions.ts';
import { SHARE_LINK_TEXT } from '../../../src/logic/locale/en/share-link.ts';
import { UI_TEXT } from '../../../src/logic/locale/en/ui.ts';
import { isLang, LANGS } from '../../../src/logic/locale/langs.ts';
import { decodeAnswers } from '../../../src/logic/share-link.ts';

/** Sample arguments for a locale function, by its English parameter count and use. */
const SAMPLES: ReadonlyArray<unknown> = [3, 8, 'X'];
const LIST = ['A', 'B'];

/**
 * Every sentence of a locale part, as (path, text) pairs: strings as they are, functions called with
 * sample arguments (a list for the list-taking ones, numbers for counts, a name otherwise).
 */
function sentences(part: unknown, path = ''): Array<[string, string]> {
  if (typeof part === 'string') return [[path, part]];
  if (typeof part === 'function') {
    const fn = part as (...args: unknown[]) => unknown;
    const takesList = /titles|items|list/i.test(fn.toString().slice(0, 40));
    const args = takesList ? [LIST] : Array.from({ length: fn.length }, (_, i) => (/port/.test(path) ? [993, 'tls'][i] : path.includes('noProfile') ? 'X' : SAMPLES[i % SAMPLES.length]));
    return [[path, String(fn(...args))]];
  }
  if (typeof part === 'object' && part !== null) return Object.entries(part).flatMap(([key, value]) => sentences(value, `${path}.${key}`));
  return [];
}

/** Whether a text holds no words of a language: protocol names, the sample arguments, punctuation. */
const wordless = (text: string) => text.replace(/POP3|IMAP|SMTP|\b[38XAB]\b|[\s(),:.·-]/g, '') === '';

describe('the German locale', () => {
  const english = { ui: UI_TEXT, questions: QUESTION_TEXT, link: SHARE_LINK_TEXT, model: MODEL_TEXT };

  it('has every sentence English has, and no other', () => {
    for (const part of ['ui', 'questions', 'link', 'model'] as const) {
      expect(sentences(GERMAN[part]).map(([path]) => path), part).toEqual(sentences(english[part]).map(([path]) => path));
    }
  });

  it('leaves no English sentence untranslated, and no sentence empty where English has one', () => {
    const untranslated: string[] = [];
    for (const part of ['ui', 'questions', 'link', 'model'] as const) {
      const german = new Map(sentences(GERMAN[part]));
      for (const [path, text] of sentences(english[part])) {
        const translated = german.get(path) ?? '';
        if (text === '' ? translated !== '' : translated === '' || (translated === text && !wordless(text))) untranslated.push(`${part}${path}: ${text}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('addresses the reader as Sie, never du', () => {
    const informal = sentences(GERMAN).filter(([, text]) => /\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b/i.test(text));
    expect(informal).toEqual([]);
  });

  it('writes counts and lists the German way, through Intl', () => {
    expect(GERMAN.ui.list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(GERMAN.ui.step.progress(3, 8)).toBe('Schritt 3 von 8');
    expect(GERMAN.ui.result.moreReasons(1)).toBe('Ein weiterer Grund');
    expect(GERMAN.ui.result.moreReasons(3)).toBe('3 weitere Gründe');
  });
});

/** The script in the head of index.html, which sends a reader to the page in their language before anything is painted. */
const HEAD_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(indexHtml)?.[1] ?? '';

/** Runs that script for one visit: where it sent the reader (undefined: it stayed), and whether it marked the page as the iframe embed's. */
function visit({ path = '/', search = '', hash = '', languages = [] as string[], framed = false }) {
  let sentTo: string | undefined;
  const classes: string[] = [];
  const location = { pathname: path, search, hash, replace: (to: string) => (sentTo = to) };
  const document = { documentElement: { style: {}, classList: { add: (name: string) => classes.push(name) } } };
  const window: { parent?: unknown } = {};
  window.parent = framed ? {} : window;
  new Function('location', 'navigator', 'document', 'window', HEAD_SCRIPT)(location, { languages }, document, window);
  return { sentTo, embedded: classes.includes('piw-embedded') };
}

describe('choosing the language', () => {
  it('knows English and German, and nothing else', () => {
    expect(LANGS).toEqual(['en', 'de']);
    expect(['en', 'de', 'fr', 'DE', '', null, '__proto__'].map(isLang)).toEqual([true, true, false, false, false, false, false]);
  });

  it('takes the first of the reader’s languages it speaks, by primary subtag', () => {
    const from = (languages: string[]) => visit({ languages }).sentTo;
    expect(from(['de-DE', 'en-US'])).toBe('de/');
    expect(from(['en-GB', 'de'])).toBeUndefined();
    expect(from(['fr-CH', 'de-CH', 'en'])).toBe('de/');
    expect(from(['fr', 'it'])).toBeUndefined();
    expect(from([])).toBeUndefined();
  });

  it('before anything is painted, keeps a link’s lang= or a chosen page, and leaves the iframe embed’s page alone', () => {
    // A link's lang= wins over the reader's languages, and keeps the answers.
    expect(visit({ hash: '#v=1&devices=many&lang=en', path: '/de/', languages: ['de'] }).sentTo).toBe('../?lang=en#v=1&devices=many&lang=en');
    expect(visit({ hash: '#v=1&lang=de', languages: ['en'] }).sentTo).toBe('de/#v=1&lang=de');
    // English chosen on purpose, or the German page opened: no redirect by the reader's languages.
    expect(visit({ search: '?lang=en', languages: ['de'] }).sentTo).toBeUndefined();
    expect(visit({ path: '/de/', languages: ['en'] }).sentTo).toBeUndefined();
    // The iframe embed's page: its host sets the language; framed, it is marked before it paints.
    expect(visit({ search: '?embed=1&origin=x', languages: ['de'], framed: true })).toEqual({ sentTo: undefined, embedded: true });
    expect(visit({ search: '?embed=1', languages: ['de'] })).toEqual({ sentTo: undefined, embedded: false });
  });

  it('reads lang= from a link, ignoring a language it does not speak, without a notice', () => {
    expect(decodeAnswers('v=1&devices=many&lang=de&step=result')).toEqual({ answers: { devices: 'many' }, problems: [], step: 'result', lang: 'de' });
    expect(decodeAnswers('v=1&lang=fr')).toEqual({ answers: {}, problems: [], step: undefined });
    expect(decodeAnswers('v=1&lang=<script>').problems).toEqual([]);
  });

  it('reads the page’s language from its address: …/de/ is German', () => {
    expect(['/', '/index.html', '/de/', '/de/index.html', '/wizard/de/', '/deutsch/', '/de'].map(pathLang)).toEqual(['en', 'en', 'de', 'de', 'de', 'en', 'en']);
  });

  it('links the same answers and step on the other page, asking for English explicitly', () => {
    expect(switchHref('en', 'de', 'v=1&devices=many&step=sharing')).toBe('de/#v=1&devices=many&step=sharing');
    expect(switchHref('de', 'en', 'v=1&devices=many&step=sharing')).toBe('../?lang=en#v=1&devices=many&step=sharing');
    expect(switchHref('en', 'de', '')).toBe('de/');
    expect(switchHref('de', 'en', '')).toBe('../?lang=en');
  });
});
