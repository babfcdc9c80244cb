// readLines, under every `.jsonl` file: each line's bytes exactly (a Windows line end's "\r" dropped, nothing else),
// its number, the bytes consumed so far, and a line over the limit reported by its size without being held.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLines } from "../../src/ingest/lines.js";

let dir = "";
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "newsgraph-lines-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of a file with these contents, as [number, text or null, size, offset]. */
async function lines(name: string, content: string | Buffer, max = 1000): Promise<[number, string | null, number, number][]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: [number, string | null, number, number][] = [];
  for await (const line of readLines(file, max)) out.push([line.number, line.bytes === null ? null : line.bytes.toString("latin1"), line.size, line.offset]);
  return out;
}

describe("readLines", () => {
  it("gives each line without its line break, numbered from 1, with the bytes consumed up to its end", async () => {
    expect(await lines("plain.jsonl", "one\ntwo\n\nfour\n")).toEqual([
      [1, "one", 3, 4],
      [2, "two", 3, 8],
      [3, "", 0, 9],
      [4, "four", 4, 14],
    ]);
  });

  it("gives a last line that has no line break, and nothing for an empty file", async () => {
    expect(await lines("unended.jsonl", "one\ntwo")).toEqual([
      [1, "one", 3, 4],
      [2, "two", 3, 7],
    ]);
    expect(await lines("empty.jsonl", "")).toEqual([]);
  });

  it("drops a Windows line end's carriage return, and only that one", async () => {
    expect(await lines("crlf.jsonl", "one\r\n\rtwo\r\r\n")).toEqual([
      [1, "one", 4, 5],
      [2, "\rtwo\r", 6, 12],
    ]);
  });

  it("keeps a line the size of the limit, and reports a longer one by its size, then goes on", async () => {
    expect(await lines("limit.jsonl", "12345\n123456\nok\n123456", 5)).toEqual([
      [1, "12345", 5, 6],
      [2, null, 6, 13],
      [3, "ok", 2, 16],
      [4, null, 6, 22],
    ]);
  });

  it("joins a line read in several chunks, and counts a long line across chunks", async () => {
    // Reads go 64 KiB at a time: a 150,000-byte line spans three of them.
    const long = Buffer.alloc(150_000, "a");
    const content = Buffer.concat([Buffer.from("x\n"), long, Buffer.from("\ny")]);
    const found = await lines("chunks.jsonl", content, 200_000);
    expect(found.map(([n, text, size, offset]) => [n, text?.length, size, offset])).toEqual([
      [1, 1, 1, 2],
      [2, 150_000, 150_000, 150_003],
      [3, 1, 1, 150_004],
    ]);
    expect(found[1][1]).toBe(long.toString("latin1"));
    const over = await lines("chunks-over.jsonl", content, 100_000);
    expect(over.map(([n, text, size]) => [n, text, size])).toEqual([
      [1, "x", 1],
      [2, null, 150_000],
      [3, "y", 1],
    ]);
  });
});
