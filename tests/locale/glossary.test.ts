// @vitest-environment node
/**
 * Plain language: every technical term a page may show is listed here, and the ones a person may not
 * know are explained where they appear. A new acronym, or a word from the list of jargon, fails.
 */
import { describe, expect, it } from 'vitest';
import GERMAN from '../../src/locale/de/index.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import type { Locale } from '../../src/locale/shape.ts';
import { sentences } from './sentences.ts';

/** Acronyms and product names in capitals: each needs a place on this list. */
const ACRONYM = /\b[A-Z][A-Z0-9]+(?:[/.][A-Z0-9]+)*\b/g;

/** The terms a page may show, in both languages: protocol names a person picks between, names of products and settings as the providers print them, units. */
const ALLOWED = new Set([
  'POP3',
  'IMAP',
  'SMTP',
  // Providers’ own setting names: "POP download", "Forwarding and POP/IMAP", GMX’s "POP3/IMAP Abruf".
  'POP',
  'POP/IMAP',
  'POP3/IMAP',
  // Explained where the server cards show them (setup.securityTerms), and in the first setup step.
  'SSL/TLS',
  'STARTTLS',
  'TLS',
  'PIN',
  'GB',
  'US',
  // Providers' names.
  'AOL',
  'GMX',
  'WEB.DE',
]);

/** Words a normal person does not know, and that the product says plainly instead. */
const JARGON: Readonly<Record<Locale['lang'], RegExp>> = {
  en: /encryption at rest|\bat rest\b|data trail|subpoena|resilien|OAuth|unsigned/i,
  de: /Datenspur|Vorladung|OAuth|ruhend|unsigniert/i,
};

describe.each([ENGLISH, GERMAN])('the words in $lang', (locale) => {
  const all = sentences(locale);

  it('use no acronym that is not on the list', () => {
    const unknown = all.flatMap(([path, text]) =>
      [...text.matchAll(ACRONYM)]
        .map(([term]) => term)
        .filter((term) => !ALLOWED.has(term))
        .map((term) => `${path}: ${term}`),
    );
    expect(unknown).toEqual([]);
  });

  it('use none of the jargon a person would have to look up', () => {
    expect(all.filter(([, text]) => JARGON[locale.lang].test(text))).toEqual([]);
  });

  it('explain SSL/TLS and STARTTLS in plain words where the server cards name them', () => {
    expect(locale.setup.securityTerms.tls).toMatch(/^SSL\/TLS: /);
    expect(locale.setup.securityTerms.starttls).toMatch(/^STARTTLS: /);
    for (const text of Object.values(locale.setup.securityTerms)) expect(text.length).toBeGreaterThan(30);
  });
});
