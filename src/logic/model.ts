/**
 * The scoring model's numbers: the one table. Every number here is explained, with the sentence of
 * the seed article it comes from, in docs/scoring-model.md. recommend.ts holds no numbers of its own.
 *
 * How to read it:
 * - `baseScores`: how well each protocol does on each axis (0–100, higher is better for the person)
 *   when nothing is answered.
 * - `basePriorities`: how much each axis matters (0–100) when nothing is answered.
 * - `effects[question][option]`: what that answer adds to (or takes from) POP3's scores, IMAP's
 *   scores and the priorities. An unanswered question adds nothing. Sums are clamped to [0, 100].
 * - `requirements[question][option]`: the protocol that remains when that answer rules the other
 *   out. A requirement decides the protocol whatever the margin.
 * - `combinations[rule]`: answers that rule POP3 out together though none does alone (a retention
 *   duty without automatic backups…): every listed question answered with one of the listed options.
 *   A combination is a requirement, shown under its first listed answer.
 * - `cautions[question][option]`: answers with which POP3 is never `clear`.
 * - `pop3TossUp[question][option]`: answers with which a POP3 result is at most a `toss-up`.
 * - `safeguards`: questions where moving left means less protection (never suggested as a change).
 * - `confidence`: the |margin| at or above which a result is `clear`, or `lean`; below `lean` it
 *   is a `toss-up`.
 * - `tieWinner`: the protocol recommended when the margin is exactly 0.
 *
 * The numbers are chosen so that, for every answer set, POP3 ≥ IMAP on privacy and server cost and
 * IMAP ≥ POP3 on resilience and multi-device access (the article's signs; tests/logic prove it).
 */
import type { Axis, AxisScores, CombinationId, OptionIds, Protocol, QuestionId } from './types.ts';

/** For some questions, the options that match: a combination holds when every listed question has one. */
export type AnswerPattern = { readonly [Q in QuestionId]?: ReadonlyArray<OptionIds[Q]> };

/** What one answer changes. Missing axes change nothing. */
export type Effect = {
  readonly pop3?: Partial<Readonly<AxisScores>>;
  readonly imap?: Partial<Readonly<AxisScores>>;
  readonly priority?: Partial<Readonly<AxisScores>>;
};

export type ModelTable = {
  readonly axes: ReadonlyArray<Axis>;
  readonly scoreRange: { readonly min: number; readonly max: number };
  readonly baseScores: { readonly pop3: Readonly<AxisScores>; readonly imap: Readonly<AxisScores> };
  readonly basePriorities: Readonly<AxisScores>;
  readonly effects: { readonly [Q in QuestionId]: { readonly [O in OptionIds[Q]]: Effect } };
  readonly requirements: { readonly [Q in QuestionId]?: { readonly [O in OptionIds[Q]]?: Protocol } };
  readonly combinations: { readonly [R in CombinationId]: { readonly when: AnswerPattern; readonly protocol: Protocol } };
  readonly cautions: { readonly [Q in QuestionId]?: { readonly [O in OptionIds[Q]]?: true } };
  readonly pop3TossUp: { readonly [Q in QuestionId]?: { readonly [O in OptionIds[Q]]?: true } };
  /**
   * Questions whose options run from less to more protection (left to right). A change to a less
   * protective option is never offered as a way to change the result: it would read as advice
   * against the person's interest.
   */
  readonly safeguards: ReadonlyArray<QuestionId>;
  /** The weighted margin divides Σ priority × gap by this, so priorities act as percentages. */
  readonly marginScale: number;
  readonly confidence: { readonly clear: number; readonly lean: number };
  readonly tieWinner: Protocol;
  readonly advice: {
    readonly ports: { readonly imap: number; readonly pop3: number; readonly smtp: readonly [implicitTls: number, startTls: number] };
    /** POP3's "leave a copy on the server" period, when another device also reads the mail. */
    readonly leaveOnServerDays: number;
  };
};

