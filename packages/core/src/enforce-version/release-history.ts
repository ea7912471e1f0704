/**
 * The history a decision is made from: the previous release tag reachable
 * from HEAD, and the commits since it, each with its Conventional Commits
 * reading. Git is asked three questions, whatever the number of commits.
 */
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { visibleText } from '../text/visible-text.ts';
import { parseConventionalCommit } from './conventional-commit.ts';
import {
  readAuthor,
  readCommits,
  readReachableTags,
  readRepositoryState,
  type GitOptions,
} from './git-history.ts';
import { searchReleaseTags, type VersionReader } from './release-tags.ts';
import { maxBump, type CommitBump } from './version-bump.ts';
import type { AnalysedCommit } from './version-decision.ts';
import type { Author } from './version-override.ts';

/** The release history as a decision needs it. */
export interface ReleaseHistory<V> {
  head: string;
  previous?: { tag: string; version: V };
  commits: AnalysedCommit[];
  /** The largest bump any commit asks for. */
  commitBump: CommitBump;
  headAuthor: Author;
  /** Notes about tags that were skipped. */
  notes: Finding[];
}

/** What reading the history needs. */
export interface HistoryOptions<V> {
  git: GitOptions;
  reader: VersionReader<V>;
  prefix: string;
  /** release.version, to recognise the release's own tag at HEAD. */
  declared: string;
  location: Location;
}

/** Reads the previous release and the commits since it. */
export async function readReleaseHistory<V>(
  options: HistoryOptions<V>,
): Promise<ReleaseHistory<V>> {
  const state = await readRepositoryState(options.git);
  const tags = await readReachableTags(options.git);
  const search = searchReleaseTags(tags, options.prefix, options.reader);
  const notes = unparsableNotes(search.unparsable, options);

  // A workflow that runs on the release tag sees its own tag at HEAD; that
  // tag is this release, not the previous one.
  const declared = options.reader.parse(options.declared);
  const own = search.releases.filter(
    (release) =>
      release.commit === state.head &&
      declared !== undefined &&
      options.reader.compare(release.version, declared) === 0,
  );
  const earlier = search.releases.filter((release) => !own.includes(release));
  if (state.shallow && earlier.length === 0) {
    throw new UserError(
      'GIT_SHALLOW_CLONE',
      `the repository at ${options.git.cwd} is a shallow clone and no release tag is reachable from HEAD, so the previous release cannot be found; check out with full history (actions/checkout with fetch-depth: 0) or run git fetch --unshallow --tags`,
      { field: 'fetch-depth' },
    );
  }
  const previous = earlier[0];
  const raw = await readCommits(previous?.tag, options.git);
  const commits = raw.map((commit) => ({
    ...commit,
    parsed: parseConventionalCommit(commit.message),
  }));
  const commitBump = commits.reduce<CommitBump>(
    (bump, commit) => maxBump(bump, commit.parsed.bump),
    'none',
  );
  const first = raw[0];
  const headAuthor =
    first && first.sha === state.head
      ? { name: first.authorName, email: first.authorEmail }
      : await readAuthor('HEAD', options.git);
  return {
    head: state.head,
    previous: previous && { tag: previous.tag, version: previous.version },
    commits,
    commitBump,
    headAuthor,
    notes,
  };
}

function unparsableNotes(
  tags: readonly string[],
  options: HistoryOptions<unknown>,
): Finding[] {
  if (tags.length === 0) return [];
  const shown = tags.slice(0, 20).map((tag) => visibleText(tag, 80));
  const more =
    tags.length > shown.length ? ` and ${tags.length - shown.length} more` : '';
  return [
    {
      code: 'VERSION_TAG_UNPARSABLE',
      severity: 'note',
      message: `ignored ${tags.length} tag${tags.length === 1 ? '' : 's'} with the prefix "${visibleText(options.prefix)}" that ${tags.length === 1 ? 'is' : 'are'} not a version of the policy's scheme: ${shown.join(', ')}${more}`,
      location: options.location,
    },
  ];
}
