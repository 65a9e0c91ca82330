/** The radar's twin table lists, in each column, the numbers recommend() computed for it. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartRows, type ChartWords } from '../../src/charts/chart-data.ts';
import { ScoresTable } from '../../src/charts/scores-table.tsx';
import { PAGE_TEXT } from '../../src/locale/en/page.ts';
import { recommend } from '../../src/logic/recommend.ts';

const WORDS: ChartWords = {
  pop3: 'POP3',
  imap: 'IMAP',
  priorities: PAGE_TEXT.result.priorities,
  prioritiesColumn: PAGE_TEXT.result.prioritiesColumn,
  axisColumn: PAGE_TEXT.result.axisColumn,
  tableCaption: PAGE_TEXT.result.tableCaption,
};

describe('the scores table', () => {
  it('puts POP3’s, IMAP’s and the priority numbers in their own columns, one row per axis', () => {
    const result = recommend({
      devices: 'one',
      sharing: 'solo',
      threat: 'server',
      backups: 'automatic',
      deviceSecurity: 'yes',
      provider: 'low',
      storage: 'large',
    });
    render(<ScoresTable rows={chartRows(result, PAGE_TEXT.axes)} words={WORDS} id="scores" visible />);
    const table = screen.getByRole('table', { name: PAGE_TEXT.result.tableCaption });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Axis', 'POP3', 'IMAP', 'Matters to you']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => Number(c.textContent)),
      ),
    ).toEqual(
      (['privacy', 'resilience', 'multiDevice', 'serverCost'] as const).map((axis) => [
        Math.round(result.scores.pop3[axis]),
        Math.round(result.scores.imap[axis]),
        Math.round(result.priorities[axis]),
      ]),
    );
    // The two protocols really differ here, so a swap of the columns could not pass.
    expect(result.scores.pop3.privacy).not.toBe(result.scores.imap.privacy);
  });
});
