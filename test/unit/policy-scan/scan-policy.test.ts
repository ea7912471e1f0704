import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '@shipshape/core/policy/release-policy';
import {
  publicOSVAPI,
  scanPolicyFrom,
} from '@shipshape/core/policy-scan/scan-policy';
import { tempDir } from '../../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function osvAPIOf(value: string): Promise<string | undefined> {
  const temp = await tempDir('shipshape-scan-policy-');
  cleanups.push(temp.cleanup);
  await writeFile(
    join(temp.dir, 'policy.yaml'),
    `vulnerabilities:\n  fail-on: high\n${value}`,
  );
  const policy = await scanPolicyFrom(
    await loadPolicy({ file: 'policy.yaml', cwd: temp.dir }),
  );
  return policy.vulnerabilities.osvAPI;
}

describe('vulnerabilities.osv-api', () => {
  it('is off unless the policy allows network use', async () => {
    expect(await osvAPIOf('')).toBeUndefined();
    expect(await osvAPIOf('  osv-api: false\n')).toBeUndefined();
  });

  it('true means the public OSV API; a URL names another one', async () => {
    expect(await osvAPIOf('  osv-api: true\n')).toBe(publicOSVAPI);
    expect(publicOSVAPI).toBe('https://api.osv.dev');
    expect(await osvAPIOf('  osv-api: https://osv.example.test/api/\n')).toBe(
      'https://osv.example.test/api',
    );
  });

  it('refuses anything else with exit 2 naming the key', async () => {
    await expect(osvAPIOf('  osv-api: yes please\n')).rejects.toMatchObject({
      message: expect.stringContaining('osv-api') as unknown,
    });
    await expect(
      osvAPIOf('  osv-api: ftp://osv.example.test\n'),
    ).rejects.toMatchObject({
      message: expect.stringContaining('osv-api') as unknown,
    });
  });
});
