import { useId, useRef, useState } from 'react';
import { EN } from '../logic/locale/en.ts';
import { encodeAnswers } from '../logic/share-link.ts';
import type { Recommendation } from '../logic/types.ts';
import { selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { useWizardConfig } from './wizard-config.tsx';

const t = EN.ui.share;

type CopyState = 'idle' | 'copied' | 'failed';

/** "Copy link" (with a visible fallback when the clipboard is refused) and the system share sheet. */
export function ShareActions({ result }: { result: Recommendation }) {
  const answers = useWizard(selectAnswers);
  const { shareUrl } = useWizardConfig();
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const url = shareUrl(encodeAnswers(answers, 'result'));
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function copyLink() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
      // Let the person copy it themselves: the link is shown, selected.
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  }

  async function share() {
    try {
      await navigator.share({ title: t.shareTitle, text: EN.ui.result.suits(EN.ui.protocols[result.protocol]), url });
    } catch {
      // Cancelled or refused: nothing to do, the copy button remains.
    }
  }

  return (
    <section className="piw-section piw-share">
      <div className="piw-actions">
        <button type="button" className="piw-button piw-secondary" onClick={copyLink}>
          {t.copy}
        </button>
        {canShare && (
          <button type="button" className="piw-button piw-secondary" onClick={share}>
            {t.share}
          </button>
        )}
      </div>
      <p className="piw-share-status" role="status">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </p>
      {copy === 'failed' && (
        <div className="piw-share-field">
          <label htmlFor={fieldId}>{t.linkLabel}</label>
          <input id={fieldId} ref={fieldRef} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </section>
  );
}
