import { useId, useRef, useState } from 'react';
import type { Protocol } from '../logic/types.ts';
import { useLocale } from './locale.tsx';
import { useWizardConfig } from './wizard-config.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** The host's call to action, when it set one: the click the embedding page is there for. */
export function CallToAction({ protocol }: { protocol: Protocol }) {
  const config = useWizardConfig();
  if (!config.cta) return null;
  return (
    <a
      className="piw-button piw-primary piw-cta"
      href={config.cta.href}
      // The host's page address (and any ?token= on it) stays out of the Referer: origin only.
      referrerPolicy="strict-origin"
      {...(config.ctaTarget ? { target: config.ctaTarget } : {})}
      onClick={() => config.onCta?.({ protocol })}
    >
      {config.cta.label}
    </a>
  );
}

/**
 * The result's actions: the host's call to action, "Copy link" (with a visible fallback when the
 * clipboard is refused) and the system share sheet where the browser has one.
 */
export function ShareActions({ protocol, url }: { protocol: Protocol; url: string }) {
  const { ui } = useLocale();
  const t = ui.share;
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
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
      await navigator.share({ title: t.shareTitle, text: ui.result.suits(ui.protocols[protocol]), url });
    } catch {
      // Cancelled or refused: nothing to do, the copy button remains.
    }
  }

  return (
    <div className="piw-share">
      <div className="piw-actions">
        <CallToAction protocol={protocol} />
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
    </div>
  );
}
