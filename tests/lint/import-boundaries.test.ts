// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

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
      const errors = await boundaryErrors('src/logic/locale/bad.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(errors, source).toEqual([expect.stringMatching(/src\/logic imports only from src\/logic\.$/)]);
    }
  });

  it('allows imports inside src/logic', async () => {
    const errors = await boundaryErrors('src/logic/locale/ok.ts', "import { QUESTIONS } from '../questions.ts';\nexport const y = QUESTIONS;\n");
    expect(errors).toEqual([]);
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

  it('allows src/state to use src/logic and zustand', async () => {
    const errors = await boundaryErrors(
      'src/state/ok.ts',
      "import { createStore } from 'zustand';\nimport { QUESTIONS } from '../logic/questions.ts';\nexport const x = [createStore, QUESTIONS];\n",
    );
    expect(errors).toEqual([]);
  });
});
