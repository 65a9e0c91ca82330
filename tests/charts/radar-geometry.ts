/** Geometry helpers for the radar's tests, as Recharts' own tests keep theirs (test/helper/). */
import type { Axis } from '../../src/logic/types.ts';

export const SIZE = { width: 400, height: 400 };
/** The chart's margins and radius, as protocol-radar.tsx sets them. */
const MARGIN = { top: 30, right: 64, bottom: 30, left: 64 };
const OUTER = 0.9;
export const AXES: ReadonlyArray<Axis> = ['privacy', 'resilience', 'multiDevice', 'serverCost'];

/** Where a value on an axis should be drawn: clockwise from the top, value 100 at the outer radius. */
export function expectedCorner(axisIndex: number, value: number): [number, number] {
  const cx = MARGIN.left + (SIZE.width - MARGIN.left - MARGIN.right) / 2;
  const cy = MARGIN.top + (SIZE.height - MARGIN.top - MARGIN.bottom) / 2;
  const radius = (OUTER * Math.min(SIZE.width - MARGIN.left - MARGIN.right, SIZE.height - MARGIN.top - MARGIN.bottom)) / 2;
  const angle = ((90 - axisIndex * 90) * Math.PI) / 180;
  const r = (value / 100) * radius;
  return [Math.round(cx + Math.cos(-angle) * r), Math.round(cy + Math.sin(-angle) * r)];
}

/** The rounded corners of the polygon drawn in `colour`, in drawing order. */
export function corners(container: Element, colour: string): Array<[number, number]> {
  const path = [...container.querySelectorAll('.recharts-radar-polygon path')].find((p) => p.getAttribute('stroke') === colour);
  if (!path) throw new Error(`no polygon drawn in ${colour}`);
  return (path.getAttribute('d') ?? '').match(/-?[\d.]+,-?[\d.]+/g)!.map((pair) => {
    const [x = 0, y = 0] = pair.split(',').map(Number);
    return [Math.round(x), Math.round(y)];
  });
}

/** The axis names as drawn, line breaks joined. */
export function axisLabels(container: Element): string[] {
  return [...container.querySelectorAll('.piw-axis-label')].map((label) => label.textContent ?? '');
}
