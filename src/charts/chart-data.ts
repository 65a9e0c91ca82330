import { UI_TEXT } from '../logic/locale/en/ui.ts';
import { MODEL } from '../logic/model.ts';
import type { Axis, Recommendation } from '../logic/types.ts';

export type ChartRow = { axis: Axis; label: string; pop3: number; imap: number; priority: number };

/** One row per axis: the numbers the radar draws and the table lists. */
export function chartRows(result: Recommendation): ChartRow[] {
  return MODEL.axes.map((axis) => ({
    axis,
    label: UI_TEXT.axes[axis],
    pop3: Math.round(result.scores.pop3[axis]),
    imap: Math.round(result.scores.imap[axis]),
    priority: Math.round(result.priorities[axis]),
  }));
}
