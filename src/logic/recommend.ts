/**
 * The pure scoring model: answers in, recommendation out. All numbers come from ./model.ts; given a
 * locale, the sentences come from its words. See docs/scoring-model.md for the reasoning.
 */
import { CATALOGUE, QUESTION_IDS } from './catalogue.ts';
import { advise, type AdviceWords } from './advice.ts';
import { MODEL, type Effect } from './model.ts';
import { isProviderId, type ProviderId } from './provider-ids.ts';
import { providerById, type Provider } from './providers.ts';
import { cautionText, reasonText, requirementText, type ReasonWords } from './reasons.ts';
import { COMBINATION_IDS } from './types.ts';
import type {
  Answers,
  Axis,
  AxisScores,
  Caution,
  CombinationId,
  Confidence,
  Driver,
  Flip,
  OptionId,
  Protocol,
  QuestionId,
  Recommendation,
  Requirement,
} from './types.ts';

/** The words `recommend` needs to say why and how: a locale's reasons and advice. */
export type RecommendWords = { readonly reasons: ReasonWords; readonly advice: AdviceWords };

const AXES: ReadonlyArray<Axis> = MODEL.axes;
const EFFECTS: Readonly<Record<QuestionId, Readonly<Record<string, Effect>>>> = MODEL.effects;

/** An answer set's numbers before clamping: each protocol's scores and the priorities, by axis. */
type Raw = { pop3: AxisScores; imap: AxisScores; priority: AxisScores };

const BASE: Raw = { pop3: MODEL.baseScores.pop3, imap: MODEL.baseScores.imap, priority: MODEL.basePriorities };

/** One answer the model understood: a known question with one of its own options. */
type GivenAnswer = { questionId: QuestionId; optionId: OptionId; effect: Effect };

/**
 * The answers the model can use, in catalogue order. Unknown keys and values that are not an option
 * of their question are ignored (treated as unanswered), so untrusted input never throws.
 */
function givenAnswers(answers: Answers): GivenAnswer[] {
  const result: GivenAnswer[] = [];
  if (typeof answers !== 'object' || answers === null) return result;
  for (const questionId of QUESTION_IDS) {
    // Own properties only: an answer inherited through a prototype is not an answer.
    const value: unknown = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    const table = EFFECTS[questionId];
    const effect = typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : undefined;
    if (effect) result.push({ questionId, optionId: value as OptionId, effect });
  }
  return result;
}

function plus(scores: AxisScores, change: Partial<AxisScores> | undefined): AxisScores {
  if (!change) return scores;
  const sum = { ...scores };
  for (const axis of AXES) sum[axis] += change[axis] ?? 0;
  return sum;
}

function withEffect(raw: Raw, effect: Effect): Raw {
  return { pop3: plus(raw.pop3, effect.pop3), imap: plus(raw.imap, effect.imap), priority: plus(raw.priority, effect.priority) };
}

function rawOf(given: ReadonlyArray<GivenAnswer>): Raw {
  return given.reduce((raw, answer) => withEffect(raw, answer.effect), BASE);
}

function clamp(value: number): number {
  return Math.min(MODEL.scoreRange.max, Math.max(MODEL.scoreRange.min, value));
}

function clamped(scores: AxisScores): AxisScores {
  const result = { ...scores };
  for (const axis of AXES) result[axis] = clamp(scores[axis]);
  return result;
}

/**
 * priority × (IMAP − POP3) per axis, before dividing by the margin scale. With whole-number scores
 * and priorities these are whole numbers, so sums of them are exact.
 */
function termsOf(raw: Raw): AxisScores {
  const terms = { ...raw.priority };
  for (const axis of AXES) terms[axis] = clamp(raw.priority[axis]) * (clamp(raw.imap[axis]) - clamp(raw.pop3[axis]));
  return terms;
}

