// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of one rule (or of several) for a snippet linted as if it were the file at `filePath`. */
async function ruleErrors(filePath: string, code: string, rules: ReadonlyArray<string>): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => rules.includes(m.ruleId ?? '')).map((m) => m.message);
}

const boundaryErrors = (filePath: string, code: string) => ruleErrors(filePath, code, ['@typescript-eslint/no-restricted-imports']);

describe('the import boundaries between the layers of src/', () => {
  it('rejects React in src/logic', async () => {
    const errors = await boundaryErrors('src/logic/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/src\/logic is pure TypeScript: it imports no package/);
  });

  it('rejects zustand and recharts in src/logic', async () => {
    const errors = await boundaryErrors(
      'src/logic/bad.ts',
      "import { createStore } from 'zustand';\nimport { Radar } from 'recharts';\nexport const x = [createStore, Radar];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('rejects a relative import that leaves src/logic, however it is spelt', async () => {
    for (const source of ['../../state/store.ts', '../state/store.ts', './../../components/wizard.tsx']) {
      const errors = await boundaryErrors('src/logic/deep/bad.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(errors, source).toEqual([expect.stringMatching(/src\/logic imports only from src\/logic:/)]);
    }
  });

  it('allows imports inside src/logic', async () => {
    const errors = await boundaryErrors('src/logic/deep/ok.ts', "import { QUESTIONS } from '../questions.ts';\nexport const y = QUESTIONS;\n");
    expect(errors).toEqual([]);
  });

  it('rejects the words in src/logic: the logic takes a locale as a parameter', async () => {
    for (const source of ['../locale/en/ui.ts', '../../locale/languages.ts', './../locale/shape.ts']) {
      const errors = await boundaryErrors('src/logic/bad.ts', `import type { x } from '${source}';\nexport type y = x;\n`);
      expect(errors, source).toEqual([expect.stringMatching(/src\/logic imports only from src\/logic: it returns ids and data/)]);
    }
  });

  it('lets src/locale import src/logic only: no package, no state, no components', async () => {
    expect(await boundaryErrors('src/locale/xx/ok.ts', "import type { AdviceWords } from '../../logic/advice.ts';\nexport type y = AdviceWords;\n")).toEqual(
      [],
    );
    expect(await boundaryErrors('src/locale/xx/bad.ts', "import { useState } from 'react';\nexport const y = useState;\n")).toEqual([
      expect.stringMatching(/src\/locale holds words: it imports no package/),
    ]);
    for (const source of ['../../state/store.ts', '../../components/locale.tsx', '../embed/protocol.ts', '../charts/chart-data.ts']) {
      const errors = await boundaryErrors('src/locale/xx/bad.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(errors, source).toEqual([expect.stringMatching(/src\/locale may import src\/logic only/)]);
    }
  });

  it('lets the state and the components use the words, and keeps them out of the charts', async () => {
    expect(await boundaryErrors('src/state/ok.ts', "import { LANGS } from '../locale/languages.ts';\nexport const y = LANGS;\n")).toEqual([]);
    expect(await boundaryErrors('src/components/ok.tsx', "import { LANGS } from '../locale/languages.ts';\nexport const y = LANGS;\n")).toEqual([]);
    expect(await boundaryErrors('src/charts/bad.tsx', "import { LANGS } from '../locale/languages.ts';\nexport const y = LANGS;\n")).toHaveLength(1);
  });

  it('rejects components, charts and recharts in src/state', async () => {
    const errors = await boundaryErrors(
      'src/state/bad.ts',
      "import { A } from '../components/a.tsx';\nimport { B } from '../charts/b.tsx';\nimport { Radar } from 'recharts';\nexport const x = [A, B, Radar];\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('rejects the embed layer in the components and the charts', async () => {
    expect(await boundaryErrors('src/components/bad.tsx', "import { x } from '../embed/protocol.ts';\nexport const y = x;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/charts/bad.tsx', "import { x } from '../embed/protocol.ts';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('gives src/ the browser’s globals, not Node’s, and the scripts and tests Node’s', async () => {
    const globalsOf = async (file: string) => Object.keys((await eslint.calculateConfigForFile(file)).languageOptions.globals);
    const product = await globalsOf('src/logic/recommend.ts');
    expect(product).toContain('document');
    expect(product).not.toContain('process');
    expect(await globalsOf('scripts/prerender.mjs')).toContain('process');
  });

  it('keeps the embed builder out of every layer, and lets the builder use them all', async () => {
    const builderErrors = (filePath: string, code: string) => ruleErrors(filePath, code, ['no-restricted-imports', '@typescript-eslint/no-restricted-imports']);
    for (const file of ['src/embed/bad.ts', 'src/components/bad.tsx', 'src/logic/bad.ts']) {
      const errors = await builderErrors(file, "import { x } from '../configure/snippets.ts';\nexport const y = x;\n");
      expect(errors, file).toContainEqual(expect.stringMatching(/src\/configure is the embed builder’s page/));
    }
    expect(
      await builderErrors(
        'src/configure/ok.tsx',
        "import { readSettings } from '../embed/attributes.ts';\nimport { useCopy } from '../components/copy.tsx';\nexport const y = [readSettings, useCopy];\n",
      ),
    ).toEqual([]);
  });

  it('allows src/state to use src/logic and zustand', async () => {
    const errors = await boundaryErrors(
      'src/state/ok.ts',
      "import { createStore } from 'zustand';\nimport { QUESTIONS } from '../logic/questions.ts';\nexport const x = [createStore, QUESTIONS];\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('the shape of the tree', () => {
  const cycleErrors = (filePath: string, code: string) => ruleErrors(filePath, code, ['import-x/no-cycle']);

  it('rejects an import that closes a cycle, and the same import where none forms', async () => {
    // questions.ts imports catalogue.ts: the catalogue importing the questions back closes a cycle.
    const back = "import { QUESTIONS } from './questions.ts';\nexport const x = QUESTIONS;\n";
    expect(await cycleErrors('src/logic/catalogue.ts', back)).toEqual(['Dependency cycle detected']);
    expect(await cycleErrors('src/logic/new-module.ts', back)).toEqual([]);
    // Across layers too: the store's module importing a component that reads the store.
    expect(await cycleErrors('src/state/wizard-context.tsx', "import { Wizard } from '../components/wizard.tsx';\nexport const x = Wizard;\n")).toEqual([
      'Dependency cycle detected',
    ]);
  });

  it('names every file and folder in kebab-case', async () => {
    const naming = (filePath: string) =>
      ruleErrors(filePath, 'export const x = 1;\n', ['check-file/filename-naming-convention', 'check-file/folder-naming-convention']);
    expect(await naming('src/components/ResultPage.tsx')).toEqual([expect.stringMatching(/"ResultPage.tsx" does not match the "KEBAB_CASE" pattern/)]);
    expect(await naming('src/logic/share_link.ts')).toHaveLength(1);
    expect(await naming('tests/logic/recommendExhaustive.test.ts')).toHaveLength(1);
    expect(await naming('src/locale/Fr/ui.ts')).toEqual([expect.stringMatching(/folder "Fr" does not match/)]);
    expect(await naming('src/components/result-page.tsx')).toEqual([]);
    expect(await naming('tests/logic/recommend-exhaustive.test.ts')).toEqual([]);
  });
});
