/**
 * Runs a bundled action from dist/ the way the runner does: inputs as
 * INPUT_* variables (hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * as files that are parsed back afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every file the runner would read back, concatenated (for canary greps). */
  everything: string;
}

export interface BundleOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cwd?: string;
}

const repoRoot = resolve(import.meta.dirname, '../..');

// Runner folders stay until the test file ends: outputs may name files in
// them (RUNNER_TEMP) that the test reads after the run.
const runnerDirs: string[] = [];
afterAll(async () => {
  for (const dir of runnerDirs.splice(0)) {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Runs dist/<name>/index.js and collects what the runner would see. */
export async function runBundle(
  name: string,
  options: BundleOptions = {},
): Promise<BundleRun> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-runner-'));
  runnerDirs.push(dir);
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.cwd ?? dir,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [key, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${key.toUpperCase()}`] = value;
  }
  const { exitCode, stdout, stderr } = await spawnNode(
    [join(repoRoot, 'dist', name, 'index.js')],
    env,
    options.cwd ?? dir,
  );
  const outputText = await readFile(outputFile, 'utf8');
  const summary = await readFile(summaryFile, 'utf8');
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(outputText),
    summary,
    everything: [stdout, stderr, outputText, summary].join('\n'),
  };
}

/** Parses the `name<<delimiter` heredoc form that @actions/core writes. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      index += 1;
      while (index < lines.length && lines[index] !== delimiter) {
        value.push(lines[index] ?? '');
        index += 1;
      }
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** Runs the Node that runs the tests with the given arguments. */
export function spawnNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  stdin?: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout
      .setEncoding('utf8')
      .on('data', (chunk: string) => (stdout += chunk));
    child.stderr
      .setEncoding('utf8')
      .on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      done({ exitCode: code ?? -1, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** Runs the bundled CLI (dist/cli/index.js). */
export function runCLI(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return spawnNode(
    [join(repoRoot, 'dist', 'cli', 'index.js'), ...args],
    {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      ...options.env,
    },
    options.cwd,
  );
}
