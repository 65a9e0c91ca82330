import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWizardStore } from '../../src/state/store.ts';
import { initialStateFromLink, syncStoreWithUrl } from '../../src/state/url-sync.ts';

let stop: (() => void) | undefined;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

function syncedStore(hash = '', options: { wholePage?: boolean } = {}) {
  window.history.replaceState(window.history.state, '', `/${hash}`);
  const store = createWizardStore(initialStateFromLink(window.location.hash, window.history.state));
  stop = syncStoreWithUrl(store, window, options);
  return store;
}

describe('reading the opening link', () => {
  it('opens at the first unanswered question when the link names no step', () => {
    expect(initialStateFromLink('#v=1&devices=many&sharing=team')).toMatchObject({
      answers: { devices: 'many', sharing: 'team' },
      step: 'threat',
      notices: [],
    });
  });

  it('opens the result directly with step=result', () => {
    expect(initialStateFromLink('#v=1&devices=many&step=result').step).toBe('result');
  });

  it('opens the intro for an empty fragment', () => {
    expect(initialStateFromLink('').step).toBe('intro');
  });

  it('keeps the readable answers of a link with a bad value and names the question', () => {
    const state = initialStateFromLink('#v=1&devices=many&backups=daily');
    expect(state.answers).toEqual({ devices: 'many' });
    expect(state.notices).toEqual([{ kind: 'unreadable', questionIds: ['backups'] }]);
  });

  it('prefers the step remembered in the history entry', () => {
    expect(initialStateFromLink('#v=1&devices=many', { piwStep: 'intro' }).step).toBe('intro');
  });
});

describe('keeping the URL in step with the wizard', () => {
  it('rewrites the opening link in its canonical form', () => {
    syncedStore('#devices=many&zzz=1&sharing=team');
    expect(window.location.hash).toBe('#v=1&devices=many&sharing=team&step=threat');
  });

  it('makes each step change a new history entry', () => {
    const store = syncedStore();
    const before = window.history.length;
    store.getState().actions.start();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.hash).toBe('#v=1&step=devices');
  });

  it('replaces the current entry when an answer changes', () => {
    const store = syncedStore();
    store.getState().actions.start();
    const before = window.history.length;
    store.getState().actions.answer('devices', 'two');
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('#v=1&devices=two&step=devices');
  });

  it('follows the browser back to an earlier step without writing history', () => {
    const store = syncedStore();
    store.getState().actions.start();
    store.getState().actions.answer('devices', 'two');
    store.getState().actions.next();
    const length = window.history.length;
    // What the browser does on Back: the URL and state change, then popstate fires.
    window.history.replaceState({ piwStep: 'devices' }, '', '/#v=1&devices=two&step=devices');
    window.dispatchEvent(new PopStateEvent('popstate', { state: { piwStep: 'devices' } }));
    expect(store.getState().step).toBe('devices');
    expect(window.history.length).toBe(length);
  });

  it('follows a fragment edited by hand, telling the person what it could not read', () => {
    const store = syncedStore();
    window.history.replaceState(null, '', '/#v=1&devices=one&storage=huge&step=result');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ step: 'result', answers: { devices: 'one' } });
    expect(store.getState().notices).toEqual([{ kind: 'unreadable', questionIds: ['storage'] }]);
  });

  it('writes the chosen provider into the link in place, and follows a link that changes it', () => {
    const store = syncedStore('#v=1&devices=one&step=result');
    const before = window.history.length;
    store.getState().actions.chooseService('gmail');
    expect(window.location.hash).toBe('#v=1&devices=one&service=gmail&step=result');
    expect(window.history.length).toBe(before);
    window.history.replaceState(null, '', '/#v=1&devices=one&service=icloud&step=result');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().answers).toEqual({ devices: 'one', service: 'icloud' });
    store.getState().actions.chooseService(undefined);
    expect(window.location.hash).toBe('#v=1&devices=one&step=result');
  });

  it('tells the person when a link names a provider it does not know, and keeps the rest', () => {
    const store = syncedStore('#v=1&devices=one&service=evil&step=result');
    expect(store.getState()).toMatchObject({ step: 'result', answers: { devices: 'one' }, notices: [{ kind: 'unknownService' }] });
    expect(window.location.hash).toBe('#v=1&devices=one&step=result');
  });

  it('on a host page, leaves the page’s own fragment and history state alone on load', () => {
    window.history.replaceState({ route: '/pricing' }, '', '/');
    syncedStore('#pricing', { wholePage: false });
    expect(window.location.hash).toBe('#pricing');
    expect(window.history.state).toEqual({ route: '/pricing' });
  });

  it('on a host page, keeps the page’s history state object beside the wizard’s step', () => {
    window.history.replaceState({ route: '/blog' }, '', '/');
    const store = syncedStore('', { wholePage: false });
    store.getState().actions.start();
    expect(window.history.state).toEqual({ route: '/blog', piwStep: 'devices' });
    expect(window.location.hash).toBe('#v=1&step=devices');
  });

  it('on a host page, leaves the wizard where it is when the page jumps to one of its own anchors', () => {
    const store = syncedStore('', { wholePage: false });
    store.getState().actions.start();
    store.getState().actions.answer('devices', 'two');
    window.history.pushState(null, '', '/#pricing');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ step: 'devices', answers: { devices: 'two' } });
  });

  it('stops writing once stopped', () => {
    const store = syncedStore();
    stop?.();
    stop = undefined;
    store.getState().actions.start();
    expect(window.location.hash).toBe('');
  });
});
