import { useId, type ReactNode } from 'react';
import { CopyOutcome, useCopy } from '../components/copy.tsx';
import type { ConfigureText } from '../locale/shape.ts';

type Props = {
  words: ConfigureText;
  title: string;
  about: string;
  snippet: string;
  /** What this snippet leaves out, if anything. */
  note?: ReactNode;
};

/** One snippet: what it is, its text, and a copy button (on a refused copy, the text selected for copying by hand). */
export function SnippetCard({ words, title, about, snippet, note }: Props) {
  const copying = useCopy(snippet);
  const headingId = useId();
  return (
    <section className="cfg-snippet" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{about}</p>
      {note}
      <pre className="cfg-code">
        <code>{snippet}</code>
      </pre>
      <button type="button" className="cfg-button" onClick={() => void copying.copy()}>
        {words.snippets.copy(title)}
      </button>
      <CopyOutcome copying={copying} words={{ copied: words.snippets.copied, failed: words.snippets.failed, label: words.snippets.field }} multiline />
    </section>
  );
}
