import { isTheme, THEMES, type Theme } from '../components/theme.ts';
import type { Accent } from '../components/brand.ts';
import { accentFrom } from './accent.ts';
import type { HostServers } from '../components/wizard-config.tsx';
import { DEFAULT_LANG, LANGS, LANGUAGES, langOfTag, type Lang } from '../locale/languages.ts';
import type { Server } from '../logic/providers.ts';
import { PROTOCOLS, type Protocol } from '../logic/types.ts';
import { MODES, type Mode, type SettingName } from './protocol.ts';
import { httpUrl, withoutFragment } from './urls.ts';

/** What a host page set, checked: both embeds read their settings through `readSettings`. */
export type EmbedSettings = {
  /** The theme the page asked for; undefined when it asked for none (then the host's scheme applies). */
  theme: Theme | undefined;
  accent: Accent | undefined;
  /** The call to action for either verdict (`cta-label`, `cta-href`), or undefined. */
  cta: Cta | undefined;
  /** An offer per verdict (`pop3-cta-*`, `imap-cta-*`): shown over `cta` for that verdict. */
  offers: Partial<Record<Protocol, Cta>>;
  shareBase: string | undefined;
  /** A link fragment to start from (`v=1&devices=many&step=result`), or undefined. */
  answers: string | undefined;
  /** The host's own servers (an email host embedding the wizard), or undefined. */
  servers: HostServers | undefined;
  /** The language the page asked for (`lang="de"`, `de-AT` too); undefined: the default language. */
  lang: Lang | undefined;
  /** Inline (the default) or behind a button in a modal dialog. */
  mode: Mode;
  /** The popup button's own text, or undefined for the language's default. */
  buttonLabel: string | undefined;
  /** Start at the first question (the page already says what the wizard is for). */
  skipIntro: boolean;
};

/** A call to action: its label and an http(s) link. */
export type Cta = { label: string; href: string };

/** An opaque colour as 0–255 channels, or undefined when the value is not one. */
export type ColorParser = (value: string) => [number, number, number] | undefined;

type Read = (name: SettingName) => string | null;
type Warn = (message: string) => void;

/**
 * Parses a CSS colour the way the browser does, through a canvas: a value the canvas rejects
 * (`var(…)`, `url(…)`, `inherit`, garbage) leaves its fill style unchanged, so two different
 * starting colours tell a rejection from a real value. Transparent and translucent colours are
 * refused: buttons painted with them would lose their text.
 */
export const canvasColor: ColorParser = (value) => {
  const context = document.createElement('canvas').getContext?.('2d');
  if (!context) return undefined;
  const read = (start: string) => {
    context.fillStyle = start;
    context.fillStyle = value;
    return String(context.fillStyle);
  };
  const normal = read('#010203');
  if (normal !== read('#040506')) return undefined;
  const hexMatch = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hexMatch) return [parseInt(hexMatch[1]!, 16), parseInt(hexMatch[2]!, 16), parseInt(hexMatch[3]!, 16)];
  // Anything else the canvas writes as rgba(…), which only a colour with alpha below 1 becomes.
  return undefined;
};

/**
 * Reads and checks a host page's settings. A bad value is ignored with one console warning (the
 * default applies instead); nothing here throws. `base` resolves relative links (the host page's
 * address); `parseColor` is the browser's colour parser (`canvasColor`), a parameter so tests can
 * give their own.
 */
export function readSettings(read: Read, warn: Warn, base: string, parseColor: ColorParser): EmbedSettings {
  const look = readLook(read, warn, parseColor);
  const cta = readCta(read, warn, base, '');
  const offers: EmbedSettings['offers'] = {};
  for (const protocol of PROTOCOLS) {
    const offer = readCta(read, warn, base, `${protocol}-`);
    if (offer) offers[protocol] = offer;
  }

  const shareValue = read('share-base')?.trim();
  let shareBase: string | undefined;
  if (shareValue) {
    const url = httpUrl(shareValue, base);
    if (url) shareBase = withoutFragment(url);
    else warn(`share-base="${shareValue}" is not an http(s) link; sharing links to this page.`);
  }

  const answers = read('answers')?.trim() || undefined;
  // A boolean attribute: present (any value but "false") means yes.
  const skipValue = read('skip-intro');
  const skipIntro = skipValue !== null && skipValue.trim().toLowerCase() !== 'false';

  return { ...look, cta, offers, shareBase, answers, servers: readServers(read, warn), skipIntro };
}

