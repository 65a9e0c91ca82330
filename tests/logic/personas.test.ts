// @vitest-environment node
/**
 * The persona panel (tests/logic/persona-panel.ts) against the model: each person gets the protocol
 * a careful email administrator would recommend, with a confidence that administrator would accept.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers, Confidence } from '../../src/logic/types.ts';
import { PERSONAS } from './persona-panel.ts';

/**
 * Each persona's margin (Σ priority × (IMAP − POP3) / 100; positive favours IMAP), pinned. The
 * panel's protocols and confidences check principles; these check the numbers by what they do to
 * people: a change to any number of the model table moves some persona's margin and fails here.
 * A change on purpose updates this list and docs/scoring-model.md (its persona table) together.
 */
const MARGINS: Readonly<Record<string, number>> = {
  P01: -68.75,
  P02: 133,
  P03: -32.75,
  P04: 56.5,
  P05: 72.5,
  P06: 52.5,
  P07: 81.5,
  P08: 24.5,
  P09: 3,
  P10: 39.5,
  P11: -45,
  P12: -37.5,
  P13: 87.5,
  P14: 37,
  P15: -1.25,
  P16: -3.5,
  P17: 55,
  P18: 72.5,
  P19: 21,
  P20: 19,
  P21: 61.5,
  P22: 37.5,
  P23: -50,
  P24: 30.5,
  P25: 48,
  P26: -53.25,
  P27: 53,
  P28: 101,
  P29: 4.75,
  P30: -29.5,
  P31: 57.5,
  P32: 11.5,
  P33: -29.25,
  P34: 20.25,
  P35: -1.75,
  P36: -18,
  P37: -41.25,
  P38: -10,
  P39: 9,
  P40: -43.25,
  P41: -71.25,
  P42: 26.75,
  P43: -29.75,
};

/**
 * Answer sets whose margins sit just either side of the confidence thresholds (25: clear, 8: lean),
 * with no requirement, caution or open question in the way: moving a threshold moves one of them.
 */
const AT_THRESHOLDS: ReadonlyArray<{ answers: Answers; margin: number; confidence: Confidence }> = [
  {
    answers: {
      devices: 'two',
      sharing: 'solo',
      threat: 'both',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'some',
      storage: 'growing',
      retention: 'no',
    },
    margin: 25,
    confidence: 'clear',
  },
  {
    answers: {
      devices: 'two',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'some',
      storage: 'small',
      retention: 'personal',
    },
    margin: 24.75,
    confidence: 'lean',
  },
  {
    answers: {
      devices: 'two',
      sharing: 'solo',
      threat: 'server',
      backups: 'sometimes',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'growing',
      retention: 'personal',
    },
    margin: 8.25,
    confidence: 'lean',
  },
  {
    answers: {
      devices: 'two',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'small',
      retention: 'personal',
    },
    margin: 7.75,
    confidence: 'toss-up',
  },
];

describe('the persona panel', () => {
  it('has at least 24 personas, some with skipped questions, each resting on a sentence', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(24);
    expect(PERSONAS.filter((p) => Object.keys(p.answers).length < 8).length).toBeGreaterThan(PERSONAS.length / 2);
    expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
    for (const { basis } of PERSONAS) {
      if ('quote' in basis) expect(basis.quote.length).toBeGreaterThan(30);
      else expect(/^https?:\/\//.test(basis.url) && basis.fact.length > 20).toBe(true);
    }
  });

  it.each(PERSONAS.map((p) => [`${p.id} ${p.who}`, p] as const))('%s', (_, persona) => {
    const { protocol, confidence } = recommend(persona.answers);
    expect(protocol).toBe(persona.protocol);
    expect(persona.confidences).toContain(confidence);
  });

  it('moves every persona’s margin only when the model table changes on purpose', () => {
    expect(Object.keys(MARGINS).sort()).toEqual(PERSONAS.map((p) => p.id).sort());
    const moved = PERSONAS.filter((p) => Math.abs(recommend(p.answers).margin - (MARGINS[p.id] ?? NaN)) > 1e-9).map(
      (p) => `${p.id}: ${recommend(p.answers).margin}`,
    );
    expect(moved).toEqual([]);
  });

  it.each(AT_THRESHOLDS.map((t) => [t.margin, t.confidence, t] as const))('calls a margin of %s %s', (margin, confidence, { answers }) => {
    const result = recommend(answers);
    expect(result.margin).toBe(margin);
    expect([result.requirements, result.cautions, result.openQuestions]).toEqual([[], [], []]);
    expect(result.confidence).toBe(confidence);
  });
});
