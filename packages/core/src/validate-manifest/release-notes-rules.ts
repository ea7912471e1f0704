/**
 * Rule 6: `release.notes` resolves. Either an https URL that is well formed
 * (it is not fetched), or a changelog in the project, optionally with an
 * anchor, that has a section for the version being released.
 */
import { UserError } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { readTextFile } from '../input/text-file.ts';
import { visibleText } from '../text/visible-text.ts';
import {
  manifestFinding,
  ownerAt,
  releaseSection,
  textField,
  type ManifestView,
} from './manifest-view.ts';
import { markdownHeadings, type MarkdownHeading } from './markdown-headings.ts';
import { findPlaceholder } from './placeholder-text.ts';
import { checkPathField } from './project-paths.ts';

const pointer = '/release/notes';
const changelogBytes = 16 * 1024 * 1024;
const maxURLLength = 2048;

/** Release-notes findings. */
export async function checkReleaseNotesRules(
  view: ManifestView,
): Promise<Finding[]> {
  const release = releaseSection(view);
  const notes = textField(release, 'notes');
  const version = textField(release, 'version');
  if (notes === undefined) return [];
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(notes)) return checkURL(view, notes);
  return checkChangelog(view, notes, version);
}

function checkURL(view: ManifestView, notes: string): Finding[] {
  const problem = urlProblem(notes);
  if (!problem) return [];
  return [
    finding(view, {
      code: 'NOTES_URL_INVALID',
      message: `release.notes "${visibleText(notes, 120)}" is not a usable URL: ${problem}`,
      remediation:
        'Use an https:// URL of the published release notes, or a changelog in the project such as CHANGELOG.md#140.',
    }),
  ];
}

/** Why `text` is not a well-formed https URL, or undefined when it is. */
export function urlProblem(text: string): string | undefined {
  if (text.length > maxURLLength) {
    return `it is longer than ${maxURLLength} characters`;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return 'it contains whitespace';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'it does not parse as a URL';
  }
  if (url.protocol !== 'https:') return 'only https:// URLs are accepted';
  if (url.hostname === '') return 'it has no host';
  if (url.username || url.password) {
    return 'it carries a user name or password';
  }
  return undefined;
}

async function checkChangelog(
  view: ManifestView,
  notes: string,
  version: string | undefined,
): Promise<Finding[]> {
  const hash = notes.indexOf('#');
  const file = hash < 0 ? notes : notes.slice(0, hash);
  const anchor = hash < 0 ? undefined : notes.slice(hash + 1);
  const resolved = await checkPathField(view, {
    pointer,
    path: file,
    missingCode: 'NOTES_FILE_MISSING',
    what: 'the changelog',
    allowDirectory: false,
    ...ownerAt(view, pointer),
  });
  if (!resolved.ok) return [resolved.finding];

  let text: string;
  try {
    text = await readTextFile(resolved.file.real, {
      maxBytes: changelogBytes,
      displayName: file,
    });
  } catch (error: unknown) {
    if (!(error instanceof UserError)) throw error;
    return [
      finding(view, {
        code: 'NOTES_FILE_UNREADABLE',
        message: error.message,
        remediation: 'Keep the changelog as UTF-8 text under 16 MiB.',
      }),
    ];
  }
  // A missing or placeholder version is reported by other rules already.
  if (version === undefined || findPlaceholder(version)) return [];
  return checkSection(view, file, markdownHeadings(text), version, anchor);
}

function checkSection(
  view: ManifestView,
  file: string,
  headings: readonly MarkdownHeading[],
  version: string,
  anchor: string | undefined,
): Finding[] {
  const forVersion = headings.filter((heading) =>
    mentionsVersion(heading.text, version),
  );
  const suggestion = forVersion[0]
    ? `The section for ${version} is ${file}#${forVersion[0].anchor}.`
    : `Add a section headed "## ${version}" to ${file}.`;
  if (anchor === undefined) {
    if (forVersion.length > 0) return emptyCheck(view, file, forVersion[0]);
    return [missing(view, `${file} has no section for ${version}`, suggestion)];
  }
  const target = headings.find(
    (heading) => heading.anchor === anchor.toLowerCase(),
  );
  if (!target) {
    return [
      missing(
        view,
        `${file} has no heading with the anchor #${visibleText(anchor, 80)}`,
        suggestion,
      ),
    ];
  }
  if (!mentionsVersion(target.text, version)) {
    return [
      missing(
        view,
        `#${visibleText(anchor, 80)} leads to "${visibleText(target.text, 80)}" (line ${target.line}), which is not the section for ${version}`,
        suggestion,
      ),
    ];
  }
  return emptyCheck(view, file, target);
}

function emptyCheck(
  view: ManifestView,
  file: string,
  heading: MarkdownHeading | undefined,
): Finding[] {
  if (!heading || heading.hasContent) return [];
  return [
    finding(view, {
      code: 'NOTES_SECTION_EMPTY',
      severity: 'warning',
      message: `the section "${visibleText(heading.text, 80)}" of ${file} (line ${heading.line}) is empty`,
      remediation: 'Describe the changes of this release in that section.',
    }),
  ];
}

function missing(view: ManifestView, message: string, fix: string): Finding {
  return finding(view, {
    code: 'NOTES_SECTION_MISSING',
    message,
    remediation: fix,
  });
}

/**
 * True when `text` names `version` as a whole: `1.4.0`, `v1.4.0`,
 * `[1.4.0] - 2026-01-02`, but not `11.4.0`, `1.4.0-rc.1` or `1.4.01`.
 */
export function mentionsVersion(text: string, version: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(version, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? '';
    const beforeV =
      before === 'v' || before === 'V' ? (text[at - 2] ?? '') : before;
    const after = text.slice(at + version.length, at + version.length + 2);
    if (!/[A-Za-z0-9.]/.test(beforeV) && !continuesVersion(after)) return true;
    from = at + 1;
  }
}

// What may not follow a version: more of it (digits, letters, .5, -rc, +b).
function continuesVersion(after: string): boolean {
  return /^[A-Za-z0-9]|^[.+-][A-Za-z0-9]/.test(after);
}

function finding(
  view: ManifestView,
  spec: {
    code:
      | 'NOTES_URL_INVALID'
      | 'NOTES_SECTION_MISSING'
      | 'NOTES_SECTION_EMPTY'
      | 'NOTES_FILE_UNREADABLE';
    severity?: 'warning';
    message: string;
    remediation: string;
  },
): Finding {
  return manifestFinding(view, { ...spec, pointer, ...ownerAt(view, pointer) });
}
