import { expect, test } from '@playwright/test';
import ENGLISH from '../../src/locale/en/index.ts';
import { recommend } from '../../src/logic/recommend.ts';
import type { Answers } from '../../src/logic/types.ts';

/**
 * A result where the two biggest drivers favour the runner-up (one device and fear of the provider
 * point to POP3), yet IMAP wins: the page must not argue for IMAP with reasons for POP3.
 */
const ANSWERS: Answers = {
  devices: 'one',
  sharing: 'delegate',
  threat: 'server',
  backups: 'sometimes',
  deviceSecurity: 'unsure',
  provider: 'low',
  storage: 'small',
  retention: 'no',
};
const LINK = `/#v=1&${Object.entries(ANSWERS)
  .map(([k, v]) => `${k}=${v}`)
  .join('&')}&step=result`;

test('a result whose biggest drivers favour the runner-up lists under "Why" only reasons for the recommended protocol', async ({ page }) => {
  const result = recommend(ANSWERS, ENGLISH);
  // The premise: IMAP wins with no requirement, and the two biggest drivers point to POP3.
  expect(result.protocol).toBe('imap');
  expect(result.requirements).toEqual([]);
  expect(result.drivers.slice(0, 2).map((d) => d.favours)).toEqual(['pop3', 'pop3']);

  await page.goto(LINK);
  await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();

  const forImap = result.drivers.filter((d) => d.favours === 'imap' && d.share !== 0).map((d) => d.reason ?? '');
  const forPop3 = result.drivers.filter((d) => d.favours === 'pop3').map((d) => d.reason ?? '');
  // Both sides have reasons, so the checks below look at something.
  expect(forImap.length).toBeGreaterThan(0);
  expect(forPop3.length).toBeGreaterThan(0);
  // Open every part of the page: the reasons beyond the main one, and the other side.
  for (const summary of await page.locator('summary').all()) await summary.click();
  const why = page.getByRole('region', { name: 'Why', exact: true }).getByRole('listitem');
  await expect(why).toHaveCount(forImap.length);
  for (const [i, reason] of forImap.entries()) {
    const item = why.nth(i);
    await expect(item).toContainText(reason);
    await expect(item).not.toContainText(/POP3 (would|is the)/);
  }
  for (const reason of forPop3) await expect(why.filter({ hasText: reason })).toHaveCount(0);

  const against = page.getByRole('region', { name: /^What pulls the other way/ }).getByRole('listitem');
  await expect(against).toHaveCount(forPop3.length);
  await expect(against.first()).toContainText(forPop3[0] ?? '');
  for (const item of await against.all()) await expect(item).toContainText('points to POP3');
  await expect(page.getByText(/favours POP3/)).toHaveCount(0);
});
