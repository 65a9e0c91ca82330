import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeAnswers, describeProblem, encodeAnswers } from '../../src/logic/share-link.ts';
import type { DecodedLink, LinkStep } from '../../src/logic/share-link.ts';
import { QUESTION_IDS, isOptionOf, isQuestionId } from '../../src/logic/catalogue.ts';
import { PROVIDER_IDS, isProviderId } from '../../src/logic/provider-ids.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import type { Answers, QuestionId } from '../../src/logic/types.ts';

const CAP = 8192;
const TEXT = ENGLISH.link;

function title(id: QuestionId): string {
  return ENGLISH.questions[id].title;
}

/** A decoded link's problems in English words, as the page shows them. */
function sentences(result: DecodedLink): string[] {
  return result.problems.map((problem) => describeProblem(problem, TEXT, title));
}

/** Every sentence a link's problems may ever be worded as: built from catalogue words only. */
const ALLOWED_PROBLEMS: ReadonlySet<string> = (() => {
  const allowed = new Set<string>([TEXT.otherVersion, TEXT.unknownService]);
  const titles = QUESTIONS.map((q) => title(q.id));
  for (let mask = 1; mask < 1 << titles.length; mask++) {
    allowed.add(TEXT.unreadableAnswers(titles.filter((_, i) => (mask & (1 << i)) !== 0)));
  }
  return allowed;
})();

const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    ...Object.fromEntries(QUESTIONS.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
    service: fc.constantFrom(...PROVIDER_IDS),
  },
  { requiredKeys: [], noNullPrototype: true },
) as fc.Arbitrary<Answers>;

const stepArb: fc.Arbitrary<LinkStep> = fc.constantFrom<LinkStep>('result', 'service', ...QUESTION_IDS);

const TRICKY_TOKENS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__proto__[polluted]',
  'constructor.prototype.polluted',
  'polluted',
  'v',
  'step',
  '1',
  '2',
  'result',
  '',
  '=',
  '&',
  '#',
  '?',
  '%',
  '%E0%A4%A',
  '%00',
  '%5F_proto__',
  '%3Cscript%3E',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'v=2',
  ...QUESTION_IDS,
  ...QUESTIONS.flatMap((q) => q.options.map((o) => o.id)),
];

const tokenArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });

const pairArb = fc.oneof(
  fc.tuple(tokenArb, tokenArb).map(([k, v]) => `${k}=${v}`),
  tokenArb,
  fc.tuple(fc.constantFrom(...QUESTION_IDS, 'v', 'step'), tokenArb).map(([k, v]) => `${k}=${v}`),
);

const fragmentArb = fc.tuple(fc.constantFrom('', '#', '?', ' #'), fc.array(pairArb, { maxLength: 30 })).map(([prefix, pairs]) => prefix + pairs.join('&'));

/** Huge inputs, up to ~200 KB, built by repetition so they are cheap to generate. */
const hugeArb = fc.tuple(fc.array(pairArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 200_000 })).map(([pairs, targetLength]) => {
  const unit = `${pairs.join('&')}&`;
  return unit.repeat(Math.ceil(targetLength / Math.max(unit.length, 1))).slice(0, targetLength);
});

const anyTextArb = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fragmentArb, hugeArb);

function expectOnlyCatalogueContent(result: DecodedLink): void {
  const { answers, problems, step } = result;
  expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  const keys = Reflect.ownKeys(answers);
  for (const key of keys) {
    if (key === 'service') expect(isProviderId(answers.service)).toBe(true);
    else expect(isQuestionId(key) && isOptionOf(key, answers[key])).toBe(true);
  }
  // Keys come out in catalogue order, the provider last.
  expect(keys).toEqual([...QUESTION_IDS, 'service'].filter((id) => keys.includes(id)));
  expect(Array.isArray(problems)).toBe(true);
  for (const sentence of sentences(result)) expect(ALLOWED_PROBLEMS.has(sentence)).toBe(true);
  expect(new Set(problems.map((p) => p.kind)).size).toBe(problems.length);
  expect(step === undefined || step === 'result' || isQuestionId(step)).toBe(true);
}

