import type { ChartRow, ChartWords } from './chart-data.ts';

type Props = { rows: ReadonlyArray<ChartRow>; words: ChartWords; id: string; visible: boolean };

/** The radar's numbers as a real table: always there for screen readers and print. */
export function ScoresTable({ rows, words, id, visible }: Props) {
  return (
    <div id={id} className={visible ? 'piw-table-wrap' : 'piw-table-wrap piw-sr-only'}>
      <table className="piw-table">
        <caption>{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.axisColumn}</th>
            <th scope="col">{words.pop3}</th>
            <th scope="col">{words.imap}</th>
            <th scope="col">{words.prioritiesColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.axis}>
              <th scope="row">{row.label}</th>
              <td>{row.pop3}</td>
              <td>{row.imap}</td>
              <td>{row.priority}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
