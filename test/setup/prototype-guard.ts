// Every test file ends by proving that no parser polluted Object.prototype.
import { afterAll, expect } from 'vitest';

afterAll(() => {
  const probe: Record<string, unknown> = {};
  expect(probe['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});
