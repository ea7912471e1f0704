/**
 * Every subcommand, loaded on demand so that one command's dependencies do
 * not slow the start of another. Add a command with one entry here.
 */
import type { CommandSpec } from '../command.ts';

type Loader = () => Promise<CommandSpec>;

export const commands: Record<string, { summary: string; load: Loader }> = {
  validate: {
    summary: 'check release.yaml: schema, placeholders, files, digests, rules',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  sign: {
    summary: 'sign every artifact, verify each signature, write SHA256SUMS',
    load: async () => (await import('./sign.ts')).signCommand,
  },
  verify: {
    summary: 'check a signature of a file offline (bundle or OpenPGP)',
    load: async () => (await import('./verify.ts')).verifyCommand,
  },
  version: {
    summary: 'check release.version against commits, calendar and tickets',
    load: async () => (await import('./version.ts')).versionCommand,
  },
  sbom: {
    summary: 'write a schema-valid SBOM per artifact, cross-checked',
    load: async () => (await import('./sbom.ts')).sbomCommand,
  },
  scan: {
    summary: 'check licences, vulnerabilities, export control and exceptions',
    load: async () => (await import('./scan.ts')).scanCommand,
  },
  status: {
    summary: 'show where the release stands, its blockers and their owners',
    load: async () => (await import('./status.ts')).statusCommand,
  },
  escalate: {
    summary: 'send each blocker to its owner (GitHub issues, webhooks)',
    load: async () => (await import('./escalate.ts')).escalateCommand,
  },
  'publish-dry-run': {
    summary: 'probe each target registry without publishing anything',
    load: async () =>
      (await import('./publish-dry-run.ts')).publishDryRunCommand,
  },
  run: {
    summary: 'run every stage, assemble the dossier, give a GO/NO-GO verdict',
    load: async () => (await import('./run.ts')).runCommand,
  },
  'verify-dossier': {
    summary:
      'check a release dossier offline: digests, signatures, SBOMs, journal',
    load: async () =>
      (await import('./verify-dossier.ts')).verifyDossierCommand,
  },
  journal: {
    summary: 'verify the release journal (journal verify)',
    load: async () => (await import('./journal.ts')).journalCommand,
  },
};
