// Types of scripts/generate-validators.mjs for the tests that import it.
export const target: string;
export function generateValidators(root?: string): Promise<string>;
