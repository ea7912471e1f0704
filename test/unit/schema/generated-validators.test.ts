import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifestSchema, checkPolicySchema } from '@shipshape/core';
import {
  generateValidators,
  target,
} from '../../../scripts/generate-validators.mjs';
import { repoRoot } from '../../helpers/temp-project.ts';

describe('precompiled schema validators', () => {
  it('match what the schemas in schemas/ generate (run npm run build after editing a schema)', async () => {
    const committed = await readFile(join(repoRoot, target), 'utf8');
    expect(committed === (await generateValidators(repoRoot))).toBe(true);
  });

  it('refuse an unknown key in release.yaml and name it', () => {
    const problems = checkManifestSchema({
      release: { id: 'a', version: '1.0.0', colour: 'blue' },
      artifacts: [],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        kind: 'unknown-key',
        key: 'colour',
        pointer: '/release/colour',
      }),
    );
  });

  it('refuse a wrong type in a policy section', () => {
    const problems = checkPolicySchema({
      signing: { 'require-hardware-key': 'yes' },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        kind: 'type',
        pointer: '/signing/require-hardware-key',
      }),
    );
  });

  it('accept the example policy shape', () => {
    expect(
      checkPolicySchema({
        versioning: {
          scheme: 'semver',
          format: null,
          tickets: '[A-Z]+-[0-9]+',
        },
        licenses: { allow: ['MIT'], deny: [], unknown: 'fail' },
      }),
    ).toEqual([]);
  });
});
