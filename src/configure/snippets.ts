/**
 * The three snippets a host pastes: the custom element, the iframe loader and a plain iframe. Pure
 * functions of the checked values: only accepted values go in, every attribute value is
 * HTML-escaped, and every address is absolute, at the copy of the wizard the builder is served from.
 */
import { LANGUAGES, DEFAULT_LANG } from '../locale/languages.ts';
import { SETTINGS, SYNC_URL, TAG_NAME } from '../embed/protocol.ts';
import { isAccepted, type Checked } from './check.ts';
import { FIELDS, valueOf, type FieldName, type Values } from './fields.ts';

/** What a snippet is made of: the values, their check, and the wizard's address (a folder, ending in `/`). */
export type SnippetSource = { values: Values; checked: Checked; app: string };

/** The only settings a plain iframe takes from its address. */
export const PLAIN_IFRAME_SETTINGS = ['lang', 'theme', 'accent'] as const satisfies ReadonlyArray<FieldName>;

/**
 * Text made safe inside a double-quoted HTML attribute value (and as element text).
 *
 * @example escapeHtml('Try "free" <now> & save') // 'Try &quot;free&quot; &lt;now&gt; &amp; save'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The wizard's address for a builder page at `pageHref`: the folder above the builder's own
 * (`https://wizard.example/configure/?lang=de` → `https://wizard.example/`).
 */
export function appAddress(pageHref: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  // `/configure` without its slash is the builder's folder too.
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return new URL('../', url).href;
}

/** The accepted settings (and `sync-url`) with their values, in the order of SETTINGS. */
function accepted({ values, checked }: SnippetSource, names: ReadonlyArray<FieldName>): Array<[FieldName, string]> {
  return names.filter((name) => isAccepted(values, checked, name)).map((name) => [name, valueOf(values, name) ?? '']);
}

/** Attributes, one a line, indented: a boolean one by its name alone. */
function attributeLines(pairs: ReadonlyArray<[string, string, boolean]>): string {
  return pairs.map(([name, value, boolean]) => `\n  ${name}${boolean ? '' : `="${escapeHtml(value)}"`}`).join('');
}

const isBoolean = (name: FieldName) => FIELDS[name].control.kind === 'checkbox';

/** A `<style>` block reserving the wizard's space (its comment says why), for a selector. */
function reserveRule(selector: string, rule: string, comment: string): string {
  return `<style>\n  /* ${comment.replace(/\*\//g, '* /')} */\n  ${selector} { ${rule} }\n</style>`;
}

/** The custom element: its module script, a rule reserving its height, and the element with the settings. */
export function elementSnippet(source: SnippetSource, comment: string): string {
  const pairs = accepted(source, [...SETTINGS, SYNC_URL]).map(([name, value]): [string, string, boolean] => [name, value, isBoolean(name)]);
  const attributes = attributeLines(pairs);
  return [
    `<script type="module" src="${escapeHtml(new URL('embed/pop-imap-wizard.js', source.app).href)}"></script>`,
    reserveRule(TAG_NAME, `display: block; min-height: ${source.checked.reserved}px;`, comment),
    `<${TAG_NAME}${attributes}${attributes ? '\n' : ''}></${TAG_NAME}>`,
  ].join('\n');
}

/** The iframe loader: its container with the settings as `data-` attributes, its script, a rule reserving its height. */
export function loaderSnippet(source: SnippetSource, comment: string): string {
  const pairs = accepted(source, [...SETTINGS, 'min-height', 'title']).map(([name, value]): [string, string, boolean] => [
    `data-${name}`,
    value,
    isBoolean(name),
  ]);
  const attributes = attributeLines([['data-pop-imap-wizard', '', true], ...pairs]);
  return [
    `<div${attributes}\n></div>`,
    `<script src="${escapeHtml(new URL('embed/embed.js', source.app).href)}" async></script>`,
    reserveRule('[data-pop-imap-wizard]', `min-height: ${source.checked.reserved}px;`, comment),
  ].join('\n');
}

/** A plain iframe: the embed page's address with lang, theme and accent only, a title, the reserved height. */
export function iframeSnippet(source: SnippetSource): string {
  const { settings, reserved } = source.checked;
  const src = new URL(source.app);
  src.searchParams.set('embed', '1');
  if (settings.lang) src.searchParams.set('lang', settings.lang);
  if (settings.theme) src.searchParams.set('theme', settings.theme);
  // The colour as the embeds parsed it (#rrggbb): one form every reader of the address takes.
  if (settings.accent) src.searchParams.set('accent', settings.accent.color);
  const title = (isAccepted(source.values, source.checked, 'title') && valueOf(source.values, 'title')) || LANGUAGES[settings.lang ?? DEFAULT_LANG].frameTitle;
  return [
    '<iframe',
    `  src="${escapeHtml(src.href)}"`,
    `  title="${escapeHtml(title)}"`,
    `  style="width:100%;border:0;height:${reserved}px"`,
    '  loading="lazy"',
    '></iframe>',
  ].join('\n');
}

/** The accepted settings a plain iframe cannot carry (everything but lang, theme, accent and its own title and height). */
export function notInPlainIframe(source: SnippetSource): FieldName[] {
  const carried: ReadonlyArray<FieldName> = [...PLAIN_IFRAME_SETTINGS, 'min-height', 'title'];
  return accepted(source, [...SETTINGS, SYNC_URL])
    .map(([name]) => name)
    .filter((name) => !carried.includes(name));
}
