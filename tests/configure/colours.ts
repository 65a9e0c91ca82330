import type { ColorParser } from '../../src/embed/attributes.ts';

/**
 * A colour parser for jsdom, which has no canvas: `#rrggbb` and two names, anything else refused,
 * as the browser's parser (canvasColor) refuses `url(…)`, `var(…)` and garbage.
 */
export const testColours: ColorParser = (value) => {
  const named: Record<string, string> = { rebeccapurple: '#663399', white: '#ffffff' };
  const hex = named[value.toLowerCase()] ?? value;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : undefined;
};
