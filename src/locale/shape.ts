/**
 * The shape every locale has. The parts the logic words with (questions, link notices, reasons,
 * advice) are typed by the logic itself, keyed by its ids; the rest is English's own shape with
 * every string widened, so another locale that misses a string, or a placeholder, fails the type
 * check.
 */
import type { AdviceWords } from '../logic/advice.ts';
import type { ProviderId } from '../logic/provider-ids.ts';
import type { QuestionsText } from '../logic/questions.ts';
import type { ReasonWords } from '../logic/reasons.ts';
import type { LinkText } from '../logic/share-link.ts';
import type { SETUP_TEXT } from './en/setup.ts';
import type { PAGE_TEXT } from './en/page.ts';
import type { POPUP_TEXT } from './en/popup.ts';
import type { UI_TEXT } from './en/ui.ts';
import type { CONFIGURE_TEXT } from './en/configure.ts';
import type { Lang } from './languages.ts';

export type { Lang } from './languages.ts';

/** A type with every string literal widened to `string`; functions keep their parameters. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type UiText = Widen<typeof UI_TEXT>;
export type PageText = Widen<typeof PAGE_TEXT>;
export type SetupText = Widen<typeof SETUP_TEXT>;
/** The popup embed's button and close button (not part of a `Locale`: see popup-words.ts). */
export type PopupText = Widen<typeof POPUP_TEXT>;
/** The embed builder's words (/configure/): a page of their own, never part of a wizard's `Locale`. */
export type ConfigureText = Widen<typeof CONFIGURE_TEXT>;

/**
 * What a person must know about signing in to a provider: how, what to switch on first, a note
 * (and one that matters only for POP3), and the user name. An empty string: nothing to say.
 */
export type ProviderNotes = { readonly signIn: string; readonly enable: string; readonly note: string; readonly pop3Note: string; readonly user: string };
export type ProvidersText = { readonly [P in ProviderId]: ProviderNotes };

/** Every word of the product in one language: what `src/locale/<lang>/index.ts` default-exports. */
export type Locale = {
  readonly lang: Lang;
  /** The interface: buttons, headings, announcements, the chart's words. */
  readonly ui: UiText;
  /** The result page's own words: the verdict and its sections, the chart, sharing. */
  readonly page: PageText;
  /** The questions, their options and conditions. */
  readonly questions: QuestionsText;
  /** What a link could not say. */
  readonly link: LinkText;
  /** The model's reasons, requirements and cautions. */
  readonly reasons: ReasonWords;
  /** The setup steps. */
  readonly advice: AdviceWords;
  /** The setup section: the provider choice, server cards, copying, the setup profile. */
  readonly setup: SetupText;
  /** Each provider's sign-in notes. */
  readonly providers: ProvidersText;
};

/** The words the first screens need (intro and questions): in the first download for the default language. */
export type FirstWords = Pick<Locale, 'lang' | 'ui' | 'questions' | 'link'>;
