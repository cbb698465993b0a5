import { parseAllDocuments } from 'yaml';

export interface YamlProblem {
  /** 1-based line of the first error. */
  line: number;
  /** 1-based column of the first error. */
  column: number;
  /** The parser's reason, without its own "at line …" excerpt. */
  reason: string;
}

/**
 * The first syntax error of a YAML text, or null when it parses. Several
 * documents (`---`) are allowed: the agent reads what the parser accepts.
 */
export function checkYaml(text: string): YamlProblem | null {
  if (text.trim() === '') return null;

  const parsed = parseAllDocuments(text);
  // An empty stream is not an array of documents but an EmptyStream.
  const documents = Array.isArray(parsed) ? parsed : [];
  const error = documents.flatMap((doc) => doc.errors)[0];
  if (!error) return null;

  const position = error.linePos?.[0] ?? { line: 1, col: 1 };
  const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? '';
  return {
    line: position.line,
    column: position.col,
    reason: reason.trim(),
  };
}

/** The character offsets of a 1-based line, for selecting it in a textarea. */
export function lineRange(
  text: string,
  line: number,
): { start: number; end: number } {
  const lines = text.split('\n');
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  const start = lines
    .slice(0, index)
    .reduce((sum, current) => sum + current.length + 1, 0);
  return { start, end: start + (lines[index]?.length ?? 0) };
}
