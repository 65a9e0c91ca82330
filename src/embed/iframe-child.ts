/**
 * The page inside the iframe embed (the standalone app opened with ?embed=1). It posts its height and
 * the wizard's events to the parent, always with an explicit target origin: the parent's origin,
 * which the loader passes in the URL. It listens to no message at all.
 */
import type { WizardConfig } from '../components/wizard-config.tsx';
import { httpUrl, readSettings, type ElementSettings } from './attributes.ts';

export const MESSAGE_SOURCE = 'pop-imap-wizard';

export type ChildMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'height'; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'event'; name: 'wizard-step' | 'wizard-complete' | 'wizard-cta'; detail: unknown };

/** An http(s) origin exactly as `URL.origin` writes it, or undefined. */
export function parseOrigin(value: string | null): string | undefined {
  const url = httpUrl(value);
  return url && url.origin === value ? url.origin : undefined;
}

export type IframeChild = {
  settings: ElementSettings;
  /** The height the loader reserved (px), which the wizard fills; undefined when not given. */
  fill: number | undefined;
  config: WizardConfig;
  /** Starts posting the height of `element` to the parent; returns a function that stops. */
  watchHeight: (element: Element) => () => void;
};

/**
 * Reads the embed parameters (origin, host, theme, accent, cta-label, cta-href) from the iframe's
 * own URL and builds the wizard's configuration. Without a valid parent origin nothing is posted.
 */
export function iframeChild(search: string, parent: Window | null, ownUrl: string): IframeChild {
  const params = new URLSearchParams(search);
  const targetOrigin = parseOrigin(params.get('origin'));
  const hostUrl = httpUrl(params.get('host'));
  const host = hostUrl && `${hostUrl.origin}${hostUrl.pathname}${hostUrl.search}`;
  const settings = readSettings(
    (name) => params.get(name),
    (message) => console.warn(message.replace('<pop-imap-wizard>', 'pop-imap-wizard iframe')),
    ownUrl,
  );

  function post(message: ChildMessage) {
    if (!parent || parent === window || !targetOrigin) return;
    parent.postMessage(message, targetOrigin);
  }

  const base = settings.shareBase ?? host ?? ownUrl.split('?')[0]!.split('#')[0]!;
  const config: WizardConfig = {
    setDocumentTitle: false,
    shareUrl: (fragment) => `${base}#${fragment}`,
    onStep: (detail) => post({ source: MESSAGE_SOURCE, type: 'event', name: 'wizard-step', detail }),
    onComplete: (detail) => post({ source: MESSAGE_SOURCE, type: 'event', name: 'wizard-complete', detail }),
    onCta: (detail) => post({ source: MESSAGE_SOURCE, type: 'event', name: 'wizard-cta', detail }),
    ctaTarget: '_top',
    ...(settings.cta ? { cta: settings.cta } : {}),
  };

  function watchHeight(element: Element) {
    let last = -1;
    const send = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      post({ source: MESSAGE_SOURCE, type: 'height', height });
    };
    send();
    const observer = new ResizeObserver(send);
    observer.observe(element);
    return () => observer.disconnect();
  }

  const reserved = Number(params.get('fill'));
  const fill = Number.isFinite(reserved) && reserved >= 200 && reserved <= 2000 ? Math.round(reserved) : undefined;

  return { settings, fill, config, watchHeight };
}
