import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * Lints snippets as if they were files at the given paths, in a child process (ESLint
 * loads its ESM config with a dynamic import, which jest's sandbox cannot do).
 */
function boundaryErrors(files: Record<string, string>): Record<string, string[]> {
  const script = `
    import { ESLint } from 'eslint';
    const files = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = {};
    for (const [filePath, code] of Object.entries(files)) {
      const [r] = await eslint.lintText(code, { filePath });
      out[filePath] = r.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
    }
    console.log(JSON.stringify(out));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(files)], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

/** The layer rules of STYLE.md hold: a wrong import is a lint error, a right one is not. */
describe('module boundaries (lint)', () => {
  it('refuses web → server, ui → server and shared → web imports, and accepts server → shared', () => {
    const errors = boundaryErrors({
      'apps/web/src/app/wrong.ts': "import { loadConfig } from '@budgetspor/server/config';\nexport const x = loadConfig;\n",
      'libs/web/shared/ui/src/lib/wrong.ts': "import { HealthModule } from '@budgetspor/server/health';\nexport const x = HealthModule;\n",
      'libs/shared/money/src/lib/wrong.ts': "import { StatusBadge } from '@budgetspor/web/shared/ui';\nexport const x = StatusBadge;\n",
      'libs/server/tracks/src/lib/ok.ts': "import { parseKroner } from '@budgetspor/shared/money';\nexport const x = parseKroner;\n",
    });
    expect(errors['apps/web/src/app/wrong.ts'][0]).toMatch(/"scope:web" can only depend on libs tagged with "scope:web", "scope:shared"/);
    expect(errors['libs/web/shared/ui/src/lib/wrong.ts'][0]).toMatch(/can only depend on libs tagged with/);
    expect(errors['libs/shared/money/src/lib/wrong.ts'][0]).toMatch(/"scope:shared" can only depend on libs tagged with "scope:shared"/);
    expect(errors['libs/server/tracks/src/lib/ok.ts']).toEqual([]);
  }, 120_000);
});
