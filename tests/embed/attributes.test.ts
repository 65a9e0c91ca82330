/** The settings a host page gives an embed, checked before any of them reaches the wizard. */
import { describe, expect, it, vi } from 'vitest';
import { readSettings, type ColorParser } from '../../src/embed/attributes.ts';
import { hostColorScheme } from '../../src/embed/host-scheme.ts';
import type { SettingName } from '../../src/embed/protocol.ts';
import { httpUrl, pageAddress } from '../../src/embed/urls.ts';
import { LANGS } from '../../src/locale/languages.ts';

const HOST = 'https://host.example/blog/post?token=secret#pricing';

/** A stand-in for the browser's colour parser: a few known colours, everything else refused. */
const parse: ColorParser = (value) =>
  ({ '#0b6e4f': [11, 110, 79], yellow: [255, 255, 0], rebeccapurple: [102, 51, 153] })[value] as [number, number, number] | undefined;

function settings(values: Partial<Record<SettingName, string>>) {
  const warn = vi.fn();
  const read = (name: SettingName) => values[name] ?? null;
  return { result: readSettings(read, warn, HOST, parse), warnings: warn.mock.calls.map(([m]) => String(m)) };
}

describe('readSettings', () => {
  it('gives nothing, and warns of nothing, when the host sets nothing', () => {
    expect(settings({})).toEqual({
      result: {
        theme: undefined,
        accent: undefined,
        cta: undefined,
        offers: {},
        shareBase: undefined,
        answers: undefined,
        servers: undefined,
        lang: undefined,
        mode: 'inline',
        buttonLabel: undefined,
        skipIntro: false,
      },
      warnings: [],
    });
  });

  it('keeps a known theme and refuses any other with one warning', () => {
    expect(settings({ theme: 'dark' }).result.theme).toBe('dark');
    const neon = settings({ theme: 'neon' });
    expect(neon.result.theme).toBeUndefined();
    expect(neon.warnings).toEqual(['theme="neon" is not light, dark or auto; following the page\'s colour scheme.']);
  });

  it('turns an accent into #rrggbb with readable text, and never passes the host’s text through', () => {
    expect(settings({ accent: '#0b6e4f' }).result.accent).toMatchObject({
      color: '#0b6e4f',
      text: '#ffffff',
      line: { light: '#0b6e4f' },
      palette: 'orange-blue',
    });
    expect(settings({ accent: 'yellow' }).result.accent).toMatchObject({ color: '#ffff00', text: '#000000' });
    const hostile = settings({ accent: 'var(--x,url(https://evil.example/x))' });
    expect(hostile.result.accent).toBeUndefined();
    expect(hostile.warnings).toHaveLength(1);
  });

  it('picks the accent’s text colour by contrast, always at least 4.5:1', () => {
    for (let grey = 0; grey <= 255; grey += 5) {
      const asGrey: ColorParser = () => [grey, grey, grey];
      const { color, text } = readSettings(
        (name) => (name === 'accent' ? 'grey' : null),
        () => {},
        HOST,
        asGrey,
      ).accent!;
      const l = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const lum = l(grey);
      const other = text === '#ffffff' ? 1 : 0;
      expect((Math.max(lum, other) + 0.05) / (Math.min(lum, other) + 0.05), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('resolves a relative call to action against the host page, and refuses anything but http(s)', () => {
    expect(settings({ 'cta-label': 'Plans', 'cta-href': '/plans' }).result.cta).toEqual({ label: 'Plans', href: 'https://host.example/plans' });
    const script = settings({ 'cta-label': 'Click', 'cta-href': 'javascript:alert(1)' });
    expect(script.result.cta).toBeUndefined();
    expect(script.warnings).toEqual(['cta-href="javascript:alert(1)" is not an http(s) link; the call to action is hidden.']);
    expect(settings({ 'cta-label': 'Half' }).warnings).toEqual(['a call to action needs both cta-label and cta-href; it is hidden.']);
  });

  it('keeps a share base’s query (the host asked for it) but never its fragment', () => {
    expect(settings({ 'share-base': '/article?ref=news#top' }).result.shareBase).toBe('https://host.example/article?ref=news');
    expect(settings({ 'share-base': 'data:text/html,x' }).result.shareBase).toBeUndefined();
  });

  it('passes the answers fragment on as text for the link codec to read', () => {
    expect(settings({ answers: ' v=1&devices=many ' }).result.answers).toBe('v=1&devices=many');
    expect(settings({ answers: '   ' }).result.answers).toBeUndefined();
  });
});

describe('the embed’s URL helpers', () => {
  it('accept only http(s), resolved against a base, without throwing', () => {
    expect(httpUrl('/trial', HOST)?.href).toBe('https://host.example/trial');
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('http://[::1')).toBeUndefined();
    expect(httpUrl(null)).toBeUndefined();
  });

  it('write a page’s address without its query or fragment', () => {
    expect(pageAddress(new URL(HOST))).toBe('https://host.example/blog/post');
  });
});

describe('readSettings: the language', () => {
  it('takes en and de, and a regional tag by its primary subtag', () => {
    expect(['en', 'de', 'DE', 'de-AT', ' de-CH '].map((lang) => settings({ lang }).result.lang)).toEqual(['en', 'de', 'de', 'de', 'de']);
  });

  it('refuses a language it does not speak with one warning, and speaks English', () => {
    const { result, warnings } = settings({ lang: 'fr' });
    expect(result.lang).toBeUndefined();
    expect(warnings).toEqual([`lang="fr" is not a language the wizard speaks (${LANGS.join(', ')}); using English.`]);
    expect(settings({ lang: '<img src=x>' }).result.lang).toBeUndefined();
  });
});

describe('readSettings: the host’s own servers', () => {
  it('takes the host’s name and servers, with the standard encrypted ports', () => {
    const { result, warnings } = settings({
      'provider-name': 'Example Mail',
      'imap-server': 'imap.example.net',
      'pop3-server': 'pop.example.net',
      'smtp-server': 'smtp.example.net',
    });
    expect(warnings).toEqual([]);
    expect(result.servers).toEqual({
      name: 'Example Mail',
      imap: { host: 'imap.example.net', port: 993, security: 'tls' },
      pop3: { host: 'pop.example.net', port: 995, security: 'tls' },
      smtp: [
        { host: 'smtp.example.net', port: 465, security: 'tls' },
        { host: 'smtp.example.net', port: 587, security: 'starttls' },
      ],
    });
  });

  it('keeps a chosen encrypted port: 587 is STARTTLS, 465 SSL/TLS', () => {
    expect(settings({ 'smtp-server': 'smtp.example.net', 'smtp-port': '587' }).result.servers?.smtp).toEqual([
      { host: 'smtp.example.net', port: 587, security: 'starttls' },
    ]);
    expect(settings({ 'smtp-server': 'smtp.example.net', 'smtp-port': ' 465 ' }).result.servers?.smtp).toEqual([
      { host: 'smtp.example.net', port: 465, security: 'tls' },
    ]);
  });

  it('refuses an unencrypted or unknown port with one warning, and uses the standard one', () => {
    for (const [kind, port, standard] of [
      ['imap', '143', 993],
      ['pop3', '110', 995],
      ['imap', '993abc', 993],
    ] as const) {
      const { result, warnings } = settings({ [`${kind}-server`]: `${kind}.example.net`, [`${kind}-port`]: port });
      expect(result.servers?.[kind]).toEqual({ host: `${kind}.example.net`, port: standard, security: 'tls' });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`${kind}-port="${port}" is not an encrypted`);
    }
    const smtp = settings({ 'smtp-server': 'smtp.example.net', 'smtp-port': '25' });
    expect(smtp.result.servers?.smtp?.map((s) => s.port)).toEqual([465, 587]);
    expect(smtp.warnings).toHaveLength(1);
  });

  it('refuses anything that is not a host name, with one warning each, and shows no servers of its own', () => {
    const hostile = [
      'https://imap.example.net',
      'imap.example.net:993',
      'imap.example.net/path',
      '<img src=x onerror=alert(1)>',
      'imap example.net',
      'javascript:alert(1)',
      '-imap.example.net',
      'localhost',
      `${'a'.repeat(64)}.example.net`,
      'imap..example.net',
    ];
    for (const value of hostile) {
      const { result, warnings } = settings({ 'imap-server': value, 'provider-name': 'Evil' });
      expect(result.servers, value).toBeUndefined();
      expect(warnings, value).toHaveLength(1);
      expect(warnings[0]).toContain('is not a host name; it is ignored.');
    }
  });

  it('keeps the good servers when one is refused', () => {
    const { result, warnings } = settings({ 'imap-server': 'imap.example.net', 'smtp-server': 'smtp example' });
    expect(result.servers).toEqual({ name: undefined, imap: { host: 'imap.example.net', port: 993, security: 'tls' } });
    expect(warnings).toHaveLength(1);
  });

  it('ignores a name without servers, and cuts a long name short', () => {
    expect(settings({ 'provider-name': 'Example Mail' }).result.servers).toBeUndefined();
    expect(settings({ 'provider-name': 'x'.repeat(200), 'imap-server': 'imap.example.net' }).result.servers?.name).toHaveLength(60);
  });
});

describe('hostColorScheme', () => {
  /** A host page with a color-scheme meta tag (or none) and a root CSS color-scheme (or none). */
  function page(meta: string | null, css: string | null): Document {
    const doc = document.implementation.createHTMLDocument('host');
    if (meta !== null) doc.head.insertAdjacentHTML('beforeend', `<meta name="color-scheme" content="${meta}">`);
    return {
      querySelector: (selector: string) => doc.querySelector(selector),
      documentElement: doc.documentElement,
      defaultView: { getComputedStyle: () => ({ colorScheme: css ?? 'normal' }) },
    } as unknown as Document;
  }

  it('is light for a page that declares nothing', () => {
    expect(hostColorScheme(page(null, null))).toBe('light');
  });

  it('follows a meta tag, then the root’s CSS color-scheme', () => {
    expect(hostColorScheme(page('dark', null))).toBe('dark');
    expect(hostColorScheme(page('light dark', null))).toBe('auto');
    expect(hostColorScheme(page(null, 'dark'))).toBe('dark');
    expect(hostColorScheme(page('only light', 'dark'))).toBe('light');
  });
});
