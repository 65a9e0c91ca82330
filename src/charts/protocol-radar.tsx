import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { ChartRow, ChartWords } from './chart-data.ts';

type Props = {
  rows: ReadonlyArray<ChartRow>;
  words: Pick<ChartWords, 'pop3' | 'imap' | 'priorities'>;
  /** The chart's accessible name. */
  label: string;
  animate: boolean;
  /** A fixed size in px; without it the chart fills its box (and follows its size). */
  size?: { width: number; height: number };
};

type TickProps = { x?: number | string; y?: number | string; textAnchor?: 'start' | 'middle' | 'end' | 'inherit'; payload?: { value?: unknown } };

/**
 * An axis name broken into lines of about `max` characters, at spaces and at soft hyphens (U+00AD,
 * which a language puts into its long compounds; a break there shows a hyphen), so a narrow chart
 * keeps room for its polygon. A word without a break opportunity stays whole.
 *
 * @example tickLines('Wenig Server\u00ADspeicher') // ['Wenig', 'Server-', 'speicher']
 */
export function tickLines(label: string, max = 10): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    word.split('\u00AD').forEach((part, i) => {
      const joined = i === 0 && line ? `${line} ${part}` : `${line}${part}`;
      if (line && joined.length > max) {
        lines.push(i === 0 ? line : `${line}-`);
        line = part;
      } else {
        line = joined;
      }
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** An axis name in lines: above the chart it grows upwards, below it downwards, at the sides it stays centred. */
function AxisTick({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) {
  // Side labels have the chart's margin to grow into; top and bottom ones the chart's width.
  const lines = tickLines(String(payload?.value ?? ''), textAnchor === 'middle' ? 16 : 8);
  const top = Number(y);
  const shift = textAnchor === 'middle' ? (top < 100 ? -(lines.length - 1) : 0) : -(lines.length - 1) / 2;
  return (
    <text x={x} y={top} textAnchor={textAnchor} className="piw-axis-label">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${shift * 1.15 + 0.35}em` : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The radar of POP3, IMAP and how much each axis matters to the person. Loaded lazily: Recharts
 * is the largest part of the bundle and only the result page needs it. Colours come from CSS custom
 * properties, so the theme (and an embedding page's accent) applies; the legend is HTML beside it.
 */
export default function ProtocolRadar({ rows, words, label, animate, size }: Props) {
  return (
    <RadarChart
      {...(size ?? { responsive: true, style: { width: '100%', height: '100%' } })}
      data={rows as ChartRow[]}
      outerRadius="90%"
      margin={{ top: 30, right: 64, bottom: 30, left: 64 }}
      className="piw-radar"
      role="img"
      title={label}
    >
      <PolarGrid stroke="var(--piw-grid)" />
      <PolarAngleAxis dataKey="label" tick={<AxisTick />} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={false} axisLine={false} />
      <Radar name={words.pop3} dataKey="pop3" stroke="var(--piw-pop3)" fill="var(--piw-pop3)" fillOpacity={0.18} strokeWidth={2} isAnimationActive={animate} />
      <Radar name={words.imap} dataKey="imap" stroke="var(--piw-imap)" fill="var(--piw-imap)" fillOpacity={0.18} strokeWidth={2} isAnimationActive={animate} />
      <Radar
        name={words.priorities}
        dataKey="priority"
        stroke="var(--piw-priority)"
        fill="none"
        strokeDasharray="5 4"
        strokeWidth={2}
        isAnimationActive={animate}
      />
      <Tooltip contentStyle={{ background: 'var(--piw-bg)', border: '1px solid var(--piw-border)', color: 'var(--piw-text)' }} />
    </RadarChart>
  );
}
