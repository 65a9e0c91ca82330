import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../../src/logic/providers.ts';
import { initialStateFromLink } from '../../src/state/url-sync.ts';
import { renderWizard } from './render-wizard.tsx';

async function startWizard() {
  const view = renderWizard();
  await view.user.click(screen.getByRole('button', { name: 'Start' }));
  return view;
}

describe('the wizard flow', () => {
  it('introduces itself with its length and its privacy promise', () => {
    renderWizard();
    expect(screen.getByRole('heading', { name: /POP3 or IMAP/ })).toBeInTheDocument();
    expect(screen.getByText('Nine short questions, about two minutes.')).toBeInTheDocument();
    expect(screen.getByText(/answers stay in this browser/i)).toBeInTheDocument();
  });

  it('starts on step 1 of 9 with focus on the question', async () => {
    await startWizard();
    const heading = screen.getByRole('heading', { name: 'On how many devices do you read this mailbox?' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('group', { name: 'On how many devices do you read this mailbox?' })).toHaveAccessibleDescription(/single device/);
  });

  it('announces the step change to screen readers', async () => {
    await startWizard();
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 9: On how many devices do you read this mailbox?');
  });

  it('selecting with the arrow keys never advances; Enter does', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Two, such as a computer and a phone' })).toBeChecked();
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Step 2 of 9')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Does anyone else work in this mailbox or its folders?' })).toHaveFocus();
  });

  it('asks for an answer when Next is pressed with none', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer, or skip this question.');
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
  });

  it('Back returns to the previous question with its answer kept', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('radio', { name: 'Three or more devices' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Three or more devices' })).toBeChecked();
  });

  it('Skip leaves the question unanswered, and the result says so', async () => {
    const { user } = await startWizard();
    for (let i = 0; i < 9; i += 1) await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(answers).getAllByText('Skipped')).toHaveLength(8);
    // A skipped question offers to be answered, not changed.
    expect(within(answers).getAllByRole('button', { name: /^Answer “/, hidden: true })).toHaveLength(8);
  });

  it('answering everything shows the recommendation, runner-up, reasons and the numbers', async () => {
    const { user } = await startWizard();
    const choices = [
      'One device only (a computer, or just a phone)',
      'Only me',
      'A breach, a court order or data mining at the provider',
      'Automatic, encrypted backups',
      'Yes',
      'Not much: it is free or ad-supported',
      'I pay for extra space',
      'No',
    ];
    for (const choice of choices) {
      await user.click(screen.getByRole('radio', { name: choice }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    // The last, optional question: the provider, left at "another provider, or my own host".
    expect(screen.getByRole('heading', { name: 'Which email provider do you use?' })).toHaveFocus();
    expect(screen.getByText('Step 9 of 9')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Email provider' })).toHaveDisplayValue('Another, or my own host');
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    const verdict = await screen.findByRole('heading', { level: 2, name: 'POP3 suits you' });
    expect(verdict).toHaveFocus();
    expect(screen.getByText('A clear recommendation.')).toBeInTheDocument();
    expect(screen.getByText('Runner-up: IMAP.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Setting up POP3' })).toBeInTheDocument();
    const servers = within(screen.getByRole('list', { name: 'Server settings for your mail program' })).getAllByRole('listitem');
    expect(servers.map((s) => s.textContent)).toEqual(['Receiving · POP3port 995 · SSL/TLS', 'Sending · SMTPport 465 · SSL/TLSport 587 · STARTTLS, required']);
    const table = screen.getByRole('table', { name: 'Scores from 0 to 100: higher is better for you on every axis.' });
    expect(within(table).getByRole('rowheader', { name: 'Privacy' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('asks for the provider last, and the first result already accounts for it', async () => {
    const { user } = renderWizard({
      step: 'service',
      answers: { devices: 'two', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low' },
    });
    const select = screen.getByRole('combobox', { name: 'Email provider' });
    expect(screen.getByRole('group', { name: 'Which email provider do you use?' })).toHaveAccessibleDescription(
      /Gmail gives each message to one mail program only/,
    );
    // Every provider of the catalogue, after "another provider".
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Another, or my own host', ...PROVIDERS.map((p) => p.name)]);
    await user.selectOptions(select, 'Gmail');
    // Choosing never advances; Enter on the select does.
    expect(screen.getByText('Step 9 of 9')).toBeInTheDocument();
    select.focus();
    await user.keyboard('{Enter}');
    // Gmail's POP3 serves one program only: with a second device, IMAP is needed from the first result on.
    await screen.findByRole('heading', { level: 2, name: 'IMAP suits you' });
    expect(screen.getByText('IMAP is needed here.')).toBeInTheDocument();
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getByText('Gmail')).toBeInTheDocument();
    expect(within(answers).getByRole('button', { name: 'Change your answer to “Which email provider do you use?”', hidden: true })).toBeInTheDocument();
  });

  it('does not ask for the provider on a host’s page that names its own servers', async () => {
    const { user } = renderWizard(
      { askService: false },
      { hostServers: { name: 'Example Mail', imap: { host: 'imap.example.com', port: 993, security: 'tls' } } },
    );
    expect(screen.getByText('Eight short questions, about two minutes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Step 1 of 8')).toBeInTheDocument();
    for (let i = 0; i < 8; i += 1) await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(answers).queryByText('Which email provider do you use?')).toBeNull();
  });

  it('shows the table on demand while keeping it for screen readers', async () => {
    const { user } = renderWizard({ step: 'result', answers: { devices: 'many' } });
    const toggle = await screen.findByRole('button', { name: 'Show the numbers as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('table', { name: /Scores from 0 to 100/ })).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('changes one answer from the result page and comes back to an updated result', async () => {
    const { user } = renderWizard({
      step: 'result',
      answers: { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change your answer to “On how many devices do you read this mailbox?”' }));
    expect(screen.getByRole('heading', { name: 'On how many devices do you read this mailbox?' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }));
    await user.click(screen.getByRole('button', { name: 'Save and see my result' }));
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getByText('One device only (a computer, or just a phone)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /suits you/ })).toHaveFocus();
  });

  it('"Back to my result" abandons the change, "Save and see my result" keeps it', async () => {
    const { user } = renderWizard({ step: 'result', answers: { devices: 'many', sharing: 'solo' } });
    const changeDevices = { name: 'Change your answer to “On how many devices do you read this mailbox?”' };
    await user.click(await screen.findByRole('button', changeDevices));
    await user.click(screen.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }));
    await user.click(screen.getByRole('button', { name: 'Back to my result' }));
    expect(within(screen.getByRole('region', { name: 'Your answers' })).getByText('Three or more devices')).toBeInTheDocument();
    await user.click(screen.getByRole('button', changeDevices));
    expect(screen.getByRole('radio', { name: 'Three or more devices' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }));
    await user.click(screen.getByRole('button', { name: 'Save and see my result' }));
    expect(within(screen.getByRole('region', { name: 'Your answers' })).getByText('One device only (a computer, or just a phone)')).toBeInTheDocument();
  });

  it('never changes the step on choosing an option; a double click on one moves on', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('radio', { name: 'Three or more devices' }));
    expect(screen.getByText('Step 1 of 9')).toBeInTheDocument();
    await user.dblClick(screen.getByRole('radio', { name: 'Two, such as a computer and a phone' }));
    expect(screen.getByText('Step 2 of 9')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Two, such as a computer and a phone' })).toBeChecked();
  });

  it('Start over clears every answer and returns to the intro', async () => {
    const { user, store } = renderWizard({ step: 'result', answers: { devices: 'many' } });
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(store.getState().answers).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('radio', { name: 'Three or more devices' })).not.toBeChecked();
  });

  it('tells the host, in order, of the start, each question and answer, and the result', async () => {
    const onEvent = vi.fn();
    const { user } = renderWizard({}, { onEvent });
    const names = () => onEvent.mock.calls.map(([name]) => name as string);
    const named = (name: string) => onEvent.mock.calls.filter(([called]) => called === name).map(([, detail]) => detail as unknown);
    expect(onEvent).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(names()).toEqual(['wizard-start', 'wizard-step']);
    expect(onEvent).toHaveBeenLastCalledWith('wizard-step', { step: 1, total: 9, questionId: 'devices' });
    await user.click(screen.getByRole('radio', { name: 'Two, such as a computer and a phone' }));
    expect(onEvent).toHaveBeenLastCalledWith('wizard-answer', { questionId: 'devices', optionId: 'two', step: 1 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onEvent).toHaveBeenLastCalledWith('wizard-step', { step: 2, total: 9, questionId: 'sharing' });
    for (let i = 0; i < 8; i += 1) await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(named('wizard-step')).toHaveLength(9);
    expect(named('wizard-step').at(-1)).toEqual({ step: 9, total: 9, questionId: 'service' });
    await screen.findByRole('heading', { level: 2, name: /IMAP/ });
    // Started once, answered once, and completed by answering: not a reopened link.
    expect(named('wizard-start')).toEqual([{}]);
    expect(named('wizard-answer')).toHaveLength(1);
    expect(named('wizard-complete')).toEqual([expect.objectContaining({ protocol: 'imap', answers: { devices: 'two' }, reopened: false })]);
    expect(names().at(-1)).toBe('wizard-complete');
  });

  it('reports a result opened from a link as reopened, and counts no start for it', async () => {
    const onEvent = vi.fn();
    renderWizard(initialStateFromLink('#v=1&devices=many&step=result'), { onEvent });
    await screen.findByRole('heading', { level: 2, name: /IMAP/ });
    expect(onEvent.mock.calls.map(([name]) => name)).toEqual(['wizard-complete']);
    expect(onEvent).toHaveBeenCalledWith('wizard-complete', expect.objectContaining({ reopened: true }));
  });

  it('shows a call to action only when the host sets one', async () => {
    const onEvent = vi.fn();
    const { user } = renderWizard(
      { step: 'result', answers: { devices: 'many' } },
      { cta: { label: 'Try our hosting', href: 'https://host.example/try' }, onEvent },
    );
    // Once among the first actions, and again at the end of the page.
    const links = await screen.findAllByRole('link', { name: 'Try our hosting' });
    expect(links).toHaveLength(2);
    await user.click(links[0]!);
    expect(onEvent).toHaveBeenCalledWith('wizard-cta', { protocol: 'imap', href: 'https://host.example/try' });
  });

  it('shows the offer the host set for the verdict on screen, and the general one for the other verdict', async () => {
    const offers = { pop3: { label: 'Our POP3 plan', href: 'https://host.example/pop3' } };
    const cta = { label: 'See our plans', href: 'https://host.example/plans' };
    const onEvent = vi.fn();
    const view = renderWizard(
      {
        step: 'result',
        answers: {
          devices: 'one',
          sharing: 'solo',
          threat: 'server',
          backups: 'automatic',
          deviceSecurity: 'yes',
          provider: 'low',
          storage: 'large',
          retention: 'personal',
        },
      },
      { cta, offers, onEvent },
    );
    await screen.findByRole('heading', { level: 2, name: /POP3/ });
    const links = await screen.findAllByRole('link', { name: 'Our POP3 plan' });
    expect(screen.queryByRole('link', { name: 'See our plans' })).toBeNull();
    await view.user.click(links[0]!);
    expect(onEvent).toHaveBeenLastCalledWith('wizard-cta', { protocol: 'pop3', href: 'https://host.example/pop3' });
    view.unmount();
    renderWizard({ step: 'result', answers: { devices: 'many' } }, { cta, offers });
    expect(await screen.findAllByRole('link', { name: 'See our plans' })).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Our POP3 plan' })).toBeNull();
  });
});
