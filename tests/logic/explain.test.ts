// @vitest-environment node
/** What the result page argues with: every reason under "Why" argues for the recommended protocol. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, tagAxis } from '../../src/logic/explain.ts';
import { QUESTIONS } from '../../src/logic/questions.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers } from '../../src/logic/types.ts';
import { completeAnswerSets, optionIds, partialAnswers } from './answer-sets.ts';

const position = (questionId: string, optionId: string | undefined) => optionIds(questionId as never).indexOf(optionId ?? '');

function explained(answers: Answers) {
  const result = recommend(answers);
  return { result, explanation: explain(result, answers) };
}

describe('explain', () => {
  it('puts under "Why" only answers that favour the recommended protocol, biggest first, and the rest apart', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const { result, explanation } = explained(answers);
        expect(explanation.why.every((d) => d.favours === result.protocol && d.share !== 0)).toBe(true);
        expect(explanation.against.every((d) => d.favours !== result.protocol && d.share !== 0)).toBe(true);
        for (const list of [explanation.why, explanation.against]) {
          expect(list.every((d, k) => k === 0 || Math.abs(d.share) <= Math.abs(list[k - 1]?.share ?? Infinity))).toBe(true);
        }
        // Every answer with a share lands in exactly one list, unless a requirement already says it.
        const required = result.requirements.map((r) => r.questionId);
        const listed = [...explanation.why, ...explanation.against].map((d) => d.questionId).sort();
        expect(listed).toEqual(
          result.drivers
            .filter((d) => d.share !== 0 && !(required.includes(d.questionId) && d.favours === result.protocol))
            .map((d) => d.questionId)
            .sort(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('opens "Why" with the requirement for a team, and does not repeat it as a reason', () => {
    const { explanation } = explained({ devices: 'one', sharing: 'team', threat: 'server', backups: 'automatic' });
    expect(explanation.requirements.map((r) => [r.questionId, r.protocol])).toEqual([['sharing', 'imap']]);
    expect(explanation.why.map((d) => d.questionId)).not.toContain('sharing');
    expect(explanation.against.map((d) => d.questionId)).toEqual(expect.arrayContaining(['devices', 'threat', 'backups']));
  });

  it('offers at most three changes, each to a given answer, each a real flip, nearest first, never to less protection', () => {
    const sets = completeAnswerSets().filter((_, i) => i % 3 === 0);
    const bad = sets.flatMap((answers) => {
      const { result, explanation } = explained(answers);
      return explanation.changes.filter((change, k) => {
        const previous = explanation.changes[k - 1];
        const distance = Math.abs(position(change.questionId, change.optionId) - position(change.questionId, answers[change.questionId]));
        const before = previous ? Math.abs(position(previous.questionId, previous.optionId) - position(previous.questionId, answers[previous.questionId])) : 0;
        const lessProtection =
          ['backups', 'deviceSecurity', 'provider'].includes(change.questionId) &&
          position(change.questionId, change.optionId) < position(change.questionId, answers[change.questionId]);
        return (
          explanation.changes.length > 3 ||
          recommend({ ...answers, [change.questionId]: change.optionId }).protocol === result.protocol ||
          distance < before ||
          lessProtection
        );
      });
    });
    expect(bad).toEqual([]);
    // 2,187 answer sets, each with its changes re-checked: about 5 s on an idle 2-core machine.
  }, 120_000);

  it('never suggests giving up backups, encryption or a trusted provider to change the result', () => {
    const pop3 = explained({
      devices: 'one',
      sharing: 'solo',
      threat: 'both',
      backups: 'automatic',
      deviceSecurity: 'unsure',
      provider: 'low',
      storage: 'small',
      retention: 'no',
    });
    expect(pop3.result.protocol).toBe('pop3');
    expect(pop3.result.flips.some((f) => f.questionId === 'backups')).toBe(true);
    expect(pop3.explanation.changes.some((f) => f.questionId === 'backups')).toBe(false);
    const imap = explained({
      devices: 'one',
      sharing: 'delegate',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'no',
      provider: 'some',
      storage: 'small',
      retention: 'no',
    });
    expect(imap.result.protocol).toBe('imap');
    expect(imap.result.flips.some((f) => f.questionId === 'provider' && f.optionId === 'low')).toBe(true);
    expect(imap.explanation.changes.some((f) => f.questionId === 'provider')).toBe(false);
  });

  it('tags a reason with its axis only where the protocol it favours leads on that axis in the chart', () => {
    let tagged = 0;
    let untagged = 0;
    for (const answers of completeAnswerSets()) {
      const { result, explanation } = explained(answers);
      for (const driver of [...explanation.why, ...explanation.against]) {
        const axis = tagAxis(result, driver);
        const other = driver.favours === 'imap' ? 'pop3' : 'imap';
        if (axis === undefined) {
          untagged += 1;
          expect(result.scores[driver.favours][driver.axis]).toBeLessThanOrEqual(result.scores[other][driver.axis]);
        } else {
          tagged += 1;
          expect(result.scores[driver.favours][axis]).toBeGreaterThan(result.scores[other][axis]);
        }
      }
    }
    // Both happen: one device favours POP3 while IMAP leads on multi-device access; fearing the server favours POP3 where it leads on privacy.
    expect(tagged).toBeGreaterThan(1000);
    expect(untagged).toBeGreaterThan(1000);
    const oneDevice = explained({ devices: 'one', sharing: 'solo', threat: 'server' });
    const devices = oneDevice.result.drivers.find((d) => d.questionId === 'devices');
    expect(devices && tagAxis(oneDevice.result, devices)).toBeUndefined();
  }, 120_000);

  it('says which safeguards only weakening would change it by, when no other change would', () => {
    const onlyProvider = explained({
      devices: 'one',
      sharing: 'delegate',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'unsure',
      provider: 'high',
      storage: 'small',
      retention: 'no',
    });
    expect(onlyProvider.result.flips.map((f) => `${f.questionId}=${f.optionId}`)).toEqual(['provider=low']);
    expect(onlyProvider.explanation.changes).toEqual([]);
    expect(onlyProvider.explanation.onlyWeakening).toEqual(['provider']);
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const { result, explanation } = explained(answers);
        const weakening = [...new Set(result.flips.filter((f) => answers[f.questionId] !== undefined).map((f) => f.questionId))];
        // Said only when no change is shown, and then exactly the questions of the hidden changes, in catalogue order.
        if (explanation.changes.length > 0) expect(explanation.onlyWeakening).toEqual([]);
        else expect(explanation.onlyWeakening).toEqual(QUESTIONS.map((q) => q.id).filter((id) => weakening.includes(id)));
      }),
    );
  });

  it('names the skipped questions that could change the result, and counts the answers', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const { result, explanation } = explained(answers);
        expect(explanation.sharpen).toEqual(result.openQuestions);
        expect(explanation.sharpen.every((id) => answers[id] === undefined)).toBe(true);
        expect(explanation.answered).toBe(QUESTIONS.filter((q) => answers[q.id] !== undefined).length);
        expect(explanation.total).toBe(8);
      }),
    );
  });
});
