import { useDeferredValue, useId, useState } from 'react';
import { chartRows, type ChartRow, type ChartWords } from '../charts/chart-data.ts';
import { ScoresTable } from '../charts/scores-table.tsx';
import { protocolFor } from '../logic/recommend.ts';
import type { Recommendation } from '../logic/types.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { chartModule } from './lazy-chart.ts';
import { useLazyModule } from './lazy-module.ts';
import { useWords, type Words } from './result-words.ts';
import { usePrefersReducedMotion } from './use-media-query.ts';

/** The chart's legend, in HTML: a filled swatch per protocol and a dashed line for the priorities. */
function Legend({ t }: { t: Words['t'] }) {
  return (
    <ul className="piw-chart-legend" aria-label={t.result.legendLabel}>
      <li>
        <span className="piw-swatch piw-swatch-pop3" aria-hidden="true" />
        {t.protocols.pop3}
      </li>
      <li>
        <span className="piw-swatch piw-swatch-imap" aria-hidden="true" />
        {t.protocols.imap}
      </li>
      <li>
        <span className="piw-swatch piw-swatch-priority" aria-hidden="true" />
        {t.result.priorities}
      </li>
    </ul>
  );
}

/**
 * The legend, and the table the person can open in its place: its own component, so opening the
 * table never draws the chart again.
 */
function ChartFoot({ t, rows, words }: { t: Words['t']; rows: ReadonlyArray<ChartRow>; words: ChartWords }) {
  const [tableVisible, setTableVisible] = useState(false);
  const tableId = useId();
  return (
    <>
      <div className="piw-chart-foot">
        <Legend t={t} />
        <button
          type="button"
          className="piw-link-button piw-table-toggle"
          aria-expanded={tableVisible}
          aria-controls={tableId}
          onClick={() => setTableVisible((v) => !v)}
        >
          {tableVisible ? t.result.hideTable : t.result.showTable}
        </button>
      </div>
      <ScoresTable rows={rows} words={words} id={tableId} visible={tableVisible} />
    </>
  );
}

/**
 * The radar of both protocols and the person's priorities, with its legend and its twin table.
 * The chart is drawn once its code is here, as a deferred render (React renders it in slices, so a
 * slow phone stays responsive while Recharts builds the SVG); its box is sized before, so nothing
 * shifts.
 */
export function ChartFigure({ result }: { result: Recommendation }) {
  const { t, name } = useWords();
  const animate = !usePrefersReducedMotion();
  const { module, failed } = useLazyModule(chartModule);
  const chart = useDeferredValue(module, undefined);
  const words: ChartWords = {
    pop3: t.protocols.pop3,
    imap: t.protocols.imap,
    priorities: t.result.priorities,
    prioritiesColumn: t.result.prioritiesColumn,
    axisColumn: t.result.axisColumn,
    tableCaption: t.result.tableCaption,
  };
  const rows = chartRows(result, t.axes);

  // The chart shows the trade-offs: say which protocol leads on them, and, when a requirement
  // decided otherwise, say so beside the chart rather than let the two disagree.
  const leader = protocolFor(result.margin);
  const message = (text: string) => <p className="piw-chart-message">{text}</p>;
  return (
    <figure className="piw-chart">
      <figcaption className="piw-subheading">{t.result.chartHeading}</figcaption>
      <div className="piw-chart-box">
        {failed ? (
          message(t.result.chartFailed)
        ) : chart ? (
          <ErrorBoundary fallback={() => message(t.result.chartFailed)}>
            <chart.default rows={rows} words={words} label={t.result.chartLabel(name(leader))} animate={animate} />
          </ErrorBoundary>
        ) : (
          message(t.result.chartLoading)
        )}
      </div>
      <ChartFoot t={t} rows={rows} words={words} />
      {leader !== result.protocol && <p className="piw-chart-note">{t.result.tradeoffNote(name(leader))}</p>}
    </figure>
  );
}
