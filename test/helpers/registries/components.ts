/**
 * Which Debian components the registry tests need are present. A missing
 * one skips its tests with the install command in the test name, except
 * under CI=true, where it must fail.
 */
import { execFileSync } from 'node:child_process';

/** True when `command` runs. */
export function hasCommand(
  command: string,
  args: string[] = ['--version'],
): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Skip only outside CI: under CI=true a missing component fails. */
export function missing(available: boolean): boolean {
  return !available && process.env['CI'] !== 'true';
}

export const dockerRegistryAvailable =
  hasCommand('docker-registry', ['--version']) &&
  hasCommand('htpasswd', ['-nbB', 'a', 'b']);
export const nginxAvailable = hasCommand('nginx', ['-v']);
