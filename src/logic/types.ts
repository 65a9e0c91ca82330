/**
 * The shapes of the model's data: what goes in (answers) and what comes out (a recommendation with
 * its reasons, flips and advice). Types, and the id lists of protocols and confidences (which the
 * embeds check messages against); every module of src/logic shares them, and this one imports only
 * ids, so nothing here forms a cycle.
 */
import type { OptionIds, QuestionId } from './catalogue.ts';
import type { ProviderId } from './provider-ids.ts';

export type { OptionIds, QuestionId } from './catalogue.ts';

/** The combinations of answers that rule POP3 out together (the model table's `combinations`). */
export const COMBINATION_IDS = ['retention-without-backups', 'no-backups-unprotected-device', 'devices-without-backups'] as const;
export type CombinationId = (typeof COMBINATION_IDS)[number];

/** Why answers rule a protocol out together: a combination of the model table, or a provider's POP3 rule. */
export type RuleId = CombinationId | 'one-pop3-client';

/** The four axes every protocol is scored on. Higher is always better for the person. */
export type Axis = 'privacy' | 'resilience' | 'multiDevice' | 'serverCost';

/** The two protocols, in the order the page shows them. */
export const PROTOCOLS = ['pop3', 'imap'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** How sure a recommendation is, surest first. */
export const CONFIDENCES = ['clear', 'lean', 'toss-up'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** One number per axis, 0–100. */
export type AxisScores = Record<Axis, number>;

export type OptionId<Q extends QuestionId = QuestionId> = OptionIds[Q];

/**
 * A partial map from question id to option id (unanswered questions are neutral), and the email
 * provider the person chose for the setup, if any (`service`: a provider with no POP3 rules POP3 out).
 */
export type Answers = { [Q in QuestionId]?: OptionIds[Q] } & { service?: ProviderId };

/** A question of the catalogue: its id and its options' ids, in order (their words are the locale's). */
export type Question<Q extends QuestionId = QuestionId> = {
  id: Q;
  options: ReadonlyArray<{ id: OptionIds[Q] }>;
};

export type Driver = {
  questionId: QuestionId;
  /** The answer behind it. */
  optionId: OptionId;
  /** The axis this answer acts on most. */
  axis: Axis;
  /** The protocol this answer pushes the result toward. */
  favours: Protocol;
  /** This answer's Shapley share of the weighted margin (positive favours IMAP, negative POP3). */
  share: number;
  /** One plain sentence saying why, in the locale `recommend` was given (absent without one). */
  reason?: string;
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
  /**
   * Present when the answer rules the protocol out only with others: the model table's combination
   * (a retention duty without automatic backups…), or the provider's rule (Gmail hands each message
   * to one POP3 program only, so a second device rules POP3 out).
   */
  rule?: RuleId;
  /** One plain sentence saying why the other protocol cannot work, in the locale given (absent without one). */
  reason?: string;
};

/**
 * A given answer that keeps a POP3 result from being `clear` (no backups, three or more devices):
 * POP3 may still fit, but only once what the caution names is in place.
 */
export type Caution = {
  /** The answer that calls for care, or 'service' for the chosen provider (Zoho: POP3 on paid plans only). */
  questionId: QuestionId | 'service';
  optionId: OptionId | ProviderId;
  /** What must be in place first, in the locale given (absent without one). */
  reason?: string;
};

/** Each setup step and the variants it comes in (the answers pick one). */
export type StepVariants = {
  tls: 'imap' | 'pop3';
  backups: 'start' | 'keep';
  'disk-encryption': 'start' | 'check' | 'keep';
  'server-copy': 'removal' | 'devices' | 'maybe' | 'delegate' | 'gmail';
  'provider-delete': 'outlook';
  'inbox-only': 'pop3' | 'allMail';
  retention: 'pop3';
  'provider-encryption': 'start' | 'keep' | 'chosen';
  'device-lock': 'imap';
  'shared-access': 'imap';
  'local-export': 'plain' | 'retention';
  switching: 'toPop3' | 'toPop3AllMail' | 'toImap';
};

export type StepId = keyof StepVariants;

/** Which step, in which variant. */
export type StepKey = { [S in StepId]: { id: S; variant: StepVariants[S] } }[StepId];

/** One step of the advice: which, in which variant, and its words when a locale was given. */
export type AdviceStep = StepKey & { title?: string; detail?: string };

/** How a server is reached: implicit TLS, or STARTTLS set to required. Never unencrypted. */
export type Security = 'tls' | 'starttls';

/** A port and how it is reached. */
export type Endpoint = { port: number; security: Security };

export type AdviceServer = {
  role: 'incoming' | 'outgoing';
  protocol: 'IMAP' | 'POP3' | 'SMTP';
  /** The server's name, when the provider is known; otherwise the person's provider tells it. */
  host: string | undefined;
  /** The ports it can be reached on, the first preferred. */
  endpoints: ReadonlyArray<Endpoint>;
};

export type Advice = {
  protocol: Protocol;
  /** Incoming and outgoing server settings, always over TLS. */
  servers: ReadonlyArray<AdviceServer>;
  steps: ReadonlyArray<AdviceStep>;
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
