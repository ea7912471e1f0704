/**
 * The publish dry run's table: one row per (artifact, target), as report
 * data, as terminal lines and as a Markdown table for a job summary.
 */
import { visibleText } from '../text/visible-text.ts';
import {
  checkNames,
  type CheckName,
  type CheckValue,
} from './registry-probe.ts';

/** One row of `extra.table` in the report. */
export interface ProbeRow {
  artifact: string;
  target: string;
  /** The registry URL, without userinfo or query. */
  registry: string;
  kind: string;
  reachable: CheckValue;
  authenticated: CheckValue;
  allowed: CheckValue;
  versionFree: CheckValue;
  packageValid: CheckValue;
  /** Why each cell holds its value. */
  reasons: Record<CheckName, string>;
}

const headings: Record<CheckName, string> = {
  reachable: 'reachable',
  authenticated: 'auth',
  allowed: 'allowed',
  versionFree: 'version free',
  packageValid: 'package valid',
};

function cell(value: CheckValue): string {
  if (value === 'not checked') return 'not checked';
  return value ? 'yes' : 'NO';
}

/** The table as aligned terminal lines (empty when there are no rows). */
export function renderProbeTable(rows: readonly ProbeRow[]): string[] {
  if (rows.length === 0) return [];
  const header = [
    'artifact',
    'target',
    ...checkNames.map((name) => headings[name]),
  ];
  const body = rows.map((row) => [
    visibleText(row.artifact, 40),
    visibleText(row.target, 40),
    ...checkNames.map((name) => cell(row[name])),
  ]);
  const widths = header.map((text, index) =>
    Math.max(text.length, ...body.map((line) => line[index]?.length ?? 0)),
  );
  const format = (line: string[]) =>
    line
      .map((text, index) => text.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = ['', format(header), ...body.map(format)];
  const notes = rows.flatMap((row) =>
    checkNames
      .filter((name) => row[name] !== true)
      .map(
        (name) =>
          `  ${visibleText(row.artifact, 40)} → ${visibleText(row.target, 40)}: ${headings[name]}: ${visibleText(row.reasons[name], 300)}`,
      ),
  );
  if (notes.length > 0) lines.push('', 'why:', ...notes);
  return lines;
}

/** The table as Markdown; `escape` makes untrusted text safe for a cell. */
export function probeTableMarkdown(
  rows: readonly ProbeRow[],
  escape: (text: string) => string,
): string {
  if (rows.length === 0) return '';
  const header = [
    'artifact',
    'target',
    'registry',
    ...checkNames.map((name) => headings[name]),
  ];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => {
      const cells = [
        escape(row.artifact),
        escape(row.target),
        escape(row.registry),
        ...checkNames.map(
          (name) =>
            `${row[name] === true ? '✅' : row[name] === false ? '❌' : '➖'} ${escape(row.reasons[name])}`,
        ),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  return `### Publish dry run\n\n${lines.join('\n')}\n`;
}
