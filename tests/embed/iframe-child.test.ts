/**
 * The page inside the iframe embed, connecting to the loader that framed it (src/embed/iframe-child.ts):
 * it speaks only to the origin its address names, and takes its settings only from the parent window
 * at that origin. The window is a stand-in that records what is posted and hands messages to the
 * page's own listener, as the browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHost } from '../../src/embed/iframe-child.ts';

const HOST = 'https://host.example';
const OWN_URL = 'https://wizard.example/?embed=1&origin=https%3A%2F%2Fhost.example';

type Listener = (event: { source: unknown; origin: string; data: unknown }) => void;

/** A framed window: its parent records what it is sent; `deliver` plays a message to the page. */
function framedWindow() {
  const parent = { postMessage: vi.fn() };
  const listeners = new Set<Listener>();
  const win = {
    parent,
    addEventListener: (_type: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
  };
  const deliver = (event: { source: unknown; origin: string; data: unknown }) => {
    for (const listener of [...listeners]) listener(event);
  };
  return { win: win as unknown as Window, parent, deliver, listening: () => listeners.size };
}

const init = (settings: Record<string, string>) => ({ source: 'pop-imap-wizard', type: 'init', settings, hostScheme: 'dark', reserved: 640 });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the iframe page connecting to its loader', () => {
  it('says it is ready to the origin its address names, and to no other', () => {
    const { win, parent } = framedWindow();
    void connectToHost('?embed=1&origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    expect(parent.postMessage).toHaveBeenCalledWith({ source: 'pop-imap-wizard', type: 'ready' }, HOST);
  });

  it('takes its settings from the parent at that origin, never from another origin or another window', async () => {
    const { win, deliver, listening } = framedWindow();
    const connected = connectToHost('?embed=1&origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    const parent = (win as unknown as { parent: unknown }).parent;
    const evil = init({ 'cta-label': 'Claim your prize', 'cta-href': 'https://evil.example/' });
    // The right window at the wrong origin, the right origin from another window, a malformed message.
    deliver({ source: parent, origin: 'https://evil.example', data: evil });
    deliver({ source: {}, origin: HOST, data: evil });
    deliver({ source: parent, origin: HOST, data: { source: 'pop-imap-wizard', type: 'init', settings: null } });
    expect(listening()).toBe(1);
    deliver({ source: parent, origin: HOST, data: init({ 'cta-label': 'Try our hosting', 'cta-href': 'https://host.example/signup', theme: 'light' }) });
    const child = await connected;
    expect(child.settings.cta).toEqual({ label: 'Try our hosting', href: 'https://host.example/signup' });
    expect(child.theme).toBe('light');
    expect(child.fill).toBe(640);
    expect(listening()).toBe(0);
  });

  it('falls back on the host page’s colour scheme, and clamps the reserved height', async () => {
    const { win, deliver } = framedWindow();
    const connected = connectToHost('?origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    deliver({ source: (win as unknown as { parent: unknown }).parent, origin: HOST, data: { ...init({}), reserved: 99_999 } });
    const child = await connected;
    expect(child.theme).toBe('dark');
    expect(child.fill).toBe(2000);
    expect(child.settings.cta).toBeUndefined();
  });

  it('shows the wizard with no host settings when no loader answers in time', async () => {
    vi.useFakeTimers();
    const { win, listening } = framedWindow();
    const connected = connectToHost('?origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    await vi.advanceTimersByTimeAsync(3000);
    const child = await connected;
    expect(child.settings.cta).toBeUndefined();
    expect(child.theme).toBe('auto');
    expect(listening()).toBe(0);
  });

  it('posts nothing and waits for nothing when its address names no usable origin', async () => {
    for (const search of ['?embed=1', '?origin=null', '?origin=javascript%3Aalert(1)', '?origin=file%3A%2F%2F%2Fetc']) {
      const { win, parent, listening } = framedWindow();
      const child = await connectToHost(search, win, OWN_URL);
      expect(parent.postMessage, search).not.toHaveBeenCalled();
      expect(listening(), search).toBe(0);
      child.config.onEvent?.('wizard-cta', { protocol: 'imap', href: 'https://host.example/plans' });
      expect(parent.postMessage, search).not.toHaveBeenCalled();
    }
  });

  it('passes the wizard’s events to the parent at its origin only', async () => {
    const { win, parent, deliver } = framedWindow();
    const connected = connectToHost('?origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    deliver({ source: parent, origin: HOST, data: init({}) });
    const child = await connected;
    child.config.onEvent?.('wizard-step', { step: 2, total: 9, questionId: 'sharing' });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { source: 'pop-imap-wizard', type: 'event', name: 'wizard-step', detail: { step: 2, total: 9, questionId: 'sharing' } },
      HOST,
    );
    expect(parent.postMessage.mock.calls.every(([, origin]) => origin === HOST)).toBe(true);
  });
});

describe('a shared link on the host page', () => {
  const link = '#v=1&devices=many&step=result';
  async function childWith(extra: Record<string, unknown>, settings: Record<string, string> = {}) {
    const { win, parent, deliver } = framedWindow();
    const connected = connectToHost('?origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    deliver({ source: parent, origin: HOST, data: { ...init(settings), ...extra } });
    return connected;
  }

  it('opens in the page’s first wizard when it names none, over a prefill', async () => {
    expect((await childWith({ link, id: '', first: true }, { answers: 'v=1&devices=one' })).settings.answers).toBe(link.slice(1));
    expect((await childWith({ link, id: '', first: false }, { answers: 'v=1&devices=one' })).settings.answers).toBe('v=1&devices=one');
  });

  it('opens only in the wizard it names, whose own links name it again', async () => {
    const named = `${link}&embed=quiz`;
    const quiz = await childWith({ link: named, id: 'quiz', first: false }, { 'share-base': 'https://host.example/post' });
    expect(quiz.settings.answers).toBe(named.slice(1));
    expect(quiz.config.shareUrl('v=1&devices=one&step=result')).toBe('https://host.example/post#v=1&devices=one&step=result&embed=quiz');
    expect((await childWith({ link: named, id: 'other', first: true })).settings.answers).toBeUndefined();
  });

  it('ignores a page fragment that is not a wizard link, and an id unfit for a link', async () => {
    expect((await childWith({ link: '#pricing', id: '', first: true })).settings.answers).toBeUndefined();
    const odd = await childWith({ link: '#pricing', id: 'a b"<', first: true }, { 'share-base': 'https://host.example/post' });
    expect(odd.config.shareUrl('v=1')).toBe('https://host.example/post#v=1');
  });
});

describe('the call to action inside the iframe', () => {
  it('asks the loader to follow it, so the offer sees the host page as its referrer', async () => {
    const { win, parent, deliver } = framedWindow();
    const connected = connectToHost('?origin=https%3A%2F%2Fhost.example', win, OWN_URL);
    deliver({ source: parent, origin: HOST, data: init({ 'cta-label': 'Plans', 'cta-href': 'https://host.example/plans' }) });
    const child = await connected;
    child.config.openCta?.('https://host.example/plans');
    expect(parent.postMessage).toHaveBeenLastCalledWith({ source: 'pop-imap-wizard', type: 'open', href: 'https://host.example/plans' }, HOST);
  });
});

describe('a plain iframe (framed without the loader)', () => {
  it('takes only lang, theme and accent from its address, checked as the embeds check them', async () => {
    const { win, parent } = framedWindow();
    const search =
      '?embed=1&lang=de&theme=dark&accent=%236b21a8&cta-label=Win&cta-href=https%3A%2F%2Fevil.example&answers=v%3D1%26devices%3Dmany%26step%3Dresult&imap-server=evil.example&share-base=https%3A%2F%2Fevil.example';
    const child = await connectToHost(search, win, OWN_URL);
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(child.settings.lang).toBe('de');
    expect(child.theme).toBe('dark');
    // (The accent is checked through the browser's colour parser: the browser tests see it applied.)
    expect([child.settings.cta, child.settings.answers, child.settings.servers, child.settings.shareBase]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(child.config.cta).toBeUndefined();
  });

  it('opens its call to action itself: there is no host page to ask', async () => {
    const child = await connectToHost('?embed=1', framedWindow().win, OWN_URL);
    expect(child.config.openCta).toBeUndefined();
  });

  it('is light unless its address says otherwise, whatever the reader’s system prefers', async () => {
    const child = await connectToHost('?embed=1', framedWindow().win, OWN_URL);
    expect(child.theme).toBe('light');
  });

  it('refuses a language it does not speak and a colour that is not one, and still shows the wizard', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const child = await connectToHost('?embed=1&lang=xx&accent=url(https%3A%2F%2Fevil.example)&theme=neon', framedWindow().win, OWN_URL);
    expect([child.settings.lang, child.settings.accent, child.theme]).toEqual([undefined, undefined, 'light']);
    expect(warn).toHaveBeenCalled();
  });
});
