// The data side of `newsgraph view`: the slim view payload at /view.json, an entity's articles at
// /view/entity?key=…, a relation's evidence at /view/edge?key=…, and compression of any response by the
// client's Accept-Encoding (brotli, then gzip). The graph file is parsed once and again only when it changes
// on disk (size or modification time), so a rebuild shows up on reload without restarting the server.
import type { IncomingMessage } from "node:http";
import { stat } from "node:fs/promises";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { loadGraph, type NewsGraph } from "../model/index.js";
import { edgeDetails, entityDetails, toViewPayload } from "../model/view.js";

export type Encoding = "br" | "gzip" | "identity";

/** Smaller bodies are not worth compressing (the headers would cost more than the saving). */
const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/json|application\/javascript|image\/svg\+xml)/;

/** The encoding to answer with: brotli when the client takes it, else gzip, else none. `q=0` refuses one. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  const accepted = new Map<string, number>();
  for (const part of header.split(",")) {
    const [coding, ...params] = part.toLowerCase().split(";");
    const name = coding.trim(); // "br ;q=1" names br: white space may stand around the semicolon
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const takes = (name: string): boolean => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return "identity";
}

export function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "br") {
    // Quality 5: most of brotli's gain at a fraction of the time of 11 (a 15 MB payload in well under a second).
    return brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  if (encoding === "gzip") return gzipSync(body, { level: 6 });
  return body;
}

/** Headers and body for a response, compressed when the type and size make it worthwhile and the client accepts it. */
export function encodeBody(
  request: IncomingMessage,
  body: Buffer,
  type: string,
): { body: Buffer; headers: Record<string, string> } {
  if (body.length < MIN_COMPRESSED_BYTES || !COMPRESSIBLE.test(type)) return { body, headers: {} };
  const encoding = pickEncoding(request.headers["accept-encoding"]);
  const headers: Record<string, string> = { Vary: "Accept-Encoding" };
  if (encoding === "identity") return { body, headers };
  return { body: compress(body, encoding), headers: { ...headers, "Content-Encoding": encoding } };
}

export interface ViewResponse {
  status: number;
  type: string;
  body: Buffer;
  /** Set when the body is already compressed with this encoding (the cached view payload). */
  encoding?: Encoding;
}

const JSON_TYPE = "application/json; charset=utf-8";

interface Loaded {
  /** Size and modification time of the file this was read from. */
  stamp: string;
  graph: NewsGraph;
  payload: Buffer;
  /** The payload compressed per encoding, made on first request. */
  compressed: Map<Encoding, Buffer>;
}

/** Serves the view routes of one graph file; the parsed graph is kept between requests. */
export function createViewData(graphPath: string): {
  /** The answer for a view route, or null when the path is not one of them. */
  respond(request: IncomingMessage): Promise<ViewResponse | null>;
} {
  let loaded: Loaded | null = null;
  let loading: Promise<Loaded | null> | null = null;

  const load = async (): Promise<Loaded | null> => {
    let stamp: string;
    try {
      const info = await stat(graphPath);
      stamp = `${info.size}:${info.mtimeMs}`;
    } catch {
      loaded = null;
      return null;
    }
    if (loaded?.stamp === stamp) return loaded;
    try {
      const graph = loadGraph(graphPath);
      const payload = Buffer.from(JSON.stringify(toViewPayload(graph)));
      loaded = { stamp, graph, payload, compressed: new Map() };
    } catch {
      // A broken file: the page falls back to /graph.json, whose parser explains what is wrong with it.
      loaded = null;
    }
    return loaded;
  };
  // Concurrent requests share one parse.
  const current = (): Promise<Loaded | null> => {
    loading ??= load().finally(() => {
      loading = null;
    });
    return loading;
  };

  const json = (status: number, value: unknown): ViewResponse => ({
    status,
    type: JSON_TYPE,
    body: Buffer.from(JSON.stringify(value)),
  });
  const notFound = (message: string): ViewResponse => ({
    status: 404,
    type: "text/plain; charset=utf-8",
    body: Buffer.from(`${message}\n`),
  });

  return {
    async respond(request: IncomingMessage): Promise<ViewResponse | null> {
      const url = new URL(request.url ?? "/", "http://localhost");
      const route = url.pathname;
      if (route !== "/view.json" && route !== "/view/entity" && route !== "/view/edge") return null;
      const data = await current();
      if (!data) return notFound("Graph file not found or not readable");
      if (route === "/view.json") {
        const encoding = data.payload.length >= MIN_COMPRESSED_BYTES ? pickEncoding(request.headers["accept-encoding"]) : "identity";
        if (encoding === "identity") return { status: 200, type: JSON_TYPE, body: data.payload };
        let body = data.compressed.get(encoding);
        if (!body) {
          body = compress(data.payload, encoding);
          data.compressed.set(encoding, body);
        }
        return { status: 200, type: JSON_TYPE, body, encoding };
      }
      const key = url.searchParams.get("key");
      if (key === null) return { status: 400, type: "text/plain; charset=utf-8", body: Buffer.from("Missing ?key=\n") };
      const details = route === "/view/entity" ? entityDetails(data.graph, key) : edgeDetails(data.graph, key);
      return details ? json(200, details) : notFound(`No ${route === "/view/entity" ? "entity" : "relation"} ${key}`);
    },
  };
}
