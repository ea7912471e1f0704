/**
 * A temporary release project for publish-dry-run tests: release.yaml and
 * policy.yaml written from the artifacts and registries a test gives, and
 * a stage context whose environment records every variable read.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  createStageContext,
  RecordingLogger,
  type StageContext,
} from '@shipshape/core';

export interface ProjectArtifact {
  name: string;
  kind: string;
  path: string;
  digest?: string;
  coordinates?: string;
  targets: string[];
}

export interface DryRunProject {
  dir: string;
  write(
    version: string,
    artifacts: ProjectArtifact[],
    registries: Record<string, unknown>,
  ): Promise<void>;
  /** A context whose env records each variable read into `reads`. */
  context(env: Record<string, string>): {
    context: StageContext;
    reads: Set<string>;
  };
  cleanup(): Promise<void>;
}

export async function dryRunProject(): Promise<DryRunProject> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-dry-run-'));
  return {
    dir,
    async write(version, artifacts, registries) {
      const manifest = {
        release: { id: `acme-${version}`, version, tickets: ['REL-1'] },
        artifacts: artifacts.map((item) => ({
          name: item.name,
          kind: item.kind,
          path: item.path,
          digest: item.digest ?? `sha256:${'0'.repeat(64)}`,
          license: 'MIT',
          owner: '@acme/release',
          ...(item.coordinates ? { coordinates: item.coordinates } : {}),
          targets: item.targets,
        })),
      };
      await writeFile(join(dir, 'release.yaml'), stringify(manifest));
      await writeFile(join(dir, 'policy.yaml'), stringify({ registries }));
    },
    context(env) {
      const reads = new Set<string>();
      const recorded = new Proxy(env, {
        get(target, key) {
          if (typeof key === 'string') reads.add(key);
          return Reflect.get(target, key) as unknown;
        },
        has(target, key) {
          if (typeof key === 'string') reads.add(key);
          return Reflect.has(target, key);
        },
        ownKeys(target) {
          reads.add('*enumerated*');
          return Reflect.ownKeys(target);
        },
      });
      const context = createStageContext({
        cwd: dir,
        env: recorded,
        logger: new RecordingLogger(),
        workspaceDir: join(dir, '.shipshape'),
      });
      return { context, reads };
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
