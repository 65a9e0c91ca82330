/**
 * The builder's check of its values: the embeds' own, `readSettings`, with its warnings collected
 * and each tied to the field it is about, worded for a person in the page's language. Nothing here
 * throws, whatever the values.
 */
import { readSettings, type ColorParser, type EmbedSettings } from '../embed/attributes.ts';
import { RESERVED_HEIGHT, RESERVED_RANGE } from '../embed/protocol.ts';
import { LANGS } from '../locale/languages.ts';
import type { ConfigureText } from '../locale/shape.ts';
import { decodeAnswers, type LinkProblem } from '../logic/share-link.ts';
import { valueOf, type FieldName, type Values } from './fields.ts';

export type Checked = {
  /** What the embeds make of the values. */
  settings: EmbedSettings;
  /** Why each refused field is refused, in the page's words. */
  refused: Partial<Record<FieldName, string>>;
  /** Warnings this page could tie to no field: shown as the wizard wrote them. */
  unplaced: ReadonlyArray<string>;
  /** The reserved height, in px: the one set, when it is in range, else the default. */
  reserved: number;
};

type Words = ConfigureText['refused'];

type Found = { field: FieldName; reason: string };

/**
 * Each kind of warning `readSettings` gives: the field it is about, and its reason in the page's
 * words. A call to action with one part missing is refused at the part that is there.
 */
const RULES: ReadonlyArray<{ pattern: RegExp; found: (match: RegExpExecArray, words: Words, values: Values) => Found }> = [
  { pattern: /^theme="/, found: (_m, words) => ({ field: 'theme', reason: words.theme }) },
  { pattern: /^accent="/, found: (_m, words) => ({ field: 'accent', reason: words.accent }) },
  { pattern: /^share-base="/, found: (_m, words) => ({ field: 'share-base', reason: words.shareBase }) },
  { pattern: /^lang="/, found: (_m, words) => ({ field: 'lang', reason: words.lang(LANGS.join(', ')) }) },
  { pattern: /^mode="/, found: (_m, words) => ({ field: 'mode', reason: words.mode }) },
  { pattern: /^((?:pop3-|imap-)?)cta-href="/, found: (m, words) => ({ field: `${prefix(m)}cta-href`, reason: words.ctaHref }) },
  {
    pattern: /^a call to action needs both ((?:pop3-|imap-)?)cta-label and /,
    found: (m, words, values) =>
      valueOf(values, `${prefix(m)}cta-label`) === null
        ? { field: `${prefix(m)}cta-href`, reason: words.ctaNeedsLabel }
        : { field: `${prefix(m)}cta-label`, reason: words.ctaNeedsHref },
  },
  { pattern: /^(imap|pop3|smtp)-server="/, found: (m, words) => ({ field: `${kind(m)}-server`, reason: words.server }) },
  {
    pattern: /^(imap|pop3|smtp)-port="/,
    // The ports the warning names, last in it: "(993)", "(465 or 587)".
    found: (m, words) => ({ field: `${kind(m)}-port`, reason: words.port(/\(([\d or]+)\)[^(]*$/.exec(m.input)?.[1]?.split(' or ').join(', ') ?? '') }),
  },
];

const prefix = (match: RegExpExecArray) => (match[1] ?? '') as '' | 'pop3-' | 'imap-';
const kind = (match: RegExpExecArray) => (match[1] ?? 'imap') as 'imap' | 'pop3' | 'smtp';

/** What part of an answers fragment the wizard cannot read, in the page's words; undefined when it reads all. */
function answersProblem(text: string | null, words: Words): string | undefined {
  if (text === null) return undefined;
  const parts = decodeAnswers(text).problems.map((problem: LinkProblem) =>
    problem.kind === 'unreadable' ? words.answerParts.unreadable(problem.questionIds.join(', ')) : words.answerParts[problem.kind],
  );
  return parts.length > 0 ? words.answers(parts.join('; ')) : undefined;
}

/**
 * The values checked as both embeds check them. `base` resolves relative links (the builder's own
 * address stands in for the host page's); `parseColor` is the browser's colour parser.
 */
export function checkValues(values: Values, words: Words, base: string, parseColor: ColorParser): Checked {
  const warnings: string[] = [];
  const settings = readSettings(
    (name) => valueOf(values, name),
    (message) => warnings.push(message),
    base,
    parseColor,
  );
  const refused: Partial<Record<FieldName, string>> = {};
  const unplaced: string[] = [];
  for (const warning of warnings) {
    const found = RULES.map(({ pattern, found }) => {
      const match = pattern.exec(warning);
      return match ? found(match, words, values) : undefined;
    }).find(Boolean);
    if (found) refused[found.field] ??= found.reason;
    else unplaced.push(warning);
  }

  // A call to action whose link is refused is hidden: its label goes with it.
  for (const p of ['', 'pop3-', 'imap-'] as const) {
    if (refused[`${p}cta-href`] && valueOf(values, `${p}cta-label`) !== null) refused[`${p}cta-label`] ??= words.ctaLinkRefused;
  }

  const answers = answersProblem(valueOf(values, 'answers'), words);
  if (answers) refused.answers = answers;

  // The loader's rule for data-min-height (src/embed/loader.ts): a number in range, else the default.
  const heightValue = valueOf(values, 'min-height');
  let reserved = RESERVED_HEIGHT;
  if (heightValue !== null) {
    const height = Number(heightValue);
    if (Number.isFinite(height) && height >= RESERVED_RANGE.min && height <= RESERVED_RANGE.max) reserved = Math.round(height);
    else refused['min-height'] = words.minHeight(RESERVED_RANGE.min, RESERVED_RANGE.max, RESERVED_HEIGHT);
  }
  return { settings, refused, unplaced, reserved };
}

/** Whether the embeds take this field's value: set, and not refused. */
export function isAccepted(values: Values, checked: Checked, name: FieldName): boolean {
  return valueOf(values, name) !== null && checked.refused[name] === undefined;
}
