// @vitest-environment node
import { describe, expect, it } from 'vitest';
import GERMAN from '../../src/locale/de/index.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import { MODEL, type Effect } from '../../src/logic/model.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import type { Axis, QuestionId } from '../../src/logic/types.ts';
import { AXES, IMAP_LEADS, POP3_LEADS } from './answer-sets.ts';

function effectOf(questionId: QuestionId, optionId: string): Effect | undefined {
  return (MODEL.effects[questionId] as Record<string, Effect>)[optionId];
}

/** The axes an effect changes anything on, in axis order. */
function axesOf(effect: Effect | undefined): Axis[] {
  return AXES.filter((axis) => [effect?.pop3?.[axis], effect?.imap?.[axis], effect?.priority?.[axis]].some((v) => (v ?? 0) !== 0));
}

/** The lowest and highest raw score a protocol can reach on an axis, over all answer sets. */
function range(protocol: 'pop3' | 'imap', axis: Axis): [number, number] {
  return QUESTIONS.reduce<[number, number]>(
    ([low, high], q) => {
      // 0 stands for leaving the question unanswered.
      const values = [0, ...q.options.map((o) => effectOf(q.id, o.id)?.[protocol]?.[axis] ?? 0)];
      return [low + Math.min(...values), high + Math.max(...values)];
    },
    [MODEL.baseScores[protocol][axis], MODEL.baseScores[protocol][axis]],
  );
}

describe('the model table', () => {
  it('has an effect for exactly the options of each question', () => {
    expect(Object.keys(MODEL.effects)).toEqual(QUESTIONS.map((q) => q.id));
    for (const q of QUESTIONS) expect(Object.keys(MODEL.effects[q.id])).toEqual(q.options.map((o) => o.id));
  });

  it('gives every option an effect, different from leaving the question unanswered', () => {
    const empty = QUESTIONS.flatMap((q) => q.options.filter((o) => axesOf(effectOf(q.id, o.id)).length === 0).map((o) => `${q.id}.${o.id}`));
    expect(empty).toEqual([]);
  });

  it('gives the options of a question different effects, except that being unsure about encryption counts as none', () => {
    const alike = QUESTIONS.flatMap((q) =>
      q.options.flatMap((o, i) =>
        q.options
          .slice(i + 1)
          .filter((p) => JSON.stringify(effectOf(q.id, o.id)) === JSON.stringify(effectOf(q.id, p.id)))
          .map((p) => `${q.id}.${o.id}=${p.id}`),
      ),
    );
    expect(alike).toEqual(['deviceSecurity.no=unsure']);
  });

  it('names only options of the catalogue in its requirements, cautions and safeguards, and requires only IMAP so far', () => {
    const known = (questionId: string, optionId: string) => QUESTIONS.some((q) => q.id === questionId && q.options.some((o) => o.id === optionId));
    for (const [questionId, byOption] of Object.entries(MODEL.requirements)) {
      for (const [optionId, protocol] of Object.entries(byOption)) {
        expect(known(questionId, optionId)).toBe(true);
        expect(protocol).toBe('imap');
      }
    }
    for (const [questionId, byOption] of Object.entries(MODEL.cautions))
      for (const optionId of Object.keys(byOption)) expect(known(questionId, optionId)).toBe(true);
    expect(MODEL.safeguards.every((id) => QUESTIONS.some((q) => q.id === id))).toBe(true);
  });

  it('keeps each leader’s worst score at or above the other protocol’s best, so the article’s signs hold by construction', () => {
    for (const axis of POP3_LEADS) expect(range('pop3', axis)[0]).toBeGreaterThanOrEqual(range('imap', axis)[1]);
    for (const axis of IMAP_LEADS) expect(range('imap', axis)[0]).toBeGreaterThanOrEqual(range('pop3', axis)[1]);
  });

  it('starts every score and priority inside 0–100', () => {
    const values = AXES.flatMap((axis) => [MODEL.baseScores.pop3[axis], MODEL.baseScores.imap[axis], MODEL.basePriorities[axis]]);
    expect(values.every((v) => v >= MODEL.scoreRange.min && v <= MODEL.scoreRange.max)).toBe(true);
  });

  it('puts the lean threshold above zero and below the clear threshold', () => {
    expect(MODEL.confidence.lean).toBeGreaterThan(0);
    expect(MODEL.confidence.lean).toBeLessThan(MODEL.confidence.clear);
  });

  it.each([ENGLISH, GERMAN])('has a reason sentence in $lang for exactly the axes each option acts on', (locale) => {
    const mismatched = QUESTIONS.flatMap((q) =>
      q.options
        .filter((o) => {
          const reasons = (locale.reasons.reasons[q.id] as Record<string, Partial<Record<Axis, string>>>)[o.id] ?? {};
          const written = AXES.filter((axis) => (reasons[axis] ?? '').trim() !== '');
          return written.join() !== axesOf(effectOf(q.id, o.id)).join();
        })
        .map((o) => `${q.id}.${o.id}`),
    );
    expect(mismatched).toEqual([]);
  });

  it('acts on at most two axes per option, so a driver’s main axis always points the way its total share does', () => {
    const wide = QUESTIONS.flatMap((q) => q.options.filter((o) => axesOf(effectOf(q.id, o.id)).length > 2).map((o) => `${q.id}.${o.id}`));
    expect(wide).toEqual([]);
  });
});
