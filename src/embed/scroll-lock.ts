/**
 * Keeps the host page from scrolling behind an open popup, and gives it back exactly as it was.
 *
 * `overflow: hidden` on the root and the body (a page whose body is its scroller stops too), and,
 * where the page shows a classic scrollbar, `scrollbar-gutter: stable`, so the page does not shift
 * sideways when its scrollbar goes. The inline values the page had (and their priority) are put
 * back on unlock; several popups open at once share one lock.
 */

type Saved = { element: HTMLElement; name: string; value: string; priority: string; attribute: boolean };

let holders = 0;
let saved: Saved[] = [];

function set(element: HTMLElement, name: string, value: string) {
  const { style } = element;
  saved.push({ element, name, value: style.getPropertyValue(name), priority: style.getPropertyPriority(name), attribute: element.hasAttribute('style') });
  style.setProperty(name, value, 'important');
}

/**
 * Locks the page's scrolling; returns the function that unlocks it (calling it twice is harmless).
 *
 * @example const unlock = lockPageScroll(document); … unlock();
 */
export function lockPageScroll(doc: Document): () => void {
  if (holders === 0) {
    const root = doc.documentElement;
    const win = doc.defaultView;
    // A classic scrollbar takes room from the page: keep that room while it is hidden.
    const scrollbar = win ? win.innerWidth - root.clientWidth > 0 : false;
    saved = [];
    // Longhands, each saved on its own: a page's own `overflow-y` comes back as it was.
    for (const element of doc.body ? [root, doc.body] : [root]) {
      set(element, 'overflow-x', 'hidden');
      set(element, 'overflow-y', 'hidden');
    }
    if (scrollbar) set(root, 'scrollbar-gutter', 'stable');
  }
  holders += 1;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holders -= 1;
    if (holders > 0) return;
    // In reverse, so a property set twice ends as it started.
    for (const { element, name, value, priority, attribute } of saved.reverse()) {
      if (value) element.style.setProperty(name, value, priority);
      else element.style.removeProperty(name);
      // No style attribute before: none after (not an empty one).
      if (!attribute && element.style.length === 0) element.removeAttribute('style');
    }
    saved = [];
  };
}
