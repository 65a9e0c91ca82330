// @vitest-environment node
/**
 * The model's promises, checked on every one of the 3^8 = 6,561 complete answer sets. Each set's
 * recommendation is computed once and shared by the tests below; a changed answer set is itself a
 * complete set, so flips are checked against those same results.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ENGLISH from '../../src/locale/en/index.ts';
import { MODEL, type Effect } from '../../src/logic/model.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers, Axis, Driver, QuestionId, Recommendation } from '../../src/logic/types.ts';
import { AXES, IMAP_LEADS, MONOTONE, POP3_LEADS, completeAnswerSets, indexOf, optionIds, singleChanges, specMargin, stride } from './answer-sets.ts';

const SETS = completeAnswerSets();
let cache: Recommendation[] = [];

/** Every set's recommendation, worded in English as the page shows it: filled once, before the tests. */
function results(): Recommendation[] {
  return cache;
}

// 6,561 recommendations, each with its flips: about 3 s on an idle 2-core machine, several times
// that beside other work. The fixture has its own timeout, so no test's own budget pays for it.
const FIXTURE_TIMEOUT_MS = 120_000;
beforeAll(() => {
  cache = SETS.map((answers) => recommend(answers, ENGLISH));
}, FIXTURE_TIMEOUT_MS);

function result(i: number): Recommendation {
  const found = results()[i];
  if (!found) throw new Error(`no result ${i}`);
  return found;
}

/** Indexes of the sets whose answer to `questionId` has an option to its right. */
function movableRight(questionId: QuestionId): number[] {
  const s = stride(questionId);
  return SETS.map((_, i) => i).filter((i) => Math.floor(i / s) % 3 < 2);
}

/** The direction the model table pushes `axis` for this answer: +1 toward IMAP, −1 toward POP3. */
function tableDirection(questionId: QuestionId, optionId: string, axis: Axis): number {
  const effect = (MODEL.effects[questionId] as Record<string, Effect>)[optionId];
  const gapSign = IMAP_LEADS.includes(axis) ? 1 : -1;
  return Math.sign(Math.sign(effect?.imap?.[axis] ?? 0) - Math.sign(effect?.pop3?.[axis] ?? 0) + gapSign * Math.sign(effect?.priority?.[axis] ?? 0));
}

function reasonOf(questionId: QuestionId, optionId: string, axis: Axis): string | undefined {
  const byOption = ENGLISH.reasons.reasons[questionId] as Record<string, Partial<Record<Axis, string>>>;
  return byOption[optionId]?.[axis];
}

