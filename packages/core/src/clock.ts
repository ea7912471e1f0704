/**
 * Time as shipshape sees it. Reports and archives take their timestamps
 * from SOURCE_DATE_EPOCH when it is set, so the same inputs give the same
 * bytes; tests inject a fixed clock.
 */
import { UserError } from './errors.ts';

/** Returns the current time. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/**
 * The clock used for recorded timestamps: SOURCE_DATE_EPOCH (whole seconds
 * since 1970) when set, otherwise the given clock.
 */
export function recordingClock(
  env: NodeJS.ProcessEnv = process.env,
  fallback: Clock = systemClock,
): Clock {
  const epoch = sourceDateEpoch(env);
  return epoch === undefined ? fallback : () => new Date(epoch * 1000);
}

/** Parses SOURCE_DATE_EPOCH; undefined when unset, exit 2 when malformed. */
export function sourceDateEpoch(
  env: NodeJS.ProcessEnv = process.env,
): number | undefined {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw)) {
    throw new UserError(
      'SOURCE_DATE_EPOCH_INVALID',
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${raw.slice(0, 40)}"`,
      { field: 'SOURCE_DATE_EPOCH' },
    );
  }
  return Number(raw);
}
