import { MODEL } from '../logic/model.ts';
import type { Axis, Recommendation } from '../logic/types.ts';

export type ChartRow = { axis: Axis; label: string; pop3: number; imap: number; priority: number };

/** The words the chart and its table show, in the wizard's language. */
export type ChartWords = {
  pop3: string;
  imap: string;
  /** The third series: how much each axis matters to the person. */
  priorities: string;
  prioritiesColumn: string;
  axisColumn: string;
  tableCaption: string;
};

/** One row per axis: the numbers the radar draws and the table lists. */
export function chartRows(result: Recommendation, axes: Readonly<Record<Axis, string>>): ChartRow[] {
  return MODEL.axes.map((axis) => ({
    axis,
    label: axes[axis],
    pop3: Math.round(result.scores.pop3[axis]),
    imap: Math.round(result.scores.imap[axis]),
    priority: Math.round(result.priorities[axis]),
  }));
}
