import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWizard } from './render-wizard.tsx';

/** The items of the list in the result's section named `heading`. */
function itemsUnder(heading: string): string[] {
  // A collapsed section's name carries its count: "What pulls the other way (4)".
  const name = new RegExp(`^${heading.replace(/[()]/g, '\\$&')}( \\(\\d+\\))?$`);
  return within(screen.getByRole('region', { name }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('the result page argues for its recommendation', () => {
  it('says a team’s requirement first, rules POP3 out, and lists the answers for POP3 apart', async () => {
    renderWizard({
      step: 'result',
      answers: { devices: 'one', sharing: 'team', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    // A requirement says what it is, not how sure a weighing is.
    expect(screen.getByText('IMAP is needed here.')).toBeInTheDocument();
    expect(screen.queryByText(/A clear recommendation/)).not.toBeInTheDocument();
    expect(screen.getByText('POP3 is ruled out.')).toBeInTheDocument();
    const why = itemsUnder('Why');
    expect(why[0]).toMatch(/^A team shares this mailbox’s folders, and only IMAP can do that.*rules out POP3$/);
    const against = itemsUnder('What pulls the other way');
    expect(against.length).toBeGreaterThanOrEqual(4);
    expect(against.every((item) => /points to POP3$/.test(item))).toBe(true);
    expect(screen.queryByText(/favours POP3/)).not.toBeInTheDocument();
    // The chart's trade-offs favour POP3 here, and the page says why IMAP wins anyway.
    expect(screen.getByText('On these four trade-offs alone POP3 would lead, but POP3 is ruled out for you (see Why).')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Setting up POP3/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Leave a copy on the server/)).not.toBeInTheDocument();
  });

  it('counts the answers, caps a POP3 result without backups, and says what would make it safe', async () => {
    renderWizard({ step: 'result', answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'none', deviceSecurity: 'yes', provider: 'low' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeInTheDocument();
    expect(screen.getByText(/Based on 6 of 8 answers\./)).toBeInTheDocument();
    expect(screen.queryByText(/A clear recommendation/)).not.toBeInTheDocument();
    expect(itemsUnder('Before POP3 is safe for you')).toEqual([expect.stringMatching(/^You have no backups: POP3 is safe only once/)]);
    expect(screen.getByRole('heading', { name: 'Setting up POP3' })).toBeInTheDocument();
    expect(screen.getByText('Set up automatic, encrypted backups')).toBeInTheDocument();
  });

  it('offers at most three changes worded about this mailbox, and one line for the skipped questions', async () => {
    renderWizard({ step: 'result', answers: { devices: 'one', threat: 'server' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeInTheDocument();
    const changes = itemsUnder('What would change it');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThanOrEqual(3);
    expect(changes[0]).toBe('If you read this mailbox on two devices, such as a computer and a phone, IMAP would win.');
    expect(screen.getByText(/^Answering the questions about who else works in this mailbox, .* would sharpen this\.$/)).toBeInTheDocument();
  });

  it('with one answer, says where it points and what one answer cannot tell, never a verdict', async () => {
    renderWizard({ step: 'result', answers: { threat: 'server' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your one answer points to POP3' })).toBeInTheDocument();
    expect(screen.getByText('One answer cannot tell what suits you: the other questions can still change this.')).toBeInTheDocument();
    expect(screen.getByText(/Based on 1 of 8 answers\./)).toBeInTheDocument();
    expect(screen.queryByText(/(POP3|IMAP) suits you|A clear recommendation|A leaning|toss-up/)).not.toBeInTheDocument();
  });

  it('with one answer that rules POP3 out, says IMAP is needed, not how clear a weighing is', async () => {
    renderWizard({ step: 'result', answers: { sharing: 'team' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeInTheDocument();
    expect(screen.getByText('IMAP is needed here.')).toBeInTheDocument();
    expect(screen.queryByText(/A clear recommendation/)).not.toBeInTheDocument();
  });

  it('with nothing answered, says plainly that this is the starting point and invites the questions', async () => {
    const { user } = renderWizard({ step: 'result', answers: {} });
    expect(await screen.findByRole('heading', { level: 2, name: 'IMAP is the place to start' })).toBeInTheDocument();
    expect(screen.getByText(/You skipped every question, so this is the starting point/)).toBeInTheDocument();
    expect(screen.queryByText(/A leaning/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What would change it' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Answer the questions' }));
    expect(screen.getByRole('heading', { name: 'On how many devices do you read this mailbox?' })).toHaveFocus();
  });

  it('when no answer argues for the result, says it stands on the starting point rather than show an empty "Why"', async () => {
    renderWizard({ step: 'result', answers: { storage: 'large' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your one answer points to IMAP' })).toBeInTheDocument();
    expect(itemsUnder('Why')).toEqual([expect.stringMatching(/^Most people read mail on several devices, so IMAP is where email hosts start/)]);
    expect(itemsUnder('What pulls the other way')).toEqual([expect.stringMatching(/^You pay for extra server space.*points to POP3$/)]);
  });
});
