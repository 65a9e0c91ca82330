/**
 * The popup's scroll lock (jsdom): the page's own inline styles on its root and body come back
 * exactly as they were, however many popups held the lock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lockPageScroll } from '../../src/embed/scroll-lock.ts';

const root = document.documentElement;

afterEach(() => {
  root.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('lockPageScroll', () => {
  it('stops the root and the body from scrolling while it is held', () => {
    const unlock = lockPageScroll(document);
    for (const element of [root, document.body]) {
      expect(element.style.getPropertyValue('overflow-y')).toBe('hidden');
      expect(element.style.getPropertyPriority('overflow-y')).toBe('important');
      expect(element.style.getPropertyValue('overflow-x')).toBe('hidden');
    }
    unlock();
  });

  it('gives back no style attribute where the page had none', () => {
    lockPageScroll(document)();
    expect(root.hasAttribute('style')).toBe(false);
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it('gives back the page’s own values and their priority, and leaves its other styles alone', () => {
    root.style.setProperty('overflow-y', 'scroll', 'important');
    root.style.setProperty('color', 'red');
    document.body.style.setProperty('overflow', 'auto');
    const unlock = lockPageScroll(document);
    root.style.setProperty('color', 'blue'); // the page changes something else meanwhile
    unlock();
    expect(root.style.getPropertyValue('overflow-y')).toBe('scroll');
    expect(root.style.getPropertyPriority('overflow-y')).toBe('important');
    expect(root.style.getPropertyValue('overflow-x')).toBe('');
    expect(root.style.getPropertyValue('color')).toBe('blue');
    expect(document.body.style.getPropertyValue('overflow')).toBe('auto');
  });

  it('keeps the lock until the last of several holders lets go, and ignores a second unlock', () => {
    const first = lockPageScroll(document);
    const second = lockPageScroll(document);
    first();
    first();
    expect(root.style.getPropertyValue('overflow-y')).toBe('hidden');
    second();
    expect(root.hasAttribute('style')).toBe(false);
  });
});
