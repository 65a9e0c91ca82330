/**
 * From advice to a working mailbox, in the built app: choosing a provider fills in its servers, the
 * choice travels in the link, the setup profile downloads (made in the browser), and an embedding
 * host's own servers replace the choice; nothing is requested from any other origin on the way.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { parse, type PlistValue } from 'plist';
import { hostPage, recordForeignRequests } from './hosts.ts';
import { completeWithKeyboard } from './keyboard.ts';

/** A lone privacy-minded user of one computer with backups and an encrypted disk: POP3. */
const POP3_LINK = '#v=1&devices=one&sharing=solo&threat=server&backups=automatic&deviceSecurity=yes&provider=low&storage=large&step=result';

type Dict = { [key: string]: PlistValue };

/** The downloaded profile's mail payload, parsed as a property list, and the raw text. */
async function profileOf(download: Download) {
  const text = await readFile(await download.path(), 'utf8');
  const profile = parse(text) as Dict;
  const [mail] = profile.PayloadContent as Dict[];
  return { text, profile, mail: mail as Dict };
}

/** The server cards' texts (as written, before CSS capitals): role, server, ports. */
async function cards(scope: Page | FrameLocator | Locator) {
  return scope
    .getByRole('list', { name: 'Server settings for your mail program' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => Array.from(item.querySelectorAll('p'), (p) => p.textContent ?? '')));
}

