import { createContext, useContext } from 'react';
import type { KnownServers } from '../logic/advice.ts';
import type { Protocol } from '../logic/types.ts';
import type { EventSink } from './events.ts';

/** An embedding email host's own servers: shown on the result instead of the provider selector. */
export type HostServers = KnownServers & { name: string | undefined };

export type WizardConfig = {
  /** Where the wizard reports its events (events.ts); the embeds pass them to the page around them. */
  onEvent?: EventSink;
  /** Standalone only: the document title follows the step. An embed leaves the host's title alone. */
  setDocumentTitle: boolean;
  /** An optional call to action on the result page, set by the embedding page, for either verdict. */
  cta?: { label: string; href: string };
  /** An offer per verdict, shown instead of `cta` on a result of that protocol. */
  offers?: Partial<Record<Protocol, { label: string; href: string }>>;
  /** The level of each step's main heading: 1 when the wizard is the page, 2 (default) in an embed. */
  headingLevel?: 1 | 2;
  /** Where the call to action opens: '_top' from inside the iframe embed. */
  ctaTarget?: '_top';
  /**
   * Inside the iframe embed: asks the host page to open the call to action itself, so the offer
   * sees the host's origin as its referrer, not the wizard's. Without it the link simply opens.
   */
  openCta?: (href: string) => void;
  /** Makes the share link for a fragment (without '#'). */
  shareUrl: (fragment: string) => string;
  /** The embedding host's own servers, when it names them. */
  hostServers?: HostServers;
};

export const DEFAULT_CONFIG: WizardConfig = {
  setDocumentTitle: false,
  shareUrl: (fragment) => `#${fragment}`,
};

const WizardConfigContext = createContext<WizardConfig>(DEFAULT_CONFIG);
export const WizardConfigProvider = WizardConfigContext.Provider;

export function useWizardConfig(): WizardConfig {
  return useContext(WizardConfigContext);
}
