// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, isOptionOf, isQuestionId } from '../../src/logic/catalogue.ts';
import { QUESTIONS, getQuestion } from '../../src/logic/questions.ts';

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

  it('gives every question a title and one sentence of help', () => {
    const bad = QUESTIONS.filter((q) => q.title.trim() === '' || q.help.trim() === '' || !/[.?!]$/.test(q.help.trim()));
    expect(bad.map((q) => q.id)).toEqual([]);
  });

  it('gives every option a label of its own rather than its id', () => {
    const bad = QUESTIONS.flatMap((q) => q.options.filter((o) => o.label.trim() === '' || o.label === o.id).map((o) => `${q.id}.${o.id}`));
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
