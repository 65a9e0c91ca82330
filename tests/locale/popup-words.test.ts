// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS } from '../../src/locale/languages.ts';
import { POPUP_FOLDERS, popupWords } from '../../src/locale/popup-words.ts';

describe('the popup’s words', () => {
  it('are there for every language the wizard speaks, and for no other', () => {
    expect([...POPUP_FOLDERS].sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS.filter((lang) => lang !== DEFAULT_LANG))('are translated into %s, key for key', (lang) => {
    const english = popupWords(DEFAULT_LANG);
    const own = popupWords(lang);
    expect(Object.keys(own)).toEqual(Object.keys(english));
    for (const key of Object.keys(english) as Array<keyof typeof english>) {
      expect(own[key].trim()).not.toBe('');
      expect(own[key]).not.toBe(english[key]);
    }
  });

  it('name the button as a question a reader asks, in each language', () => {
    expect(popupWords('en')).toEqual({ open: 'Which is right for me: POP3 or IMAP?', close: 'Close' });
    expect(popupWords('de')).toEqual({ open: 'Was passt zu mir: POP3 oder IMAP?', close: 'Schließen' });
  });
});
