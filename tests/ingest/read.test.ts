import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocuments, type IngestProblem, type IngestProgress } from "../../src/ingest/index.js";
import type { Document } from "../../src/types.js";

// Made in beforeAll, not on import: a run that filters out every test here (Stryker's) skips the hooks.
let dir = "";
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function read(paths: string[], maxArticleBytes?: number) {
  const problems: IngestProblem[] = [];
  const progress: IngestProgress[] = [];
  const docs: Document[] = [];
  for await (const doc of readDocuments(paths, {
    onProblem: (p) => problems.push(p),
    onProgress: (p) => progress.push(p),
    maxArticleBytes,
  })) {
    docs.push(doc);
  }
  return { docs, problems, progress };
}

describe("readDocuments: formats", () => {
  it("reads a .txt file as is, its id the file name, its title a short first line", async () => {
    const text = "Mayor opens bridge\n\nThe mayor of Springfield opened the bridge on Monday.\n";
    const file = write("formats/bridge.txt", text);
    const { docs, problems } = await read([file]);
    expect(problems).toEqual([]);
    expect(docs).toEqual([{ id: "bridge", text, title: "Mayor opens bridge", source: file }]);
  });

  it("strips Markdown and takes the title from the first # heading and the date from front matter", async () => {
    const md = [
      "---",
      "date: 2024-04-04",
      "---",
      "# Council *approves* budget",
      "",
      "The [city council](https://example.org) approved the",
      "budget on **Tuesday**.",
      "",
      "- Item `one`",
      "",
      "```",
      "code();",
      "```",
    ].join("\n");
    const file = write("formats/budget.md", md);
    const { docs } = await read([file]);
    expect(docs[0]).toMatchObject({ id: "budget", title: "Council approves budget", date: "2024-04-04" });
    expect(docs[0].text).toBe("Council approves budget\n\nThe city council approved the budget on Tuesday.\n\nItem one");
  });

  it("takes an HTML page's main text and metadata, and never the text of its scripts", async () => {
    const html = `<!doctype html><html><head><title>Site name | Ignored</title>
      <meta property="og:title" content="Port strike ends">
      <meta property="article:published_time" content="2024-03-01T08:00:00Z">
      <link rel="canonical" href="https://news.example/port-strike">
      <script>document.title = "HACKED"; window.evil = "SCRIPTTEXT";</script></head>
      <body><nav>Home | World | Sport</nav><article>
      <p>Dock workers in Rotterdam returned to work on Friday after a two-week strike over pay and conditions.</p>
      <script>console.log("SCRIPTTEXT")</script>
      <p>The union said the agreement raises wages by five percent over two years, according to its statement.</p>
      </article></body></html>`;
    const file = write("formats/strike.html", html);
    const { docs, problems } = await read([file]);
    expect(problems).toEqual([]);
    expect(docs[0]).toMatchObject({
      id: "strike",
      title: "Port strike ends",
      date: "2024-03-01T08:00:00Z",
      url: "https://news.example/port-strike",
    });
    expect(docs[0].text).toBe(
      "Port strike ends\n\n" +
        "Dock workers in Rotterdam returned to work on Friday after a two-week strike over pay and conditions.\n\n" +
        "The union said the agreement raises wages by five percent over two years, according to its statement.",
    );
    expect(docs[0].text).not.toContain("SCRIPTTEXT");
  });

  it("reads .jsonl line by line: id, else doc, else FILE:LINE; text kept byte for byte; html accepted", async () => {
    const lines = [
      JSON.stringify({ id: "a1", title: "One", text: "First  article.\r\nSecond line.", date: "2024-01-02", url: "https://x.example/1" }),
      "",
      JSON.stringify({ doc: "GUM_x", text: "Second article." }),
      JSON.stringify({ html: "<p>Third article, from <b>HTML</b>.</p>" }),
    ];
    const file = write("formats/corpus.jsonl", lines.join("\n") + "\n");
    const { docs, problems } = await read([file]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(["a1", "GUM_x", "corpus:4"]);
    expect(docs[0]).toEqual({
      id: "a1",
      title: "One",
      text: "First  article.\r\nSecond line.",
      date: "2024-01-02",
      url: "https://x.example/1",
      source: `${file}:1`,
    });
    expect(docs[1].title).toBeUndefined();
    expect(docs[2].text).toBe("Third article, from HTML.");
  });

  it("reads a .jsonl line's fields loosely: ids trimmed or numbers, fields trimmed, blank ones and other types ignored", async () => {
    const lines = [
      JSON.stringify({ id: " m-17 ", title: "  Ferry strike ends ", text: "Crews returned on Friday.", date: " 2025-06-13 ", url: " https://paper.example/ferry " }),
      JSON.stringify({ id: 42, doc: "ignored", text: "A numbered story." }),
      JSON.stringify({ id: "  ", doc: " dock-3 ", text: "The dock reopened.", title: 7, date: "", url: ["x"] }),
      JSON.stringify({ id: true, doc: 5.5, text: "Neither id counts." }),
      JSON.stringify({ text: "   ", html: "<p>The <i>html</i> speaks when the text is blank.</p>" }),
    ];
    const file = write("fields/loose.jsonl", lines.join("\n"));
    const { docs, problems } = await read([file]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(["m-17", "42", "dock-3", "5.5", "loose:5"]);
    expect(docs[0]).toEqual({
      id: "m-17",
      title: "Ferry strike ends",
      text: "Crews returned on Friday.",
      date: "2025-06-13",
      url: "https://paper.example/ferry",
      source: `${file}:1`,
    });
    expect(docs[2]).toEqual({ id: "dock-3", text: "The dock reopened.", source: `${file}:3` });
    expect(docs[4].text).toBe("The html speaks when the text is blank.");
  });

  it("skips blank .jsonl lines (spaces, tabs, a lone carriage return) without a word, and counts them in line numbers", async () => {
    const file = write("fields/blank.jsonl", ' \t \n\r\n\n{"text":"Fourth line."}\n\t\n{"text":"Sixth line."}\n');
    const { docs, problems } = await read([file]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.source])).toEqual([
      ["blank:4", `${file}:4`],
      ["blank:6", `${file}:6`],
    ]);
  });

  it("reports progress after each .jsonl line, in the bytes read so far", async () => {
    const file = write("progress/lines.jsonl", '{"text":"One."}\n\n{"text":"Two."}\n');
    const { progress } = await read([file]);
    // A line of 16 bytes, a blank one, another of 16.
    expect(progress.map((p) => [p.bytes, p.documents])).toEqual([
      [16, 1],
      [33, 2],
      [33, 2],
    ]);
  });

  it("walks folders recursively in sorted order, ignores unknown extensions and hidden files there", async () => {
    write("walk/b.txt", "Bravo text.");
    write("walk/a/c.md", "Charlie text.");
    write("walk/a.txt", "Alpha text.");
    write("walk/notes.pdf", "%PDF");
    write("walk/.hidden.txt", "Hidden text.");
    const { docs, problems } = await read([join(dir, "walk")]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(["c", "a", "b"]);
  });

  it("lists a folder's files by code point whatever order the file system gives, walking each folder once", async () => {
    // Enough names that the file system's own order (hash order on ext4) is unlikely to be sorted already.
    const names = ["zulu", "Zulu", "alpha", "Alpha", "émile", "e", "eb", "ea", "10", "9", "_x", "m", "mm", "b", "q", "k", "w", "Q"];
    for (const name of names) write(`order/${name}.txt`, `Article ${name}.`);
    // A link back up the tree, a dangling link and a FIFO inside the folder: skipped without a report.
    symlinkSync(join(dir, "order"), join(dir, "order/up"));
    symlinkSync(join(dir, "order/gone.txt"), join(dir, "order/dangling.txt"));
    execFileSync("mkfifo", [join(dir, "order/pipe.txt")]);
    const { docs, problems } = await read([join(dir, "order")]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("gives files that share a name their relative path as id", async () => {
    write("same/2024/report.txt", "Report of 2024.");
    write("same/2025/report.txt", "Report of 2025.");
    const { docs } = await read([join(dir, "same")]);
    expect(docs.map((d) => d.id)).toEqual(["2024/report", "2025/report"]);
  });

  it("keeps the extension in the id when two files differ only by it", async () => {
    write("ext/memo.txt", "Memo as text.");
    write("ext/memo.md", "Memo as Markdown.");
    const { docs } = await read([join(dir, "ext")]);
    expect(docs.map((d) => d.id)).toEqual(["memo.md", "memo.txt"]);
  });

  it("reports an explicitly named file with an unknown extension, and a path given twice only once", async () => {
    const csv = write("named/table.csv", "a,b");
    const txt = write("named/one.txt", "One.");
    const { docs, problems } = await read([csv, txt, join(dir, "named")]);
    expect(docs.map((d) => d.id)).toEqual(["one"]);
    expect(problems).toHaveLength(1);
    expect(problems[0].source).toBe(csv);
  });

  it("reports progress in files and bytes, ending at the total size", async () => {
    const a = write("progress/a.txt", "Alpha text.");
    const b = write("progress/b.jsonl", '{"text":"One."}\n{"text":"Two."}\n');
    const { progress } = await read([a, b]);
    // 11 bytes of text, then two lines of 16 bytes each.
    expect(progress.at(-1)).toEqual({ files: 2, bytes: 11 + 16 + 16, documents: 3 });
  });
});

describe("readDocuments: bad input is reported and skipped, the rest goes on", () => {
  it("reports each bad file with a reason and still reads the good one", async () => {
    const good = write("bad/good.txt", "A good article.");
    const binary = write("bad/binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const invalid = write("bad/latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    const empty = write("bad/empty.txt", "");
    const blank = write("bad/blank.md", "  \n\n ");
    const unknown = write("bad/data.csv", "a,b");
    const missing = join(dir, "bad/missing.txt");
    const { docs, problems } = await read([good, binary, invalid, empty, blank, unknown, missing]);
    expect(docs.map((d) => d.id)).toEqual(["good"]);
    expect(problems.map((p) => [p.source, p.reason.split(":")[0]])).toEqual([
      [unknown, 'unknown extension ".csv"'],
      [missing, "no such file or folder"],
      [binary, "binary file (contains NUL bytes)"],
      [invalid, "invalid UTF-8 at byte 3"],
      [empty, "empty file"],
      [blank, "no text (only white space or markup)"],
    ]);
  });

  it("skips an article over the size limit, naming its size", async () => {
    const big = write("big/big.txt", "word ".repeat(3000));
    const { docs, problems } = await read([big], 10_000);
    expect(docs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(/^article is 0\.0 MB, over the 0\.0 MB limit/);
  });

  it("reports bad .jsonl lines with their line number: not JSON, no text, invalid UTF-8, too long", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"ok1","text":"Fine."}\n'),
      Buffer.from("{not json}\n"),
      Buffer.from('{"id":"nt","title":"No text"}\n'),
      Buffer.from('["an","array"]\n'),
      Buffer.from('{"text":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
      Buffer.from(`{"text":"${"x".repeat(200)}"}\n`),
      Buffer.from('{"id":"ok2","text":"Also fine."}'),
    ]);
    const file = write("bad/lines.jsonl", bytes);
    const { docs, problems } = await read([file], 100);
    expect(docs.map((d) => d.id)).toEqual(["ok1", "ok2"]);
    expect(problems.map((p) => [p.line, p.reason.split(/[:(]/)[0].trim()])).toEqual([
      [2, "not JSON"],
      [3, "no text"],
      [4, "not a JSON object"],
      [5, "invalid UTF-8 at byte 12"],
      [6, "article is 0.0 MB, over the 0.0 MB limit for one article"],
    ]);
  });

  it("reports a .jsonl line that is JSON but no object (null, a number, a string) and reads on", async () => {
    const file = write("bad/values.jsonl", 'null\n42\n"Harbour news"\n{"id":"ok","text":"Read after them."}\n');
    const { docs, problems } = await read([file]);
    expect(docs.map((d) => d.id)).toEqual(["ok"]);
    expect(problems).toEqual(
      [1, 2, 3].map((line) => ({ source: file, line, reason: "not a JSON object: each line must be {id?, title?, text | html, date?, url?}" })),
    );
  });

  it("names the line, not the file, in a .jsonl line's problems, and reports a line whose html holds no text", async () => {
    const bytes = Buffer.concat([Buffer.from('{"html":"<script>var x = 1;</script>"}\n{"text":"'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const file = write("bad/reasons.jsonl", bytes);
    const { docs, problems } = await read([file]);
    expect(docs).toEqual([]);
    expect(problems[0]).toEqual({ source: file, line: 1, reason: "no article text found in the line's html" });
    expect(problems[1]).toEqual({ source: file, line: 2, reason: "invalid UTF-8 at byte 9: save the line as UTF-8" });
  });

  it("keeps the first of two documents with the same id and reports the second", async () => {
    const file = write("dup/one.jsonl", '{"id":"x","text":"First."}\n{"id":"x","text":"Second."}\n');
    const txt = write("dup/x.txt", "Third.");
    const { docs, problems } = await read([file, txt]);
    expect(docs.map((d) => d.text)).toEqual(["First."]);
    expect(problems).toEqual([
      { source: file, line: 2, reason: `duplicate document id "x" (first read from ${file}:1): give each article its own id` },
      { source: txt, reason: `duplicate document id "x" (first read from ${file}:1): give each article its own id` },
    ]);
  });

  // Inputs that cannot be read even by root (CI runs as root, where a chmod 000 file is readable).
  it("reports a dangling link, a link loop and a FIFO named as inputs, and reads the rest", async () => {
    const good = write("unreadable/good.txt", "A good article.");
    const dangling = join(dir, "unreadable/dangling.txt");
    symlinkSync(join(dir, "unreadable/gone.txt"), dangling);
    const loopA = join(dir, "unreadable/loop-a.txt");
    const loopB = join(dir, "unreadable/loop-b.txt");
    symlinkSync(loopB, loopA);
    symlinkSync(loopA, loopB);
    const fifo = join(dir, "unreadable/pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const { docs, problems } = await read([dangling, loopA, fifo, good]);
    expect(docs.map((d) => d.id)).toEqual(["good"]);
    expect(problems).toEqual([
      { source: dangling, reason: "no such file or folder: check the path" },
      { source: loopA, reason: "too many symbolic links" },
      { source: fifo, reason: "not a regular file or folder" },
    ]);
  });

  it("reports a file that turned into a folder or vanished after it was listed, and reads the rest", async () => {
    write("vanish/a.txt", "The first article.");
    const folder = write("vanish/b.txt", "Becomes a folder.");
    const gone = write("vanish/c.txt", "Is deleted.");
    write("vanish/d.txt", "The last article.");
    const problems: IngestProblem[] = [];
    const ids: string[] = [];
    // The files are listed before the first is read: change the others while the first is being handled.
    for await (const doc of readDocuments([join(dir, "vanish")], { onProblem: (p) => problems.push(p) })) {
      ids.push(doc.id);
      if (doc.id === "a") {
        rmSync(folder);
        mkdirSync(folder);
        rmSync(gone);
      }
    }
    expect(ids).toEqual(["a", "d"]);
    expect(problems).toEqual([
      { source: folder, reason: "is a folder, not a file" },
      { source: gone, reason: "no such file or folder: check the path" },
    ]);
  });
});
