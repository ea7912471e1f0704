/**
 * Side-effect module loaded first by every bundle's entry file (see
 * scripts/build.mjs), before the bundle itself is compiled.
 */
import { enableCompileCacheSafely } from './compile-cache.ts';

enableCompileCacheSafely();