describe('encodeAnswers and decodeAnswers round-trip', () => {
  it('decoding an encoded answer map gives back exactly that map with no problems', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const decoded = decodeAnswers(encodeAnswers(answers));
        expect(decoded.answers).toStrictEqual(answers);
        expect(decoded.problems).toEqual([]);
        expect(decoded.step).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('decoding an encoded answer map with a step gives back the answers and the step', () => {
    fc.assert(
      fc.property(answersArb, stepArb, fc.constantFrom('', '#'), (answers, step, prefix) => {
        const decoded = decodeAnswers(prefix + encodeAnswers(answers, step));
        expect(decoded.answers).toStrictEqual(answers);
        expect(decoded.problems).toEqual([]);
        expect(decoded.step).toBe(step);
      }),
      { numRuns: 500 },
    );
  });

  it('every complete answer set round-trips', () => {
    const [first, ...rest] = QUESTIONS.map((q) => q.options.map((o) => [q.id, o.id] as const));
    let sets: Array<ReadonlyArray<readonly [QuestionId, string]>> = (first ?? []).map((pair) => [pair]);
    for (const options of rest) sets = sets.flatMap((set) => options.map((pair) => [...set, pair]));
    expect(sets).toHaveLength(3 ** 8);
    for (const set of sets) {
      const answers = Object.fromEntries(set) as Answers;
      expect(decodeAnswers(encodeAnswers(answers)).answers).toStrictEqual(answers);
    }
  });
});

describe('decodeAnswers on hostile input', () => {
  it('never throws and returns only catalogue ids and catalogue sentences for any text', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(anyTextArb, (text) => {
        expectOnlyCatalogueContent(decodeAnswers(text));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 400 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('never throws for values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== 'string');
        const result = decodeAnswers(value);
        expect(result).toEqual({ answers: {}, problems: [], step: undefined });
      }),
    );
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 'v=1&devices=one', new String('v=1&devices=one')]) {
      expect(decodeAnswers(value).answers).toEqual({});
    }
  });

  it('prototype-polluting keys are neither accepted nor applied', () => {
    const result = decodeAnswers(
      '__proto__=x&__proto__[polluted]=yes&constructor=one&constructor.prototype.polluted=yes&toString=one&hasOwnProperty=many&prototype=team&devices=many',
    );
    expect(result.answers).toStrictEqual({ devices: 'many' });
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.answers)).toEqual(['devices']);
    expect(typeof result.answers.toString).toBe('function');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a script in a known question value is dropped and never echoed back', () => {
    const result = decodeAnswers('v=1&devices=<script>alert(1)</script>&sharing=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(result.answers).toEqual({});
    expect(sentences(result)).toEqual([TEXT.unreadableAnswers([title('devices'), title('sharing')])]);
    expect(sentences(result).join(' ')).not.toMatch(/[<>]|script|alert|onerror/);
  });

  it('malformed percent-encoding does not throw and drops only that answer', () => {
    const result = decodeAnswers('v=1&devices=%E0%A4%A&sharing=%&storage=%00&%E0%A4%A=one&backups=automatic');
    expect(result.answers).toStrictEqual({ backups: 'automatic' });
    expect(sentences(result)).toEqual([TEXT.unreadableAnswers([title('devices'), title('sharing'), title('storage')])]);
  });

  it('percent-encoded ids are read', () => {
    expect(decodeAnswers('v=1&%64evices=m%61ny').answers).toStrictEqual({ devices: 'many' });
  });
});

