import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { EN } from '../logic/locale/en.ts';
import type { ChartRow } from './chart-data.ts';

const t = EN.ui;

type Props = {
  rows: ReadonlyArray<ChartRow>;
  /** The chart's accessible name. */
  label: string;
  animate: boolean;
  /** Narrow screens keep room around the polygon for the axis labels. */
  compact: boolean;
};

/**
 * The radar of POP3, IMAP and the person's priorities. Loaded lazily: Recharts is the largest part
 * of the bundle and only the result page needs it. Colours come from CSS custom properties, so the
 * theme (and an embedding page's accent) applies.
 */
export default function ProtocolRadar({ rows, label, animate, compact }: Props) {
  return (
    <RadarChart
      responsive
      data={rows as ChartRow[]}
      outerRadius={compact ? '54%' : '72%'}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      className="piw-radar"
      role="img"
      title={label}
      style={{ width: '100%', height: '100%' }}
    >
      <PolarGrid stroke="var(--piw-grid)" />
      <PolarAngleAxis dataKey="label" tick={{ fill: 'var(--piw-text)', fontSize: 13 }} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={false} axisLine={false} />
      <Radar name={t.protocols.pop3} dataKey="pop3" stroke="var(--piw-pop3)" fill="var(--piw-pop3)" fillOpacity={0.18} strokeWidth={2} isAnimationActive={animate} />
      <Radar name={t.protocols.imap} dataKey="imap" stroke="var(--piw-imap)" fill="var(--piw-imap)" fillOpacity={0.18} strokeWidth={2} isAnimationActive={animate} />
      <Radar
        name={t.result.priorities}
        dataKey="priority"
        stroke="var(--piw-priority)"
        fill="none"
        strokeDasharray="5 4"
        strokeWidth={2}
        isAnimationActive={animate}
      />
      <Tooltip contentStyle={{ background: 'var(--piw-surface)', border: '1px solid var(--piw-border)', color: 'var(--piw-text)' }} />
      <Legend itemSorter={null} wrapperStyle={{ color: 'var(--piw-text)', fontSize: 14 }} />
    </RadarChart>
  );
}
