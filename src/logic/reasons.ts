/**
 * The sentences behind a recommendation: what words the model needs from a locale (`ReasonWords`,
 * keyed by the catalogue's ids and the model table's requirements and cautions), and how it picks
 * the one for an answer. `recommend` words its reasons with these, in the locale it is given.
 */
import type { OptionIds, QuestionId } from './catalogue.ts';
import type { MODEL } from './model.ts';
import type { ProviderId } from './provider-ids.ts';
import { providerById } from './providers.ts';
import type { Axis, Caution, CombinationId, Requirement } from './types.ts';

/** Why an answer pushed the result, per option and per axis it acts on. */
export type ReasonsText = {
  readonly [Q in QuestionId]: { readonly [O in OptionIds[Q]]: Partial<Readonly<Record<Axis, string>>> };
};

type Table = typeof MODEL;

/** One sentence per entry of a model-table part keyed by question and option. */
type PerEntry<T> = { readonly [Q in keyof T]: { readonly [O in keyof T[Q]]: string } };

/** The words the model needs to say why: one locale part, the same shape in every language. */
export type ReasonWords = {
  /** Why an answer rules the other protocol out: one sentence per requirement of the model table. */
  readonly requirements: PerEntry<Table['requirements']>;
  /** Why a chosen provider that offers no POP3 rules it out. */
  readonly serviceRequirement: (provider: string) => string;
  /** Why answers rule a protocol out together: each combination of the model table, and a provider's rule. */
  readonly rules: { readonly [R in CombinationId]: string } & { readonly 'one-pop3-client': (provider: string, recentDays?: number) => string };
  /** Why an answer pushed the result, per axis it acts on. */
  readonly reasons: ReasonsText;
  /** What a POP3 result still needs: one sentence per caution of the model table. */
  readonly cautions: PerEntry<Table['cautions']>;
  /** What a POP3 result needs with a provider that offers POP3 on paid plans only. */
  readonly serviceCaution: (provider: string, since: number) => string;
};

/** The entry for `questionId` and `optionId` of a keyed sentence table, own properties only. */
function entry(table: object, questionId: string, optionId: string): string {
  const byQuestion = (table as Readonly<Record<string, Readonly<Record<string, string>> | undefined>>)[questionId];
  return byQuestion && Object.hasOwn(byQuestion, optionId) ? (byQuestion[optionId] ?? '') : '';
}

/**
 * The sentence for one answer on one axis (or, when none was written for that axis, its first).
 *
 * @example reasonText(english.reasons, 'devices', 'one', 'multiDevice') // 'You read this mailbox on one device, …'
 */
export function reasonText(words: ReasonWords, questionId: QuestionId, optionId: string, axis: Axis): string {
  const byOption: Readonly<Record<string, Partial<Record<Axis, string>>>> = words.reasons[questionId];
  const byAxis = Object.hasOwn(byOption, optionId) ? byOption[optionId] : undefined;
  return byAxis?.[axis] ?? Object.values(byAxis ?? {})[0] ?? '';
}

/**
 * Why an answer (or the chosen provider) rules the other protocol out.
 *
 * @example requirementText(english.reasons, { questionId: 'service', optionId: 'proton' }) // 'Proton Mail … offers no POP3, …'
 */
export function requirementText(words: ReasonWords, { questionId, optionId, rule }: Pick<Requirement, 'questionId' | 'optionId' | 'rule'>): string {
  const providerName = () => providerById(optionId as ProviderId)?.name ?? optionId;
  if (rule === 'one-pop3-client') return words.rules[rule](providerName(), providerById(optionId as ProviderId)?.pop3Behaviour?.recentDays);
  if (rule) return words.rules[rule];
  if (questionId === 'service') return words.serviceRequirement(providerName());
  return entry(words.requirements, questionId, optionId);
}

/** What a caution asks for before POP3 is safe. */
export function cautionText(words: ReasonWords, { questionId, optionId }: Pick<Caution, 'questionId' | 'optionId'>): string {
  if (questionId === 'service') {
    const provider = providerById(optionId as ProviderId);
    const since = provider?.pop3Behaviour?.paidPlansSince;
    return provider && since ? words.serviceCaution(provider.name, since) : '';
  }
  return entry(words.cautions, questionId, optionId);
}
