// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/import-boundaries').map((m) => m.message);
}

describe('the import-boundary rule', () => {
  it('rejects React in src/logic', async () => {
    const errors = await boundaryErrors('src/logic/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/src\/logic may not import "react"/);
  });

  it('rejects zustand and recharts in src/logic', async () => {
    const errors = await boundaryErrors(
      'src/logic/bad.ts',
      "import { createStore } from 'zustand';\nimport { Radar } from 'recharts';\nexport const x = [createStore, Radar];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('rejects a relative import that leaves src/logic', async () => {
    const errors = await boundaryErrors('src/logic/locale/bad.ts', "import { x } from '../../state/store.ts';\nexport const y = x;\n");
    expect(errors).toHaveLength(1);
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

  it('allows src/state to use src/logic and zustand', async () => {
    const errors = await boundaryErrors(
      'src/state/ok.ts',
      "import { createStore } from 'zustand';\nimport { QUESTIONS } from '../logic/questions.ts';\nexport const x = [createStore, QUESTIONS];\n",
    );
    expect(errors).toEqual([]);
  });
});
