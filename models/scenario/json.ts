/**
 * JSON syntax errors a person can act on: the file's name, and the line and column (both from 1)
 * where parsing stopped, instead of the engine's "at position 79". Engines word and place the
 * error differently (V8 in Node 20 says "position N", newer ones add "(line L column C)"); the
 * position is the one fact every engine gives, so line and column are computed from it here.
 */

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

/** Line and column (from 1; columns count characters, not bytes) of an offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

export function describeJsonError(text: string, error: Error): JsonSyntaxProblem {
  const msg = error.message;
  const pos = /at position (\d+)/.exec(msg);
  // "Unexpected end of JSON input" has no position: parsing stopped at the end.
  const at = lineColumn(text, pos ? Number(pos[1]) : text.length);
  const reason =
    msg
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/,\s*".*"\s*is not valid JSON$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON does')
      .trim() || 'not valid JSON';
  return { ...at, reason };
}

/** "my-scenario.json: not valid JSON at line 5, column 3: Expected ',' or '}' after property value". */
export function jsonErrorLine(fileName: string, text: string, error: Error): string {
  const p = describeJsonError(text, error);
  return `${fileName}: not valid JSON at line ${p.line}, column ${p.column}: ${p.reason}`;
}
