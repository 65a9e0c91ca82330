import { useId } from 'react';
import { UI_TEXT } from '../logic/locale/en/ui.ts';
import { selectActions } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';

const t = UI_TEXT.notice;

/** One calm, dismissable notice listing what a link could not say. Text only, never link HTML. */
export function LinkNotice({ notices, onDismiss }: { notices: ReadonlyArray<string>; onDismiss: () => void }) {
  const { dismissNotices } = useWizard(selectActions);
  const headingId = useId();
  return (
    <aside className="piw-notice" aria-labelledby={headingId}>
      <div>
        <p id={headingId} className="piw-notice-heading">
          {t.heading}
        </p>
        <ul className="piw-notice-list">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="piw-button piw-quiet" onClick={() => {
          dismissNotices();
          onDismiss();
        }}>
        {t.dismiss}
      </button>
    </aside>
  );
}
