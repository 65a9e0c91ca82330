import type { ComponentPropsWithRef } from 'react';
import { useWizardConfig } from './wizard-config.tsx';

type Props = ComponentPropsWithRef<'h2'> & {
  /** 0 for a step's main heading, 1 for a section within it. */
  depth?: 0 | 1;
};

/**
 * A heading at the right level for where the wizard lives: the page's h1 when standalone, an h2
 * under the host article's own h1 when embedded (WizardConfig.headingLevel).
 */
export function Heading({ depth = 0, ...props }: Props) {
  const { headingLevel = 2 } = useWizardConfig();
  const Tag = `h${Math.min(headingLevel + depth, 6)}` as 'h2';
  return <Tag {...props} />;
}