test.describe('setting it up with a provider', () => {
  let origin = '';
  test.beforeEach(({ baseURL }) => {
    origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  test('Gmail: its servers in the cards, the choice in the link, a profile that installs POP3 over TLS', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const foreign = recordForeignRequests(page, origin);
    await page.goto(`/${POP3_LINK}`);
    await expect(page.getByRole('heading', { level: 1, name: 'POP3 suits you' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Set it up with' }).selectOption({ label: 'Gmail' });
    expect(await cards(page)).toEqual([
      ['Receiving · POP3', 'pop.gmail.com', 'port 995 · SSL/TLS'],
      ['Sending · SMTP', 'smtp.gmail.com', 'port 465 · SSL/TLS', 'port 587 · STARTTLS, required'],
    ]);
    await expect(page).toHaveURL(/&service=gmail&step=result$/);
    await expect(page.getByText(/Gmail needs an app password/)).toBeVisible();

    // The help page is a plain link, opened in a new tab only on a click, with no opener or referrer.
    const help = page.getByRole('link', { name: /Gmail’s own help/ });
    await expect(help).toHaveAttribute('href', 'https://support.google.com/mail/answer/7126229');
    await expect(help).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(help).toHaveAttribute('target', '_blank');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a setup profile' }).click()]);
    expect(download.suggestedFilename()).toBe('gmail-pop3.mobileconfig');
    const { text, profile, mail } = await profileOf(download);
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadDisplayName: 'Gmail' });
    expect(mail).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      EmailAccountType: 'EmailTypePOP',
      IncomingMailServerHostName: 'pop.gmail.com',
      IncomingMailServerPortNumber: 995,
      IncomingMailServerUseSSL: true,
      OutgoingMailServerHostName: 'smtp.gmail.com',
      OutgoingMailServerPortNumber: 465,
      OutgoingMailServerUseSSL: true,
    });
    expect(text).not.toMatch(/<key>(Incoming|Outgoing)Password<\/key>/);
    expect(String(profile.PayloadUUID)).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);

    await page.getByRole('button', { name: 'Copy the settings' }).click();
    await expect(page.getByText('Settings copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Receiving (POP3): pop.gmail.com (port 995 with SSL/TLS)');

    // The link keeps the choice: opened again, Gmail is chosen and its servers are shown.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Set it up with' })).toHaveValue('gmail');
    expect((await cards(page))[0]).toContain('pop.gmail.com');
    expect(foreign.map((r) => r.url())).toEqual([]);
  });

  test('the provider is the last question: chosen with the keyboard, the first result accounts for it', async ({ page }) => {
    await page.goto('/');
    // Two devices and the rest as the POP3 person; the provider: Gmail, the first after "another provider".
    await completeWithKeyboard(page, [1, 0, 2, 2, 2, 0, 2, 'skip', 1]);
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeFocused();
    await expect(page.getByText('IMAP is needed here.')).toBeVisible();
    await expect(page.getByText(/^Gmail hands each message to the first mail program that fetches it over POP3/).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Set it up with' })).toHaveValue('gmail');
    expect(new URL(page.url()).hash).toContain('&service=gmail&step=result');
  });

  test('iCloud has no POP3: the result turns to IMAP, says why, and offers no profile', async ({ page }) => {
    await page.goto(`/${POP3_LINK}`);
    await page.getByRole('combobox', { name: 'Set it up with' }).selectOption({ label: 'iCloud Mail' });
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Why' }).getByText('iCloud Mail offers no POP3, so a mail program can reach this mailbox only over IMAP.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download a setup profile' })).toHaveCount(0);
    await expect(page.getByText('No setup profile for iCloud Mail: Apple devices have it built in.')).toBeVisible();
  });

  test('iCloud chosen on a POP3 result: the turn is said beside the choice, with a way back up to the verdict', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/${POP3_LINK}`);
    await expect(page.getByRole('heading', { level: 1, name: 'POP3 suits you' })).toBeVisible();
    const choice = page.getByRole('combobox', { name: 'Set it up with' });
    await choice.selectOption({ label: 'iCloud Mail' });
    const message = page.locator('.piw-choice-changed');
    await expect(message).toHaveText(/^iCloud Mail offers no POP3, so a mail program can reach this mailbox only over IMAP\. The recommendation is now IMAP\./);
    await expect(message).toHaveAttribute('role', 'status');
    // Beside the choice: right below it, on the same screen, while the verdict is out of sight.
    const [choiceBox, messageBox] = [await choice.boundingBox(), await message.boundingBox()];
    expect(messageBox!.y - (choiceBox!.y + choiceBox!.height)).toBeLessThan(40);
    const verdict = page.getByRole('heading', { level: 1, name: 'IMAP suits you' });
    // Read where the choice is, the verdict is out of sight: hence the message and its button.
    await message.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect(verdict).not.toBeInViewport();
    await message.getByRole('button', { name: 'See the new recommendation' }).click();
    await expect(verdict).toBeFocused();
    await expect(verdict).toBeInViewport();
  });

  test('a one-answer result never reads as a clear recommendation', async ({ page }) => {
    for (const [link, heading] of [
      ['/#v=1&threat=server&step=result', 'Your one answer points to POP3'],
      ['/#v=1&devices=many&step=result', 'Your one answer points to IMAP'],
    ] as const) {
      await page.goto(link);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText('One answer cannot tell what suits you: the other questions can still change this.')).toBeVisible();
      await expect(page.getByText(/A clear recommendation/)).toHaveCount(0);
      await expect(page).toHaveTitle(`${heading} · POP3 or IMAP?`);
    }
    // One answer that rules POP3 out: IMAP is needed, still never "a clear recommendation".
    await page.goto('/#v=1&sharing=team&step=result');
    await page.reload();
    await expect(page.getByText(/^IMAP is needed here\./)).toBeVisible();
    await expect(page.getByText(/A clear recommendation/)).toHaveCount(0);
  });

  test('a link naming an unknown provider opens with a calm notice and the general settings', async ({ page }) => {
    await page.goto('/#v=1&devices=many&sharing=solo&service=evil.example&step=result');
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Some answers in this link could not be read' })).toContainText(
      'We didn’t recognise the email provider this link names',
    );
    await expect(page.getByRole('combobox', { name: 'Set it up with' })).toHaveValue('');
    await expect(page.getByText('evil.example')).toHaveCount(0);
  });
});

test.describe('an email host embedding the wizard with its own servers', () => {
  const servers = 'data-provider-name="Example Mail" data-imap-server="imap.example.net" data-smtp-server="smtp.example.net" data-smtp-port="587"';

  test('the iframe shows the host’s servers, hides the choice, and saves the profile from inside its sandbox', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    const foreign = recordForeignRequests(page, wizard);
    await page.goto(
      hostPage(wizard, `<div data-pop-imap-wizard data-answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" ${servers}></div>`, { loader: true }),
    );
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await expect(frame.getByRole('heading', { name: 'Setting up IMAP' })).toBeVisible({ timeout: 10_000 });
    await expect(frame.getByRole('combobox', { name: 'Set it up with' })).toHaveCount(0);
    expect(await cards(frame)).toEqual([
      ['Receiving · IMAP', 'imap.example.net', 'port 993 · SSL/TLS'],
      ['Sending · SMTP', 'smtp.example.net', 'port 587 · STARTTLS, required'],
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download a setup profile' }).click()]);
    expect(download.suggestedFilename()).toBe('example-mail-imap.mobileconfig');
    const { mail } = await profileOf(download);
    expect(mail).toMatchObject({ EmailAccountType: 'EmailTypeIMAP', IncomingMailServerHostName: 'imap.example.net', OutgoingMailServerPortNumber: 587 });
    expect(foreign.map((r) => r.url())).toEqual([]);
  });

  test('the iframe on a host’s page with its own servers asks eight questions, not for a provider', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    await page.goto(hostPage(wizard, `<div data-pop-imap-wizard ${servers}></div>`, { loader: true }));
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await expect(frame.getByText('Eight short questions, about two minutes.')).toBeVisible({ timeout: 10_000 });
    await frame.getByRole('button', { name: 'Start' }).click();
    await expect(frame.getByText('Step 1 of 8', { exact: true })).toBeVisible();
    for (let i = 0; i < 8; i += 1) await frame.getByRole('button', { name: 'Skip this question' }).click();
    await expect(frame.getByRole('heading', { name: 'Setting up IMAP' })).toBeVisible();
    await expect(frame.getByText('Which email provider do you use?')).toHaveCount(0);
  });

  test('the element refuses a server that is not a host name, with a warning, and keeps the choice', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(
      hostPage(
        wizard,
        '<pop-imap-wizard answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" imap-server="imap.example.net:143" imap-port="143"></pop-imap-wizard>',
        { element: true },
      ),
    );
    const element = page.locator('pop-imap-wizard');
    await expect(element.getByRole('heading', { name: 'Setting up IMAP' })).toBeVisible();
    await expect(element.getByRole('combobox', { name: 'Set it up with' })).toBeVisible();
    expect(warnings.filter((w) => w.includes('is not a host name'))).toHaveLength(1);
    expect((await cards(element))[0]).toEqual(['Receiving · IMAP', 'port 993 · SSL/TLS']);
  });
});
