/**
 * The radar draws what the model computed, each series in its own colour: rendered at a fixed size
 * with animation off (as Recharts' own tests do), its polygons' corners are checked against
 * `recommend()`'s numbers.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartRows } from '../../src/charts/chart-data.ts';
import ProtocolRadar, { tickLines } from '../../src/charts/protocol-radar.tsx';
import { PAGE_TEXT } from '../../src/locale/en/page.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers, Axis } from '../../src/logic/types.ts';
import { AXES, SIZE, axisLabels, corners, expectedCorner } from './radar-geometry.ts';

function drawn(answers: Answers) {
  const result = recommend(answers);
  const words = { pop3: 'POP3', imap: 'IMAP', priorities: PAGE_TEXT.result.priorities };
  const { container } = render(
    <ProtocolRadar rows={chartRows(result, PAGE_TEXT.axes)} words={words} label="Radar of both protocols" animate={false} size={SIZE} />,
  );
  return { result, container };
}

describe('the radar', () => {
  it.each<[string, Answers]>([
    ['a team on many devices', { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' }],
    [
      'a privacy-minded user of one computer',
      { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' },
    ],
  ])('draws POP3, IMAP and the priorities of %s where recommend() puts them', (_, answers) => {
    const { result, container } = drawn(answers);
    const series: Array<[string, Record<Axis, number>]> = [
      ['var(--piw-pop3)', result.scores.pop3],
      ['var(--piw-imap)', result.scores.imap],
      ['var(--piw-priority)', result.priorities],
    ];
    for (const [colour, values] of series) {
      const expected = AXES.map((axis, i) => expectedCorner(i, Math.round(values[axis])));
      expect(corners(container, colour).slice(0, 4), colour).toEqual(expected);
    }
    // POP3 and IMAP really differ here, so drawing one in the other's place could not pass.
    expect(corners(container, 'var(--piw-pop3)')).not.toEqual(corners(container, 'var(--piw-imap)'));
  });

  it('names itself for screen readers and labels every axis', () => {
    const { container } = drawn({ devices: 'two' });
    expect(screen.getByRole('img', { name: 'Radar of both protocols' })).toBeInTheDocument();
    expect(axisLabels(container)).toEqual(['Privacy', 'Survivesdeviceloss', 'Multi-deviceaccess', 'Lowserveruse']);
  });
});

describe('tickLines', () => {
  it('breaks at spaces into short lines, and keeps a word without a break opportunity whole', () => {
    expect(tickLines('Low server use', 8)).toEqual(['Low', 'server', 'use']);
    expect(tickLines('Multi-device access', 16)).toEqual(['Multi-device', 'access']);
    expect(tickLines('Resilience', 8)).toEqual(['Resilience']);
  });

  it('breaks a long compound at its soft hyphen, showing a hyphen there and nowhere else', () => {
    expect(tickLines('Ausfall\u00ADsicherheit', 8)).toEqual(['Ausfall-', 'sicherheit']);
    expect(tickLines('Wenig Server\u00ADspeicher', 8)).toEqual(['Wenig', 'Server-', 'speicher']);
    // Where the whole compound fits, the soft hyphen leaves no trace.
    expect(tickLines('Ausfall\u00ADsicherheit', 20)).toEqual(['Ausfallsicherheit']);
    expect(tickLines('Zugriff von mehreren Geräten', 16)).toEqual(['Zugriff von', 'mehreren Geräten']);
  });
});
