import { describe, expect, it } from 'vitest';
import { renderSummary, md } from '@shipshape/core/dossier/dossier-summary';
import {
  renderHTML,
  barChart,
  html,
} from '@shipshape/core/dossier/dossier-html';
import {
  exceptionFacts,
  type DossierFacts,
} from '@shipshape/core/dossier/dossier-facts';

const hostile = '<script>alert(1)</script> | ![x](http://evil) @everyone\u202e';

function facts(overrides: Partial<DossierFacts> = {}): DossierFacts {
  return {
    verdict: 'NO-GO',
    release: { id: 'acme-widgets-1.4.0', version: '1.4.0' },
    commit: 'a'.repeat(40),
    createdAt: '2026-12-03T12:00:00.000Z',
    releaseOwner: '@acme/widgets',
    steps: [
      {
        name: 'validate-manifest',
        stage: 'validate-manifest',
        status: 'passed',
        counts: { error: 0, warning: 0, note: 0 },
      },
      {
        name: 'policy-scan',
        stage: 'policy-scan',
        status: 'failed',
        counts: { error: 1, warning: 0, note: 0 },
      },
      {
        name: 'publish-dry-run',
        stage: 'publish-dry-run',
        status: 'not-evaluated',
        counts: { error: 0, warning: 0, note: 0 },
        message: 'not run',
      },
    ],
    findings: [
      {
        code: 'LICENSE_DENIED',
        severity: 'error',
        message: hostile,
        owner: '@acme/widgets',
        remediation: 'replace it',
        step: 'policy-scan',
      },
    ],
    exceptions: exceptionFacts([
      {
        id: 'EX-1',
        scope: 'pkg:npm/left-pad',
        reason: 'vendor fix pending',
        owner: '@acme/sec',
        approvers: ['@acme/cto'],
        expires: '2027-01-31',
      },
    ]),
    overrides: [],
    licences: [
      ['MIT', 12],
      ['Apache-2.0', 3],
    ],
    ...overrides,
  };
}

describe('SUMMARY.md', () => {
  it('puts the verdict first, then risks, exceptions and pending actions with owners', () => {
    const text = renderSummary(facts());
    const lines = text.split('\n');
    expect(lines[0]).toBe('NO-GO: release acme-widgets-1.4.0, version 1.4.0');
    expect(text).toContain('## Risks and mitigations');
    expect(text).toContain('mitigation: replace it');
    expect(text).toContain(
      'EX-1: pkg:npm/left-pad; vendor fix pending; owner @\u200bacme/sec',
    );
    expect(text).toContain(
      '- [ ] make the publish-dry-run step run (not run); owner: @\u200bacme/widgets',
    );
    expect(text).toContain(
      '- [ ] replace it (LICENSE\\_DENIED); owner: @\u200bacme/widgets',
    );
  });

  it('says GO when the verdict is GO', () => {
    expect(
      renderSummary(facts({ verdict: 'GO', findings: [] })).split('\n')[0],
    ).toMatch(/^GO: /);
  });

  it('escapes untrusted text so it cannot form Markdown, links, mentions or hidden text', () => {
    const text = renderSummary(facts());
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('![x](');
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('\u202e');
    expect(md('a|b')).toBe('a\\|b');
  });
});

describe('report.html', () => {
  it('is self-contained: no scripts, no external resources, a strict content policy', () => {
    const page = renderHTML(facts());
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(page).toContain("default-src 'none'");
  });

  it('shows a status per step and charts of findings by severity and by licence', () => {
    const page = renderHTML(facts());
    expect(page).toContain(
      '<td>publish-dry-run</td><td style="color:#6e7781">not-evaluated: not run</td>',
    );
    expect(page.match(/<svg /g)).toHaveLength(2);
    expect(page).toContain('aria-label="Findings by severity"');
    expect(page).toContain('>MIT</text>');
  });

  it('escapes untrusted text', () => {
    const page = renderHTML(facts());
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html('"\'&')).toBe('&#34;&#39;&#38;');
    expect(barChart('t', [['<b>', 1]])).toContain('&#60;b&#62;');
  });
});
