/**
 * The stable codes of validate-manifest findings. Tests assert on them and
 * the action's README documents each; the messages are for people.
 */

/** Every code validate-manifest can report. */
export type ValidateManifestCode =
  // 1. schema
  | 'MANIFEST_SCHEMA'
  | 'MANIFEST_UNKNOWN_KEY'
  | 'MANIFEST_FIELD_MISSING'
  // 2. placeholders
  | 'MANIFEST_FIELD_TBD'
  | 'MANIFEST_FIELD_EMPTY'
  // 3. artifact paths and digests
  | 'ARTIFACT_PATH_INVALID'
  | 'ARTIFACT_PATH_OUTSIDE'
  | 'ARTIFACT_PATH_MISSING'
  | 'ARTIFACT_NOT_REGULAR'
  | 'ARTIFACT_OCI_LAYOUT_INVALID'
  | 'ARTIFACT_DIGEST_MISMATCH'
  | 'VERSION_FILE_MISSING'
  | 'SBOM_FILE_MISSING'
  // 4. dependencies
  | 'LOCKFILE_MISSING'
  | 'LOCKFILE_INVALID'
  | 'LOCKFILE_NO_INTEGRITY'
  | 'DEPENDENCY_UNPINNED'
  // 5. licences
  | 'LICENSE_INVALID'
  | 'LICENSE_DEPRECATED'
  // 6. release notes
  | 'NOTES_FILE_MISSING'
  | 'NOTES_FILE_UNREADABLE'
  | 'NOTES_SECTION_MISSING'
  | 'NOTES_SECTION_EMPTY'
  | 'NOTES_URL_INVALID'
  // 7. compatibility
  | 'COMPATIBILITY_UNKNOWN'
  | 'COMPATIBILITY_RANGE_INVALID'
  // 8. inventory and targets
  | 'INVENTORY_UNCOVERED'
  | 'INVENTORY_INCOMPLETE'
  | 'TARGET_UNKNOWN'
  | 'TARGET_KIND_MISMATCH';
