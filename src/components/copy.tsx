import { useId, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Copying a text to the clipboard, with a fallback: when the browser refuses, the state says so and
 * `CopyOutcome` shows the text, selected, for the person to copy. A new text starts idle again: an
 * old "copied" no longer speaks for it.
 */
export function useCopy(text: string) {
  const [state, setState] = useState<{ copy: CopyState; text: string }>({ copy: 'idle', text });
  const fieldRef = useRef<Field | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ copy: 'copied', text });
    } catch {
      setState({ copy: 'failed', text });
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  }

  return { state: state.text === text ? state.copy : 'idle', text, copy, fieldRef };
}

type OutcomeProps = {
  copying: ReturnType<typeof useCopy>;
  words: { copied: string; failed: string; label: string };
  /** A text of several lines (a textarea) rather than one (an input). */
  multiline?: boolean;
};

/** What became of a copy: announced, and on failure the text in a field, selected. */
export function CopyOutcome({ copying, words, multiline = false }: OutcomeProps) {
  const fieldId = useId();
  const { state, text, fieldRef } = copying;
  const field = {
    id: fieldId,
    ref: (element: Field | null) => {
      fieldRef.current = element;
    },
    readOnly: true,
    value: text,
    onFocus: (event: { currentTarget: Field }) => event.currentTarget.select(),
  };
  return (
    <>
      <p className="piw-share-status" role="status">
        {state === 'copied' ? words.copied : state === 'failed' ? words.failed : ''}
      </p>
      {state === 'failed' && (
        <div className="piw-share-field">
          <label htmlFor={fieldId}>{words.label}</label>
          {multiline ? <textarea {...field} rows={text.split('\n').length} /> : <input {...field} type="text" />}
        </div>
      )}
    </>
  );
}
