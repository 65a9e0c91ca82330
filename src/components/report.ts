import type { ProviderId } from '../logic/provider-ids.ts';
import type { OptionIds, QuestionId } from '../logic/types.ts';
import { selectActions, stepNumber } from '../state/store.ts';
import { useWizardStore } from '../state/wizard-context.tsx';
import { useWizardConfig } from './wizard-config.tsx';

/**
 * The person's own moves, each with the event it tells the page: starting (`wizard-start`, once,
 * before anything else they do) and answering (`wizard-answer`, after the answer is kept). The
 * steps and the result report themselves when they are shown.
 */
export function usePersonActions() {
  const store = useWizardStore();
  const { onEvent } = useWizardConfig();
  const actions = selectActions(store.getState());
  const startOnce = () => {
    if (!store.getState().started) onEvent?.('wizard-start', {});
  };
  const answered = (questionId: QuestionId | 'service', optionId: string) =>
    onEvent?.('wizard-answer', { questionId, optionId, step: stepNumber(questionId, store.getState().askService) });
  return {
    start: () => {
      startOnce();
      actions.start();
    },
    answer: <Q extends QuestionId>(questionId: Q, optionId: OptionIds[Q]) => {
      startOnce();
      actions.answer(questionId, optionId);
      answered(questionId, optionId);
    },
    chooseService: (service: ProviderId | undefined) => {
      startOnce();
      actions.chooseService(service);
      answered('service', service ?? 'other');
    },
  };
}
