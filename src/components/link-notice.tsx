import { memo, useId } from 'react';
import { describeProblem } from '../logic/share-link.ts';
import { selectActions, selectNotices } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { useLocale, useQuestions } from './locale.tsx';

/**
 * One calm, dismissable notice listing what a link could not say, in words made from the catalogue
 * only, never from link text. It follows the store's notices itself, so nothing else re-renders.
 */
export const LinkNotice = memo(function LinkNotice({ onDismiss }: { onDismiss: () => void }) {
  const notices = useWizard(selectNotices);
  const { dismissNotices } = useWizard(selectActions);
  const { ui, link } = useLocale();
  const questions = useQuestions();
  const headingId = useId();
  if (notices.length === 0) return null;
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;
  return (
    <aside className="piw-notice" aria-labelledby={headingId}>
      <div>
        <p id={headingId} className="piw-notice-heading">
          {ui.notice.heading}
        </p>
        <ul className="piw-notice-list">
          {notices.map((problem) => (
            <li key={problem.kind}>{describeProblem(problem, link, titleOf)}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="piw-button piw-quiet"
        onClick={() => {
          dismissNotices();
          onDismiss();
        }}
      >
        {ui.notice.dismiss}
      </button>
    </aside>
  );
});
