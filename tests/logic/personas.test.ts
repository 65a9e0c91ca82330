// @vitest-environment node
/**
 * The persona panel (tests/logic/persona-panel.ts) against the model: each person gets the protocol
 * a careful email administrator would recommend, with a confidence that administrator would accept.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/logic/recommend.ts';
import { PERSONAS } from './persona-panel.ts';

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
});
