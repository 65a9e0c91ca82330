/**
 * The iframe loader on a host page (jsdom): which wizard it frames, what it hands the wizard, and
 * which messages it believes. jsdom has no IntersectionObserver: here every container counts as
 * near the screen as soon as it is watched (the browser tests scroll a real one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class NearAtOnce {
  private readonly report: IntersectionObserverCallback;
  constructor(report: IntersectionObserverCallback) {
    this.report = report;
  }
  observe(target: Element) {
    this.report([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('IntersectionObserver', NearAtOnce);

const WIZARD = 'https://wizard.example';

async function loadLoader(scriptSrc: string | null = `${WIZARD}/embed/embed.js`) {
  Object.defineProperty(document, 'currentScript', { configurable: true, value: scriptSrc ? { src: scriptSrc } : null });
  vi.resetModules();
  await import('../../src/embed/loader.ts');
}

function container(attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('data-pop-imap-wizard', '');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** The message the wizard's frame would post, as the host page's window receives it. */
function fromFrame(frame: HTMLIFrameElement, data: unknown, origin = WIZARD) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: frame.contentWindow }));
}

const frameOf = (element: HTMLElement) => element.querySelector('iframe')!;

beforeEach(() => {
  // A fresh page per test: the loaders of earlier tests keep watching the old one.
  const html = document.createElement('html');
  html.append(document.createElement('head'), document.createElement('body'));
  document.replaceChild(html, document.documentElement);
  window.history.replaceState(null, '', '/blog/post?token=secret');
});

afterEach(() => {
  delete (document as { currentScript?: unknown }).currentScript;
});

