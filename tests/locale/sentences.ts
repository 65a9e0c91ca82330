/** Every sentence of a locale, for the tests that read them all (tests/locale). */
/** Sample arguments for a locale function, by its parameter count and use. */
const SAMPLES: ReadonlyArray<unknown> = [3, 8, 'X'];
const LIST = ['A', 'B'];
const FACTS = { days: 3, incoming: 'IMAP', receiving: 'X', sending: 'X' };

/**
 * Every sentence of a locale part, as (path, text) pairs: strings as they are, functions called with
 * sample arguments (a list for the list-taking ones, the facts for a step, numbers for counts, a
 * name otherwise).
 */
export function sentences(part: unknown, path = ''): Array<[string, string]> {
  if (typeof part === 'string') return [[path, part]];
  if (typeof part === 'function') {
    const fn = part as (...args: unknown[]) => unknown;
    const takesList = /titles|items|list/i.test(fn.toString().slice(0, 40));
    const stepWords = path.startsWith('.advice.steps.');
    const args = takesList
      ? [LIST]
      : stepWords
        ? [FACTS]
        : Array.from({ length: fn.length }, (_, i) =>
            /port|endpoint/.test(path) ? [993, 'tls'][i] : path.includes('noProfile') ? 'X' : SAMPLES[i % SAMPLES.length],
          );
    const value = fn(...args);
    return typeof value === 'object' ? sentences(value, path) : [[path, String(value)]];
  }
  if (typeof part === 'object' && part !== null) return Object.entries(part).flatMap(([key, value]) => sentences(value, `${path}.${key}`));
  return [];
}

/** Whether a text holds no words of a language: protocol names, the sample arguments, punctuation. */
export const wordless = (text: string) => text.replace(/POP3|IMAP|SMTP|\b[38XAB]\b|[\s(),:.·-]/g, '') === '';
