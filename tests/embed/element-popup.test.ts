/**
 * <pop-imap-wizard mode="popup"> in a page (jsdom): what sits in the page's flow, and how the
 * element changes between its modes. The dialog itself (opening, focus, Escape, scrolling) is the
 * browser tests' (tests/e2e/popup.spec.ts): jsdom's <dialog> is only partly there.
 */
/* eslint-disable testing-library/no-node-access -- where the wizard's mount sits (page flow or dialog) has no role to query it by */
import { waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

beforeAll(async () => {
  await import('../../src/embed/element.tsx');
});

afterEach(() => {
  document.body.replaceChildren();
});

async function popupElement(attributes: Record<string, string>) {
  const element = document.createElement('pop-imap-wizard');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const inside = within(element.shadowRoot as unknown as HTMLElement);
  // The wizard has rendered (in the page's flow, or in the closed dialog).
  await inside.findByRole('heading', { level: 2, hidden: true });
  return { element, inside };
}

/** The wizard's own mount, and whether it sits in the page's flow or in the popup's dialog. */
const placeOfWizard = (element: HTMLElement) => {
  const mount = element.shadowRoot!.querySelector('.piw-mount');
  if (!mount) return 'nowhere';
  return mount.closest('dialog') ? 'dialog' : 'flow';
};

describe('<pop-imap-wizard mode="popup">', () => {
  it('puts only a button in the page’s flow, with the language’s words, and the wizard in a closed dialog', async () => {
    const { element, inside } = await popupElement({ mode: 'popup' });
    const button = await inside.findByRole('button', { name: 'Which is right for me: POP3 or IMAP?' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(placeOfWizard(element)).toBe('dialog');
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(false);
    expect(dialog).toHaveAttribute('aria-label', 'POP3 or IMAP? A short wizard');
    expect(within(dialog).getByRole('button', { name: 'Close', hidden: true })).toBeInTheDocument();
  });

  it('takes the page’s own label, and follows a label set later', async () => {
    const { element, inside } = await popupElement({ mode: 'popup', 'button-label': '  Find your protocol  ' });
    await inside.findByRole('button', { name: 'Find your protocol' });
    element.setAttribute('button-label', 'Start the check');
    await inside.findByRole('button', { name: 'Start the check' });
  });

  it('speaks the wizard’s language', async () => {
    const { inside } = await popupElement({ mode: 'popup', lang: 'de-AT' });
    await inside.findByRole('button', { name: 'Was passt zu mir: POP3 oder IMAP?' });
    expect(inside.getByRole('button', { name: 'Schließen', hidden: true })).toBeInTheDocument();
  });

  it('goes inline and back when the page changes its mode, with the same wizard', async () => {
    const { element, inside } = await popupElement({ mode: 'popup' });
    await inside.findByRole('button', { name: /POP3 or IMAP\?$/ });
    const mount = element.shadowRoot!.querySelector('.piw-mount');
    element.setAttribute('mode', 'inline');
    expect(placeOfWizard(element)).toBe('flow');
    expect(inside.queryByRole('button', { name: /POP3 or IMAP\?$/ })).toBeNull();
    expect(inside.getByRole('button', { name: 'Start' })).toBeVisible();
    element.setAttribute('mode', 'popup');
    await waitFor(() => expect(placeOfWizard(element)).toBe('dialog'));
    expect(element.shadowRoot!.querySelector('.piw-mount')).toBe(mount);
  });

  it('does nothing for open() inline', async () => {
    const { element, inside } = await popupElement({});
    await inside.findByRole('button', { name: 'Start' });
    element.open();
    expect(element.shadowRoot!.querySelector('dialog')).toBeNull();
  });
});
