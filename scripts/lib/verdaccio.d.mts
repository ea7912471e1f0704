/** Types of scripts/lib/verdaccio.mjs for TypeScript callers (tests). */
export interface RunningVerdaccio {
  url: string;
  port: number;
  token: string;
  user: string;
  password: string;
  storage: string;
  stop(): Promise<void>;
}

export function startVerdaccio(options?: {
  user?: string;
  password?: string;
  packages?: Record<string, { access: string; publish: string }>;
}): Promise<RunningVerdaccio>;

export function addUser(
  url: string,
  user: string,
  password: string,
): Promise<string>;
