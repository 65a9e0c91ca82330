/**
 * The pure scoring model: answers in, recommendation out. All numbers come from ./model.ts; all
 * sentences from the locale module. See docs/scoring-model.md for the reasoning.
 */
import { CATALOGUE, QUESTION_IDS } from './catalogue.ts';
import { advise } from './advice.ts';
import { MODEL_TEXT } from './locale/en/model.ts';
import { MODEL, type Effect } from './model.ts';
import { isProviderId, type ProviderId } from './provider-ids.ts';
import { providerById } from './providers.ts';
import { reasonText, requirementText } from './reasons.ts';
import type {
  Answers,
  Axis,
  AxisScores,
  Caution,
  Confidence,
  Driver,
  Flip,
  OptionId,
  Protocol,
  QuestionId,
  Recommendation,
  Requirement,
} from './types.ts';

const AXES: ReadonlyArray<Axis> = MODEL.axes;
const EFFECTS: Readonly<Record<QuestionId, Readonly<Record<string, Effect>>>> = MODEL.effects;

/** Per-protocol scores and the priorities for one answer set. */
type Profile = { scores: { pop3: AxisScores; imap: AxisScores }; priorities: AxisScores };

/**
 * Internally an answer set's raw (unclamped) numbers are one flat vector: POP3's four scores,
 * IMAP's four scores, then the four priorities, each group in axis order. Flat vectors make the
 * 2^n coalitions of the Shapley drivers cheap to build.
 */
type Vector = number[];
const POP3 = 0;
const IMAP = AXES.length;
const PRIORITY = 2 * AXES.length;

function toVector(parts: { pop3?: Partial<AxisScores>; imap?: Partial<AxisScores>; priority?: Partial<AxisScores> }): Vector {
  return [
    ...AXES.map((axis) => parts.pop3?.[axis] ?? 0),
    ...AXES.map((axis) => parts.imap?.[axis] ?? 0),
    ...AXES.map((axis) => parts.priority?.[axis] ?? 0),
  ];
}

const BASE: Vector = toVector({ pop3: MODEL.baseScores.pop3, imap: MODEL.baseScores.imap, priority: MODEL.basePriorities });

/** One answer the model understood: a known question with one of its own options. */
type GivenAnswer = { questionId: QuestionId; optionId: OptionId; delta: Vector; actedOn: ReadonlyArray<Axis> };

function given(questionId: QuestionId, optionId: OptionId, effect: Effect): GivenAnswer {
  const delta = toVector(effect);
  const actedOn = AXES.filter((_, a) => delta[POP3 + a] !== 0 || delta[IMAP + a] !== 0 || delta[PRIORITY + a] !== 0);
  return { questionId, optionId, delta, actedOn };
}

/**
 * The answers the model can use, in catalogue order. Unknown keys and values that are not an option
 * of their question are ignored (treated as unanswered), so untrusted input never throws.
 */
function givenAnswers(answers: Answers): GivenAnswer[] {
  const result: GivenAnswer[] = [];
  if (typeof answers !== 'object' || answers === null) return result;
  for (const id of QUESTION_IDS) {
    // Own properties only: an answer inherited through a prototype is not an answer.
    const value: unknown = Object.hasOwn(answers, id) ? answers[id] : undefined;
    const table = EFFECTS[id];
    if (typeof value === 'string' && Object.hasOwn(table, value)) {
      const effect = table[value];
      if (effect) result.push(given(id, value as OptionId, effect));
    }
  }
  return result;
}

function add(a: Vector, b: Vector): Vector {
  return a.map((value, i) => value + (b[i] ?? 0));
}

function rawOf(answers: ReadonlyArray<GivenAnswer>): Vector {
  return answers.reduce((raw, answer) => add(raw, answer.delta), BASE);
}

function clamp(value: number): number {
  return Math.min(MODEL.scoreRange.max, Math.max(MODEL.scoreRange.min, value));
}

function at(raw: Vector, offset: number, a: number): number {
  return clamp(raw[offset + a] ?? 0);
}

function profileOf(raw: Vector): Profile {
  const group = (offset: number) => Object.fromEntries(AXES.map((axis, a) => [axis, at(raw, offset, a)])) as AxisScores;
  return { scores: { pop3: group(POP3), imap: group(IMAP) }, priorities: group(PRIORITY) };
}

/**
 * priority × (IMAP − POP3) per axis, before dividing by the margin scale. With whole-number scores
 * and priorities these are whole numbers, so sums of them are exact.
 */
function axisTerms(raw: Vector): number[] {
  return AXES.map((_, a) => at(raw, PRIORITY, a) * (at(raw, IMAP, a) - at(raw, POP3, a)));
}

