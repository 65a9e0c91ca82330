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

/** What an embed id may be: the id of the element or container a link was made in. */
export const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The embed a link names (`embed=…`, the last valid one), or undefined when it names none: on a
 * page with several wizards, only that one opens the link.
 *
 * @example linkEmbed('#v=1&devices=many&step=result&embed=pricing-wizard') // 'pricing-wizard'
 */
export function linkEmbed(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, ''))
    .getAll('embed')
    .filter((id) => EMBED_ID.test(id))
    .pop();
}

/** The share-link fragment of an embed with an id: the answers, then `&embed=<id>`. */
export function withEmbed(fragment: string, id: string | undefined): string {
  return id && EMBED_ID.test(id) ? `${fragment}&embed=${id}` : fragment;
}

/**
 * Whether a link in the page's fragment opens in this embed: in the one it names, or, naming none,
 * in the first wizard on the page (`first`), so a second one starts fresh instead of repeating it.
 */
export function linkOpensIn(hash: string, id: string, first: boolean): boolean {
  if (!isWizardFragment(hash)) return false;
  const named = linkEmbed(hash);
  return named === undefined ? first : named === id;
}
