import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A JSON document parsed with the places of its values (jsonc-parser, strict JSON options). */
export interface LocatedJson {
  value: unknown;
  root: Node;
  text: string;
}

/** Line and column (both from 1) of an offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Parse JSON text; a syntax error is thrown as "line L, column C: what is wrong". */
export function parseLocated(text: string): LocatedJson {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text; // a BOM keeps offsets
  if (!body.trim()) throw new SyntaxError('the file is empty — expected JSON starting with {');
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0];
    const at = e ? lineColumn(body, e.offset) : { line: 1, column: 1 };
    const hint = body.trimStart().startsWith('<') ? ' (it looks like HTML, not JSON)' : '';
    throw new SyntaxError(`line ${at.line}, column ${at.column}: not valid JSON${hint} — ${e ? describe(printParseErrorCode(e.error)) : 'no value'}`);
  }
  return { value: getNodeValue(root), root, text: body };
}

const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'expected a field name in "quotes"',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected "," between items (or a missing closing bracket)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text in "quotes" is not closed',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a broken \\u escape',
  InvalidEscapeCharacter: 'a broken \\ escape',
  InvalidCharacter: 'a control character (such as a line break) inside "quotes"',
};
const describe = (code: string) => WORDS[code] ?? code;

/** "policy.sections[3].title" → ['policy', 'sections', 3, 'title'] (the inverse of formatPath). */
export function splitPath(path: string): (string | number)[] {
  if (path === '(the bundle)') return [];
  const out: (string | number)[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/gy;
  let m;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else out.push(m[3]);
    if (re.lastIndex >= path.length) break;
  }
  return out;
}

/**
 * Where a bundle path is in the file: the value itself, else (a missing field) the nearest
 * object or list that holds it.
 */
export function locate(doc: LocatedJson, path: string): { line: number; column: number } {
  const parts = splitPath(path);
  for (let n = parts.length; n >= 0; n--) {
    const node = findNodeAtLocation(doc.root, parts.slice(0, n));
    if (node) return lineColumn(doc.text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return { line: 1, column: 1 };
}
