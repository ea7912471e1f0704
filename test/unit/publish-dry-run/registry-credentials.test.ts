/** Reading, masking and comparing registry credentials. */
import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '@shipshape/core';
import {
  readCredential,
  sharedVariables,
} from '@shipshape/core/publish-dry-run/registry-credentials';
import {
  renderProbeTable,
  probeTableMarkdown,
} from '@shipshape/core/publish-dry-run/probe-table';

describe('readCredential', () => {
  it('masks the value before returning it, with its user:secret and base64 forms', () => {
    const secrets = new SecretRegistry();
    const lookup = readCredential(
      'oci',
      {
        kind: 'container',
        url: 'http://x',
        environment: 'staging',
        credentials: 'OCI',
      },
      { OCI: 'bot:s3cret-value' },
      secrets,
    );
    expect(lookup.credential).toEqual({
      variable: 'OCI',
      user: 'bot',
      secret: 's3cret-value',
    });
    const basic = Buffer.from('bot:s3cret-value').toString('base64');
    expect(secrets.redact(`Basic ${basic} s3cret-value`)).toBe('Basic *** ***');
  });

  it('masks user:secret built from registries.<name>.user', () => {
    const secrets = new SecretRegistry();
    readCredential(
      'm',
      {
        kind: 'maven',
        url: 'http://x',
        environment: 'staging',
        credentials: 'M',
        user: 'deployer',
      },
      { M: 'pa55word-xyz' },
      secrets,
    );
    expect(
      secrets.leaks(Buffer.from('deployer:pa55word-xyz').toString('base64')),
    ).toBe(true);
  });

  it('wants user:secret for a container registry without a user', () => {
    const lookup = readCredential(
      'oci',
      {
        kind: 'container',
        url: 'http://x',
        environment: 'staging',
        credentials: 'OCI',
      },
      { OCI: 'no-user-part' },
      new SecretRegistry(),
    );
    expect(lookup.finding?.code).toBe('PUBLISH_CREDENTIAL_MISSING');
  });

  it('reads only the named variable', () => {
    const reads: string[] = [];
    const values: Record<string, string> = {
      A: 'token-aaaaaa',
      B: 'token-bbbbbb',
    };
    const env = new Proxy(values, {
      get: (target, key): string | undefined => {
        reads.push(String(key));
        return target[String(key)];
      },
    });
    readCredential(
      'a',
      {
        kind: 'npm',
        url: 'http://x',
        environment: 'staging',
        credentials: 'A',
      },
      env,
      new SecretRegistry(),
    );
    expect(reads).toEqual(['A']);
  });
});

describe('sharedVariables', () => {
  it('finds a variable used by two environments, and not one used twice in one', () => {
    const registry = (environment: string, credentials: string) => ({
      kind: 'npm' as const,
      url: 'http://x',
      environment,
      credentials,
    });
    expect(
      sharedVariables([
        { name: 'a', registry: registry('staging', 'T') },
        { name: 'b', registry: registry('production', 'T') },
      ]),
    ).toHaveLength(1);
    expect(
      sharedVariables([
        { name: 'a', registry: registry('staging', 'T') },
        { name: 'b', registry: registry('staging', 'T') },
      ]),
    ).toEqual([]);
  });
});

describe('probe table', () => {
  const row = {
    artifact: 'evil\u001b[2J|name',
    target: 't',
    registry: 'http://x/',
    kind: 'npm',
    reachable: true,
    authenticated: false,
    allowed: 'not checked' as const,
    versionFree: true,
    packageValid: true,
    reasons: {
      reachable: 'ok',
      authenticated: '401 | <b>',
      allowed: 'n/a',
      versionFree: 'ok',
      packageValid: 'ok',
    },
  };

  it('shows control characters visibly and explains every cell that is not yes', () => {
    const text = renderProbeTable([row]).join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('auth: 401 | <b>');
    expect(text).toContain('allowed: n/a');
  });

  it('escapes cells of the Markdown table', () => {
    const markdown = probeTableMarkdown([row], (text) =>
      text.replace(/[|<>]/g, (char) => `\\${char}`),
    );
    expect(markdown).toContain('401 \\| \\<b\\>');
    expect(
      markdown.split('\n').filter((line) => line.startsWith('|')),
    ).toHaveLength(3);
  });
});
