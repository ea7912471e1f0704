import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@shipshape/core';
import {
  maxSARIFResults,
  sarifLog,
} from '@shipshape/core/policy-scan/sarif-log';
import { repoRoot } from '../../helpers/temp-project.ts';

// ajv 8 is core's dependency; the root holds eslint's ajv 6.
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const { Ajv } = createRequire(join(repoRoot, 'packages/core/package.json'))(
  'ajv',
) as { Ajv: new (options: object) => { compile(schema: object): Validator } };

const requireFromCore = createRequire(
  join(repoRoot, 'packages/core/package.json'),
);
const addFormats = (
  requireFromCore('ajv-formats') as {
    default: (ajv: object) => void;
  }
).default;

// The official SARIF 2.1.0 schema (OASIS, errata rtm.5; source and licence
// in test/fixtures/policy-scan/SOURCES.md). It is a draft-04 schema; the
// only draft-04 spelling it uses is the top-level `id`, and it has no
// boolean exclusiveMinimum/Maximum, so ajv 8 reads it exactly once `id`
// becomes `$id`. One of its patterns (the language tag) is not valid with
// the `u` flag, so ajv compiles patterns without it, as draft-04 tools do.
const officialSchemaFile = join(
  repoRoot,
  'test/fixtures/policy-scan/sarif/sarif-2.1.0-rtm.5.json',
);
const officialSchemaText = readFileSync(officialSchemaFile, 'utf8');
const officialSchema = JSON.parse(officialSchemaText) as Record<
  string,
  unknown
>;
const { id: schemaId, $schema: _draft, ...schemaBody } = officialSchema;
const officialAjv = new Ajv({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
});
addFormats(officialAjv);
const validateOfficial = officialAjv.compile({
  ...schemaBody,
  $id: schemaId,
});

