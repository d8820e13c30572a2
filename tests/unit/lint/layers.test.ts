// The layer rules of DESIGN.md are enforced by ESLint: a deliberate violation in a scratch
// file at each layer is reported, and the same file without it is clean.
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/views/planner/scratch.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['src/state/scratch.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['src/ui/scratch.ts', "import Papa from 'papaparse';\nexport const p = Papa;\n"],
    ['src/db/scratch.ts', "import Papa from 'papaparse';\nexport const p = Papa;\n"],
    ['src/domain/scratch.ts', "import { mount } from 'svelte';\nexport const m = mount;\n"],
    ['src/domain/scratch.ts', "import { appDb } from '../db';\nexport const a = appDb;\n"],
    ['src/domain/scratch.ts', "import { fr } from '../i18n/fr';\nexport const f = fr;\n"],
    [
      'src/views/planner/scratch.ts',
      "import { appDb } from '../../db';\nexport const a = appDb;\n",
    ],
  ])('%s: a forbidden import is reported', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/db/scratch.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['src/domain/scratch.ts', "import { toCents } from './money';\nexport const c = toCents;\n"],
    ['src/state/scratch.ts', "import { appDb } from '../db';\nexport const a = appDb;\n"],
  ])('%s: an allowed import is clean', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });

  it('forbids Date.now() and parseFloat in src/domain', async () => {
    const ids = await ruleIds(
      'src/domain/scratch.ts',
      "export const t = Date.now();\nexport const n = parseFloat('12,5');\n",
    );
    expect(ids).toEqual(['no-restricted-properties', 'no-restricted-syntax']);
  });

  it('makes {@html} an error in components', async () => {
    // A real file: the TypeScript project service only parses files that exist.
    const file = 'src/ui/LintScratch.svelte';
    const code =
      '<script lang="ts">\n  let { text }: { text: string } = $props();\n</script>\n\n{@html text}\n';
    writeFileSync(file, code);
    try {
      expect(await ruleIds(file, code)).toEqual(['svelte/no-at-html-tags']);
    } finally {
      rmSync(file);
    }
    // Type-aware linting of a .svelte file starts a TypeScript project: seconds on 2 cores.
  }, 30_000);
});
