// @vitest-environment node
/** docs/scoring-model.md must say what the code does: its tables and its worked example. */
import { describe, expect, it } from 'vitest';
import doc from '../../docs/scoring-model.md?raw';
import { MODEL, type Effect } from '../../src/logic/model.ts';
import { PROVIDERS } from '../../src/logic/providers.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import { recommend } from '../../src/logic/recommend.ts';
import { COMBINATION_IDS, type Answers, type Recommendation } from '../../src/logic/types.ts';
import { AXES, completeAnswerSets } from './answer-sets.ts';
import { PERSONAS } from './persona-panel.ts';

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
    expect(recommend({}).margin).toBe(24.5);
    expect(doc).toContain('so margin({}) = +24.50');
  });

  it('lists every requirement and every caution of the table', () => {
    for (const [questionId, byOption] of Object.entries(MODEL.requirements)) {
      for (const [optionId, protocol] of Object.entries(byOption)) {
        expect(doc).toContain(`| \`${questionId}\` | \`${optionId}\` | ${protocol === 'imap' ? 'POP3' : 'IMAP'} | `);
      }
    }
    const cautionSection = doc.slice(doc.indexOf('## Cautions'), doc.indexOf('## The table')).split('\n');
    for (const [questionId, byOption] of Object.entries(MODEL.cautions)) {
      for (const optionId of Object.keys(byOption))
        expect(cautionSection.some((line) => line.startsWith(`| \`${questionId}\` | \`${optionId}\` | `))).toBe(true);
    }
    for (const rule of COMBINATION_IDS) expect(doc).toContain(`| \`${rule}\` | `);
    for (const [questionId, byOption] of Object.entries(MODEL.pop3TossUp)) {
      for (const optionId of Object.keys(byOption)) expect(doc).toContain(`\`${questionId}=${optionId}\`, \`pop3TossUp\``);
    }
    expect(doc).toContain(`| \`safeguards\` | ${MODEL.safeguards.map((id) => `\`${id}\``).join(', ')} |`);
  });

  describe('over all complete answer sets', () => {
    const sets = completeAnswerSets();
    const results: Recommendation[] = sets.map((answers) => recommend(answers));

    it('reports each question’s mean absolute share as the code computes it', () => {
      for (const q of QUESTIONS) {
        const mean = results.reduce((t, r) => t + Math.abs(r.drivers.find((d) => d.questionId === q.id)?.share ?? 0), 0) / sets.length;
        expect(doc).toContain(`| \`${q.id}\` | ${mean.toFixed(1)} |`);
      }
    });

    it('reports the distribution of results as the code computes it', () => {
      for (const protocol of ['imap', 'pop3'] as const) {
        const counts = (['clear', 'lean', 'toss-up'] as const).map((c) => results.filter((r) => r.protocol === protocol && r.confidence === c).length);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(doc).toContain(`| ${protocol === 'imap' ? 'IMAP' : 'POP3'} | ${counts.join(' | ')} | ${total} |`);
      }
    });

    it('reports the results with each provider chosen as the code computes them', () => {
      // Providers with the same POP3 facts give the same results: each kind is computed once.
      const kind = (p: (typeof PROVIDERS)[number]) => JSON.stringify([p.pop3 === null, p.pop3Behaviour ?? {}]);
      const counted = new Map<string, string>();
      const rows = PROVIDERS.map((provider) => {
        let counts = counted.get(kind(provider));
        if (counts === undefined) {
          const pop3 = sets.map((answers) => recommend({ ...answers, service: provider.id })).filter((r) => r.protocol === 'pop3');
          counts = `${sets.length - pop3.length} | ${pop3.length} | ${pop3.filter((r) => r.confidence === 'clear').length}`;
          counted.set(kind(provider), counts);
        }
        return `| ${provider.name} | ${counts} |`;
      });
      expect(rows.filter((row) => !lines.includes(row))).toEqual([]);
    }, 60_000);
  });

  it('lists every persona of the panel with the model’s answer for it', () => {
    for (const persona of PERSONAS) {
      const r = recommend(persona.answers);
      const row = lines.find((line) => line.startsWith(`| ${persona.id} `));
      expect(row, persona.id).toBeDefined();
      expect(row).toContain(
        `| ${persona.protocol.toUpperCase()} ${persona.confidences.join(' or ')} | ${r.protocol.toUpperCase()} ${r.confidence} (${r.margin > 0 ? '+' : ''}${r.margin}) |`,
      );
    }
  });

  describe('worked example (spec scenario 2)', () => {
    const answers: Answers = { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' };
    const result = recommend(answers);

    it('has the scores the code computes', () => {
      expect(result.scores).toEqual({
        pop3: { privacy: 85, resilience: 0, multiDevice: 15, serverCost: 90 },
        imap: { privacy: 40, resilience: 85, multiDevice: 95, serverCost: 40 },
      });
    });

    it('has the priorities the code computes, multi-device clamped to 100', () => {
      expect(result.priorities).toEqual({ privacy: 30, resilience: 90, multiDevice: 100, serverCost: 20 });
    });

    it('has the margin, requirement and confidence the code computes', () => {
      expect(result.margin).toBe(133);
      expect(`${result.protocol} ${result.confidence}`).toBe('imap clear');
      expect(result.requirements.map((r) => [r.questionId, r.rule])).toEqual([
        ['sharing', undefined],
        ['devices', 'devices-without-backups'],
      ]);
      expect(doc).toContain('margin = 13300 / 100 = +133');
    });

    it('has the drivers the code computes, in the same order and on the same axes', () => {
      expect(result.drivers.map((d) => [d.questionId, d.axis, d.favours, d.share])).toEqual([
        ['threat', 'resilience', 'imap', 36],
        ['devices', 'multiDevice', 'imap', 32],
        ['backups', 'resilience', 'imap', 24.5],
        ['sharing', 'multiDevice', 'imap', 16],
      ]);
      for (const share of ['**36**', '**32**', '**24.5**', '**16**']) expect(doc).toContain(share);
    });

    it('has no flips, as the doc says', () => {
      expect(result.flips).toEqual([]);
    });
  });
});