describe('recommend over all 6,561 complete answer sets', () => {
  it('gives every score and priority as a finite number from 0 to 100', () => {
    const bad = results().flatMap((r, i) =>
      AXES.flatMap((axis) =>
        [r.scores.pop3[axis], r.scores.imap[axis], r.priorities[axis]].filter((v) => !Number.isFinite(v) || v < 0 || v > 100).map((v) => ({ i, axis, v })),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('never puts IMAP ahead of POP3 on privacy or server cost', () => {
    const bad = results().filter((r) => POP3_LEADS.some((axis) => r.scores.pop3[axis] < r.scores.imap[axis]));
    expect(bad).toEqual([]);
  });

  it('never puts POP3 ahead of IMAP on resilience or multi-device access', () => {
    const bad = results().filter((r) => IMAP_LEADS.some((axis) => r.scores.imap[axis] < r.scores.pop3[axis]));
    expect(bad).toEqual([]);
  });

  it.each(MONOTONE)('never moves toward the other protocol when $questionId moves one option right (favours $towards)', ({ questionId, towards }) => {
    const s = stride(questionId);
    const bad = movableRight(questionId).filter((i) => {
      const before = result(i).margin;
      const after = result(i + s).margin;
      return towards === 'imap' ? after < before : after > before;
    });
    expect(bad).toEqual([]);
  });

  it('never lowers IMAP’s margin when retention moves one option right', () => {
    const s = stride('retention');
    const bad = movableRight('retention').filter((i) => result(i + s).margin < result(i).margin);
    expect(bad).toEqual([]);
  });

  it('lets every question move the margin for some answer sets', () => {
    const inert = QUESTIONS.filter((q) => !movableRight(q.id).some((i) => result(i + stride(q.id)).margin !== result(i).margin));
    expect(inert.map((q) => q.id)).toEqual([]);
  });

  it('computes the margin as Σ priority × (IMAP − POP3) / 100 from its own scores and priorities', () => {
    const bad = results().filter((r) => Math.abs(r.margin - specMargin(r)) > 1e-9);
    expect(bad).toEqual([]);
  });

  it('recommends IMAP to every team that shares folders, clearly, whatever else it answered', () => {
    const teams = results().filter((_, i) => SETS[i]?.sharing === 'team');
    expect(teams).toHaveLength(2187);
    expect(teams.filter((r) => r.protocol !== 'imap' || r.confidence !== 'clear')).toEqual([]);
    expect(teams.every((r) => r.requirements[0]?.questionId === 'sharing' && r.requirements.slice(1).every((req) => req.rule !== undefined))).toBe(true);
  });

  it('never recommends POP3 with a retention duty and no automatic backups, nor without backups on an unprotected device or on a second device', () => {
    const ruledOut = (a: Answers) =>
      (a.retention === 'required' && (a.backups === 'none' || a.backups === 'sometimes')) ||
      (a.backups === 'none' && (a.deviceSecurity === 'no' || a.deviceSecurity === 'unsure')) ||
      (a.backups === 'none' && (a.devices === 'two' || a.devices === 'many'));
    const matching = results().filter((_, i) => ruledOut(SETS[i] ?? {}));
    expect(matching.length).toBeGreaterThan(1000);
    expect(matching.filter((r) => r.protocol !== 'imap' || r.confidence !== 'clear' || !r.requirements.some((req) => req.rule))).toEqual([]);
  });

  it('never gives POP3 more than a toss-up to someone who fears losing the device most, or who has no backups', () => {
    for (const [question, option] of [
      ['threat', 'device'],
      ['backups', 'none'],
    ] as const) {
      const capped = results().filter((r, i) => SETS[i]?.[question] === option && r.protocol === 'pop3');
      expect(capped.length, `${question}=${option}`).toBeGreaterThan(0);
      expect(capped.filter((r) => r.confidence !== 'toss-up')).toEqual([]);
    }
  });

  it('lists a requirement exactly where answers rule a protocol out, naming the protocol that remains', () => {
    const bad = results().filter((r, i) => {
      const a = SETS[i] ?? {};
      const expected = [
        ...(a.sharing === 'team' ? [{ questionId: 'sharing', optionId: 'team', protocol: 'imap' }] : []),
        ...(a.retention === 'required' && (a.backups === 'none' || a.backups === 'sometimes')
          ? [{ questionId: 'retention', optionId: 'required', protocol: 'imap', rule: 'retention-without-backups' }]
          : []),
        ...(a.backups === 'none' && (a.deviceSecurity === 'no' || a.deviceSecurity === 'unsure')
          ? [{ questionId: 'backups', optionId: 'none', protocol: 'imap', rule: 'no-backups-unprotected-device' }]
          : []),
        ...(a.devices !== 'one' && a.backups === 'none'
          ? [{ questionId: 'devices', optionId: a.devices, protocol: 'imap', rule: 'devices-without-backups' }]
          : []),
      ];
      return JSON.stringify(r.requirements.map(({ reason: _, ...req }) => req)) !== JSON.stringify(expected);
    });
    expect(bad).toEqual([]);
    expect(
      results()
        .flatMap((r) => r.requirements)
        .every((req) => (req.reason ?? '').length > 20),
    ).toBe(true);
  });

  it('without a requirement, recommends IMAP exactly when the margin is zero or more', () => {
    const bad = results().filter((r) => r.requirements.length === 0 && (r.protocol === 'imap') !== r.margin >= 0);
    expect(bad).toEqual([]);
  });

  it('never calls POP3 clear for someone without backups, on three or more devices, or with another cautioned answer', () => {
    const cautioned = results().filter((r, i) => {
      const a = SETS[i] ?? {};
      return (
        r.protocol === 'pop3' &&
        (a.backups === 'none' || a.backups === 'sometimes' || a.devices === 'many' || a.sharing === 'delegate' || a.deviceSecurity !== 'yes')
      );
    });
    expect(cautioned.length).toBeGreaterThan(0);
    expect(cautioned.filter((r) => r.confidence === 'clear')).toEqual([]);
    expect(cautioned.every((r) => r.cautions.length > 0)).toBe(true);
  });

  it('maps the size of the margin to clear, lean or toss-up, capping a cautioned POP3 result at lean, and one without backups, with a delegate or for someone who fears device loss at toss-up', () => {
    const size = (m: number) => (Math.abs(m) >= MODEL.confidence.clear ? 'clear' : Math.abs(m) >= MODEL.confidence.lean ? 'lean' : 'toss-up');
    const expected = (r: Recommendation, i: number) => {
      if (r.requirements.length > 0) return 'clear';
      const bySize = size(r.margin);
      const tossUp = Object.entries(MODEL.pop3TossUp).some(([q, options]) => Object.hasOwn(options, String(SETS[i]?.[q as QuestionId])));
      if (r.protocol === 'pop3' && tossUp) return 'toss-up';
      return bySize === 'clear' && r.cautions.length > 0 ? 'lean' : bySize;
    };
    const bad = results().filter((r, i) => r.confidence !== expected(r, i));
    expect(bad).toEqual([]);
    expect(new Set(results().map((r) => `${r.protocol} ${r.confidence}`)).size).toBe(6);
  });

  it('leaves no question open when every question is answered', () => {
    expect(results().filter((r) => r.openQuestions.length > 0)).toEqual([]);
  });

  it('moves results more by the number of devices and by sharing than by server space (mean absolute share)', () => {
    const mean = (id: QuestionId) => results().reduce((t, r) => t + Math.abs(r.drivers.find((d) => d.questionId === id)?.share ?? 0), 0) / SETS.length;
    expect(mean('devices')).toBeGreaterThanOrEqual(mean('storage'));
    expect(mean('sharing')).toBeGreaterThanOrEqual(mean('storage'));
    expect(mean('devices')).toBeGreaterThanOrEqual(Math.max(...QUESTIONS.map((q) => mean(q.id))));
  });

  it('counts being unsure about device encryption no better for POP3 than having none', () => {
    const s = stride('deviceSecurity');
    const unsure = SETS.map((_, i) => i).filter((i) => SETS[i]?.deviceSecurity === 'unsure');
    expect(unsure.filter((i) => result(i).margin < result(i - s).margin)).toEqual([]);
  });

  it('never recommends POP3 clearly to someone who reads this mailbox on a computer and a phone', () => {
    const bad = results().filter((r, i) => SETS[i]?.devices === 'two' && r.protocol === 'pop3' && r.confidence === 'clear');
    expect(bad).toEqual([]);
  });

  it('gives one driver per answered question', () => {
    const bad = results().filter(
      (r) =>
        [...r.drivers.map((d) => d.questionId)].sort().join() !==
        QUESTIONS.map((q) => q.id)
          .sort()
          .join(),
    );
    expect(bad).toEqual([]);
  });

  it('lists the drivers biggest share first', () => {
    const bad = results().filter((r) => r.drivers.some((d, k) => k > 0 && Math.abs(d.share) > Math.abs((r.drivers[k - 1] as Driver).share)));
    expect(bad).toEqual([]);
  });

  it('splits the margin’s distance from the unanswered baseline exactly among the drivers', () => {
    const baseline = recommend({}).margin;
    const bad = results().filter((r) => Math.abs(r.drivers.reduce((t, d) => t + d.share, 0) - (r.margin - baseline)) > 1e-9);
    expect(bad).toEqual([]);
  });

  it('says each driver favours the protocol its share points to', () => {
    const bad = results().flatMap((r) => r.drivers.filter((d) => d.favours !== (d.share >= 0 ? 'imap' : 'pop3')));
    expect(bad).toEqual([]);
  });

  it('gives each driver the reason written for its answer and axis, pointing the way the table pushes that axis', () => {
    const bad = results().flatMap((r, i) =>
      r.drivers.filter((d) => {
        const optionId = SETS[i]?.[d.questionId] ?? '';
        const reason = reasonOf(d.questionId, optionId, d.axis);
        const direction = tableDirection(d.questionId, optionId, d.axis);
        return reason === undefined || d.reason !== reason || (d.share !== 0 && direction !== Math.sign(d.share));
      }),
    );
    expect(bad).toEqual([]);
  });

  it('lists only flips that really change the recommendation to the protocol named', () => {
    const bad = results().flatMap((r, i) =>
      r.flips.filter((flip) => {
        const answers = SETS[i] ?? {};
        if (answers[flip.questionId] === flip.optionId) return true;
        const changed = result(indexOf({ ...answers, [flip.questionId]: flip.optionId }));
        return changed.protocol !== flip.protocol || flip.protocol === r.protocol;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('misses no single-answer change that would flip the recommendation', () => {
    const missing = results().flatMap((r, i) =>
      singleChanges(SETS[i] ?? {})
        .filter(({ changed }) => result(indexOf(changed)).protocol !== r.protocol)
        .filter(({ questionId, optionId }) => !r.flips.some((f) => f.questionId === questionId && f.optionId === optionId))
        .map(({ questionId, optionId }) => ({ i, questionId, optionId })),
    );
    expect(missing).toEqual([]);
    expect(results().some((r) => r.flips.length > 0)).toBe(true);
  });

  it('without a locale returns the same recommendation as ids and data, with no words', () => {
    const strip = (r: Recommendation) =>
      JSON.stringify({
        ...r,
        drivers: r.drivers.map(({ reason: _, ...d }) => d),
        requirements: r.requirements.map(({ reason: _, ...q }) => q),
        cautions: r.cautions.map(({ reason: _, ...c }) => c),
        advice: { ...r.advice, steps: r.advice.steps.map(({ title: _t, detail: _d, ...s }) => s) },
      });
    const bad = SETS.filter((answers, i) => {
      const bare = recommend(answers);
      const words =
        [...bare.drivers, ...bare.requirements, ...bare.cautions].some((d) => d.reason !== undefined) || bare.advice.steps.some((s) => s.title !== undefined);
      return words || JSON.stringify(bare) !== strip(result(i));
    });
    expect(bad).toEqual([]);
    // 6,561 more recommendations, compared whole: about 10 s on an idle 2-core machine.
  }, 120_000);

  it('gives setup advice for the recommended protocol', () => {
    const bad = results().filter((r) => r.advice.protocol !== r.protocol);
    expect(bad).toEqual([]);
  });
});

describe('the complete answer sets used above', () => {
  it('number every option of every question once', () => {
    expect(new Set(SETS.map((a) => QUESTIONS.map((q) => a[q.id]).join())).size).toBe(6561);
    expect(SETS.every((a, i) => indexOf(a) === i)).toBe(true);
    expect(optionIds('devices')).toEqual(['one', 'two', 'many']);
  });
});
