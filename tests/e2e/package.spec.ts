/**
 * The package a host installs: `npm pack` of this project, installed into a scratch project as a
 * host would. Its `./element` export defines <pop-imap-wizard> in a browser, its declarations type a
 * host's TypeScript, and its custom-elements.json lists what the element reads and tells.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

test.describe('the package hosts install', () => {
  let scratch = '';

  test.beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'piw-host-'));
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'a-host', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
  });

  test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('has no dependencies of its own, and ships the element, its chunks, its types and its manifest only', () => {
    const installed = join(scratch, 'node_modules', 'pop-imap-wizard');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: installed, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(files).toContain('./dist/embed/pop-imap-wizard.js');
    expect(files).toContain('./dist/embed/types/embed/element-types.d.ts');
    expect(files).toContain('./dist/embed/custom-elements.json');
    expect(files.some((f) => f.startsWith('./dist/embed/chunks/result-page-'))).toBe(true);
    expect(files.filter((f) => f.startsWith('./src/') || f.startsWith('./tests/') || f.includes('/examples/'))).toEqual([]);
  });

  test('its ./element export, imported in a browser, defines <pop-imap-wizard>', async ({ page }) => {
    // Resolved through the package's exports, as a bundler or Node would.
    const resolved = execFileSync('node', ['--input-type=module', '-e', "console.log(import.meta.resolve('pop-imap-wizard/element'))"], {
      cwd: scratch,
      encoding: 'utf8',
    }).trim();
    const file = fileURLToPath(resolved);
    expect(file.endsWith(join('node_modules', 'pop-imap-wizard', 'dist', 'embed', 'pop-imap-wizard.js'))).toBe(true);
    const served = dirname(file);
    await page.route('http://host.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>Host</title><script type="module" src="/wizard/pop-imap-wizard.js"></script><pop-imap-wizard></pop-imap-wizard>',
        });
      }
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(served, path.replace(/^\/wizard\//, ''))) });
    });
    await page.goto('http://host.test/');
    await expect(page.locator('pop-imap-wizard').getByRole('button', { name: 'Start' })).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('pop-imap-wizard') instanceof customElements.get('pop-imap-wizard')!)).toBe(true);
  });

  test('its declarations type a host’s TypeScript: the element, its attributes and its events', () => {
    const host = `import 'pop-imap-wizard/element';
import type { EventDetails } from 'pop-imap-wizard/element';
const wizard = document.createElement('pop-imap-wizard');
wizard.setAttribute('accent', '#0b6e4f');
wizard.addEventListener('wizard-complete', (event) => {
  const protocol: 'pop3' | 'imap' = event.detail.protocol;
  const link: string = event.detail.shareUrl;
  console.log(protocol, link);
});
document.addEventListener('wizard-step', (event) => console.log(event.detail.step + 1, event.detail.total, event.detail.questionId));
document.addEventListener('wizard-answer', (event) => console.log(event.detail.questionId, event.detail.optionId));
wizard.addEventListener('wizard-complete', (event) => {
  const reopened: boolean = event.detail.reopened;
  console.log(reopened);
});
const detail: EventDetails['wizard-cta'] = { protocol: 'imap', href: 'https://mail-host.example/plans' };
console.log(detail, wizard.tagName);
`;
    const config = {
      compilerOptions: { strict: true, noEmit: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [] },
    };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ ...config, files: ['host.ts'] }));
    writeFileSync(join(scratch, 'host.ts'), host);
    execFileSync(TSC, ['-p', '.'], { cwd: scratch, stdio: 'pipe' });
    // A host that misreads an event is told so: the types are real, not `any`.
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ ...config, files: ['wrong.ts'] }));
    writeFileSync(
      join(scratch, 'wrong.ts'),
      "import 'pop-imap-wizard/element';\ndocument.createElement('pop-imap-wizard').addEventListener('wizard-cta', (e) => e.detail.shareUrl.trim());\n",
    );
    let output = '';
    try {
      execFileSync(TSC, ['-p', '.'], { cwd: scratch, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toContain("Property 'shareUrl' does not exist");
  });

  test('its custom-elements.json lists the tag, every attribute and event, and the CSS a host may set', () => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules', 'pop-imap-wizard', 'dist', 'embed', 'custom-elements.json'), 'utf8'));
    const [element] = manifest.modules[0].declarations;
    expect(element.tagName).toBe('pop-imap-wizard');
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual([
      'theme',
      'accent',
      'cta-label',
      'cta-href',
      'pop3-cta-label',
      'pop3-cta-href',
      'imap-cta-label',
      'imap-cta-href',
      'answers',
      'share-base',
      'provider-name',
      'imap-server',
      'imap-port',
      'pop3-server',
      'pop3-port',
      'smtp-server',
      'smtp-port',
      'lang',
      'mode',
      'button-label',
      'skip-intro',
      'sync-url',
    ]);
    expect(element.events.map((e: { name: string }) => e.name)).toEqual(['wizard-start', 'wizard-answer', 'wizard-step', 'wizard-complete', 'wizard-cta']);
    // What a host may style: the documented custom properties and parts, each with its words.
    expect(element.cssProperties.map((p: { name: string }) => p.name)).toEqual(['--piw-font-family', '--piw-radius', '--piw-surface']);
    expect(element.cssParts.map((p: { name: string }) => p.name)).toEqual(['card', 'heading', 'progress', 'primary-button', 'secondary-button']);
    expect([...element.cssProperties, ...element.cssParts].every((entry: { description: string }) => entry.description.length > 20)).toBe(true);
    expect(manifest.modules[0].exports[0]).toMatchObject({ kind: 'custom-element-definition', name: 'pop-imap-wizard' });
  });
});
