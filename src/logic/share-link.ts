/**
 * The share-link codec: answers ⇄ URL fragment text such as `v=1&devices=many&sharing=team&step=result`.
 *
 * Reading rules (decodeAnswers), all decided here and covered by tests/logic/share-link.test.ts:
 * - Input that is not a string gives an empty result; nothing ever throws.
 * - Only the first {@link MAX_LINK_CHARS} characters are read; the rest is ignored.
 * - Surrounding whitespace is dropped, then one leading `#` or `?`; pairs are split on `&`, each
 *   `key=value` split on its first `=`, both sides percent-decoded (malformed encoding is kept raw,
 *   which then matches no id). Matching is exact and case-sensitive.
 * - Unknown keys are ignored silently. Blank values (`devices=` or a bare `devices`) count as absent,
 *   for every key, so hand-made link templates with empty slots read cleanly.
 * - Repeated keys: the last valid value wins. A question appears in `problems` only when the link
 *   names it but none of its values is an option of that question.
 * - `v` absent: accepted silently (friendly to hand-made marketing links). Any non-blank `v` other
 *   than `1`: one problem sentence, and every answer that can still be read is kept.
 * - `step`: the last valid value (`result`, a question id or `service`) wins; invalid ones are ignored
 *   silently (a step is only where the wizard opens, not an answer the person gave).
 * - `lang` is not an answer: src/locale reads it with `linkValue`, by the same pair rules.
 * - `problems` holds at most three problems, as data: the unreadable questions (catalogue order), an
 *   unknown provider and a different version. Link text never appears in them; the words come from the locale
 *   (`describeProblem`).
 * - `answers` is built by iterating the catalogue and assigning known ids only, so link text is never
 *   used as an object key (`__proto__`, `constructor`… are just unknown keys).
 */
import { QUESTION_IDS, isOptionOf, isQuestionId } from './catalogue.ts';
import { isProviderId } from './provider-ids.ts';
import type { Answers, OptionIds, QuestionId } from './types.ts';

/** The codec's sentences, from each locale: built from catalogue words only, never from link text. */
export type LinkText = {
  readonly unreadableAnswers: (titles: ReadonlyArray<string>) => string;
  readonly otherVersion: string;
  readonly unknownService: string;
};

/** Where a link opens the wizard: a question, or the result page. */
/** Where a link opens: a question, the provider question (`service`), or the result. */
export type LinkStep = QuestionId | 'service' | 'result';

/** Something a link said that could not be read: data, worded by the locale. */
export type LinkProblem = { kind: 'unreadable'; questionIds: ReadonlyArray<QuestionId> } | { kind: 'unknownService' } | { kind: 'otherVersion' };

/** What {@link decodeAnswers} read from a link. */
export type DecodedLink = {
  /** Only catalogue question ids, each with an option of that question, in catalogue order. */
  answers: Answers;
  /** What could not be read; empty when all went well. */
  problems: ReadonlyArray<LinkProblem>;
  /** The step named by `step=`, or undefined when absent or invalid. */
  step: LinkStep | undefined;
};

/** The link format version this codec writes. */
const VERSION = '1';

/** The most characters of link text ever read (8 KB); everything beyond is ignored. */
const MAX_LINK_CHARS = 8192;

function isLinkStep(value: unknown): value is LinkStep {
  return value === 'result' || value === 'service' || isQuestionId(value);
}

/** Percent-decodes without ever throwing: malformed input is returned raw (and so matches no id). */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The key/value pairs of link text, in order, each side percent-decoded, blank values left out:
 * the one way every reader of a link splits it (the answers here, the language in src/locale).
 */
function linkPairs(text: string): Array<[key: string, value: string]> {
  let body = text.slice(0, MAX_LINK_CHARS).trim();
  if (body.startsWith('#') || body.startsWith('?')) body = body.slice(1);
  const pairs: Array<[string, string]> = [];
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    const value = eq === -1 ? '' : safeDecode(pair.slice(eq + 1));
    if (value !== '') pairs.push([safeDecode(eq === -1 ? pair : pair.slice(0, eq)), value]);
  }
  return pairs;
}

