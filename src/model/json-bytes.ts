// JSON text longer than a JavaScript string can be (V8's limit is about 512 MB: the graph file of ~100,000
// articles). The bytes are cut at the top level instead — each member of the outer object, and each element of a
// member that is an array — and every piece is parsed by JSON.parse, which stays the only JSON parser. Only the
// positions of strings and brackets are tracked here, so the cutting is one pass over the bytes. Browser-safe.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The JSON object in `bytes` (UTF-8), parsed piece by piece. Throws a SyntaxError naming the byte offset. */
export function parseJsonObjectBytes(bytes: Uint8Array): Record<string, unknown> {
  const decoder = new TextDecoder();
  const parse = (start: number, end: number): unknown => {
    try {
      return JSON.parse(decoder.decode(bytes.subarray(start, end)));
    } catch (error) {
      throw new SyntaxError(`${(error as Error).message} in the value at byte ${start}`);
    }
  };
  const fail = (what: string, at: number): never => {
    throw new SyntaxError(at >= bytes.length ? `unexpected end of the data after byte ${bytes.length}` : `${what} at byte ${at}`);
  };
  const skipSpace = (at: number): number => {
    while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
    return at;
  };
  const expect = (byte: number, at: number, what: string): number => (bytes[at] === byte ? at + 1 : fail(`expected ${what}`, at));

  /** The offset just past the string that opens at `at`. */
  const stringEnd = (at: number): number => {
    for (let i = at + 1; i < bytes.length; i++) {
      if (bytes[i] === BACKSLASH) i++;
      else if (bytes[i] === QUOTE) return i + 1;
    }
    return fail("unterminated string", bytes.length);
  };
  /** The offset just past the value that starts at `at` (JSON.parse checks the value itself). */
  const valueEnd = (at: number): number => {
    const first = bytes[at];
    if (first === QUOTE) return stringEnd(at);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      let i = at;
      while (i < bytes.length && bytes[i] !== COMMA && bytes[i] !== CLOSE_OBJECT && bytes[i] !== CLOSE_ARRAY && bytes[i] > 0x20) i++;
      return i > at ? i : fail("expected a value", at);
    }
    let depth = 0;
    for (let i = at; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === QUOTE) i = stringEnd(i) - 1;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
      else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return i + 1;
    }
    return fail("unclosed value", bytes.length);
  };
  /** The array that opens at `at`, element by element, and the offset past it. */
  const array = (at: number): [unknown[], number] => {
    const items: unknown[] = [];
    let i = skipSpace(at + 1);
    if (bytes[i] === CLOSE_ARRAY) return [items, i + 1];
    for (;;) {
      const end = valueEnd(i);
      items.push(parse(i, end));
      i = skipSpace(end);
      if (bytes[i] === CLOSE_ARRAY) return [items, i + 1];
      i = skipSpace(expect(COMMA, i, "',' or ']'"));
    }
  };

  const result: Record<string, unknown> = {};
  let i = skipSpace(expect(OPEN_OBJECT, skipSpace(0), "'{'"));
  if (bytes[i] === CLOSE_OBJECT) i++;
  else {
    for (;;) {
      if (bytes[i] !== QUOTE) fail("expected a member name", i);
      const nameEnd = stringEnd(i);
      const name = parse(i, nameEnd) as string;
      i = skipSpace(expect(COLON, skipSpace(nameEnd), "':'"));
      if (bytes[i] === OPEN_ARRAY) [result[name], i] = array(i);
      else {
        const end = valueEnd(i);
        result[name] = parse(i, end);
        i = end;
      }
      i = skipSpace(i);
      if (bytes[i] === CLOSE_OBJECT) {
        i++;
        break;
      }
      i = skipSpace(expect(COMMA, i, "',' or '}'"));
    }
  }
  if (skipSpace(i) < bytes.length) fail("unexpected data after the JSON object", skipSpace(i));
  return result;
}
