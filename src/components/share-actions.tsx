import type { Protocol } from '../logic/types.ts';
import { useWords } from './result-words.ts';
import { CopyOutcome, useCopy } from './copy.tsx';
import { useWizardConfig } from './wizard-config.tsx';

/** The host's call to action, when it set one: the click the embedding page is there for. */
export function CallToAction({ protocol }: { protocol: Protocol }) {
  const config = useWizardConfig();
  // The verdict's own offer where the host set one, else the offer for either.
  const cta = config.offers?.[protocol] ?? config.cta;
  if (!cta) return null;
  return (
    <a
      className="piw-button piw-primary piw-cta"
      part="primary-button"
      href={cta.href}
      // The host's page address (and any ?token= on it) stays out of the Referer: origin only.
      referrerPolicy="strict-origin"
      {...(config.ctaTarget ? { target: config.ctaTarget } : {})}
      onClick={(event) => {
        config.onEvent?.('wizard-cta', { protocol, href: cta.href });
        // A plain click inside the iframe: the host page follows the link (a click with a modifier,
        // for a new tab or window, stays the browser's own).
        if (config.openCta && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
          event.preventDefault();
          config.openCta(cta.href);
        }
      }}
    >
      {cta.label}
    </a>
  );
}

/**
 * The result's actions: the host's call to action, "Copy link" (with a visible fallback when the
 * clipboard is refused) and the system share sheet where the browser has one.
 */
export function ShareActions({ protocol, url }: { protocol: Protocol; url: string }) {
  const { t: ui } = useWords();
  const t = ui.share;
  const copying = useCopy(url);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

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
        <button type="button" className="piw-button piw-secondary" part="secondary-button" onClick={copying.copy}>
          {t.copy}
        </button>
        {canShare && (
          <button type="button" className="piw-button piw-secondary" part="secondary-button" onClick={share}>
            {t.share}
          </button>
        )}
      </div>
      <CopyOutcome copying={copying} words={{ copied: t.copied, failed: t.copyFailed, label: t.linkLabel }} />
    </div>
  );
}
