/**
 * The sentences behind a recommendation, from any language's model text: `recommend` words its
 * reasons in English with these, the result page in the page's language, from the same ids.
 */
import type { ModelText } from './locale/shape.ts';
import type { ProviderId } from './provider-ids.ts';
import { providerById } from './providers.ts';
import type { Axis, QuestionId, Requirement } from './types.ts';

/**
 * The sentence for one answer on one axis (or, when none was written for that axis, its first).
 *
 * @example reasonText(MODEL_TEXT, 'devices', 'one', 'multiDevice') // 'You read this mailbox on one device, …'
 */
export function reasonText(model: ModelText, questionId: QuestionId, optionId: string, axis: Axis): string {
  const byOption: Readonly<Record<string, Partial<Record<Axis, string>>>> = model.reasons[questionId];
  const byAxis = Object.hasOwn(byOption, optionId) ? byOption[optionId] : undefined;
  return byAxis?.[axis] ?? Object.values(byAxis ?? {})[0] ?? '';
}

/**
 * Why an answer (or the chosen provider) rules the other protocol out.
 *
 * @example requirementText(MODEL_TEXT, { questionId: 'service', optionId: 'proton' }) // 'Proton Mail … offers no POP3, …'
 */
export function requirementText(model: ModelText, { questionId, optionId }: Pick<Requirement, 'questionId' | 'optionId'>): string {
  if (questionId === 'service') return model.serviceRequirement(providerById(optionId as ProviderId)?.name ?? optionId);
  const byQuestion: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> = model.requirements;
  const byOption = byQuestion[questionId];
  return byOption && Object.hasOwn(byOption, optionId) ? (byOption[optionId] ?? '') : '';
}