/**
 * The last value of `key` in link text that `accept` takes (the rule for repeated keys), or
 * undefined. Never throws.
 *
 * @example linkValue('v=1&lang=de&lang=xx', 'lang', (v) => v === 'de') // 'de'
 */
export function linkValue(text: unknown, key: string, accept: (value: string) => boolean): string | undefined {
  if (typeof text !== 'string') return undefined;
  let found: string | undefined;
  for (const [k, value] of linkPairs(text)) if (k === key && accept(value)) found = value;
  return found;
}

function setAnswer<Q extends QuestionId>(answers: Answers, id: Q, value: OptionIds[Q]): void {
  answers[id] = value;
}

/**
 * Writes answers (and optionally the step to open) as fragment text without the `#`: `v=1` first,
 * then each answered question in catalogue order, then `step` last. Unanswered questions, and any
 * value that is not an option of its question, are left out.
 *
 * @example
 * encodeAnswers({ sharing: 'team', devices: 'many' });           // 'v=1&devices=many&sharing=team'
 * encodeAnswers({ devices: 'one' }, 'result');                     // 'v=1&devices=one&step=result'
 */
export function encodeAnswers(answers: Answers, step?: LinkStep): string {
  const parts = [`v=${VERSION}`];
  for (const id of QUESTION_IDS) {
    const value: unknown = answers == null ? undefined : answers[id];
    if (isOptionOf(id, value)) {
      parts.push(`${encodeURIComponent(id)}=${encodeURIComponent(value)}`);
    }
  }
  const service: unknown = answers == null ? undefined : answers.service;
  if (isProviderId(service)) parts.push(`service=${encodeURIComponent(service)}`);
  if (isLinkStep(step)) parts.push(`step=${encodeURIComponent(step)}`);
  return parts.join('&');
}

/**
 * Reads answers from link text (with or without a leading `#`). Never throws, whatever it is given.
 * See the module comment for every reading rule.
 *
 * @example
 * decodeAnswers('#v=1&devices=many&backups=often&step=result');
 * // { answers: { devices: 'many' }, problems: [{ kind: 'unreadable', questionIds: ['backups'] }], step: 'result' }
 */
export function decodeAnswers(text: unknown): DecodedLink {
  const answers: Answers = {};
  if (typeof text !== 'string') return { answers, problems: [], step: undefined };

  // Link text lives only in these Map keys/values and local strings, never as an object key.
  const valid = new Map<QuestionId, string>();
  const named = new Set<QuestionId>();
  let otherVersion = false;
  let step: LinkStep | undefined;
  let service: string | undefined;
  let serviceNamed = false;

  for (const [key, value] of linkPairs(text)) {
    if (key === 'v') {
      if (value !== VERSION) otherVersion = true;
    } else if (key === 'step') {
      if (isLinkStep(value)) step = value;
    } else if (key === 'service') {
      serviceNamed = true;
      if (isProviderId(value)) service = value;
    } else if (isQuestionId(key)) {
      named.add(key);
      if (isOptionOf(key, value)) valid.set(key, value);
    }
  }

  const unreadable: QuestionId[] = [];
  for (const id of QUESTION_IDS) {
    const value = valid.get(id);
    if (value !== undefined && isOptionOf(id, value)) setAnswer(answers, id, value);
    else if (named.has(id)) unreadable.push(id);
  }

  if (isProviderId(service)) answers.service = service;

  const problems: LinkProblem[] = [];
  if (unreadable.length > 0) problems.push({ kind: 'unreadable', questionIds: unreadable });
  if (serviceNamed && service === undefined) problems.push({ kind: 'unknownService' });
  if (otherVersion) problems.push({ kind: 'otherVersion' });
  return { answers, problems, step };
}

/**
 * A link problem in one calm sentence, in the words of `text`, naming questions by their titles.
 *
 * @example describeProblem({ kind: 'unreadable', questionIds: ['backups'] }, SHARE_LINK_TEXT, (id) => title[id])
 */
export function describeProblem(problem: LinkProblem, text: LinkText, titleOf: (id: QuestionId) => string): string {
  if (problem.kind === 'unreadable') return text.unreadableAnswers(problem.questionIds.map(titleOf));
  return problem.kind === 'unknownService' ? text.unknownService : text.otherVersion;
}
