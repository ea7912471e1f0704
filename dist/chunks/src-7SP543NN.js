import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import "./chunk-E4JN5UOR.js";
import {
  RecordingLogger,
  SecretRegistry,
  createStageContext,
  derivedForms,
  recordingClock,
  runStage,
  silentLogger,
  sourceDateEpoch,
  systemClock
} from "./chunk-3STO6GSY.js";
import {
  Journal,
  ReleaseWorkspace,
  countBySeverity,
  createStageReport,
  exitCodeForReport,
  genesisHash,
  hasErrors,
  hashRecord,
  sortFindings,
  stageNames,
  verifyJournalText
} from "./chunk-N67TL7SK.js";
import {
  syncDirectory,
  tempSuffix,
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON,
  canonicalLine
} from "./chunk-NSYWVXGE.js";
import {
  checkManifestSchema,
  checkPolicySchema,
  loadManifest,
  loadPolicy,
  parseManifestFile,
  policySection,
  schemaError
} from "./chunk-62XS2I6U.js";
import {
  escapePointerToken,
  parseYAML,
  readYAMLFile,
  toPointer
} from "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  checkPathSyntax,
  isInside,
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  decodeUTF8,
  formatBytes,
  isRecord,
  limits,
  parseJSON,
  readBoundedFile,
  readJSONFile,
  readTextFile,
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  digestFile,
  parseDigestReference,
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  InternalError,
  UserError,
  assertNever,
  describeError,
  exitCodeForError,
  isUserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";
export {
  ExitCode,
  InternalError,
  Journal,
  RecordingLogger,
  ReleaseWorkspace,
  SecretRegistry,
  UserError,
  assertNever,
  canonicalJSON,
  canonicalLine,
  checkManifestSchema,
  checkPathSyntax,
  checkPolicySchema,
  countBySeverity,
  createStageContext,
  createStageReport,
  decodeUTF8,
  derivedForms,
  describeError,
  digestFile,
  escapePointerToken,
  exitCodeForError,
  exitCodeForReport,
  formatBytes,
  genesisHash,
  hasErrors,
  hashRecord,
  isInside,
  isRecord,
  isUserError,
  limits,
  loadManifest,
  loadPolicy,
  parseDigestReference,
  parseJSON,
  parseManifestFile,
  parseYAML,
  policySection,
  readBoundedFile,
  readJSONFile,
  readTextFile,
  readYAMLFile,
  recordingClock,
  resolveProjectPath,
  runStage,
  schemaError,
  sha256Hex,
  silentLogger,
  sortFindings,
  sourceDateEpoch,
  stageNames,
  syncDirectory,
  systemClock,
  systemReason,
  tempSuffix,
  toPointer,
  verifyJournalText,
  visibleText,
  writeFileAtomic
};
