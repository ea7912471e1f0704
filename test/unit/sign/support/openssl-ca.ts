/**
 * A throw-away certificate authority made with the openssl command, for
 * signing certificates that are valid, expired, not yet valid, or lack the
 * code-signing usage.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const config = `[ca]
default_ca = testca
[testca]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
[codesign]
extendedKeyUsage = codeSigning
basicConstraints = CA:FALSE
[serverauth]
extendedKeyUsage = serverAuth
basicConstraints = CA:FALSE
`;

export interface TestCA {
  dir: string;
  caPEM: string;
  /** Issues a certificate for `keyFile`, valid between the two dates. */
  issue(
    keyFile: string,
    name: string,
    from: Date,
    to: Date,
    usage?: 'codesign' | 'serverauth',
  ): Promise<string>;
}

function run(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function opensslDate(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** Makes a CA in `dir` (which must exist and be empty of CA files). */
export async function makeTestCA(
  dir: string,
  name = 'Test CA',
): Promise<TestCA> {
  await writeFile(join(dir, 'ca.cnf'), config);
  await writeFile(join(dir, 'index.txt'), '');
  await writeFile(join(dir, 'serial'), '01\n');
  run(dir, [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    'ca.key',
  ]);
  run(dir, [
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-subj',
    `/CN=${name}`,
    '-days',
    '3650',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=keyCertSign',
    '-out',
    'ca.pem',
  ]);
  const caPEM = await readFile(join(dir, 'ca.pem'), 'utf8');
  let count = 0;
  return {
    dir,
    caPEM,
    issue: async (keyFile, subject, from, to, usage = 'codesign') => {
      count += 1;
      const csr = `leaf-${count}.csr`;
      const out = `leaf-${count}.pem`;
      run(dir, [
        'req',
        '-new',
        '-key',
        keyFile,
        '-subj',
        `/CN=${subject}`,
        '-out',
        csr,
      ]);
      run(dir, [
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-cert',
        'ca.pem',
        '-keyfile',
        'ca.key',
        '-in',
        csr,
        '-out',
        out,
        '-startdate',
        opensslDate(from),
        '-enddate',
        opensslDate(to),
        '-extensions',
        usage,
        '-notext',
      ]);
      return readFile(join(dir, out), 'utf8');
    },
  };
}
