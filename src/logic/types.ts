import type { Advice } from './advice.ts';
import type { OptionIds, QuestionId } from './catalogue.ts';
import type { ProviderId } from './provider-ids.ts';

export type { Advice, AdviceServer, AdviceStep } from './advice.ts';
export type { OptionIds, QuestionId } from './catalogue.ts';

/** The four axes every protocol is scored on. Higher is always better for the person. */
export type Axis = 'privacy' | 'resilience' | 'multiDevice' | 'serverCost';

export type Protocol = 'pop3' | 'imap';

export type Confidence = 'clear' | 'lean' | 'toss-up';

/** One number per axis, 0–100. */
export type AxisScores = Record<Axis, number>;

export type OptionId<Q extends QuestionId = QuestionId> = OptionIds[Q];

/**
 * A partial map from question id to option id (unanswered questions are neutral), and the email
 * provider the person chose for the setup, if any (`service`: a provider with no POP3 rules POP3 out).
 */
export type Answers = { [Q in QuestionId]?: OptionIds[Q] } & { service?: ProviderId };

export type Question<Q extends QuestionId = QuestionId> = {
  id: Q;
  /** The question in plain words. */
  title: string;
  /** What the question is about, for a list in a sentence ("your backups"). */
  topic: string;
  /** One sentence from the article: why this matters for POP3 vs IMAP. */
  help: string;
  options: ReadonlyArray<{ id: OptionIds[Q]; label: string }>;
};

export type Driver = {
  questionId: QuestionId;
  /** The axis this answer acts on most. */
  axis: Axis;
  /** The protocol this answer pushes the result toward. */
  favours: Protocol;
  /** This answer's Shapley share of the weighted margin (positive favours IMAP, negative POP3). */
  share: number;
  /** The answer behind it, so the page can word the reason in its own language. */
  optionId: OptionId;
  /** One plain sentence saying why (English; the page words it from `questionId`, `optionId` and `axis`). */
  reason: string;
};

export type Flip = {
  questionId: QuestionId;
  optionId: OptionId;
  /** The protocol that would win after this single change. */
  protocol: Protocol;
};

/**
 * A given answer that rules a protocol out: POP3 cannot serve a team that shares folders (it has no
 * server folders). `protocol` is the one that remains.
 */
export type Requirement = {
  /** The question whose answer rules a protocol out, or 'service' for the chosen provider. */
  questionId: QuestionId | 'service';
  optionId: OptionId | ProviderId;
  protocol: Protocol;
  /** One plain sentence saying why the other protocol cannot work (English; the page words it from the ids). */
  reason: string;
};

/**
 * A given answer that keeps a POP3 result from being `clear` (no backups, three or more devices):
 * POP3 may still fit, but only once what the caution names is in place.
 */
export type Caution = {
  questionId: QuestionId;
  optionId: OptionId;
};

export type Recommendation = {
  protocol: Protocol;
  confidence: Confidence;
  /** Answers that rule a protocol out; where there is one, it decides the protocol. */
  requirements: ReadonlyArray<Requirement>;
  /** Answers that capped the confidence of a POP3 result below `clear`. */
  cautions: ReadonlyArray<Caution>;
  /**
   * Skipped questions one answer to which could change the verdict (give the other protocol, or
   * add a caution), in catalogue order. A result with any is never `clear`.
   */
  openQuestions: ReadonlyArray<QuestionId>;
  /** Σ priority × (IMAP − POP3) / 100 over the four axes; positive favours IMAP. */
  margin: number;
  scores: { pop3: AxisScores; imap: AxisScores };
  priorities: AxisScores;
  drivers: ReadonlyArray<Driver>;
  flips: ReadonlyArray<Flip>;
  advice: Advice;
};
