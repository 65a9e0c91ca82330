/** The colour schemes a wizard comes in: the one list every embed and page checks against. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** 'auto' follows the reader's system setting. */
export type Theme = (typeof THEMES)[number];

/** Whether `value` is one of the themes (a safe check for untrusted text). */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as ReadonlyArray<string>).includes(value);
}
