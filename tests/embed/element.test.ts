/**
 * <pop-imap-wizard> in a page (jsdom): its attributes, taken at start and after, and its life as the
 * page moves or removes it. Colours are left to the browser tests: jsdom has no canvas to parse them.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(async () => {
  await import('../../src/embed/element.tsx');
});

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

/** A wizard element on the page, with these attributes, and a way to query inside its shadow root. */
async function wizard(attributes: Record<string, string> = {}) {
  const element = document.createElement('pop-imap-wizard');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const inside = within(element.shadowRoot as unknown as HTMLElement);
  await inside.findByRole('heading', { level: 2 });
  // root(): the wizard's own root, which carries its theme (it has no role to query it by).
  return { element, inside, root: () => element.shadowRoot!.querySelector('.piw')! };
}

describe('<pop-imap-wizard>', () => {
  it('starts on its intro in its shadow root, leaving the page’s own content alone', async () => {
    const { inside } = await wizard();
    expect(inside.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('follows the page’s colour scheme without a theme, and a theme set later', async () => {
    const { element, root } = await wizard();
    expect(root()).toHaveAttribute('data-theme', 'light');
    element.setAttribute('theme', 'dark');
    await waitFor(() => expect(root()).toHaveAttribute('data-theme', 'dark'));
  });

  it('warns once about a bad theme however often the page sets it, and keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { element, root } = await wizard({ theme: 'neon' });
    element.setAttribute('theme', 'light');
    element.setAttribute('theme', 'neon');
    await waitFor(() => expect(root()).toHaveAttribute('data-theme', 'light'));
    expect(warn.mock.calls.filter(([m]) => String(m).includes('theme="neon"'))).toHaveLength(1);
  });

  it('opens on the answers it is given, and restarts from new ones', async () => {
    const { element, inside } = await wizard({ answers: 'v=1&devices=many&sharing=solo&step=result' });
    expect(inside.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    element.setAttribute('answers', 'v=1&devices=one&sharing=team&step=result');
    expect(await inside.findByText('POP3 is ruled out.')).toBeInTheDocument();
  });

  it('speaks German with lang="de" from its first render, and English again when lang goes', async () => {
    const { element, inside, root } = await wizard({ lang: 'de', answers: 'v=1&devices=many&sharing=solo&step=result' });
    // The first heading found was already German: no English render came before it.
    expect(inside.getByRole('heading', { level: 2, name: 'IMAP passt zu Ihnen' })).toBeInTheDocument();
    expect(inside.queryByText('IMAP suits you')).toBeNull();
    expect(root()).toHaveAttribute('lang', 'de');
    element.removeAttribute('lang');
    expect(await inside.findByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    expect(root()).toHaveAttribute('lang', 'en');
  });

  it('takes a regional tag as its language, and refuses one it does not speak with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const austrian = await wizard({ lang: 'de-AT' });
    expect(austrian.inside.getByRole('button', { name: 'Starten' })).toBeInTheDocument();
    document.body.replaceChildren();
    const french = await wizard({ lang: 'fr' });
    expect(french.inside.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(warn.mock.calls.filter(([m]) => String(m).includes('lang="fr" is not a language the wizard speaks'))).toHaveLength(1);
  });

  it('shows the host’s own servers in place of the provider choice, and a server set later', async () => {
    const { element, inside } = await wizard({ answers: 'v=1&devices=many&step=result', 'provider-name': 'Example Mail', 'imap-server': 'imap.example.net' });
    const cards = () => within(inside.getByRole('list', { name: 'Server settings for your mail program' })).getAllByRole('listitem');
    expect(cards()[0]).toHaveTextContent('imap.example.net');
    expect(cards()[1]).toHaveTextContent('Example Mail’s SMTP server');
    expect(inside.queryByRole('combobox', { name: 'Set it up with' })).toBeNull();
    element.setAttribute('smtp-server', 'smtp.example.net');
    await waitFor(() => expect(cards()[1]).toHaveTextContent('smtp.example.net'));
  });

  it('asks for the provider only where the host names no servers of its own', async () => {
    const { element, inside } = await wizard({ answers: 'v=1&devices=one&step=retention' });
    expect(inside.getByText('Step 8 of 9')).toBeInTheDocument();
    element.setAttribute('imap-server', 'imap.example.net');
    expect(await inside.findByText('Step 8 of 8')).toBeInTheDocument();
    inside.getByRole('button', { name: 'Skip this question' }).click();
    await inside.findByRole('region', { name: 'Your answers' });
    expect(inside.queryByText('Which email provider do you use?')).toBeNull();
    // On a page that names none, the last question is the provider.
    const plain = await wizard({ answers: 'v=1&devices=one&step=retention' });
    plain.inside.getByRole('button', { name: 'Skip this question' }).click();
    expect(await plain.inside.findByRole('heading', { name: 'Which email provider do you use?' })).toBeInTheDocument();
  });

  it('refuses a server that is not a host name with one warning, and offers the provider choice', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { inside } = await wizard({ answers: 'v=1&devices=many&step=result', 'imap-server': 'https://evil.example/x' });
    expect(inside.getByRole('combobox', { name: 'Set it up with' })).toBeInTheDocument();
    expect(inside.queryByText(/evil/)).toBeNull();
    expect(warn.mock.calls.filter(([m]) => String(m).includes('is not a host name'))).toHaveLength(1);
  });

  it('shows a call to action only with both a label and an http(s) link, resolved against the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { element, inside } = await wizard({ answers: 'v=1&devices=many&step=result', 'cta-label': 'See plans' });
    expect(inside.queryByRole('link', { name: 'See plans' })).toBeNull();
    element.setAttribute('cta-href', '/plans');
    await waitFor(() => expect(inside.getAllByRole('link', { name: 'See plans' })[0]).toHaveAttribute('href', `${window.location.origin}/plans`));
    element.setAttribute('cta-href', 'javascript:alert(1)');
    await waitFor(() => expect(inside.queryByRole('link', { name: 'See plans' })).toBeNull());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cta-href="javascript:alert(1)"'));
  });

  it('resolves a relative link as the page’s own links do, against its <base href>', async () => {
    const base = document.createElement('base');
    base.href = 'https://host.example/shop/';
    document.head.append(base);
    try {
      const { inside } = await wizard({ answers: 'v=1&devices=many&step=result', 'cta-label': 'See plans', 'cta-href': 'plans' });
      expect(inside.getAllByRole('link', { name: 'See plans' })[0]).toHaveAttribute('href', 'https://host.example/shop/plans');
    } finally {
      base.remove();
    }
  });

  it('keeps its answers when the page moves it, and lets go of them when the page removes it', async () => {
    const { element, inside } = await wizard({ answers: 'v=1&devices=many&step=sharing' });
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await Promise.resolve();
    expect(inside.getByText('Step 2 of 9')).toBeInTheDocument();
    element.remove();
    await waitFor(() => expect(inside.queryByText('Step 2 of 9')).toBeNull());
  });

  it('with sync-url writes its steps into the page’s fragment; a second one leaves the URL alone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = await wizard({ 'sync-url': '' });
    const second = await wizard({ 'sync-url': '' });
    first.inside.getByRole('button', { name: 'Start' }).click();
    await waitFor(() => expect(window.location.hash).toBe('#v=1&step=devices'));
    second.inside.getByRole('button', { name: 'Start' }).click();
    await second.inside.findByText('Step 1 of 9');
    expect(window.location.hash).toBe('#v=1&step=devices');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('another wizard on this page already follows the URL'))).toHaveLength(1);
    first.element.remove();
    second.element.remove();
  });

  it('opens a share link in the page’s address without sync-url, and writes nothing back', async () => {
    window.history.replaceState(null, '', '/article#v=1&devices=many&sharing=solo&step=result');
    const { inside } = await wizard();
    expect(inside.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    expect(inside.getByText(/Opened from a shared link/)).toBeInTheDocument();
    inside.getByRole('button', { name: 'Start over' }).click();
    await inside.findByRole('button', { name: 'Start' });
    expect(window.location.hash).toBe('#v=1&devices=many&sharing=solo&step=result');
  });

  it('with two wizards on the page, only the one the link names opens it; its own links name it', async () => {
    window.history.replaceState(null, '', '/article#v=1&devices=many&sharing=team&step=result&embed=plans');
    const other = await wizard({ id: 'intro-wizard' });
    const named = await wizard({ id: 'plans' });
    expect(other.inside.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(named.inside.getByRole('heading', { level: 2, name: /IMAP/ })).toBeInTheDocument();
    // The printed link under the result (the one "Copy link" copies) names this wizard.
    expect(named.inside.getByText(/This result online:/).textContent).toMatch(/#v=1&devices=many&sharing=team&step=result&embed=plans$/);
    expect(other.element.shadowRoot!.textContent).not.toContain('embed=');
  });

  it('gives a link that names no wizard to the first wizard on the page only', async () => {
    window.history.replaceState(null, '', '/article#v=1&devices=one&sharing=team&step=result');
    const first = await wizard();
    const second = await wizard();
    expect(first.inside.getByText('POP3 is ruled out.')).toBeInTheDocument();
    expect(second.inside.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('with skip-intro starts at the first question, with no Back to an intro that is not there', async () => {
    const onStart = vi.fn();
    const element = document.createElement('pop-imap-wizard');
    element.setAttribute('skip-intro', '');
    element.addEventListener('wizard-start', onStart);
    document.body.append(element);
    const inside = within(element.shadowRoot as unknown as HTMLElement);
    expect(await inside.findByRole('heading', { level: 2, name: 'On how many devices do you read this mailbox?' })).toBeInTheDocument();
    expect(inside.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(onStart).not.toHaveBeenCalled();
    inside.getByRole('radio', { name: 'Two, such as a computer and a phone' }).click();
    expect(onStart).toHaveBeenCalledTimes(1);
    inside.getByRole('button', { name: 'Next' }).click();
    expect(await inside.findByText('Step 2 of 9')).toBeInTheDocument();
    inside.getByRole('button', { name: 'Back' }).click();
    expect(await inside.findByText('Step 1 of 9')).toBeInTheDocument();
  });
});
