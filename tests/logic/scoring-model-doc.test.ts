// @vitest-environment node
/** docs/scoring-model.md must say what the code does: its tables and its worked example. */
import { describe, expect, it } from 'vitest';
import doc from '../../docs/scoring-model.md?raw';
import { MODEL, type Effect } from '../../src/logic/model.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers } from '../../src/logic/types.ts';
import { AXES } from './answer-sets.ts';

const signed = (v: number) => (v > 0 ? `+${v}` : `${v}`);

/** How the doc writes an option's adjustments: "IMAP serverCost +25; serverCost priority -20". */
function adjustments(effect: Effect): string {
  return AXES.flatMap((axis) => [
    ...(effect.pop3?.[axis] ? [`POP3 ${axis} ${signed(effect.pop3[axis])}`] : []),
    ...(effect.imap?.[axis] ? [`IMAP ${axis} ${signed(effect.imap[axis])}`] : []),
    ...(effect.priority?.[axis] ? [`${axis} priority ${signed(effect.priority[axis])}`] : []),
  ]).join('; ');
}

const lines = doc.split('\n');

describe('docs/scoring-model.md', () => {
  it('lists each axis’s baseline scores and priority as in the table, with a quote from the article', () => {
    const missing = AXES.map(
      (axis) => `| \`${axis}\` | ${MODEL.baseScores.pop3[axis]} | ${MODEL.baseScores.imap[axis]} | ${MODEL.basePriorities[axis]} | `,
    ).filter((row) => !lines.some((line) => line.startsWith(row) && line.includes('“')));
    expect(missing).toEqual([]);
  });

  it('lists every option’s adjustments as in the table, each with a quote from the article', () => {
    const missing = QUESTIONS.flatMap((q) =>
      q.options.map((o) => `| \`${q.id}\` | \`${o.id}\` | ${adjustments((MODEL.effects[q.id] as Record<string, Effect>)[o.id] ?? {})} | `),
    ).filter((row) => !lines.some((line) => line.startsWith(row) && line.includes('“')));
    expect(missing).toEqual([]);
  });

  it('states the confidence thresholds, ports and leave-on-server days of the table', () => {
    expect(doc).toContain(`| \`confidence.clear\` | ${MODEL.confidence.clear} |`);
    expect(doc).toContain(`| \`confidence.lean\` | ${MODEL.confidence.lean} |`);
    expect(doc).toContain(`| \`tieWinner\` | \`${MODEL.tieWinner}\` |`);
    expect(doc).toContain(`| \`advice.ports.imap\` | ${MODEL.advice.ports.imap} |`);
    expect(doc).toContain(`| \`advice.ports.pop3\` | ${MODEL.advice.ports.pop3} |`);
    expect(doc).toContain(`| \`advice.ports.smtp\` | ${MODEL.advice.ports.smtp.join(', ')} |`);
    expect(doc).toContain(`| \`advice.leaveOnServerDays\` | ${MODEL.advice.leaveOnServerDays} |`);
  });

  it('works out the baseline margin the code computes', () => {
    expect(recommend({}).margin).toBe(20);
    expect(doc).toContain('so margin({}) = +20.00');
  });

  describe('worked example (spec scenario 2)', () => {
    const answers: Answers = { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' };
    const result = recommend(answers);

    it('has the scores the code computes', () => {
      expect(result.scores).toEqual({
        pop3: { privacy: 85, resilience: 15, multiDevice: 25, serverCost: 90 },
        imap: { privacy: 40, resilience: 85, multiDevice: 90, serverCost: 40 },
      });
    });

    it('has the priorities the code computes, multi-device clamped to 100', () => {
      expect(result.priorities).toEqual({ privacy: 35, resilience: 80, multiDevice: 100, serverCost: 30 });
    });

    it('has the margin and confidence the code computes', () => {
      expect(result.margin).toBe(90.25);
      expect(`${result.protocol} ${result.confidence}`).toBe('imap clear');
      expect(doc).toContain('margin = 9025 / 100 = +90.25');
    });

    it('has the drivers the code computes, in the same order and on the same axes', () => {
      expect(result.drivers.map((d) => [d.questionId, d.axis, d.favours, d.share])).toEqual([
        ['threat', 'resilience', 'imap', 24.75],
        ['devices', 'multiDevice', 'imap', 17.875],
        ['sharing', 'multiDevice', 'imap', 14.625],
        ['backups', 'resilience', 'imap', 13],
      ]);
      for (const share of ['**24.75**', '**17.875**', '**14.625**', '**13**']) expect(doc).toContain(share);
    });

    it('has no flips, as the doc says', () => {
      expect(result.flips).toEqual([]);
    });
  });
});
