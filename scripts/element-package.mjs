// After the embed build: the package's public declarations and its custom-elements.json, both
// generated from src/embed (element-types.ts, protocol.ts and element-docs.ts), never written by hand.
// 1. tsc emits dist/embed/types/**/*.d.ts (tsconfig.element-types.json: embed/element-types.d.ts and
//    the declarations it imports, laid out as src/ is); their relative imports are rewritten to .js,
//    which TypeScript resolves to the .d.ts beside them.
// 2. custom-elements.json (schema 2.1.0) lists the element's tag, class, attributes, events, CSS
//    custom properties and parts from protocol.ts and element-docs.ts, loaded through Vite so this script needs no TypeScript runtime of its own.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const TYPES = join(ROOT, 'dist', 'embed', 'types');

execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.element-types.json'], { cwd: ROOT, stdio: 'inherit' });
for (const file of readdirSync(TYPES, { recursive: true }).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(TYPES, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/((?:from |import\()'\.{1,2}\/[\w./-]+)\.tsx?'/g, "$1.js'"));
}

const server = await createServer({ root: ROOT, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom' });
try {
  const { TAG_NAME, SETTINGS, SYNC_URL, EVENTS } = await server.ssrLoadModule('/src/embed/protocol.ts');
  const { ATTRIBUTE_DOCS, EVENT_DOCS, CSS_PROPERTY_DOCS, CSS_PART_DOCS } = await server.ssrLoadModule('/src/embed/element-docs.ts');
  const module = 'dist/embed/pop-imap-wizard.js';
  const manifest = {
    schemaVersion: '2.1.0',
    modules: [
      {
        kind: 'javascript-module',
        path: module,
        declarations: [
          {
            kind: 'class',
            name: 'PopImapWizardElement',
            tagName: TAG_NAME,
            customElement: true,
            description: 'The POP3 or IMAP decision wizard: eight questions, a recommendation with its reasons, a chart and setup advice.',
            superclass: { name: 'HTMLElement' },
            attributes: [...SETTINGS, SYNC_URL].map((name) => ({
              name,
              type: { text: ATTRIBUTE_DOCS[name].type },
              description: ATTRIBUTE_DOCS[name].description,
            })),
            events: EVENTS.map((name) => ({ name, type: { text: `CustomEvent<EventDetails['${name}']>` }, description: EVENT_DOCS[name] })),
            cssProperties: CSS_PROPERTY_DOCS.map(({ name, syntax, default: value, description }) => ({ name, syntax, default: value, description })),
            cssParts: CSS_PART_DOCS.map(({ name, description }) => ({ name, description })),
          },
        ],
        exports: [{ kind: 'custom-element-definition', name: TAG_NAME, declaration: { name: 'PopImapWizardElement', module } }],
      },
    ],
  };
  writeFileSync(join(ROOT, 'dist', 'embed', 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log('element package: dist/embed/types/**/*.d.ts and dist/embed/custom-elements.json');
} finally {
  await server.close();
}
