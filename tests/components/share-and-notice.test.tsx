import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWizard } from './render-wizard.tsx';

const RESULT = { step: 'result' as const, answers: { devices: 'many' as const, sharing: 'team' as const } };
const shareUrl = (fragment: string) => `https://example.test/wizard#${fragment}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sharing the result', () => {
  it('copies the link to this result', async () => {
    const { user } = renderWizard(RESULT, { shareUrl });
    // user-event installs its own clipboard stub on navigator; read back what was written.
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('https://example.test/wizard#v=1&devices=many&sharing=team&step=result');
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { user } = renderWizard(RESULT, { shareUrl });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/would not let us copy/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue('https://example.test/wizard#v=1&devices=many&sharing=team&step=result');
  });

  it('offers the system share sheet only where the browser has one', async () => {
    const view = renderWizard(RESULT, { shareUrl });
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    view.unmount();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }));
    const { user } = renderWizard(RESULT, { shareUrl });
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://example.test/wizard#v=1&devices=many&sharing=team&step=result' }));
  });
});

describe('the notice about a link', () => {
  it('names what could not be read, as text, and can be dismissed', async () => {
    const { user } = renderWizard({
      step: 'sharing',
      answers: { devices: 'many' },
      notices: [{ kind: 'unreadable', questionIds: ['backups'] }, { kind: 'otherVersion' }],
    });
    const notice = screen.getByRole('complementary', { name: 'Some answers in this link could not be read' });
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'We couldn’t read your answer to “How do you back up the device that keeps your mail?”, so that question is unanswered.',
      'This link was made by a different version of this wizard, so some of its answers may be missing; the ones we could read are filled in.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Does anyone else work in this mailbox or its folders?' })).toHaveFocus();
  });

  it('is gone after Start over: a fresh start carries nothing of the old link', async () => {
    const { user } = renderWizard({ ...RESULT, notices: [{ kind: 'otherVersion' }] });
    expect(screen.getByRole('complementary', { name: 'Some answers in this link could not be read' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('heading', { name: 'On how many devices do you read this mailbox?' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});
