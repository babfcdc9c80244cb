// Streams the documents of the input files, one at a time: each bad input is reported through `onProblem` and
// skipped, and the rest goes on. Memory holds one article (or one `.jsonl` line) plus the set of ids seen.
import { readFile } from "node:fs/promises";
import type { Document } from "../types.js";
import { decodeText } from "./decode.js";
import { normalizeDate } from "./dates.js";
import { htmlToArticle } from "./html.js";
import { readLines } from "./lines.js";
import { describeFsError, listInputs } from "./list.js";
import { markdownToText } from "./markdown.js";
import { DEFAULT_MAX_ARTICLE_BYTES, type IngestProblem, type InputFile, type ReadOptions } from "./types.js";

/** Lists the inputs of `paths` (files or folders) and reads their documents. */
export async function* readDocuments(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Document> {
  yield* readInputs(await listInputs(paths, options), options);
}

/** Reads the documents of files already listed by `listInputs` (so that a progress bar knows the total first). */
export async function* readInputs(files: readonly InputFile[], options: ReadOptions = {}): AsyncGenerator<Document> {
  const report = options.onProblem ?? (() => {});
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const seen = new Map<string, string>(); // id → source of its first document
  const progress = { files: 0, bytes: 0, documents: 0 };
  const tell = () => options.onProgress?.({ ...progress });

  /** Keeps the first document of an id; later ones are reported. */
  const accept = (doc: Document, problem: Omit<IngestProblem, "reason">): boolean => {
    const first = seen.get(doc.id);
    if (first !== undefined) {
      report({ ...problem, reason: `duplicate document id "${doc.id}" (first read from ${first}): give each article its own id` });
      return false;
    }
    seen.set(doc.id, doc.source ?? doc.id);
    return true;
  };

  for (const file of files) {
    const before = progress.bytes;
    if (file.format === "jsonl") {
      for await (const item of readJsonl(file, maxBytes)) {
        progress.bytes = before + item.offset;
        if ("reason" in item) report({ source: file.path, ...(item.line ? { line: item.line } : {}), reason: item.reason });
        else if (accept(item.doc, { source: file.path, line: item.line })) {
          progress.documents++;
          yield item.doc;
        }
        tell();
      }
    } else {
      const result = await readArticleFile(file, maxBytes);
      if ("reason" in result) report({ source: file.path, reason: result.reason });
      else if (accept(result, { source: file.path })) {
        progress.documents++;
        progress.bytes = before + file.size;
        yield result;
      }
    }
    progress.files++;
    progress.bytes = before + file.size;
    tell();
  }
}

type Failure = { reason: string };

/** A `.txt`, `.md` or `.html` file: one article. */
async function readArticleFile(file: InputFile, maxBytes: number): Promise<Document | Failure> {
  if (file.size > maxBytes) return { reason: tooLarge(file.size, maxBytes) };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return { reason: describeFsError(error) };
  }
  if (bytes.length > maxBytes) return { reason: tooLarge(bytes.length, maxBytes) };
  if (bytes.length === 0) return { reason: "empty file" };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const doc = toDocument(file.format, decoded.text, { id: file.id, source: file.path });
  return doc.text.trim() ? doc : { reason: file.format === "html" ? "no article text found in the page" : "no text (only white space or markup)" };
}

/** Builds a document from text in one of the formats; fields given in `known` win over what the text says. */
function toDocument(format: InputFile["format"], raw: string, known: Partial<Document> & { id: string }): Document {
  let doc: Document;
  if (format === "html") doc = { id: known.id, ...htmlToArticle(raw) };
  else if (format === "md") doc = { id: known.id, ...markdownToText(raw) };
  else doc = { id: known.id, text: raw, ...plainTitle(raw) };
  return withMetadata(doc, known);
}

/** Sets the metadata given from outside the text (a `.jsonl` line's fields, the file's path) on a document. */
function withMetadata(doc: Document, known: Partial<Document>): Document {
  if (known.title) doc.title = known.title;
  const date = normalizeDate(known.date ?? doc.date);
  if (date) doc.date = date;
  else delete doc.date;
  if (known.url) doc.url = known.url;
  if (known.source) doc.source = known.source;
  return doc;
}

/** A plain-text article's title: its first line, when short and set apart by a blank line like a headline. */
function plainTitle(text: string): { title?: string } {
  const m = /^\s*([^\n]{1,200})\r?\n[ \t]*\r?\n/.exec(text);
  const line = m?.[1].trim();
  return line && !/[.:;,]$/.test(line) ? { title: line } : {};
}

type JsonlItem = { line: number; offset: number } & ({ doc: Document } | Failure);

/** A `.jsonl` file: one article per line, `{id?, doc?, title?, text | html, date?, url?}`. Blank lines are skipped. */
async function* readJsonl(file: InputFile, maxBytes: number): AsyncGenerator<JsonlItem> {
  try {
    for await (const raw of readLines(file.path, maxBytes)) {
      const at = { line: raw.number, offset: raw.offset };
      if (raw.bytes === null) {
        yield { ...at, reason: tooLarge(raw.size, maxBytes) };
        continue;
      }
      if (raw.bytes.every((b) => b === 0x20 || b === 0x09)) continue;
      const decoded = decodeText(raw.bytes);
      if (!decoded.ok) {
        yield { ...at, reason: decoded.reason.replace("the file", "the line") };
        continue;
      }
      yield { ...at, ...jsonlDocument(decoded.text, file, raw.number) };
    }
  } catch (error) {
    yield { line: 0, offset: file.size, reason: describeFsError(error) };
  }
}

function jsonlDocument(line: string, file: InputFile, number: number): { doc: Document } | Failure {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { reason: `not JSON (${(error as Error).message}): each line must be one JSON object` };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { reason: "not a JSON object: each line must be {id?, title?, text | html, date?, url?}" };
  }
  const r = record as Record<string, unknown>;
  const text = typeof r.text === "string" && r.text.trim() ? r.text : undefined;
  const html = typeof r.html === "string" && r.html.trim() ? r.html : undefined;
  if (text === undefined && html === undefined) {
    return { reason: 'no text: the object needs a non-empty "text" or "html" string' };
  }
  const given = idOf(r.id) ?? idOf(r.doc) ?? `${file.id}:${number}`;
  const known = {
    id: given,
    source: `${file.path}:${number}`,
    title: stringField(r.title),
    date: stringField(r.date),
    url: stringField(r.url),
  };
  // A line's text is kept exactly as given (annotations of the same corpus refer to its offsets), and its title is
  // only the one the line gives.
  const doc = text !== undefined ? withMetadata({ id: given, text }, known) : toDocument("html", html!, known);
  if (!doc.text.trim()) return { reason: "no article text found in the line's html" };
  return { doc };
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function stringField(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function tooLarge(size: number, max: number): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `article is ${mb(size)}, over the ${mb(max)} limit for one article: split it into smaller articles`;
}
