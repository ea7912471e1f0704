// Types of the generated standalone validators (config-validators.js).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateManifest: GeneratedValidator;
export const validatePolicy: GeneratedValidator;