describe('decodeAnswers reads at most 8 KB', () => {
  it('gives the same result for a long text as for its first 8192 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: CAP + 50 }), fc.array(pairArb, { maxLength: 10 }), answersArb, (head, tailPairs, tailAnswers) => {
        const padded = head.padEnd(CAP, 'x');
        const text = `${padded}&${encodeAnswers(tailAnswers, 'result')}&${tailPairs.join('&')}`;
        expect(decodeAnswers(text)).toStrictEqual(decodeAnswers(text.slice(0, CAP)));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores valid pairs placed after the 8 KB mark', () => {
    const head = 'v=1&sharing=solo&padding=';
    const padded = head + 'x'.repeat(CAP - head.length);
    expect(padded).toHaveLength(CAP);
    const result = decodeAnswers(`${padded}&devices=many&sharing=team&v=2&backups=bogus&step=result`);
    expect(result).toStrictEqual({ answers: { sharing: 'solo' }, problems: [], step: undefined });
  });

  it('still reads a pair that ends exactly at the 8 KB mark', () => {
    const tail = '&devices=many';
    const text = `v=1&padding=${'x'.repeat(CAP - 12 - tail.length)}${tail}`;
    expect(text).toHaveLength(CAP);
    expect(decodeAnswers(text).answers).toStrictEqual({ devices: 'many' });
    expect(decodeAnswers(`${text}x`).answers).toStrictEqual({ devices: 'many' });
  });

  it('handles a 100 KB fragment and returns a result', () => {
    const text = `#v=1&devices=two&${'junk=%E0%A4%A&'.repeat(8000)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const result = decodeAnswers(text);
    expect(result.answers).toStrictEqual({ devices: 'two' });
    expect(result.problems).toEqual([]);
  });
});

describe('decodeAnswers reading rules', () => {
  it('accepts a leading # as well as no #', () => {
    expect(decodeAnswers('#v=1&devices=many').answers).toStrictEqual({ devices: 'many' });
    expect(decodeAnswers('v=1&devices=many').answers).toStrictEqual({ devices: 'many' });
  });

  it('accepts a leading ? and surrounding whitespace', () => {
    expect(decodeAnswers('?v=1&devices=many').answers).toStrictEqual({ devices: 'many' });
    expect(decodeAnswers('  #v=1&devices=many\n').answers).toStrictEqual({ devices: 'many' });
  });

  it('ignores unknown keys silently', () => {
    const result = decodeAnswers('v=1&utm_source=blog&colour=blue&devices=one&Devices=many');
    expect(result).toStrictEqual({ answers: { devices: 'one' }, problems: [], step: undefined });
  });

  it('a bad value drops only that answer and the problem names the question in words', () => {
    const result = decodeAnswers('v=1&devices=many&backups=often&sharing=team');
    expect(result.answers).toStrictEqual({ devices: 'many', sharing: 'team' });
    expect(sentences(result)).toEqual([
      'We couldn’t read your answer to “How do you back up the device that keeps your mail?”, so that question is unanswered.',
    ]);
    expect(sentences(result)[0]).not.toContain('often');
  });

  it('several bad values give one sentence naming each question in catalogue order', () => {
    const result = decodeAnswers('v=1&retention=forever&devices=ten&storage=huge');
    expect(result.answers).toEqual({});
    expect(sentences(result)).toEqual([
      `We couldn’t read your answers to “${title('devices')}”, “${title('storage')}” and “${title('retention')}”, so those questions are unanswered.`,
    ]);
  });

  it('an option id of another question is not accepted', () => {
    const result = decodeAnswers('v=1&devices=team');
    expect(result.answers).toEqual({});
    expect(sentences(result)).toEqual([TEXT.unreadableAnswers([title('devices')])]);
  });

  it('an unknown version is a problem but the readable answers are kept', () => {
    const result = decodeAnswers('v=2&devices=many&sharing=team&future=thing');
    expect(result.answers).toStrictEqual({ devices: 'many', sharing: 'team' });
    expect(sentences(result)).toEqual([TEXT.otherVersion]);
    expect(sentences(decodeAnswers('v=abc&devices=one'))).toEqual([TEXT.otherVersion]);
  });

  it('an unknown version and a bad value give two sentences, answers first', () => {
    const result = decodeAnswers('v=3&devices=many&backups=often');
    expect(result.answers).toStrictEqual({ devices: 'many' });
    expect(sentences(result)).toEqual([TEXT.unreadableAnswers([title('backups')]), TEXT.otherVersion]);
  });

  it('a missing version is accepted silently', () => {
    expect(decodeAnswers('devices=many&sharing=team')).toStrictEqual({
      answers: { devices: 'many', sharing: 'team' },
      problems: [],
      step: undefined,
    });
  });

  it('blank values are treated as absent, without a problem', () => {
    expect(decodeAnswers('v=&devices=&sharing&step=&backups=none')).toStrictEqual({
      answers: { backups: 'none' },
      problems: [],
      step: undefined,
    });
  });

  it('for a repeated key the last valid value wins', () => {
    expect(decodeAnswers('devices=one&devices=many').answers).toStrictEqual({ devices: 'many' });
    expect(decodeAnswers('devices=one&devices=bogus')).toStrictEqual({
      answers: { devices: 'one' },
      problems: [],
      step: undefined,
    });
    expect(decodeAnswers('devices=bogus&devices=two').answers).toStrictEqual({ devices: 'two' });
    expect(sentences(decodeAnswers('devices=bogus&devices=worse'))).toEqual([TEXT.unreadableAnswers([title('devices')])]);
  });

  it('reads step=result', () => {
    expect(decodeAnswers('#v=1&devices=many&step=result').step).toBe('result');
  });

  it('reads a question id as the step', () => {
    expect(decodeAnswers('v=1&step=backups').step).toBe('backups');
  });

  it('ignores a bad step silently', () => {
    expect(decodeAnswers('v=1&devices=one&step=<script>')).toStrictEqual({
      answers: { devices: 'one' },
      problems: [],
      step: undefined,
    });
    expect(decodeAnswers('v=1&step=__proto__').step).toBeUndefined();
    expect(decodeAnswers('v=1&step=result&step=nowhere').step).toBe('result');
  });

  it('returns no answers and no problems for an empty text', () => {
    expect(decodeAnswers('')).toStrictEqual({ answers: {}, problems: [], step: undefined });
    expect(decodeAnswers('#')).toStrictEqual({ answers: {}, problems: [], step: undefined });
  });
});

describe('the chosen provider in a link', () => {
  it('travels as service=, after the answers and before the step, and comes back', () => {
    const fragment = encodeAnswers({ devices: 'one', service: 'gmail' }, 'result');
    expect(fragment).toBe('v=1&devices=one&service=gmail&step=result');
    expect(decodeAnswers(fragment)).toEqual({ answers: { devices: 'one', service: 'gmail' }, problems: [], step: 'result' });
  });

  it('round-trips every provider id, including those with a hyphen', () => {
    for (const service of PROVIDER_IDS) expect(decodeAnswers(encodeAnswers({ service })).answers).toEqual({ service });
  });

  it('drops an unknown provider with a calm sentence, and keeps the answers', () => {
    const result = decodeAnswers('v=1&devices=many&service=evil-mail&step=result');
    expect(result.answers).toEqual({ devices: 'many' });
    expect(result.step).toBe('result');
    expect(sentences(result)).toEqual([TEXT.unknownService]);
    expect(TEXT.unknownService).not.toContain('evil');
  });

  it('never reads the trust question’s key as the provider, nor the provider as an answer', () => {
    expect(decodeAnswers('v=1&provider=gmail').answers).toEqual({});
    expect(decodeAnswers('v=1&service=high').answers).toEqual({});
    expect(encodeAnswers({ provider: 'high', service: 'posteo' })).toBe('v=1&provider=high&service=posteo');
  });

  it('leaves a blank provider out without a problem', () => {
    expect(decodeAnswers('v=1&devices=one&service=')).toEqual({ answers: { devices: 'one' }, problems: [], step: undefined });
  });
});

describe('encodeAnswers', () => {
  it('writes the readable form with the version first', () => {
    expect(encodeAnswers({ devices: 'many', sharing: 'team' })).toBe('v=1&devices=many&sharing=team');
  });

  it('writes keys in catalogue order whatever the insertion order of the input', () => {
    const answers: Answers = { retention: 'required', devices: 'one', storage: 'large', sharing: 'solo' };
    expect(encodeAnswers(answers)).toBe('v=1&devices=one&sharing=solo&storage=large&retention=required');
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.integer()), (answers, noise) => {
        const entries = Object.entries(answers)
          .map((entry) => ({ entry, order: noise.next().value }))
          .sort((a, b) => a.order - b.order)
          .map(({ entry }) => entry);
        const shuffled = Object.fromEntries(entries) as Answers;
        const keys = encodeAnswers(shuffled)
          .split('&')
          .map((pair) => pair.split('=')[0]);
        expect(keys).toEqual(['v', ...QUESTION_IDS.filter((id: QuestionId) => answers[id] !== undefined), ...(answers.service ? ['service'] : [])]);
      }),
    );
  });

  it('does not write unanswered questions', () => {
    expect(encodeAnswers({})).toBe('v=1');
    expect(encodeAnswers({ backups: 'automatic', provider: undefined } as unknown as Answers)).toBe('v=1&backups=automatic');
  });

  it('writes the step last when one is given', () => {
    expect(encodeAnswers({ devices: 'many' }, 'result')).toBe('v=1&devices=many&step=result');
    expect(encodeAnswers({}, 'sharing')).toBe('v=1&step=sharing');
  });

  it('leaves out values and steps that are not in the catalogue', () => {
    const bad = { devices: 'lots', sharing: 'team', polluted: 'yes' } as unknown as Answers;
    expect(encodeAnswers(bad, 'nowhere' as LinkStep)).toBe('v=1&sharing=team');
  });
});
