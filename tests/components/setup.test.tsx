import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS, providerById } from '../../src/logic/providers.ts';
import type { Answers } from '../../src/logic/types.ts';
import { renderWizard } from './render-wizard.tsx';

/** A lone privacy-minded user of one computer with backups and an encrypted disk: POP3, clearly. */
const POP3_PERSON: Answers = {
  devices: 'one',
  sharing: 'solo',
  threat: 'server',
  backups: 'automatic',
  deviceSecurity: 'yes',
  provider: 'low',
  storage: 'large',
};

const result = (answers: Answers) => ({ step: 'result' as const, answers });
const serverCards = () =>
  within(screen.getByRole('list', { name: 'Server settings for your mail program' }))
    .getAllByRole('listitem')
    .map((card) =>
      within(card)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    );
const choice = () => screen.getByRole('combobox', { name: 'Set it up with' });

describe('setting it up with a provider', () => {
  it('starts at “Another, or my own host”, with the standard encrypted ports and nothing to copy or install', async () => {
    renderWizard(result(POP3_PERSON));
    expect(await screen.findByRole('heading', { name: 'Setting up POP3' })).toBeInTheDocument();
    expect(choice()).toHaveValue('');
    expect(
      within(choice())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Another, or my own host', ...PROVIDERS.map((p) => p.name)]);
    expect(serverCards()).toEqual([
      ['Receiving · POP3', 'port 995 · SSL/TLS'],
      ['Sending · SMTP', 'port 465 · SSL/TLS', 'port 587 · STARTTLS, required'],
    ]);
    // With no server name, there are no settings to paste and no profile to make.
    expect(screen.queryByRole('button', { name: 'Copy the settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download a setup profile' })).not.toBeInTheDocument();
  });

  it('fills in Gmail’s servers, its sign-in note and what to switch on for POP3, and keeps the choice in the answers', async () => {
    const { user, store } = renderWizard(result(POP3_PERSON));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Set it up with' }), 'Gmail');
    expect(store.getState().answers.service).toBe('gmail');
    expect(serverCards()).toEqual([
      ['Receiving · POP3', 'pop.gmail.com', 'port 995 · SSL/TLS'],
      ['Sending · SMTP', 'smtp.gmail.com', 'port 465 · SSL/TLS', 'port 587 · STARTTLS, required'],
    ]);
    expect(screen.getByText(/Gmail needs an app password.* or a mail program that supports Google sign-in/)).toBeInTheDocument();
    expect(screen.getByText(/First turn on POP download in Gmail’s settings/)).toBeInTheDocument();
    expect(screen.getByText('Showing Gmail’s servers.')).toBeInTheDocument();
    const help = screen.getByRole('link', { name: /Gmail’s own help on mail program settings/ });
    expect(help).toHaveAttribute('href', 'https://support.google.com/mail/answer/7126229');
    expect(help).toHaveAttribute('target', '_blank');
    expect(help).toHaveAttribute('rel', 'noopener noreferrer');
    // The steps name the servers too.
    await user.click(screen.getByText(/Step by step/));
    expect(screen.getByText(/Set incoming mail to POP3 on pop\.gmail\.com \(port 995 with SSL\/TLS\)/)).toBeInTheDocument();
  });

  it('says nothing about POP download when Gmail is set up over IMAP', async () => {
    const { user } = renderWizard(result({ devices: 'many' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Set it up with' }), 'Gmail');
    expect(serverCards()[0]).toEqual(['Receiving · IMAP', 'imap.gmail.com', 'port 993 · SSL/TLS']);
    expect(screen.queryByText(/POP download/)).not.toBeInTheDocument();
  });

  it('turns a POP3 result into IMAP when the chosen provider has no POP3, says why, and announces it', async () => {
    const { user } = renderWizard(result(POP3_PERSON));
    expect(await screen.findByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeInTheDocument();
    await user.selectOptions(choice(), 'iCloud Mail');
    expect(screen.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    expect(screen.getByText('POP3 is ruled out.')).toBeInTheDocument();
    const why = screen.getByRole('region', { name: 'Why' });
    expect(within(why).getByText('iCloud Mail offers no POP3, so a mail program can reach this mailbox only over IMAP.')).toBeInTheDocument();
    // Said beside the choice (the verdict is far above), with a way back up to it.
    const status = screen.getAllByRole('status').find((element) => element.classList.contains('piw-choice-changed'));
    if (!status) throw new Error('no message beside the choice');
    expect(status).toHaveTextContent('iCloud Mail offers no POP3, so a mail program can reach this mailbox only over IMAP. The recommendation is now IMAP.');
    await user.click(within(status).getByRole('button', { name: 'See the new recommendation' }));
    expect(screen.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toHaveFocus();
    expect(serverCards()[0]).toEqual(['Receiving · IMAP', 'imap.mail.me.com', 'port 993 · SSL/TLS']);
    // iCloud is built into Apple's devices: no profile, and a plain reason.
    expect(screen.queryByRole('button', { name: 'Download a setup profile' })).not.toBeInTheDocument();
    expect(screen.getByText('No setup profile for iCloud Mail: Apple devices have it built in.')).toBeInTheDocument();
    // Back to other, or on to a provider with POP3: POP3 again, and said so.
    await user.selectOptions(choice(), 'Another, or my own host');
    expect(screen.getByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeInTheDocument();
    expect(screen.getByText('The recommendation is now POP3.')).toBeInTheDocument();
    await user.selectOptions(choice(), 'Proton Mail (Bridge)');
    await user.selectOptions(choice(), 'Gmail');
    expect(screen.getByText('The recommendation is now POP3.')).toBeInTheDocument();
    expect(screen.queryByText(/Gmail offers no POP3/)).not.toBeInTheDocument();
  });

  it('turns a POP3 result on a computer and a phone into IMAP when Gmail is chosen, with Gmail’s reason beside the choice', async () => {
    const { user } = renderWizard(
      result({ devices: 'two', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeInTheDocument();
    await user.selectOptions(choice(), 'Gmail');
    expect(screen.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Gmail hands each message to the first mail program that fetches it over POP3.*The recommendation is now IMAP\.$/),
    ).toBeInTheDocument();
  });

  it('offers no profile for Outlook.com, which takes only Microsoft sign-in, and says so', async () => {
    const { user } = renderWizard(result({ devices: 'many' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Set it up with' }), 'Outlook.com / Hotmail');
    expect(screen.queryByRole('button', { name: 'Download a setup profile' })).not.toBeInTheDocument();
    expect(screen.getByText(/No setup profile for Outlook\.com \/ Hotmail: it needs its own sign-in/)).toBeInTheDocument();
    expect(serverCards()[1]).toEqual(['Sending · SMTP', 'smtp-mail.outlook.com', 'port 587 · STARTTLS, required']);
  });

  it('copies the settings as text, with the user name, the sign-in and the help page', async () => {
    const { user } = renderWizard(result({ ...POP3_PERSON, service: 'posteo' }));
    await user.click(await screen.findByRole('button', { name: 'Copy the settings' }));
    expect(await screen.findByText('Settings copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      [
        'Posteo: POP3 settings',
        'Receiving (POP3): posteo.de (port 995 with SSL/TLS)',
        'Sending (SMTP): posteo.de (port 465 with SSL/TLS, or port 587 with STARTTLS set to required)',
        'User name: your full Posteo address',
        'Password: Posteo takes your Posteo password, or an app password once two-factor authentication is on.',
        'If you turned on Posteo’s additional account protection, turn it off: it blocks mail programs from IMAP, POP3 and sending.',
        `Help: ${providerById('posteo')?.helpUrl ?? ''}`,
        '',
      ].join('\n'),
    );
  });

  it('shows the settings to copy by hand when the clipboard is refused', async () => {
    const { user } = renderWizard(result({ devices: 'many', service: 'yahoo' }));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(await screen.findByRole('button', { name: 'Copy the settings' }));
    const field = await screen.findByRole('textbox', { name: 'The settings as text' });
    expect((field as HTMLTextAreaElement).value).toMatch(
      /^Yahoo Mail: IMAP settings\nReceiving \(IMAP\): imap\.mail\.yahoo\.com \(port 993 with SSL\/TLS\)\nSending \(SMTP\): smtp\.mail\.yahoo\.com \(port 465 with SSL\/TLS\)\n/,
    );
    expect(screen.getByText(/would not let us copy/)).toBeInTheDocument();
  });

  it('explains what installing the profile looks like before anyone downloads it', async () => {
    renderWizard(result({ devices: 'many', service: 'fastmail' }));
    expect(await screen.findByRole('button', { name: 'Download a setup profile' })).toBeInTheDocument();
    expect(screen.getByText(/It carries no publisher’s signature, so your device marks it as unverified/)).toBeInTheDocument();
    // Fastmail takes only app passwords: the note says so, not "your password".
    expect(
      screen.getByText(/your device asks for your address and an app password when you install it .*your usual password will not work/),
    ).toBeInTheDocument();
  });

  it('says in plain words what SSL/TLS and STARTTLS on the cards mean, only for what the cards show', async () => {
    const { user } = renderWizard(result({ devices: 'many' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Set it up with' }), 'Yahoo Mail');
    // Yahoo: IMAP 993 and SMTP 465, both SSL/TLS: no STARTTLS to explain.
    expect(screen.getByText('SSL/TLS: encrypted from the first byte.')).toBeInTheDocument();
    expect(screen.queryByText(/^STARTTLS: /)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set it up with' }), 'Gmail');
    expect(screen.getByText('STARTTLS: switches to encryption once connected; “required” means never without it.')).toBeInTheDocument();
  });

  it('asks for the account password in the profile note where the provider takes it', async () => {
    renderWizard(result({ devices: 'many', service: 'posteo' }));
    expect(await screen.findByText(/your device asks for your address and password when you install it\./)).toBeInTheDocument();
  });
});

describe('an embedding host’s own servers', () => {
  const hostServers = {
    name: 'Example Mail',
    imap: { host: 'imap.example.net', port: 993, security: 'tls' as const },
    smtp: [{ host: 'smtp.example.net', port: 587, security: 'starttls' as const }],
  };

  it('shows the host’s servers instead of the provider choice', async () => {
    renderWizard(result({ devices: 'many' }), { hostServers });
    expect(await screen.findByRole('heading', { name: 'Setting up IMAP' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Set it up with' })).not.toBeInTheDocument();
    expect(serverCards()).toEqual([
      ['Receiving · IMAP', 'imap.example.net', 'port 993 · SSL/TLS'],
      ['Sending · SMTP', 'smtp.example.net', 'port 587 · STARTTLS, required'],
    ]);
    expect(screen.getByRole('button', { name: 'Download a setup profile' })).toBeInTheDocument();
  });

  it('names the host for a server it did not give, and offers no profile without both names', async () => {
    renderWizard(result(POP3_PERSON), { hostServers });
    expect(await screen.findByRole('heading', { name: 'Setting up POP3' })).toBeInTheDocument();
    expect(serverCards()[0]).toEqual(['Receiving · POP3', 'Example Mail’s POP3 server', 'port 995 · SSL/TLS']);
    expect(screen.queryByRole('button', { name: 'Download a setup profile' })).not.toBeInTheDocument();
    // Its sending server is named, so there is something to copy.
    expect(screen.getByRole('button', { name: 'Copy the settings' })).toBeInTheDocument();
  });
});