function marginOf(raw: Raw): number {
  const terms = termsOf(raw);
  return AXES.reduce((total, axis) => total + terms[axis], 0) / MODEL.marginScale;
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

function factorial(n: number): number {
  let result = 1;
  for (let k = 2; k <= n; k += 1) result *= k;
  return result;
}

/** The axes an answer acts on: where it changes a score or a priority. */
function actedOn(effect: Effect): Axis[] {
  return AXES.filter((axis) => (effect.pop3?.[axis] ?? 0) !== 0 || (effect.imap?.[axis] ?? 0) !== 0 || (effect.priority?.[axis] ?? 0) !== 0);
}

/** The axis with the biggest |share|; ties go to an axis the answer acts on, then to axis order. */
function mainAxis(perAxis: AxisScores, acted: ReadonlyArray<Axis>): Axis {
  let best: Axis = acted[0] ?? 'privacy';
  let bestSize = -1;
  let bestActed = false;
  for (const axis of AXES) {
    const size = Math.abs(perAxis[axis]);
    const isActed = acted.includes(axis);
    if (size > bestSize || (size === bestSize && isActed && !bestActed)) {
      best = axis;
      bestSize = size;
      bestActed = isActed;
    }
  }
  return best;
}

/**
 * Each given answer's Shapley share of the weighted margin, measured against the unanswered
 * baseline, biggest |share| first (ties in catalogue order). The shares add up to the margin's
 * distance from the baseline. Exact enumeration: 2^n margin evaluations for n answers (≤ 256).
 * Each driver's axis is the one where its per-axis Shapley share is biggest.
 */
function driversOf(given: ReadonlyArray<GivenAnswer>, words: ReasonWords | undefined): Driver[] {
  const n = given.length;
  if (n === 0) return [];

  // Per-axis terms of every coalition of the given answers (bit i set = answer i given). Each
  // coalition's numbers are a smaller coalition's plus one answer's effect.
  const coalitions = 1 << n;
  const raws: Raw[] = [BASE];
  const terms: AxisScores[] = [termsOf(BASE)];
  for (let mask = 1; mask < coalitions; mask += 1) {
    const lowest = 31 - Math.clz32(mask & -mask);
    const raw = withEffect(raws[mask & (mask - 1)] ?? BASE, given[lowest]?.effect ?? {});
    raws.push(raw);
    terms.push(termsOf(raw));
  }

  // Shapley weight of a coalition of size s not containing the answer: s!(n−s−1)!/n!. Summing
  // whole-number weights × whole-number term differences keeps everything exact until one final
  // division.
  const divisor = factorial(n) * MODEL.marginScale;

  const result = given.map((answer, i): Driver => {
    const bit = 1 << i;
    const perAxis: AxisScores = { privacy: 0, resilience: 0, multiDevice: 0, serverCost: 0 };
    for (let mask = 0; mask < coalitions; mask += 1) {
      if ((mask & bit) !== 0) continue;
      const s = popcount(mask);
      const weight = factorial(s) * factorial(n - s - 1);
      const withAnswer = terms[mask | bit];
      const without = terms[mask];
      if (!withAnswer || !without) continue;
      for (const axis of AXES) perAxis[axis] += weight * (withAnswer[axis] - without[axis]);
    }
    const share = AXES.reduce((total, axis) => total + perAxis[axis], 0) / divisor;
    const axis = mainAxis(perAxis, actedOn(answer.effect));
    const { questionId, optionId } = answer;
    return {
      questionId,
      optionId,
      axis,
      favours: protocolFor(share),
      share,
      ...(words ? { reason: reasonText(words, questionId, optionId, axis) } : {}),
    };
  });

  // Array.prototype.sort is stable, so equal shares keep catalogue order.
  return result.sort((a, b) => Math.abs(b.share) - Math.abs(a.share));
}

type Verdict = {
  protocol: Protocol;
  confidence: Confidence;
  requirements: Requirement[];
  cautions: Caution[];
};

const REQUIREMENTS: Readonly<Partial<Record<QuestionId, Readonly<Record<string, Protocol>>>>> = MODEL.requirements;
const CAUTIONS: Readonly<Partial<Record<QuestionId, Readonly<Record<string, true>>>>> = MODEL.cautions;
const TOSS_UP: Readonly<Partial<Record<QuestionId, Readonly<Record<string, true>>>>> = MODEL.pop3TossUp;
const COMBINATIONS: ReadonlyArray<[CombinationId, { when: Readonly<Partial<Record<QuestionId, ReadonlyArray<string>>>>; protocol: Protocol }]> =
  COMBINATION_IDS.map((id) => [id, MODEL.combinations[id]]);

/** The entry of a model-table part for one answer, own properties only. */
function tableEntry<T>(table: Readonly<Partial<Record<QuestionId, Readonly<Record<string, T>>>>>, { questionId, optionId }: GivenAnswer): T | undefined {
  const byOption = table[questionId];
  return byOption && Object.hasOwn(byOption, optionId) ? byOption[optionId] : undefined;
}

function requirementsOf(given: ReadonlyArray<GivenAnswer>): Requirement[] {
  return given.flatMap((answer) => {
    const protocol = tableEntry(REQUIREMENTS, answer);
    return protocol ? [{ questionId: answer.questionId, optionId: answer.optionId, protocol }] : [];
  });
}

/**
 * The combinations of the model table the answers complete (a retention duty without automatic
 * backups…), each as a requirement under its first listed answer.
 */
function combinationsOf(given: ReadonlyArray<GivenAnswer>): Requirement[] {
  return COMBINATIONS.flatMap(([rule, { when, protocol }]) => {
    const matched = Object.entries(when).map(([questionId, options]) => given.find((g) => g.questionId === questionId && options?.includes(g.optionId)));
    const [first] = matched;
    return first && matched.every(Boolean) ? [{ questionId: first.questionId, optionId: first.optionId, protocol, rule }] : [];
  });
}

/**
 * Whether one answer to a skipped question would rule POP3 out: complete a combination (a retention
 * duty with the backups question skipped…), every other part of it given; or, with a provider whose
 * POP3 serves one program only (Gmail), say how many devices read the mailbox.
 */
function pop3RuleOutPending(given: ReadonlyArray<GivenAnswer>, provider: Provider | undefined): boolean {
  if (provider?.pop3Behaviour?.oneClient && !given.some((g) => g.questionId === 'devices')) return true;
  return COMBINATIONS.some(([, { when, protocol }]) => {
    if (protocol !== 'imap') return false;
    const parts = Object.entries(when).map(([questionId, options]) => {
      const answer = given.find((g) => g.questionId === questionId);
      return answer === undefined ? 'skipped' : options?.includes(answer.optionId) ? 'matched' : 'other';
    });
    return parts.filter((part) => part === 'skipped').length === 1 && parts.every((part) => part !== 'other');
  });
}

function serviceOf(answers: Answers): ProviderId | undefined {
  const id: unknown = typeof answers === 'object' && answers !== null && Object.hasOwn(answers, 'service') ? answers.service : undefined;
  return isProviderId(id) ? id : undefined;
}

/**
 * The chosen provider's requirement: when it offers no POP3 (iCloud, Proton), which no change to the
 * questions lifts; and when its POP3 hands each message to one program only (Gmail) and the mailbox
 * is read on a second device, which reading it on one device lifts.
 */
function providerRequirements(provider: Provider | undefined, given: ReadonlyArray<GivenAnswer>): Requirement[] {
  if (!provider) return [];
  if (provider.pop3 === null) return [{ questionId: 'service', optionId: provider.id, protocol: 'imap' }];
  const devices = given.find((g) => g.questionId === 'devices')?.optionId;
  if (provider.pop3Behaviour?.oneClient && (devices === 'two' || devices === 'many')) {
    return [{ questionId: 'service', optionId: provider.id, protocol: 'imap', rule: 'one-pop3-client' }];
  }
  return [];
}

/** The model table's cautions the answers carry, then the chosen provider's (POP3 on paid plans only). */
function cautionsOf(given: ReadonlyArray<GivenAnswer>, provider: Provider | undefined): Caution[] {
  const answered: Caution[] = given.filter((answer) => tableEntry(CAUTIONS, answer)).map(({ questionId, optionId }) => ({ questionId, optionId }));
  return provider?.pop3Behaviour?.paidPlansSince ? [...answered, { questionId: 'service', optionId: provider.id }] : answered;
}

/**
 * The protocol and confidence for the given answers alone: a requirement decides when there is one
 * (and all requirements agree); otherwise the margin's sign and size do, a POP3 result with a
 * caution is at most a `lean`, and one that a single more answer could rule out at most a `toss-up`. (Whether a skipped question could change it is decided in
 * `recommend`.)
 */
function verdictOf(given: ReadonlyArray<GivenAnswer>, provider: Provider | undefined, value: number = marginOf(rawOf(given))): Verdict {
  const requirements = [...requirementsOf(given), ...combinationsOf(given), ...providerRequirements(provider, given)];
  const required = requirements[0]?.protocol;
  if (required && requirements.every((r) => r.protocol === required)) {
    return { protocol: required, confidence: 'clear', requirements, cautions: [] };
  }
  const protocol = protocolFor(value);
  const cautions = protocol === 'pop3' ? cautionsOf(given, provider) : [];
  const size = confidenceFor(value);
  const capped = size === 'clear' && cautions.length > 0 ? 'lean' : size;
  const tossUp = protocol === 'pop3' && (given.some((answer) => tableEntry(TOSS_UP, answer)) || pop3RuleOutPending(given, provider));
  return { protocol, confidence: tossUp ? 'toss-up' : capped, requirements, cautions };
}

/** The answers with one question set to `optionId` (or added, when it was skipped). */
function changed(given: ReadonlyArray<GivenAnswer>, questionId: QuestionId, optionId: OptionId): GivenAnswer[] {
  const effect: Effect = EFFECTS[questionId][optionId] ?? {};
  return [...given.filter((g) => g.questionId !== questionId), { questionId, optionId, effect }];
}

/**
 * What one more or one other answer would do. `flips`: every single-answer change that would change
 * the recommended protocol (another option of an answered question, or an answer to an unanswered
 * one, including changes that add or lift a requirement), in catalogue order, then option order.
 * `openQuestions`: the skipped questions one answer to which could change the verdict: give the
 * other protocol, or add a caution; a result is `clear` only where there are none (or a requirement
 * decides it). Each change's verdict is computed once, from margins only, no drivers.
 */
function alternativesOf(given: ReadonlyArray<GivenAnswer>, provider: Provider | undefined, current: Protocol) {
  const flips: Flip[] = [];
  const openQuestions: QuestionId[] = [];
  for (const questionId of QUESTION_IDS) {
    const chosen = given.find((g) => g.questionId === questionId)?.optionId;
    let open = false;
    for (const optionId of CATALOGUE[questionId] as ReadonlyArray<OptionId>) {
      if (optionId === chosen) continue;
      const verdict = verdictOf(changed(given, questionId, optionId), provider);
      if (verdict.protocol !== current) flips.push({ questionId, optionId, protocol: verdict.protocol });
      if (chosen === undefined && (verdict.protocol !== current || verdict.cautions.some((caution) => caution.questionId === questionId))) open = true;
    }
    if (open) openQuestions.push(questionId);
  }
  return { flips, openQuestions };
}

/**
 * The skipped questions that, answered together, could give the other protocol, when no single
 * answer could (`alternativesOf` finds those): the questions of the smallest such groups, in
 * catalogue order, or none. Two opposite answers with six skipped (a computer and a phone, and a
 * fear of the provider) are not a `clear` IMAP when four more answers would turn it to POP3.
 *
 * Every way to answer or leave each skipped question is tried once, depth first, the scores added
 * up on the way down; the full verdict (requirements, combinations) is taken only where the margin
 * alone points away from the current protocol, or where a requirement could (a POP3 result).
 */
function jointlyOpen(given: ReadonlyArray<GivenAnswer>, provider: Provider | undefined, current: Protocol): QuestionId[] {
  const skipped = QUESTION_IDS.filter((questionId) => !given.some((g) => g.questionId === questionId));
  const answers: GivenAnswer[] = [...given];
  const group: QuestionId[] = [];
  let smallest = Infinity;
  let open = new Set<QuestionId>();
  const visit = (index: number, raw: Raw): void => {
    if (group.length > smallest) return;
    const next = skipped[index];
    if (next === undefined) {
      if (group.length < 2) return;
      const byMargin = protocolFor(marginOf(raw));
      if (byMargin === current && current === 'imap') return;
      if (verdictOf(answers, provider, marginOf(raw)).protocol === current) return;
      if (group.length < smallest) [smallest, open] = [group.length, new Set()];
      for (const questionId of group) open.add(questionId);
      return;
    }
    visit(index + 1, raw);
    group.push(next);
    for (const optionId of CATALOGUE[next] as ReadonlyArray<OptionId>) {
      const effect: Effect = EFFECTS[next][optionId] ?? {};
      answers.push({ questionId: next, optionId, effect });
      visit(index + 1, withEffect(raw, effect));
      answers.pop();
    }
    group.pop();
  };
  visit(0, rawOf(given));
  return QUESTION_IDS.filter((questionId) => open.has(questionId));
}

/**
 * The recommendation for a (partial) answer set. Requirements come first: an answer that rules a
 * protocol out decides it, `clear`. Otherwise the weighted margin decides, and its size the
 * confidence, capped at `lean` for a POP3 result with a caution (no backups, three or more
 * devices…) and for any result that answering a skipped question could change. With it: per-axis
 * scores and priorities, the answers that drove the margin, the single changes that would flip the
 * protocol, and setup advice. Given a locale, every driver, requirement, caution and step carries
 * its sentence in that language; without one, the result is ids and data only.
 *
 * @example
 * const result = recommend({ devices: 'many', sharing: 'team', threat: 'device', backups: 'none' });
 * result.protocol // 'imap'
 * result.confidence // 'clear'
 * result.advice.servers[0].endpoints // [{ port: 993, security: 'tls' }]
 * recommend({ devices: 'one' }, english).drivers[0].reason // 'You read this mailbox on one device, …'
 */
export function recommend(answers: Answers, locale?: RecommendWords): Recommendation {
  const given = givenAnswers(answers);
  const service = serviceOf(answers);
  const provider = providerById(service);
  const raw = rawOf(given);
  const value = marginOf(raw);
  const verdict = verdictOf(given, provider, value);
  const { protocol } = verdict;
  const alternatives = alternativesOf(given, provider, protocol);
  const singly = verdict.requirements.length > 0 ? [] : alternatives.openQuestions;
  // Only a result that would otherwise be clear needs the (dearer) search over groups of answers.
  const openQuestions =
    verdict.confidence === 'clear' && verdict.requirements.length === 0 && singly.length === 0 ? jointlyOpen(given, provider, protocol) : singly;
  const confidence = verdict.confidence === 'clear' && openQuestions.length > 0 ? 'lean' : verdict.confidence;
  const words = locale?.reasons;
  return {
    protocol,
    confidence,
    requirements: words ? verdict.requirements.map((r) => ({ ...r, reason: requirementText(words, r) })) : verdict.requirements,
    cautions: words ? verdict.cautions.map((c) => ({ ...c, reason: cautionText(words, c) })) : verdict.cautions,
    openQuestions,
    margin: value,
    scores: { pop3: clamped(raw.pop3), imap: clamped(raw.imap) },
    priorities: clamped(raw.priority),
    drivers: driversOf(given, words),
    flips: alternatives.flips,
    advice: advise(protocol, answers, provider ?? {}, locale),
  };
}
