// Reads a file line by line as bytes, so that each line can be checked (size, UTF-8) on its own and progress can be
// counted in bytes. readline would decode the whole stream leniently and buffer a 50 MB line in full.
import { createReadStream } from "node:fs";

export interface RawLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without its line break; null when it was longer than the limit (then `size` says how long). */
  bytes: Buffer | null;
  size: number;
  /** Bytes of the file consumed up to the end of this line. */
  offset: number;
}

export async function* readLines(file: string, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let partsSize = 0;
  let oversize = false;
  let number = 0;
  let offset = 0;
  const finish = (): RawLine => {
    number++;
    let bytes: Buffer | null = null;
    if (!oversize) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, partsSize);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number, bytes, size: partsSize, offset };
    parts = [];
    partsSize = 0;
    oversize = false;
    return line;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      partsSize += piece.length;
      offset += piece.length;
      if (partsSize > maxLineBytes) {
        oversize = true;
        parts = [];
      } else if (!oversize && piece.length) parts.push(piece);
      if (nl === -1) break;
      offset += 1;
      from = nl + 1;
      yield finish();
    }
  }
  if (partsSize > 0 || oversize) yield finish();
}
