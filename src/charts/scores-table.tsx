import { UI_TEXT } from '../logic/locale/en/ui.ts';
import type { ChartRow } from './chart-data.ts';

const t = UI_TEXT;

type Props = { rows: ReadonlyArray<ChartRow>; id: string; visible: boolean };

/** The radar's numbers as a real table: always there for screen readers and print. */
export function ScoresTable({ rows, id, visible }: Props) {
  return (
    <div id={id} className={visible ? 'piw-table-wrap' : 'piw-table-wrap piw-sr-only'}>
      <table className="piw-table">
        <caption>{t.result.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.result.axisColumn}</th>
            <th scope="col">{t.protocols.pop3}</th>
            <th scope="col">{t.protocols.imap}</th>
            <th scope="col">{t.result.prioritiesColumn}</th>
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
