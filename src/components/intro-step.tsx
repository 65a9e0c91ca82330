import { useId, type Ref } from 'react';
import { EN } from '../logic/locale/en.ts';
import { selectActions } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';

const t = EN.ui.intro;

export function IntroStep({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { start } = useWizard(selectActions);
  const headingId = useId();
  return (
    <section className="piw-intro" aria-labelledby={headingId}>
      <Heading id={headingId} className="piw-heading" tabIndex={-1} ref={headingRef}>
        {t.heading}
      </Heading>
      <p className="piw-lead">{t.lead}</p>
      <ul className="piw-facts">
        <li>{t.duration}</li>
        <li>{t.privacy}</li>
      </ul>
      <div className="piw-actions">
        <button type="button" className="piw-button piw-primary" onClick={start}>
          {t.start}
        </button>
      </div>
    </section>
  );
}