describe('the iframe loader', () => {
  it('frames its own origin’s wizard when the container names none, with only embed=1 and the host’s origin in the address', async () => {
    const element = container();
    await loadLoader();
    const src = new URL(frameOf(element).src);
    expect(`${src.origin}${src.pathname}`).toBe(`${WIZARD}/`);
    expect([...src.searchParams]).toEqual([
      ['embed', '1'],
      ['origin', window.location.origin],
    ]);
    expect(frameOf(element).referrerPolicy).toBe('origin');
    expect(frameOf(element).getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
  });

  it('reads a theme and a language as the wizard does, spaces around them not counting', async () => {
    const spaced = container({ 'data-theme': ' dark ', 'data-lang': ' de ' });
    const plain = container({ 'data-theme': 'dark' });
    const wrong = container({ 'data-theme': 'darkish' });
    await loadLoader();
    // The frame's colour scheme is the wizard's inside, so the browser paints no backdrop of its own.
    expect([spaced, plain, wrong].map((element) => frameOf(element).style.colorScheme)).toEqual(['dark', 'dark', 'light']);
  });

  it('refuses a data-src on another origin unless the page lists that origin', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = container({ 'data-src': 'https://evil.example/' });
    const listed = container({ 'data-src': 'https://other.example/wizard/', 'data-allow-origins': 'https://other.example' });
    const javascript = container({ 'data-src': 'javascript:alert(1)' });
    await loadLoader();
    expect(frameOf(refused)).toBeNull();
    expect(frameOf(javascript)).toBeNull();
    expect(new URL(frameOf(listed).src).origin).toBe('https://other.example');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('never frames the page itself when it cannot tell its own origin', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = container();
    await loadLoader(null);
    expect(frameOf(element)).toBeNull();
  });

  it('hands the wizard its settings when it is ready, links resolved against the host page', async () => {
    const element = container({ 'data-cta-label': 'Plans', 'data-cta-href': '/plans', 'data-accent': '#0b6e4f', 'data-answers': 'v=1&devices=one' });
    await loadLoader();
    const frame = frameOf(element);
    const post = vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => {});
    fromFrame(frame, { source: 'pop-imap-wizard', type: 'ready' });
    expect(post).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'init',
        reserved: 810,
        hostScheme: 'light',
        settings: expect.objectContaining({
          'cta-label': 'Plans',
          'cta-href': `${window.location.origin}/plans`,
          accent: '#0b6e4f',
          answers: 'v=1&devices=one',
          'share-base': `${window.location.origin}/blog/post`,
        }),
      }),
      WIZARD,
    );
  });

  it('ignores messages from another window or another origin', async () => {
    const element = container();
    await loadLoader();
    const frame = frameOf(element);
    const seen = vi.fn();
    element.addEventListener('wizard-cta', seen);
    const message = { source: 'pop-imap-wizard', type: 'event', name: 'wizard-cta', detail: { protocol: 'imap', href: 'https://host.example/plans' } };
    fromFrame(frame, message, 'https://evil.example');
    window.dispatchEvent(new MessageEvent('message', { data: message, origin: WIZARD, source: window }));
    expect(seen).not.toHaveBeenCalled();
    fromFrame(frame, message);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('keeps the frame between the reserved height and 10,000 px, whatever the height message says', async () => {
    const element = container();
    await loadLoader();
    const frame = frameOf(element);
    for (const [height, expected] of [
      [1200, '1200px'],
      [100, '810px'],
      [1e9, '10000px'],
      [Infinity, '10000px'],
      [Number.NaN, '10000px'],
      ['900', '10000px'],
    ] as const) {
      fromFrame(frame, { source: 'pop-imap-wizard', type: 'height', height });
      expect(frame.style.height, String(height)).toBe(expected);
    }
  });

  it('re-dispatches only well-formed events of the wizard, with checked details', async () => {
    const element = container();
    await loadLoader();
    const frame = frameOf(element);
    const complete = vi.fn();
    element.addEventListener('wizard-complete', (e) => complete((e as CustomEvent).detail));
    const send = (detail: unknown, name = 'wizard-complete') => fromFrame(frame, { source: 'pop-imap-wizard', type: 'event', name, detail });
    send({ protocol: 'imap', confidence: 'clear', answers: {}, shareUrl: 'javascript:alert(1)' });
    send({ protocol: '<img onerror=alert(1)>', confidence: 'clear', answers: {}, shareUrl: 'https://host.example/#v=1' });
    send({ protocol: 'imap' }, 'wizard-evil');
    // A confidence the wizard never gives, or none, is not passed on either.
    send({ protocol: 'imap', confidence: 'certain', answers: {}, shareUrl: 'https://host.example/#v=1' });
    send({ protocol: 'imap', answers: {}, shareUrl: 'https://host.example/#v=1' });
    expect(complete).not.toHaveBeenCalled();
    const cta = vi.fn();
    element.addEventListener('wizard-cta', (e) => cta((e as CustomEvent).detail));
    send({ protocol: 'smtp', href: 'https://host.example/plans' }, 'wizard-cta');
    send({ protocol: 'imap', href: 'javascript:alert(1)' }, 'wizard-cta');
    send({ protocol: 'imap' }, 'wizard-cta');
    send({ protocol: 'imap', href: 'https://host.example/plans', extra: '<b>' }, 'wizard-cta');
    expect(cta.mock.calls).toEqual([[{ protocol: 'imap', href: 'https://host.example/plans' }]]);
    send({
      protocol: 'pop3',
      confidence: 'lean',
      answers: { devices: 'one' },
      shareUrl: 'https://host.example/post#v=1&devices=one&step=result',
      reopened: true,
    });
    expect(complete).toHaveBeenCalledWith({
      protocol: 'pop3',
      confidence: 'lean',
      answers: { devices: 'one' },
      shareUrl: 'https://host.example/post#v=1&devices=one&step=result',
      reopened: true,
    });
    // A reopened that is not true or false drops the event, as any malformed field does.
    send({ protocol: 'imap', confidence: 'clear', shareUrl: 'https://host.example/#v=1&step=result', reopened: 'yes' });
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('passes on the start, each answer and each step, with ids only', async () => {
    const element = container();
    await loadLoader();
    const frame = frameOf(element);
    const seen: Array<[string, unknown]> = [];
    for (const name of ['wizard-start', 'wizard-answer', 'wizard-step']) element.addEventListener(name, (e) => seen.push([name, (e as CustomEvent).detail]));
    const send = (name: string, detail: unknown) => fromFrame(frame, { source: 'pop-imap-wizard', type: 'event', name, detail });
    send('wizard-start', { anything: '<b>' });
    send('wizard-answer', { questionId: 'devices', optionId: 'two', step: 1 });
    send('wizard-answer', { questionId: '<img src=x>', optionId: 'two', step: 1 });
    send('wizard-answer', { questionId: 'devices', optionId: 'two', step: '1' });
    send('wizard-step', { step: 2, total: 9, questionId: 'sharing' });
    send('wizard-step', { step: 2, total: 9 });
    send('wizard-step', { step: 5, total: 9, questionId: 'deviceSecurity' });
    expect(seen).toEqual([
      ['wizard-start', {}],
      ['wizard-answer', { questionId: 'devices', optionId: 'two', step: 1 }],
      ['wizard-step', { step: 2, total: 9, questionId: 'sharing' }],
      ['wizard-step', { step: 5, total: 9, questionId: 'deviceSecurity' }],
    ]);
  });

  it('tells each wizard the page’s fragment, its container’s id and whether it is the page’s first', async () => {
    window.history.replaceState(null, '', '/blog/post#v=1&devices=many&step=result&embed=second');
    const first = container({ id: 'first', 'data-answers': 'v=1&devices=one' });
    const second = container({ id: 'second' });
    await loadLoader();
    const initOf = (element: HTMLElement) => {
      const frame = frameOf(element);
      const post = vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => {});
      fromFrame(frame, { source: 'pop-imap-wizard', type: 'ready' });
      return post.mock.calls[0]![0] as { settings: Record<string, string>; link: string; id: string; first: boolean };
    };
    const [one, two] = [initOf(first), initOf(second)];
    expect([one.link, one.id, one.first, one.settings.answers]).toEqual(['#v=1&devices=many&step=result&embed=second', 'first', true, 'v=1&devices=one']);
    expect([two.link, two.id, two.first]).toEqual(['#v=1&devices=many&step=result&embed=second', 'second', false]);
  });

  it('names the frame at once in words of every language, then as the wizard inside says, unless the page named it', async () => {
    const unnamed = container();
    const named = container({ 'data-title': 'Unser Assistent' });
    await loadLoader();
    expect(frameOf(unnamed).title).toBe('POP3 / IMAP');
    for (const element of [unnamed, named])
      fromFrame(frameOf(element), { source: 'pop-imap-wizard', type: 'title', title: 'POP3 oder IMAP? Ein kurzer Assistent' });
    expect([frameOf(unnamed).title, frameOf(named).title]).toEqual(['POP3 oder IMAP? Ein kurzer Assistent', 'Unser Assistent']);
  });

  it('follows the call to action from the host page, and only to a link the page set', async () => {
    const element = container({
      'data-cta-label': 'Plans',
      'data-cta-href': '/plans',
      'data-pop3-cta-label': 'POP3 plan',
      'data-pop3-cta-href': 'https://host.example/pop3',
    });
    await loadLoader();
    const frame = frameOf(element);
    const followed: Array<{ href: string; referrerPolicy: string; connected: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      followed.push({ href: this.href, referrerPolicy: this.referrerPolicy, connected: this.isConnected });
    });
    const open = (href: unknown) => fromFrame(frame, { source: 'pop-imap-wizard', type: 'open', href });
    open('https://evil.example/phish');
    open('javascript:alert(1)');
    open(`${window.location.origin}/plans`);
    open('https://host.example/pop3');
    fromFrame(frame, { source: 'pop-imap-wizard', type: 'open', href: 'https://host.example/pop3' }, 'https://evil.example');
    expect(followed).toEqual([
      { href: `${window.location.origin}/plans`, referrerPolicy: 'strict-origin', connected: true },
      { href: 'https://host.example/pop3', referrerPolicy: 'strict-origin', connected: true },
    ]);
    // The link leaves nothing behind in the page.
    expect(element.querySelectorAll('a')).toHaveLength(0);
  });

  it('clamps data-min-height to 200–2,000 px, with a warning for anything else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [huge, fine, junk] = [container({ 'data-min-height': '1e9' }), container({ 'data-min-height': '800' }), container({ 'data-min-height': 'tall' })];
    await loadLoader();
    expect([huge, fine, junk].map((c) => c.style.minHeight)).toEqual(['810px', '800px', '810px']);
    expect([huge, fine, junk].map((c) => frameOf(c).style.height)).toEqual(['810px', '800px', '810px']);
    // One warning per bad value, not one each time the loader looks at the container.
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('picks up a container added after it ran', async () => {
    await loadLoader();
    const later = container();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frameOf(later)).not.toBeNull();
  });
});
