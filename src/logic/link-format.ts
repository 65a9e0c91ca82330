/**
 * The one rule for telling the wizard's links from a page's own fragments (`#pricing`, a hash
 * router's `#/plans`): a wizard link carries its format version, `v=`. Every link the wizard writes
 * starts with it. A module of its own, with nothing in it but this, so the iframe loader can use the
 * same rule and stay tiny.
 */

/**
 * Whether a fragment (with or without its '#') is one of the wizard's links.
 *
 * @example isWizardFragment('#v=1&devices=many') // true
 * @example isWizardFragment('#pricing') // false
 */
export function isWizardFragment(hash: string): boolean {
  return /(^#?|&)v=[^&]/.test(hash);
}
