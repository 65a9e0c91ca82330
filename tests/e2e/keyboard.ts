import { expect, type FrameLocator, type Page } from '@playwright/test';

/** An option's index in its question (0 = first), or 'skip' to leave the question unanswered. */
export type KeyChoice = number | 'skip';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
export async function tabTo(page: Page, accessibleName: RegExp, limit = 12) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      // Follow focus into shadow roots and same-origin iframes (the embeds).
      let el: Element | null = document.activeElement;
      for (;;) {
        if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        else if (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement) el = el.contentDocument.activeElement;
        else break;
      }
      if (!el) return '';
      return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

/**
 * Answers the current question with the keyboard only: Tab into the radio group, Space to choose the
 * first option, arrows to move to the wanted one, Enter to go on. 'skip' tabs to "Skip this question".
 */
export async function answerWithKeyboard(page: Page, choice: KeyChoice, words: FlowWords = ENGLISH_FLOW) {
  if (choice === 'skip') {
    await tabTo(page, words.skip);
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < choice; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/**
 * Answers the provider question with the keyboard only: Tab to the select, arrows down to the wanted
 * provider (0 = "another provider, or my own host"), Enter to go on. 'skip' tabs to Skip.
 */
export async function chooseProviderWithKeyboard(page: Page, choice: KeyChoice, words: FlowWords = ENGLISH_FLOW) {
  if (choice === 'skip') return answerWithKeyboard(page, 'skip', words);
  await page.keyboard.press('Tab');
  for (let i = 0; i < choice; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The words the keyboard flow looks for, in the wizard's language. */
export type FlowWords = { start: RegExp; skip: RegExp; step: (n: number, total: number) => string };

export const ENGLISH_FLOW: FlowWords = { start: /^Start$/, skip: /^Skip this question$/, step: (n, total) => `Step ${n} of ${total}` };
export const GERMAN_FLOW: FlowWords = { start: /^Starten$/, skip: /^Frage überspringen$/, step: (n, total) => `Schritt ${n} von ${total}` };

/**
 * From the intro, starts and answers every question with the keyboard only: the eight of the model,
 * then (given a ninth choice) the provider question; eight choices for a host that names its servers.
 */
export async function completeWithKeyboard(page: Page, choices: ReadonlyArray<KeyChoice>, within: Page | FrameLocator = page, words: FlowWords = ENGLISH_FLOW) {
  await tabTo(page, words.start, 30);
  await page.keyboard.press('Enter');
  for (const [index, choice] of choices.entries()) {
    await expect(within.getByText(words.step(index + 1, choices.length), { exact: true })).toBeVisible();
    if (index === 8) await chooseProviderWithKeyboard(page, choice, words);
    else await answerWithKeyboard(page, choice, words);
  }
}

/** The spec's two scenarios, as option indexes in catalogue order, the provider question skipped. */
export const POP3_SCENARIO: ReadonlyArray<KeyChoice> = [0, 0, 2, 2, 2, 0, 2, 'skip', 'skip'];
export const IMAP_SCENARIO: ReadonlyArray<KeyChoice> = [2, 2, 0, 0, 'skip', 'skip', 'skip', 'skip', 'skip'];
