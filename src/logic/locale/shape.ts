/**
 * The shape every locale has. English defines it (its modules are the reference): the parts keyed
 * by the catalogue's ids are spelt out here, so a new option is a type error in each locale until it
 * has its words; the rest is English's own shape with every string widened, so another locale that
 * misses a string, or a placeholder, fails the type check.
 */
import type { OptionIds, QuestionId } from '../catalogue.ts';
import type { Axis } from '../types.ts';
import type { MODEL_TEXT } from './en/model.ts';
import type { UI_TEXT } from './en/ui.ts';

export type { Lang } from './langs.ts';
import type { Lang } from './langs.ts';

/** A type with every string literal widened to `string`; functions keep their parameters. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** Each question's words: title, topic, help, and per option its label and its "If …" condition. */
export type QuestionsText = {
  readonly [Q in QuestionId]: {
    readonly title: string;
    /** What the question is about, for a list in a sentence ("your backups"). */
    readonly topic: string;
    /** One sentence from the article: why it matters for POP3 vs IMAP. */
    readonly help: string;
    readonly options: { readonly [O in OptionIds[Q]]: string };
    /** "If …, IMAP would win": the answer as a condition about this mailbox. */
    readonly conditions: { readonly [O in OptionIds[Q]]: string };
  };
};

/** Why an answer pushed the result, per option and per axis it acts on. */
export type ReasonsText = {
  readonly [Q in QuestionId]: { readonly [O in OptionIds[Q]]: Partial<Readonly<Record<Axis, string>>> };
};

/** The share-link codec's sentences: built from catalogue words only, never from link text. */
export type LinkText = {
  readonly unreadableAnswers: (titles: ReadonlyArray<string>) => string;
  readonly otherVersion: string;
  readonly unknownService: string;
};

export type UiText = Widen<typeof UI_TEXT>;
export type ModelText = Widen<typeof MODEL_TEXT>;

/** Every word of the product in one language. */
export type Locale = {
  readonly lang: Lang;
  readonly ui: UiText;
  readonly questions: QuestionsText;
  readonly link: LinkText;
  readonly model: ModelText;
};
