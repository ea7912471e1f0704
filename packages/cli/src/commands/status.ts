/**
 * `shipshape status`: where the release stands, from its workspace, as
 * Markdown (default), JSON or one HTML file. Credential hygiene runs when
 * policy.yaml has a `credentials` section. Exit 0 whatever the verdict:
 * status reports, it does not gate.
 */
import { resolve } from 'node:path';
import { ExitCode, UserError, writeFileAtomic } from '@shipshape/core';
import { collectStatus } from '@shipshape/core/status/collect-status';
import { renderStatusHTML } from '@shipshape/core/status/status-html';
import { renderStatusMarkdown } from '@shipshape/core/status/status-markdown';
import type { StatusReport } from '@shipshape/core/status/status-report';
import type { CommandSpec } from '../command.ts';
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  stringOption,
} from '../stage-command.ts';

const formats = ['markdown', 'json', 'html'] as const;
type StatusFormat = (typeof formats)[number];

/** Renders a status in one of the three formats. */
export function renderStatus(
  status: StatusReport,
  format: StatusFormat,
): string {
  switch (format) {
    case 'markdown':
      return renderStatusMarkdown(status);
    case 'json':
      return `${JSON.stringify(status, null, 2)}\n`;
    case 'html':
      return renderStatusHTML(status);
  }
}

function formatOf(value: string | undefined, json: boolean): StatusFormat {
  if (json) return 'json';
  const format = value ?? 'markdown';
  if (!(formats as readonly string[]).includes(format)) {
    throw new UserError(
      'STATUS_FORMAT_INVALID',
      `--format must be markdown, json or html, got "${format.slice(0, 40)}"`,
      { field: '--format' },
    );
  }
  return format as StatusFormat;
}

export const statusCommand: CommandSpec = {
  name: 'status',
  summary: 'show where the release stands, its blockers and their owners',
  usage:
    'shipshape status [--workspace D] [--manifest F] [--policy F] [--format markdown|json|html] [--json] [--out F]',
  options: {
    ...commonOptions,
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const format = formatOf(
      stringOption(args, 'format'),
      flagOption(args, 'json'),
    );
    const context = contextFromArgs(args, io);
    const status = await collectStatus(context);
    const text = context.secrets.redact(renderStatus(status, format));
    const out = stringOption(args, 'out');
    if (out === undefined) {
      io.stdout(text);
    } else {
      await writeFileAtomic(resolve(io.cwd, out), text);
      io.stderr(`status (${format}) written to ${out}\n`);
    }
    return ExitCode.pass;
  },
};

export default statusCommand;