export const MODEL = {
  axes: ['privacy', 'resilience', 'multiDevice', 'serverCost'],
  scoreRange: { min: 0, max: 100 },

  baseScores: {
    pop3: { privacy: 85, resilience: 35, multiDevice: 15, serverCost: 90 },
    imap: { privacy: 40, resilience: 85, multiDevice: 95, serverCost: 40 },
  },

  basePriorities: { privacy: 50, resilience: 50, multiDevice: 40, serverCost: 20 },

  effects: {
    devices: {
      one: { priority: { multiDevice: -35 } },
      two: { priority: { multiDevice: 35 } },
      many: { priority: { multiDevice: 60 } },
    },
    sharing: {
      solo: { priority: { multiDevice: -5 } },
      delegate: { priority: { multiDevice: 30 } },
      team: { priority: { multiDevice: 40 } },
    },
    threat: {
      device: { priority: { privacy: -20, resilience: 40 } },
      both: { priority: { privacy: 10, resilience: 10 } },
      server: { priority: { privacy: 35, resilience: -20 } },
    },
    backups: {
      none: { pop3: { resilience: -35 } },
      sometimes: { pop3: { resilience: -10 } },
      automatic: { pop3: { resilience: 25 } },
    },
    deviceSecurity: {
      no: { pop3: { privacy: -20 } },
      unsure: { pop3: { privacy: -20 } },
      yes: { pop3: { privacy: 5 } },
    },
    provider: {
      low: { imap: { privacy: -15 } },
      some: { imap: { privacy: 5 } },
      high: { imap: { privacy: 25 } },
    },
    storage: {
      small: { imap: { serverCost: 20 }, priority: { serverCost: -10 } },
      growing: { imap: { serverCost: -5 }, priority: { serverCost: 10 } },
      large: { imap: { serverCost: -10 }, priority: { serverCost: 15 } },
    },
    retention: {
      no: { priority: { resilience: -10 } },
      personal: { priority: { resilience: 10 } },
      required: { priority: { resilience: 30 } },
    },
  },

  requirements: {
    sharing: { team: 'imap' },
  },

  combinations: {
    // A legal duty to keep mail, and no automatic backup: POP3's one copy on one device can be lost
    // with the device, and with it mail the law says must be kept.
    'retention-without-backups': { when: { retention: ['required'], backups: ['none', 'sometimes'] }, protocol: 'imap' },
    // No backup and a device that is not (known to be) encrypted: POP3's one copy is neither safe
    // from loss nor from whoever takes the device.
    'no-backups-unprotected-device': { when: { backups: ['none'], deviceSecurity: ['no', 'unsure'] }, protocol: 'imap' },
    // A second device and no backup: mail is spread over devices that each hold part of it, and
    // none is backed up.
    'devices-without-backups': { when: { devices: ['two', 'many'], backups: ['none'] }, protocol: 'imap' },
  },

  cautions: {
    devices: { many: true },
    sharing: { delegate: true },
    backups: { none: true, sometimes: true },
    deviceSecurity: { no: true, unsure: true },
  },

  // The article: IMAP is "far more resilient" against losing a device; a person who fears that most
  // is never told POP3 with more than a toss-up's confidence.
  pop3TossUp: {
    threat: { device: true },
    // No backups at all: POP3's one copy is the article's "single point of failure". A careful
    // administrator does not lean POP3 until backups run; the caution says how.
    backups: { none: true },
    // Someone else works in the mailbox: with POP3 they see only what is still on the server, never
    // the sent mail or what was filed, so two people work from different mailboxes. A careful
    // administrator does not lean POP3 for that.
    sharing: { delegate: true },
  },

  safeguards: ['backups', 'deviceSecurity', 'provider'],

  marginScale: 100,
  confidence: { clear: 25, lean: 8 },
  tieWinner: 'imap',

  advice: {
    ports: { imap: 993, pop3: 995, smtp: [465, 587] },
    leaveOnServerDays: 14,
  },
} as const satisfies ModelTable;
