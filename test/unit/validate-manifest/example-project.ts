/**
 * A copy of the example project in which a test plants one defect, then
 * runs the validate-manifest stage on it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  createStageContext,
  RecordingLogger,
  type Finding,
  type StageReport,
} from '@shipshape/core';
import {
  runValidateManifestStage,
  type ValidateManifestOptions,
} from '@shipshape/core/validate-manifest/validate-manifest-stage';
import { copyExample } from '../../helpers/temp-project.ts';

/** A temporary copy of examples/acme-widgets. */
export interface ExampleProject {
  dir: string;
  cleanup(): Promise<void>;
  read(name: string): Promise<string>;
  write(name: string, text: string | Uint8Array): Promise<void>;
  /** Replaces `from` (which must occur) by `to` in a file. */
  replace(name: string, from: string, to: string): Promise<void>;
  validate(
    options?: ValidateManifestOptions & { manifest?: string; policy?: string },
  ): Promise<StageReport>;
}

/** Copies the example project. */
export async function exampleProject(): Promise<ExampleProject> {
  const { dir, cleanup } = await copyExample();
  const project: ExampleProject = {
    dir,
    cleanup,
    read: (name) => readFile(join(dir, name), 'utf8'),
    write: (name, text) => writeFile(join(dir, name), text),
    async replace(name, from, to) {
      const text = await project.read(name);
      expect(text.includes(from), `${name} contains ${from}`).toBe(true);
      await project.write(name, text.replace(from, to));
    },
    validate: (options = {}) =>
      runValidateManifestStage(
        createStageContext({
          cwd: dir,
          manifestFile: options.manifest ?? 'release.yaml',
          policyFile: options.policy,
          workspaceDir: join(dir, '.shipshape'),
          env: {},
          logger: new RecordingLogger(),
        }),
        options,
      ),
  };
  return project;
}

/** The codes of a report's findings, in report order. */
export function codesOf(report: StageReport): string[] {
  return report.findings.map((finding) => finding.code);
}

/** The one finding with `code`; fails the test when there is not exactly one. */
export function onlyFinding(report: StageReport, code: string): Finding {
  const found = report.findings.filter((finding) => finding.code === code);
  expect(
    found,
    `findings with code ${code}: ${JSON.stringify(report.findings, null, 1)}`,
  ).toHaveLength(1);
  return found[0]!;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(
  text: string,
  needle: string,
): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, `text contains ${needle}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
