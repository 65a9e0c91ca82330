// @vitest-environment node
/**
 * The model's promises over partial answer sets (any subset of questions answered, as a prefilled
 * link may), checked with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/logic/questions.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers, QuestionId } from '../../src/logic/types.ts';
import { AXES, IMAP_LEADS, MONOTONE, POP3_LEADS, optionIds, partialAnswers, singleChanges, specMargin, withAnswer, without } from './answer-sets.ts';

const answeredIds = (answers: Answers): QuestionId[] => QUESTIONS.map((q) => q.id).filter((id) => answers[id] !== undefined);

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** All orderings of a list. */
function permutations<T>(items: ReadonlyArray<T>): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Keep only the answers to `ids`. */
function only(answers: Answers, ids: ReadonlyArray<QuestionId>): Answers {
  return ids.reduce<Answers>((kept, id) => withAnswer(kept, id, answers[id] ?? ''), {});
}

describe('recommend over partial answer sets', () => {
  it('gives every score and priority as a finite number from 0 to 100', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        for (const axis of AXES) {
          for (const v of [r.scores.pop3[axis], r.scores.imap[axis], r.priorities[axis]]) {
            expect(Number.isFinite(v) && v >= 0 && v <= 100).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps POP3 at or above IMAP on privacy and server cost, and IMAP at or above POP3 on resilience and multi-device access', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const { scores } = recommend(answers);
        for (const axis of POP3_LEADS) expect(scores.pop3[axis]).toBeGreaterThanOrEqual(scores.imap[axis]);
        for (const axis of IMAP_LEADS) expect(scores.imap[axis]).toBeGreaterThanOrEqual(scores.pop3[axis]);
      }),
    );
  });

  it('never moves toward the other protocol when a monotone answer moves one option right', () => {
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(...MONOTONE), fc.nat(1), (answers, { questionId, towards }, from) => {
        const options = optionIds(questionId);
        const left = withAnswer(answers, questionId, options[from] ?? '');
        const right = withAnswer(answers, questionId, options[from + 1] ?? '');
        const before = recommend(left).margin;
        const after = recommend(right).margin;
        if (towards === 'imap') expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('computes the margin as Σ priority × (IMAP − POP3) / 100 from its own scores and priorities', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        expect(Math.abs(r.margin - specMargin(r))).toBeLessThan(1e-9);
      }),
    );
  });

  it('gives one driver per answered question and none for unanswered ones', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        expect(
          recommend(answers)
            .drivers.map((d) => d.questionId)
            .sort(),
        ).toEqual(answeredIds(answers).sort());
      }),
    );
  });

  it('splits the margin’s distance from the unanswered baseline exactly among the drivers', () => {
    const baseline = recommend({}).margin;
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        expect(Math.abs(r.drivers.reduce((t, d) => t + d.share, 0) - (r.margin - baseline))).toBeLessThan(1e-9);
      }),
    );
  });

  // An independent check of the Shapley values: the average, over every order of adding the answers
  // one by one to the empty set, of how much each answer moves the margin when it is added.
  it('gives each answer its average marginal effect over every order of answering (its Shapley value)', () => {
    const small = partialAnswers.filter((answers) => answeredIds(answers).length <= 4);
    fc.assert(
      fc.property(small, (answers) => {
        const ids = answeredIds(answers);
        const total = new Map<QuestionId, number>(ids.map((id) => [id, 0]));
        // Each subset's margin once (16 subsets of 4 answers, met 192 times over the 24 orders).
        const margins = new Map<string, number>();
        const marginOf = (subset: ReadonlyArray<QuestionId>) => {
          const key = [...subset].sort().join();
          let margin = margins.get(key);
          if (margin === undefined) margins.set(key, (margin = recommend(only(answers, subset)).margin));
          return margin;
        };
        for (const order of permutations(ids)) {
          order.forEach((id, k) => {
            const before = marginOf(order.slice(0, k));
            const after = marginOf(order.slice(0, k + 1));
            total.set(id, (total.get(id) ?? 0) + after - before);
          });
        }
        for (const driver of recommend(answers).drivers) {
          expect(driver.share).toBeCloseTo((total.get(driver.questionId) ?? NaN) / factorial(ids.length), 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists only flips that really change the recommendation to the protocol named', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        for (const flip of r.flips) {
          expect(flip.optionId).not.toBe(answers[flip.questionId]);
          expect(flip.protocol).not.toBe(r.protocol);
          expect(recommend(withAnswer(answers, flip.questionId, flip.optionId)).protocol).toBe(flip.protocol);
        }
      }),
    );
  });

  it('misses no single-answer change, including answering a skipped question, that would flip the recommendation', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        const expected = singleChanges(answers)
          .filter(({ changed }) => recommend(changed).protocol !== r.protocol)
          .map(({ questionId, optionId }) => `${questionId}=${optionId}`);
        expect(r.flips.map((f) => `${f.questionId}=${f.optionId}`)).toEqual(expected);
      }),
    );
  });

  it('recommends IMAP, clearly, to a team that shares folders, whatever else is answered or skipped', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(withAnswer(answers, 'sharing', 'team'));
        expect(`${r.protocol} ${r.confidence}`).toBe('imap clear');
        expect(r.requirements[0]?.questionId).toBe('sharing');
        expect(r.requirements.slice(1).every((req) => req.rule !== undefined)).toBe(true);
      }),
    );
  });

  it('never calls POP3 clear for someone without backups or on three or more devices', () => {
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom<[QuestionId, string]>(['backups', 'none'], ['devices', 'many']), (answers, [questionId, optionId]) => {
        const r = recommend(withAnswer(answers, questionId, optionId));
        if (r.protocol === 'pop3') {
          expect(r.confidence).not.toBe('clear');
          expect(r.cautions.map((c) => c.questionId)).toContain(questionId);
        }
      }),
    );
  });

  it('keeps POP3 at a toss-up where one answer to a skipped question would rule it out (completing a combination, or the number of devices with Gmail)', () => {
    let pending = 0;
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(undefined, 'gmail' as const), (partial, service) => {
        const answers: Answers = service ? { ...partial, service } : partial;
        const r = recommend(answers);
        if (r.protocol !== 'pop3' || r.requirements.length > 0) return;
        const skipped = QUESTIONS.filter((q) => answers[q.id] === undefined);
        const completes = skipped.some((q) =>
          q.options.some((o) => recommend(withAnswer(answers, q.id, o.id)).requirements.some((req) => req.rule !== undefined)),
        );
        if (!completes) return;
        pending += 1;
        expect(r.confidence).toBe('toss-up');
        expect(r.openQuestions.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    expect(pending).toBeGreaterThan(0);
  });

  it('calls a result clear only where no answer to a skipped question would change the protocol', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        if (r.confidence !== 'clear') return;
        const skipped = QUESTIONS.filter((q) => answers[q.id] === undefined);
        for (const q of skipped) for (const o of q.options) expect(recommend(withAnswer(answers, q.id, o.id)).protocol).toBe(r.protocol);
      }),
    );
  });

  it('names as open exactly the skipped questions one answer to which would change the protocol or add a caution, where there are any', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const r = recommend(answers);
        const singly =
          r.requirements.length > 0
            ? []
            : QUESTIONS.filter(
                (q) =>
                  answers[q.id] === undefined &&
                  q.options.some((o) => {
                    const changed = recommend(withAnswer(answers, q.id, o.id));
                    return changed.protocol !== r.protocol || changed.cautions.some((c) => c.questionId === q.id);
                  }),
              ).map((q) => q.id);
        if (singly.length > 0) expect(r.openQuestions).toEqual(singly);
        // Otherwise only skipped questions can be open (those that, answered together, could turn it).
        expect(r.openQuestions.filter((id) => answers[id] !== undefined)).toEqual([]);
        if (r.openQuestions.length > 0) expect(r.confidence).not.toBe('clear');
      }),
    );
  });

  it('calls a result clear only when no further answers, given together, could give the other protocol', () => {
    fc.assert(
      fc.property(partialAnswers, partialAnswers, (answers, more) => {
        const r = recommend(answers);
        fc.pre(r.confidence === 'clear' && r.requirements.length === 0);
        const extended = QUESTIONS.reduce<Answers>(
          (all, q) => (all[q.id] === undefined && more[q.id] !== undefined ? withAnswer(all, q.id, more[q.id]!) : all),
          answers,
        );
        expect(recommend(extended).protocol).toBe(r.protocol);
      }),
      { numRuns: 300 },
    );
    // A computer and a phone, and a fear of the provider: six questions skipped, four of which,
    // answered POP3's way, would turn it. Not a clear IMAP, and the page names what would sharpen it.
    const twoAndServer = recommend({ devices: 'two', threat: 'server' });
    expect(`${twoAndServer.protocol} ${twoAndServer.confidence}`).toBe('imap lean');
    expect(twoAndServer.openQuestions).toEqual(expect.arrayContaining(['backups', 'deviceSecurity', 'provider', 'storage']));
    expect(
      recommend({ devices: 'two', threat: 'server', sharing: 'solo', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' }).protocol,
    ).toBe('pop3');
    // Three or more devices: nothing else turns it, so it stays clear.
    expect(recommend({ devices: 'many' }).confidence).toBe('clear');
  });

  it('treats something that is not an answer set at all as nothing answered', () => {
    for (const junk of [null, undefined, 'devices=many', 42]) {
      expect(recommend(junk as unknown as Answers)).toStrictEqual(recommend({}));
    }
  });

  it('treats an unknown key or an invalid option like an unanswered question', () => {
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(...QUESTIONS.map((q) => q.id)), fc.string(), (answers, questionId, junk) => {
        fc.pre(!optionIds(questionId).includes(junk));
        const inherited = { devices: 'two', backups: 'automatic', deviceSecurity: 'yes', provider: 'high', retention: 'required' };
        const polluted = { ...answers, [questionId]: junk, extra: 'x', __proto__: inherited } as unknown as Answers;
        expect(recommend(polluted)).toStrictEqual(recommend(without(answers, questionId)));
      }),
    );
  });
});