/** The settings for how the wizard looks and where it shows (what a popup's button needs too): checked as readSettings checks them. */
export function readLook(read: Read, warn: Warn, parseColor: ColorParser): Pick<EmbedSettings, 'theme' | 'accent' | 'lang' | 'mode' | 'buttonLabel'> {
  const themeValue = read('theme')?.trim();
  let theme: Theme | undefined;
  if (themeValue) {
    if (isTheme(themeValue)) theme = themeValue;
    else warn(`theme="${themeValue}" is not ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(THEMES)}; following the page's colour scheme.`);
  }

  const accentValue = read('accent')?.trim();
  let accent: Accent | undefined;
  if (accentValue) {
    const channels = accentValue.length <= 100 ? parseColor(accentValue) : undefined;
    if (channels) accent = accentFrom(channels);
    else warn(`accent="${accentValue.slice(0, 100)}" is not an opaque CSS colour; using the default accent.`);
  }

  const langValue = read('lang')?.trim();
  // A language tag's primary subtag: de-AT and de-CH are German.
  const lang = langOfTag(langValue);
  if (langValue && !lang)
    warn(`lang="${langValue.slice(0, 20)}" is not a language the wizard speaks (${LANGS.join(', ')}); using ${LANGUAGES[DEFAULT_LANG].name}.`);

  const modeValue = read('mode')?.trim().toLowerCase();
  let mode: Mode = 'inline';
  if (modeValue) {
    if ((MODES as ReadonlyArray<string>).includes(modeValue)) mode = modeValue as Mode;
    else warn(`mode="${modeValue.slice(0, 20)}" is not ${MODES.join(' or ')}; showing the wizard inline.`);
  }
  const buttonLabel = read('button-label')?.trim().slice(0, 80) || undefined;

  return { theme, accent, lang, mode, buttonLabel };
}

/** One call to action (`cta-label`/`cta-href`, or with a verdict's prefix): both parts, a link of http(s). */
function readCta(read: Read, warn: Warn, base: string, prefix: '' | `${Protocol}-`): Cta | undefined {
  const label = read(`${prefix}cta-label`)?.trim();
  const href = read(`${prefix}cta-href`)?.trim();
  if (label && href) {
    const url = httpUrl(href, base);
    if (url) return { label: label.slice(0, 80), href: url.href };
    warn(`${prefix}cta-href="${href}" is not an http(s) link; the call to action is hidden.`);
  } else if (label || href) {
    warn(`a call to action needs both ${prefix}cta-label and ${prefix}cta-href; it is hidden.`);
  }
  return undefined;
}

/** A host name: dot-separated labels of letters, digits and hyphens (no scheme, path or port). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** The only ports a host may name, and how each is reached: nothing unencrypted is ever shown. */
const PORTS = {
  imap: { 993: 'tls' },
  pop3: { 995: 'tls' },
  smtp: { 465: 'tls', 587: 'starttls' },
} as const satisfies Record<string, Partial<Record<number, Server['security']>>>;

/**
 * The host's own servers, from provider-name and {imap,pop3,smtp}-server/-port. A value that is not
 * a host name, or a port that is not an encrypted one, is ignored with one warning.
 */
function readServers(read: Read, warn: Warn): HostServers | undefined {
  const found: { imap?: Server; pop3?: Server; smtp?: Server[] } = {};
  for (const kind of ['imap', 'pop3', 'smtp'] as const) {
    const host = read(`${kind}-server`)?.trim();
    if (!host) continue;
    if (!HOST_NAME.test(host)) {
      warn(`${kind}-server="${host.slice(0, 100)}" is not a host name; it is ignored.`);
      continue;
    }
    const ports: Readonly<Record<number, Server['security']>> = PORTS[kind];
    const portValue = read(`${kind}-port`)?.trim();
    const port = Number(portValue);
    if (portValue && !Object.hasOwn(ports, port)) {
      warn(
        `${kind}-port="${portValue.slice(0, 20)}" is not an encrypted ${kind.toUpperCase()} port (${Object.keys(ports).join(' or ')}); using the standard one.`,
      );
    }
    const chosen = Object.hasOwn(ports, port) ? [port] : Object.keys(ports).map(Number);
    const servers = chosen.map((p) => ({ host, port: p, security: ports[p] ?? 'tls' }));
    if (kind === 'smtp') found.smtp = servers;
    else if (servers[0]) found[kind] = servers[0];
  }
  if (!found.imap && !found.pop3 && !found.smtp) return undefined;
  const name = read('provider-name')?.trim().slice(0, 60) || undefined;
  return { name, ...found };
}