// The official schema allows much that GitHub code scanning refuses on
// upload, so this second schema encodes what GitHub enforces: version,
// runs, tool.driver.name and rules, and per result a ruleId, a message
// text, a level and a physical location with a relative URI and a 1-based
// region.
const githubSARIF = {
  type: 'object',
  required: ['version', 'runs', '$schema'],
  properties: {
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: {
                          type: 'object',
                          required: ['text'],
                        },
                        defaultConfiguration: {
                          type: 'object',
                          properties: {
                            level: {
                              enum: ['none', 'note', 'warning', 'error'],
                            },
                          },
                        },
                        properties: {
                          type: 'object',
                          properties: {
                            'security-severity': {
                              type: 'string',
                              pattern: '^(10(\\.0)?|[0-9](\\.[0-9])?)$',
                            },
                            tags: { type: 'array', items: { type: 'string' } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            maxItems: 25000,
            items: {
              type: 'object',
              required: ['ruleId', 'message', 'locations', 'level'],
              properties: {
                ruleId: { type: 'string', minLength: 1 },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: {
                  type: 'object',
                  required: ['text'],
                  properties: { text: { type: 'string', minLength: 1 } },
                },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: {
                              uri: {
                                type: 'string',
                                pattern:
                                  '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)[^\\\\]+$',
                              },
                            },
                          },
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: {
                  type: 'object',
                  additionalProperties: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  githubSARIF,
);

const findings: Finding[] = [
  {
    code: 'VULN_AFFECTED',
    severity: 'error',
    message: 'semver@7.3.5 is affected by GHSA-c2qf-rxjj-qqgw',
    advisory: 'GHSA-c2qf-rxjj-qqgw',
    component: 'pkg:npm/semver@7.3.5',
    owner: '@acme/widgets',
    remediation: 'upgrade semver to 7.5.2 or later',
    location: { file: 'release.yaml', line: 9, column: 5 },
    details: { severity: 'moderate' },
  },
  {
    code: 'VULN_AFFECTED',
    severity: 'warning',
    message: 'semver@6.3.0 is affected by GHSA-c2qf-rxjj-qqgw',
    advisory: 'GHSA-c2qf-rxjj-qqgw',
    component: 'pkg:npm/semver@6.3.0',
    location: { file: 'sub dir\\release.yaml', line: 0 },
    details: { severity: 'moderate' },
  },
  {
    code: 'VULN_NO_ADVISORIES',
    severity: 'warning',
    message: 'no advisories were given',
  },
];

describe('SARIF log', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(createHash('sha256').update(officialSchemaText).digest('hex')).toBe(
      '2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8',
    );
    const log = sarifLog(findings, {
      toolVersion: '0.1.0',
      fallbackFile: 'release.yaml',
    });
    expect(validateOfficial(log), JSON.stringify(validateOfficial.errors)).toBe(
      true,
    );
  });

  it('the official schema rejects what SARIF 2.1.0 forbids', () => {
    const log = sarifLog(findings, {
      toolVersion: '0.1.0',
      fallbackFile: 'release.yaml',
    }) as { runs: { results: Record<string, unknown>[] }[] };
    const broken = structuredClone(log);
    const result = broken.runs[0]?.results[0];
    if (!result) throw new Error('the log has no result');
    result['level'] = 'fatal';
    expect(validateOfficial(broken)).toBe(false);
    expect(validateOfficial({ ...log, version: '2.0.0' })).toBe(false);
    expect(validateOfficial({ ...log, unknownKey: true })).toBe(false);
  });

  it('meets the structure GitHub code scanning requires', () => {
    const log = sarifLog(findings, {
      toolVersion: '0.1.0',
      fallbackFile: 'release.yaml',
    });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('shares one rule per advisory and points each result at its rule', () => {
    const log = sarifLog(findings, {
      toolVersion: '0.1.0',
      fallbackFile: 'release.yaml',
    }) as {
      runs: {
        tool: {
          driver: {
            rules: { id: string; properties: Record<string, unknown> }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number };
            };
          }[];
        }[];
      }[];
    };
    const run = log.runs[0];
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual([
      'GHSA-c2qf-rxjj-qqgw',
      'VULN_NO_ADVISORIES',
    ]);
    expect(rules[0]?.properties['security-severity']).toBe('5.5');
    for (const result of run?.results ?? []) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
    expect(run?.results.map((r) => r.level)).toEqual([
      'error',
      'warning',
      'warning',
    ]);
    expect(run?.results[1]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'sub%20dir/release.yaml' },
      region: { startLine: 1 },
    });
    expect(
      run?.results[2]?.locations[0]?.physicalLocation.artifactLocation.uri,
    ).toBe('release.yaml');
  });

  it('the structural check rejects logs GitHub would refuse', () => {
    expect(
      validate({
        version: '2.1.0',
        $schema: 'x',
        runs: [
          {
            tool: { driver: { name: 'x', rules: [] } },
            results: [
              {
                ruleId: 'A',
                level: 'error',
                message: { text: 'm' },
                locations: [],
              },
            ],
          },
        ],
      }),
    ).toBe(false);
    expect(validate({ version: '2.0.0', $schema: 'x', runs: [] })).toBe(false);
    expect(
      validate({
        version: '2.1.0',
        $schema: 'x',
        runs: [
          {
            tool: { driver: { name: 'x', rules: [] } },
            results: [
              {
                ruleId: 'A',
                level: 'error',
                message: { text: 'm' },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: '/abs/path' },
                      region: { startLine: 1 },
                    },
                  },
                ],
              },
            ],
          },
        ],
      }),
    ).toBe(false);
  });

  it('keeps at most the number of results GitHub accepts', () => {
    const many = Array.from(
      { length: maxSARIFResults + 5 },
      (_, i): Finding => ({ code: 'X', severity: 'warning', message: `m${i}` }),
    );
    const log = sarifLog(many, {
      toolVersion: '0.1.0',
      fallbackFile: 'release.yaml',
    }) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]?.results).toHaveLength(maxSARIFResults);
  });
});