function sum(values: ReadonlyArray<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function marginOf(raw: Vector): number {
  return sum(axisTerms(raw)) / MODEL.marginScale;
}

/**
 * The protocol a margin recommends. A margin of exactly 0 goes to `MODEL.tieWinner` (IMAP, the
 * default of most hosted services).
 *
 * @example
 * protocolFor(-3) // 'pop3'
 * protocolFor(0) // 'imap'
 */
export function protocolFor(value: number): Protocol {
  if (value > 0) return 'imap';
  if (value < 0) return 'pop3';
  return MODEL.tieWinner;
}

/** How sure a margin is by its size alone: `clear`, `lean` or `toss-up` (the table's thresholds). */
function confidenceFor(value: number): Confidence {
  const size = Math.abs(value);
  if (size >= MODEL.confidence.clear) return 'clear';
  if (size >= MODEL.confidence.lean) return 'lean';
  return 'toss-up';
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

function factorials(n: number): number[] {
  const result = [1];
  for (let k = 1; k <= n; k += 1) result.push((result[k - 1] ?? 1) * k);
  return result;
}

/**
 * Each given answer's Shapley share of the weighted margin, measured against the unanswered
 * baseline, biggest |share| first (ties in catalogue order). The shares add up to the margin's
 * distance from the baseline. Exact enumeration: 2^n margin evaluations for n answers (≤ 256).
 * Each driver's axis is the one where its per-axis Shapley share is biggest.
 */
function driversOf(given: ReadonlyArray<GivenAnswer>): Driver[] {
  const n = given.length;
  if (n === 0) return [];

  // Per-axis terms of every coalition of the given answers (bit i set = answer i given). Each
  // coalition's raw vector is a smaller coalition's plus one answer's delta.
  const coalitions = 1 << n;
  const raws: Vector[] = [BASE];
  const terms: number[][] = [axisTerms(BASE)];
  for (let mask = 1; mask < coalitions; mask += 1) {
    const lowest = 31 - Math.clz32(mask & -mask);
    const raw = add(raws[mask & (mask - 1)] ?? BASE, given[lowest]?.delta ?? []);
    raws.push(raw);
    terms.push(axisTerms(raw));
  }

  // Shapley weight of a coalition of size s not containing the answer: s!(n−s−1)!/n!. Summing
  // whole-number weights × whole-number term differences keeps everything exact until one final
  // division.
  const fact = factorials(n);
  const divisor = (fact[n] ?? 1) * MODEL.marginScale;

  const result = given.map((answer, i): Driver => {
    const bit = 1 << i;
    const perAxis = AXES.map(() => 0);
    for (let mask = 0; mask < coalitions; mask += 1) {
      if ((mask & bit) !== 0) continue;
      const s = popcount(mask);
      const weight = (fact[s] ?? 1) * (fact[n - s - 1] ?? 1);
      const withAnswer = terms[mask | bit] ?? [];
      const without = terms[mask] ?? [];
      for (let a = 0; a < perAxis.length; a += 1) {
        perAxis[a] = (perAxis[a] ?? 0) + weight * ((withAnswer[a] ?? 0) - (without[a] ?? 0));
      }
    }
    const share = sum(perAxis) / divisor;
    const axis = mainAxis(perAxis, answer.actedOn);
    return {
      questionId: answer.questionId,
      optionId: answer.optionId,
      axis,
      favours: protocolFor(share),
      share,
      reason: reasonText(MODEL_TEXT, answer.questionId, answer.optionId, axis),
    };
  });

  // Array.prototype.sort is stable, so equal shares keep catalogue order.
  return result.sort((a, b) => Math.abs(b.share) - Math.abs(a.share));
}

/** The axis with the biggest |share|; ties go to an axis the answer acts on, then to axis order. */
function mainAxis(perAxis: ReadonlyArray<number>, actedOn: ReadonlyArray<Axis>): Axis {
  let best: Axis = actedOn[0] ?? 'privacy';
  let bestSize = -1;
  let bestActed = false;
  AXES.forEach((axis, a) => {
    const size = Math.abs(perAxis[a] ?? 0);
    const acted = actedOn.includes(axis);
    if (size > bestSize || (size === bestSize && acted && !bestActed)) {
      best = axis;
      bestSize = size;
      bestActed = acted;
    }
  });
  return best;
}

type Verdict = {
  protocol: Protocol;
  confidence: Confidence;
  requirements: Requirement[];
  cautions: Caution[];
};

const REQUIREMENTS: Readonly<Partial<Record<QuestionId, Readonly<Record<string, Protocol>>>>> = MODEL.requirements;
const CAUTIONS: Readonly<Partial<Record<QuestionId, Readonly<Record<string, true>>>>> = MODEL.cautions;

function requirementsOf(given: ReadonlyArray<GivenAnswer>): Requirement[] {
  return given.flatMap(({ questionId, optionId }) => {
    const byOption = REQUIREMENTS[questionId];
    const protocol = byOption && Object.hasOwn(byOption, optionId) ? byOption[optionId] : undefined;
    if (!protocol) return [];
    return [{ questionId, optionId, protocol, reason: requirementText(MODEL_TEXT, { questionId, optionId }) }];
  });
}

/**
 * The chosen provider's requirement, if it offers no POP3 (iCloud, Proton): one more requirement,
 * which no change to the questions lifts.
 */
function serviceOf(answers: Answers): ProviderId | undefined {
  const id: unknown = typeof answers === 'object' && answers !== null && Object.hasOwn(answers, 'service') ? answers.service : undefined;
  return isProviderId(id) ? id : undefined;
}

function serviceRequirements(answers: Answers): Requirement[] {
  const provider = providerById(serviceOf(answers));
  if (!provider || provider.pop3 !== null) return [];
  return [{ questionId: 'service', optionId: provider.id, protocol: 'imap', reason: requirementText(MODEL_TEXT, { questionId: 'service', optionId: provider.id }) }];
}

function cautionsOf(given: ReadonlyArray<GivenAnswer>): Caution[] {
  return given
    .filter(({ questionId, optionId }) => {
      const byOption = CAUTIONS[questionId];
      return byOption !== undefined && Object.hasOwn(byOption, optionId);
    })
    .map(({ questionId, optionId }) => ({ questionId, optionId }));
}

/**
 * The protocol and confidence for the given answers alone: a requirement decides when there is one
 * (and all requirements agree); otherwise the margin's sign and size do, and a POP3 result with a
 * caution is at most a `lean`. (Whether a skipped question could change it is decided in
 * `recommend`.)
 */
function verdictOf(given: ReadonlyArray<GivenAnswer>, fixed: ReadonlyArray<Requirement>, value: number = marginOf(rawOf(given))): Verdict {
  const requirements = [...requirementsOf(given), ...fixed];
  const required = requirements[0]?.protocol;
  if (required && requirements.every((r) => r.protocol === required)) {
    return { protocol: required, confidence: 'clear', requirements, cautions: [] };
  }
  const protocol = protocolFor(value);
  const cautions = protocol === 'pop3' ? cautionsOf(given) : [];
  const size = confidenceFor(value);
  const confidence = size === 'clear' && cautions.length > 0 ? 'lean' : size;
  return { protocol, confidence, requirements, cautions };
}

/** The answers with one question set to `optionId` (or added, when it was skipped). */
function changed(given: ReadonlyArray<GivenAnswer>, questionId: QuestionId, optionId: OptionId): GivenAnswer[] {
  const effect: Effect = EFFECTS[questionId][optionId] ?? {};
  return [...given.filter((g) => g.questionId !== questionId), { questionId, optionId, delta: toVector(effect), actedOn: [] }];
}

/**
 * What one more or one other answer would do. `flips`: every single-answer change that would change
 * the recommended protocol (another option of an answered question, or an answer to an unanswered
 * one, including changes that add or lift a requirement), in catalogue order, then option order.
 * `openQuestions`: the skipped questions one answer to which could change the verdict: give the
 * other protocol, or add a caution; a result is `clear` only where there are none (or a requirement
 * decides it). Each change's verdict is computed once, from margins only, no drivers.
 */
function alternativesOf(given: ReadonlyArray<GivenAnswer>, fixed: ReadonlyArray<Requirement>, current: Protocol) {
  const flips: Flip[] = [];
  const openQuestions: QuestionId[] = [];
  for (const questionId of QUESTION_IDS) {
    const chosen = given.find((g) => g.questionId === questionId)?.optionId;
    let open = false;
    for (const optionId of CATALOGUE[questionId] as ReadonlyArray<OptionId>) {
      if (optionId === chosen) continue;
      const verdict = verdictOf(changed(given, questionId, optionId), fixed);
      if (verdict.protocol !== current) flips.push({ questionId, optionId, protocol: verdict.protocol });
      if (chosen === undefined && (verdict.protocol !== current || verdict.cautions.some((caution) => caution.questionId === questionId))) open = true;
    }
    if (open) openQuestions.push(questionId);
  }
  return { flips, openQuestions };
}

/**
 * The recommendation for a (partial) answer set. Requirements come first: an answer that rules a
 * protocol out decides it, `clear`. Otherwise the weighted margin decides, and its size the
 * confidence, capped at `lean` for a POP3 result with a caution (no backups, three or more
 * devices…) and for any result that answering a skipped question could change. With it: per-axis
 * scores and priorities, the answers that drove the margin, the single changes that would flip the
 * protocol, and setup advice.
 *
 * @example
 * const result = recommend({ devices: 'many', sharing: 'team', threat: 'device', backups: 'none' });
 * result.protocol // 'imap'
 * result.confidence // 'clear'
 * result.advice.servers[0].ports // [993]
 */
export function recommend(answers: Answers): Recommendation {
  const given = givenAnswers(answers);
  const fixed = serviceRequirements(answers);
  const raw = rawOf(given);
  const value = marginOf(raw);
  const verdict = verdictOf(given, fixed, value);
  const { protocol, requirements, cautions } = verdict;
  const alternatives = alternativesOf(given, fixed, protocol);
  const openQuestions = requirements.length > 0 ? [] : alternatives.openQuestions;
  const confidence = verdict.confidence === 'clear' && openQuestions.length > 0 ? 'lean' : verdict.confidence;
  const { scores, priorities } = profileOf(raw);
  return {
    protocol,
    confidence,
    requirements,
    cautions,
    openQuestions,
    margin: value,
    scores,
    priorities,
    drivers: driversOf(given),
    flips: alternatives.flips,
    advice: advise(protocol, answers, providerById(serviceOf(answers)) ?? {}),
  };
}
