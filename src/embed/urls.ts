/**
 * The one place the embeds turn text into URLs. Nothing here throws, whatever it is given.
 */

/**
 * The value as an http(s) URL (resolved against `base`), or undefined.
 *
 * @example httpUrl('/trial', 'https://host.example/blog/post') // URL https://host.example/trial
 * @example httpUrl('javascript:alert(1)') // undefined
 */
export function httpUrl(value: string | null | undefined, base?: string): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page's address without its query or fragment: what a share link and the iframe's host address
 * carry by default, so a host's `?token=…` never leaks into them.
 *
 * @example pageAddress(new URL('https://host.example/blog/post?token=1#pricing')) // 'https://host.example/blog/post'
 */
export function pageAddress(url: { origin: string; pathname: string }): string {
  return `${url.origin}${url.pathname}`;
}

/** A page's address with its query but without its fragment: the base of the wizard's own links. */
export function withoutFragment(url: { origin: string; pathname: string; search: string }): string {
  return `${url.origin}${url.pathname}${url.search}`;
}
