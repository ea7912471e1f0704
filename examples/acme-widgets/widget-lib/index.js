import createDebug from 'debug';

const debug = createDebug('widget-lib');

/** Clamps a widget size to the grid. */
export function clampSize(size, min = 1, max = 12) {
  const clamped = Math.min(max, Math.max(min, Math.round(size)));
  debug('clampSize %d -> %d', size, clamped);
  return clamped;
}
