/**
 * Reading and writing MDX files as frontmatter + body, byte-stable: writing what was read gives
 * the same bytes, so the importer can prove a second run changes nothing.
 */
import { LineCounter, parseDocument, stringify } from 'yaml';

export interface MdxFile {
  /** Parsed frontmatter (YAML 1.2 core schema: dates stay strings). */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line, untouched. */
  body: string;
}

export class FrontmatterError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'FrontmatterError';
    this.file = file;
    this.line = line;
  }
}

const OPEN = /^---\r?\n/;
const CLOSE = /^---\r?$/m;

/** Splits an MDX file; throws `FrontmatterError` naming the file and line when it is malformed. */
export function readMdx(text: string, file: string): MdxFile {
  if (!OPEN.test(text)) throw new FrontmatterError(file, 1, 'the file must start with a "---" frontmatter block');
  const rest = text.replace(OPEN, '');
  const close = CLOSE.exec(rest);
  if (!close) throw new FrontmatterError(file, 1, 'the frontmatter block is not closed by a "---" line');
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length);
  const body = afterClose.replace(/^\n/, '');
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    // +1 for the opening "---" line.
    const line = lines.linePos(first.pos[0]).line + 1;
    throw new FrontmatterError(file, line, `invalid YAML in frontmatter: ${first.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterError(file, 2, 'the frontmatter must be a mapping of fields');
  }
  return { data: (data ?? {}) as Record<string, unknown>, body };
}

/**
 * Serializes frontmatter + body. Strings that YAML 1.1 would read as something else (dates, "yes",
 * "on") are quoted, because Astro reads frontmatter with a YAML 1.1 parser.
 */
export function writeMdx(data: Record<string, unknown>, body: string): string {
  const yamlText = stringify(data, { version: '1.1', lineWidth: 0 });
  return `---\n${yamlText}---\n${body}`;
}

/** Line of a top-level frontmatter field in an MDX file (1-based, counting the opening `---`). */
export function fieldLine(text: string, field: string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : 1;
}
