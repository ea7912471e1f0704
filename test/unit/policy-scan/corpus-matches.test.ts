import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAffected } from '@shipshape/core/policy-scan/affected-ranges';
import { AdvisoryIndex } from '@shipshape/core/policy-scan/advisory-index';
import { loadAdvisories } from '@shipshape/core/policy-scan/osv-advisories';
import { versionScheme } from '@shipshape/core/policy-scan/version-schemes';
import { fixturesDir } from '../../helpers/temp-project.ts';

// The corpus's own table of expected matches (SOURCES.md section 4a),
// copied beside the advisories: each row names an advisory, the installed
// name@version pairs it must match and those it must not.
const dir = join(fixturesDir, 'policy-scan', 'advisories');

interface Row {
  id: string;
  matches: { name: string; version: string }[];
  clean: { name: string; version: string }[];
}

async function expectedRows(): Promise<Row[]> {
  const text = await readFile(join(dir, 'EXPECTED-MATCHES.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `GHSA-'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return {
        id: /`([^`]+)`/.exec(cells[1] ?? '')?.[1] ?? '',
        matches: pairs(cells[3] ?? ''),
        clean: pairs(cells[4] ?? ''),
      };
    });
}

function pairs(cell: string): { name: string; version: string }[] {
  return cell
    .split(/<br>|, /)
    .map((item) => item.replace(/\(literal match only\)/, '').trim())
    .filter((item) => /^[\w().-]+:/.test(item))
    .map((item) => {
      const spec = item.slice(item.indexOf(':') + 1);
      const at = spec.lastIndexOf('@');
      return { name: spec.slice(0, at), version: spec.slice(at + 1) };
    });
}

function affects(
  index: AdvisoryIndex,
  id: string,
  name: string,
  version: string,
): boolean {
  return index
    .lookup('npm', name)
    .filter((entry) => entry.advisory.id === id)
    .some((entry) => isAffected(version, entry.affected, versionScheme('npm')));
}

describe('npm ranges against the corpus advisories', () => {
  it('match every expected pair of SOURCES.md 4a, literal-only ones included, and no clean pair', async () => {
    const advisories = await loadAdvisories(dir, 'advisories');
    const index = new AdvisoryIndex(advisories);
    const rows = await expectedRows();
    expect(rows.length).toBe(51);
    let checked = 0;
    for (const row of rows) {
      for (const pair of row.matches) {
        expect(
          affects(index, row.id, pair.name, pair.version),
          `${row.id} ${pair.name}@${pair.version}`,
        ).toBe(true);
        checked += 1;
      }
      for (const pair of row.clean) {
        expect(
          affects(index, row.id, pair.name, pair.version),
          `${row.id} clean ${pair.name}@${pair.version}`,
        ).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('does not match the anomalous records under the wrong ecosystem or a capitalised name', async () => {
    const index = new AdvisoryIndex(
      await loadAdvisories(join(dir, 'anomalous'), 'anomalous'),
    );
    expect(index.lookup('npm', 'word-wrap')).toHaveLength(0);
    expect(index.lookup('npm', 'webpack')).toHaveLength(0);
    expect(index.lookup('npm', 'axios')).toHaveLength(0);
    expect(index.lookup('npm', 'css-what')).toHaveLength(0);
  });

  it('matches the Maven entry of GHSA-rc47-6667-2j5j with Maven ordering', async () => {
    const index = new AdvisoryIndex(
      await loadAdvisories(join(dir, 'github-reviewed-npm'), 'npm'),
    );
    const entries = index.lookup(
      'Maven',
      'org.webjars.npm:http-cache-semantics',
    );
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    const maven = versionScheme('Maven');
    expect(entry && isAffected('4.1.0', entry.affected, maven)).toBe(true);
    expect(entry && isAffected('4.1.1', entry.affected, maven)).toBe(false);
    expect(entry && isAffected('4.1.1-SNAPSHOT', entry.affected, maven)).toBe(
      true,
    );
  });
});
