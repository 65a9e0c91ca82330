import { useId, type ReactNode } from 'react';
import { Heading } from './heading.tsx';

type SectionProps = {
  title: string;
  /** A count shown beside a collapsed section's title. */
  count?: number;
  /** Closed until the person opens it (secondary detail, so the page stays short). */
  collapsible?: boolean;
  className?: string;
  children: ReactNode;
};

/** A part of the result with its heading, as a region named by that heading; optionally collapsed. */
export function Section({ title, count, collapsible = false, className = '', children }: SectionProps) {
  const headingId = useId();
  const heading = (
    <Heading depth={1} id={headingId} className="piw-subheading">
      {title}
      {count !== undefined && (
        <>
          {' '}
          <span className="piw-count">({count})</span>
        </>
      )}
    </Heading>
  );
  return (
    <section className={`piw-section ${className}`.trim()} aria-labelledby={headingId}>
      {collapsible ? (
        <details className="piw-disclosure">
          <summary>{heading}</summary>
          <div className="piw-disclosure-body">{children}</div>
        </details>
      ) : (
        <>
          {heading}
          {children}
        </>
      )}
    </section>
  );
}
