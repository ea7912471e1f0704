// `npm start`: the whole shipshape pipeline on the example project.
//
// Copies examples/acme-widgets to a temporary folder, gives it a git
// history (a v1.3.0 tag, then conventional commits with REL- tickets up to
// 1.4.0), starts a throwaway verdaccio on 127.0.0.1 as the staging
// registry, makes an ephemeral signing key, runs `shipshape run`, copies
// the dossier to .shipshape-demo/ and checks it with `shipshape
// verify-dossier`. Nothing leaves 127.0.0.1; everything temporary is
// removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startVerdaccio } from './lib/verdaccio.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');

/** The commits after v1.3.0, oldest first: [message, file it touches]. */
const history = [
  [
    'feat(grid): clampSize takes optional min and max bounds\n\nRefs: REL-1234',
    'widget-lib/index.js',
  ],
  ['fix(grid): round sizes before clamping\n\nRefs: REL-1230', 'CHANGELOG.md'],
  ['docs: describe the bounds of clampSize\n\nRefs: REL-1234', 'docs/index.md'],
  ['chore(release): 1.4.0\n\nRefs: REL-1234', 'release.yaml'],
];

/**
 * Makes `dir` (a copy of the example) a git repository whose history ends
 * in release 1.4.0. Commit times are fixed, so the history is the same on
 * every run.
 */
export function makeHistory(dir) {
  let time = Date.UTC(2026, 10, 2, 9, 0, 0) / 1000;
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: gitEnv(dir, time),
    })
      .toString()
      .trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git(
    'commit',
    '-q',
    '-m',
    'feat: first release of the grid helpers\n\nRefs: REL-1100',
  );
  git('tag', 'v1.3.0');
  for (const [message, file] of history) {
    time += 3600;
    // Append a newline so that each commit changes a real file.
    execFileSync('sh', ['-c', 'printf "\\n" >> "$1"', 'sh', join(dir, file)]);
    git('add', file);
    git('commit', '-q', '-m', message);
  }
  return git('rev-parse', 'HEAD');
}

function gitEnv(home, time) {
  const who = { name: 'Acme Release Bot', email: 'release-bot@acme.example' };
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_AUTHOR_DATE: `${time} +0000`,
    GIT_COMMITTER_DATE: `${time} +0000`,
  };
}

/** Writes an ephemeral P-256 key pair into `dir`; returns both paths. */
export async function makeSigningKey(dir) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
  });
  const key = join(dir, 'demo-signing-key.pem');
  const pub = join(dir, 'demo-signing-key.pub.pem');
  await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  await writeFile(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  return { key, pub };
}

/**
 * Prepares a demo project in a new temporary folder: the example with a
 * git history and its staging registry pointed at `registryURL`.
 */
export async function prepareDemoProject(registryURL) {
  const root = await mkdtemp(join(tmpdir(), 'shipshape-demo-'));
  const project = join(root, 'acme-widgets');
  await cp(join(repoRoot, 'examples', 'acme-widgets'), project, {
    recursive: true,
  });
  const policyFile = join(project, 'policy.yaml');
  const policy = await readFile(policyFile, 'utf8');
  await writeFile(
    policyFile,
    policy.replace("'http://127.0.0.1:4873'", `'${registryURL}'`),
  );
  const commit = makeHistory(project);
  const keys = await makeSigningKey(root);
  return { root, project, commit, ...keys };
}

/**
 * Runs the bundled CLI without blocking this process, which serves the
 * registry; stderr (progress) passes through, stdout is collected.
 */
function runCLI(args, cwd, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout }));
  });
}

async function main() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    console.error(
      `npm start needs Node 24 (found ${process.version}); run it through npm so the pinned Node from node_modules/.bin is used.`,
    );
    process.exit(2);
  }
  console.log('shipshape demo: the whole pipeline on examples/acme-widgets\n');
  const registry = await startVerdaccio({ user: 'release-bot' });
  let demo;
  try {
    demo = await prepareDemoProject(registry.url);
    console.log(`project:  ${demo.project} (git history v1.3.0 → 1.4.0)`);
    console.log(`registry: ${registry.url} (verdaccio, staging)`);
    console.log('signing:  an ephemeral P-256 key made for this run\n');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: demo.root,
      NPM_STAGING_TOKEN: registry.token,
      SOURCE_DATE_EPOCH: '1764763200',
    };
    const run = await runCLI(
      [
        'run',
        '--environment',
        'staging',
        '--signing-method',
        'key',
        '--key',
        demo.key,
      ],
      demo.project,
      env,
    );
    process.stdout.write(run.stdout);
    if (run.status === null || run.status > 1) {
      console.error(`\nshipshape run failed with exit code ${run.status}.`);
      process.exitCode = run.status ?? 3;
      return;
    }

    const out = join(repoRoot, '.shipshape-demo');
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    const archiveName = 'acme-widgets-1.4.0-dossier.tar.gz';
    await cp(
      join(demo.project, '.shipshape', archiveName),
      join(out, archiveName),
    );
    await cp(
      join(demo.project, '.shipshape', 'dossier'),
      join(out, 'dossier'),
      { recursive: true },
    );
    await cp(demo.pub, join(out, 'demo-signing-key.pub.pem'));
    await cp(join(demo.project, 'dist'), join(out, 'artifacts'), {
      recursive: true,
    });

    console.log(`\nkept in:  ${join(out, archiveName)}`);
    console.log(
      `          ${join(out, 'dossier', 'SUMMARY.md')} and report.html\n`,
    );
    console.log(
      '$ shipshape verify-dossier --key demo-signing-key.pub.pem --artifacts artifacts/ ' +
        archiveName,
    );
    const verify = await runCLI(
      [
        'verify-dossier',
        '--key',
        'demo-signing-key.pub.pem',
        '--artifacts',
        'artifacts',
        archiveName,
      ],
      out,
      { PATH: process.env.PATH ?? '', HOME: demo.root },
    );
    process.stdout.write(verify.stdout);
    console.log(
      '\nNote: the signatures were made with an ephemeral key, so they prove that\n' +
        'nothing in the dossier changed since it was signed (integrity). They do\n' +
        'not prove who signed it (identity); use keyless signing or a hardware\n' +
        'key in a real release.',
    );
    process.exitCode = verify.status === 0 && run.status === 0 ? 0 : 1;
  } finally {
    await registry.stop();
    if (demo) await rm(demo.root, { recursive: true, force: true });
  }
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await main();
}
