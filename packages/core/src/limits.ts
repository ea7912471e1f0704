/**
 * Size limits on untrusted input. Past a limit the input is refused with
 * exit code 2 rather than parsed: these bound memory and time.
 */
export const limits = {
  /** release.yaml and policy.yaml. */
  configBytes: 1024 * 1024,
  /** Lockfiles, SBOMs and other JSON or YAML data files. */
  dataBytes: 256 * 1024 * 1024,
  /** Nesting depth of any parsed YAML or JSON document. */
  depth: 64,
  /** Length of a user-supplied regular expression. */
  patternLength: 512,
} as const;
