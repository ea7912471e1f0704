/**
 * Parses untrusted YAML (release.yaml, policy.yaml, pnpm lockfiles) into
 * plain data while keeping the source positions, so that a finding can
 * point at the exact line and column of the value it is about.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
} from 'yaml';
import { UserError } from '../errors.ts';
import { limits } from '../limits.ts';
import { readTextFile } from './text-file.ts';
import { escapePointerToken } from './json-pointer.ts';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Parsed YAML plus a way back from a JSON pointer to its position. */
export interface SourceDocument {
  /** The file as the user named it. */
  file: string;
  data: unknown;
  /** Position of the value at `pointer`, or of its nearest ancestor. */
  locate(pointer: string): Position | undefined;
}

/** Options for parsing YAML. */
export interface ParseYAMLOptions {
  /** Aliases allowed before the document counts as an alias bomb. */
  maxAliasCount?: number;
  maxDepth?: number;
}

/** Reads and parses a YAML file; exit 2 naming the file on any problem. */
export async function readYAMLFile(
  path: string,
  displayName: string,
  maxBytes: number = limits.configBytes,
): Promise<SourceDocument> {
  const text = await readTextFile(path, { maxBytes, displayName });
  return parseYAML(text, displayName);
}

/** Parses YAML text into a SourceDocument. */
export function parseYAML(
  text: string,
  file: string,
  options: ParseYAMLOptions = {},
): SourceDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
    strict: true,
  });
  const problem = document.errors[0];
  if (problem) {
    const at = lineCounter.linePos(problem.pos[0]);
    throw new UserError(
      'YAML_INVALID',
      `${file} is not valid YAML: ${firstLine(problem.message)}`,
      { file, line: at.line, column: at.col },
    );
  }

  const positions = new Map<string, Position>();
  const depthLimit = options.maxDepth ?? limits.depth;
  indexPositions(document.contents, '', 0, {
    file,
    positions,
    lineCounter,
    depthLimit,
  });

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: options.maxAliasCount ?? 50 });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'YAML_REFUSED',
      `${file} was refused: ${firstLine(reason)}`,
      { file },
    );
  }
  return { file, data, locate: (pointer) => nearest(positions, pointer) };
}

interface IndexState {
  file: string;
  positions: Map<string, Position>;
  lineCounter: LineCounter;
  depthLimit: number;
}

function indexPositions(
  node: Node | null | undefined,
  pointer: string,
  depth: number,
  state: IndexState,
): void {
  if (!node) return;
  const start = node.range?.[0];
  if (start !== undefined) {
    const at = state.lineCounter.linePos(start);
    state.positions.set(pointer, { line: at.line, column: at.col });
  }
  if (depth > state.depthLimit) {
    const at = state.positions.get(pointer);
    throw new UserError(
      'YAML_TOO_DEEP',
      `${state.file} nests deeper than ${state.depthLimit} levels`,
      { file: state.file, line: at?.line, column: at?.column },
    );
  }
  if (isAlias(node) || isScalar(node)) return;
  if (isSeq(node)) {
    node.items.forEach((item, index) => {
      indexPositions(item as Node, `${pointer}/${index}`, depth + 1, state);
    });
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key)
        ? String(pair.key.value)
        : String(pair.key);
      if (key === '__proto__') {
        const keyStart = (pair.key as Node | null)?.range?.[0] ?? 0;
        const at = state.lineCounter.linePos(keyStart);
        throw new UserError(
          'YAML_FORBIDDEN_KEY',
          `${state.file} uses the forbidden key "__proto__"`,
          { file: state.file, line: at.line, column: at.col },
        );
      }
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      const keyNode = pair.key as Node | null;
      if (!pair.value && keyNode?.range) {
        const at = state.lineCounter.linePos(keyNode.range[0]);
        state.positions.set(childPointer, { line: at.line, column: at.col });
      }
      indexPositions(pair.value as Node, childPointer, depth + 1, state);
    }
  }
}

function nearest(
  positions: Map<string, Position>,
  pointer: string,
): Position | undefined {
  let current = pointer;
  for (;;) {
    const found = positions.get(current);
    if (found) return found;
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
