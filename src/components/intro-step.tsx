import { useId, type Ref } from 'react';
import { selectAskService, totalSteps } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { useLocale } from './locale.tsx';
import { usePersonActions } from './report.ts';

/** A decorative radar of two protocols: the shape of the result the questions lead to. */
function IntroArt() {
  return (
    <svg className="piw-intro-art" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
      <g className="piw-art-grid">
        <polygon points="100,20 180,100 100,180 20,100" />
        <polygon points="100,50 150,100 100,150 50,100" />
        <line x1="100" y1="20" x2="100" y2="180" />
        <line x1="20" y1="100" x2="180" y2="100" />
      </g>
      <polygon className="piw-art-pop3" points="100,32 160,100 100,130 36,100" />
      <polygon className="piw-art-imap" points="100,70 172,100 100,172 64,100" />
    </svg>
  );
}

export function IntroStep({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { start } = usePersonActions();
  const questions = totalSteps(useWizard(selectAskService));
  const t = useLocale().ui.intro;
  const headingId = useId();
  return (
    <section className="piw-intro" aria-labelledby={headingId}>
      <div className="piw-intro-text">
        <Heading id={headingId} className="piw-heading piw-intro-heading" part="heading" tabIndex={-1} ref={headingRef}>
          {t.heading}
        </Heading>
        <p className="piw-lead">{t.lead}</p>
        <button type="button" className="piw-button piw-primary piw-start" part="primary-button" onClick={start}>
          {t.start}
        </button>
        <ul className="piw-facts">
          <li>{t.duration(questions)}</li>
          <li>{t.privacy}</li>
        </ul>
      </div>
      <IntroArt />
    </section>
  );
}
