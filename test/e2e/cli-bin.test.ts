import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/temp-project.ts';

describe('the shipshape command after npm ci', () => {
  it('is linked into node_modules/.bin and runs the bundled CLI', () => {
    const result = spawnSync(
      join(repoRoot, 'node_modules', '.bin', 'shipshape'),
      ['--version'],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
        },
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('0.1.0\n');
    expect(result.status).toBe(0);
  });

  it('answers an unknown command with exit code 2 and the usage', () => {
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'packages', 'cli', 'bin', 'shipshape.js'), 'publish'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "publish"');
    expect(result.stderr).toContain('verify-dossier');
  });
});
