/**
 * The embed builder as a marketer uses it: typing settings, seeing refused ones marked at their
 * field with the reason, switching the page's language, copying a snippet.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RESERVED_HEIGHT } from '../../src/embed/protocol.ts';
import { BuilderApp } from '../../src/configure/builder-app.tsx';
import { CONFIGURE_TEXT_DE } from '../../src/locale/de/configure.ts';
import { CONFIGURE_TEXT } from '../../src/locale/en/configure.ts';
import { testColours } from './colours.ts';

const PAGE = 'https://wizard.example/configure/';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function builder(lang: 'en' | 'de' = 'en') {
  const user = userEvent.setup();
  render(<BuilderApp initialLang={lang} pageHref={PAGE} parseColor={testColours} />);
  return user;
}

/** The text of a snippet, as its card shows it. */
const snippetText = (title: string) => within(screen.getByRole('region', { name: title })).getByText((_, node) => node?.tagName === 'CODE').textContent;

describe('the embed builder', () => {
  it('marks a refused accent at its field, with the reason, and keeps it out of the snippets', async () => {
    const user = builder();
    const accent = screen.getByRole('textbox', { name: 'Accent colour' });
    await user.type(accent, 'url(x)');
    expect(accent).toHaveAttribute('aria-invalid', 'true');
    expect(accent).toHaveAccessibleDescription(expect.stringContaining(`Refused: ${CONFIGURE_TEXT.refused.accent}`));
    expect(snippetText('Custom element')).not.toContain('url(x)');
  });

  it('marks a call to action whose link is not http(s), and says how an accepted accent is used', async () => {
    const user = builder();
    await user.type(screen.getByRole('textbox', { name: 'Label of the call to action' }), 'Try it');
    await user.type(screen.getByRole('textbox', { name: 'Link of the call to action' }), 'javascript:alert(1)');
    expect(screen.getByRole('textbox', { name: 'Link of the call to action' })).toHaveAccessibleDescription(
      expect.stringContaining(CONFIGURE_TEXT.refused.ctaHref),
    );
    await user.type(screen.getByRole('textbox', { name: 'Accent colour' }), '#0b6e4f');
    const accent = screen.getByRole('textbox', { name: 'Accent colour' });
    expect(accent).not.toHaveAttribute('aria-invalid');
    expect(accent).toHaveAccessibleDescription(expect.stringContaining('Used as #0b6e4f, with white text on buttons.'));
    expect(snippetText('Custom element')).toContain('accent="#0b6e4f"');
    expect(snippetText('Custom element')).not.toContain('javascript:');
  });

  it('speaks German on the German page, refusals too, and switches language in place', async () => {
    const user = builder('de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CONFIGURE_TEXT_DE.heading);
    const link = screen.getByRole('textbox', { name: 'Link der Handlungsaufforderung' });
    await user.type(link, 'ftp://x');
    expect(link).toHaveAccessibleDescription(expect.stringContaining(`Abgelehnt: ${CONFIGURE_TEXT_DE.refused.ctaNeedsLabel}`));

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CONFIGURE_TEXT.heading);
    // The value typed stays, now refused in English.
    expect(screen.getByRole('textbox', { name: 'Link of the call to action' })).toHaveValue('ftp://x');
    expect(document.documentElement.lang).toBe('en');
    expect(new URL(location.href).searchParams.get('lang')).toBe('en');
  });

  it('names the settings a plain iframe cannot carry', async () => {
    const user = builder();
    await user.type(screen.getByRole('textbox', { name: 'IMAP server' }), 'imap.example.net');
    await user.click(screen.getByRole('checkbox', { name: 'Start at the first question, without the intro' }));
    expect(within(screen.getByRole('region', { name: 'Plain iframe' })).getByText(/Left out, as a plain iframe cannot carry them/)).toHaveTextContent(
      'imap-server, skip-intro',
    );
  });

  it('copies a snippet, and shows it selected for copying by hand when the browser refuses', async () => {
    const user = builder();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the wizard' }), 'de');
    await user.click(screen.getByRole('button', { name: 'Copy the custom element snippet' }));
    expect(await navigator.clipboard.readText()).toBe(snippetText('Custom element'));
    expect(await navigator.clipboard.readText()).toContain('lang="de"');
    expect(within(screen.getByRole('region', { name: 'Custom element' })).getByRole('status')).toHaveTextContent('Copied.');

    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy the plain iframe snippet' }));
    const region = within(screen.getByRole('region', { name: 'Plain iframe' }));
    expect(await region.findByRole('textbox', { name: CONFIGURE_TEXT.snippets.field })).toHaveValue(snippetText('Plain iframe'));
    expect(region.getByRole('status')).toHaveTextContent(CONFIGURE_TEXT.snippets.failed);
  });

  it('lets the reserved height reach every snippet, and refuses one out of range', async () => {
    const user = builder();
    const height = screen.getByRole('spinbutton', { name: 'Reserved height, in pixels' });
    await user.type(height, '900');
    expect(snippetText('Plain iframe')).toContain('height:900px');
    expect(snippetText('Iframe with loader')).toContain('data-min-height="900"');
    await user.clear(height);
    await user.type(height, '90');
    expect(height).toHaveAccessibleDescription(expect.stringContaining(CONFIGURE_TEXT.refused.minHeight(200, 2000, RESERVED_HEIGHT)));
    expect(snippetText('Plain iframe')).toContain(`height:${RESERVED_HEIGHT}px`);
  });
});
