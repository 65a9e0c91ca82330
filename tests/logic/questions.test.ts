// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, isOptionOf, isQuestionId } from '../../src/logic/catalogue.ts';
import { QUESTIONS, getQuestion } from '../../src/logic/questions.ts';
import GERMAN from '../../src/locale/de/index.ts';
import ENGLISH from '../../src/locale/en/index.ts';

/** The product spec's question table: ids and options, in order. */
const SPEC: ReadonlyArray<[string, ReadonlyArray<string>]> = [
  ['devices', ['one', 'two', 'many']],
  ['sharing', ['solo', 'delegate', 'team']],
  ['threat', ['device', 'both', 'server']],
  ['backups', ['none', 'sometimes', 'automatic']],
  ['deviceSecurity', ['no', 'unsure', 'yes']],
  ['provider', ['low', 'some', 'high']],
  ['storage', ['small', 'growing', 'large']],
  ['retention', ['no', 'personal', 'required']],
];

describe('the question catalogue', () => {
  it('asks the spec’s eight questions in the spec’s order', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(SPEC.map(([id]) => id));
    expect(QUESTION_IDS).toEqual(SPEC.map(([id]) => id));
  });

  it('gives each question exactly the spec’s options, left to right', () => {
    expect(QUESTIONS.map((q) => [q.id, q.options.map((o) => o.id)])).toEqual(SPEC);
  });

  it.each([ENGLISH, GERMAN])('gives every question a title and one sentence of help in $lang', ({ questions }) => {
    const bad = QUESTIONS.filter(({ id }) => {
      const { title, help } = questions[id];
      return title.trim() === '' || help.trim() === '' || !/[.?!]$/.test(help.trim());
    });
    expect(bad.map((q) => q.id)).toEqual([]);
  });

  it.each([ENGLISH, GERMAN])('gives every option a label of its own rather than its id in $lang', ({ questions }) => {
    const bad = QUESTIONS.flatMap((q) =>
      q.options
        .filter((o) => {
          const label = (questions[q.id].options as Readonly<Record<string, string>>)[o.id] ?? '';
          return label.trim() === '' || label === o.id;
        })
        .map((o) => `${q.id}.${o.id}`),
    );
    expect(bad).toEqual([]);
  });

  it('recognises its own ids and options and nothing else', () => {
    expect(isQuestionId('storage')).toBe(true);
    expect(isQuestionId('constructor')).toBe(false);
    expect(isOptionOf('storage', 'large')).toBe(true);
    expect(isOptionOf('storage', 'many')).toBe(false);
    expect(getQuestion('threat').options[2]?.id).toBe('server');
  });
});
