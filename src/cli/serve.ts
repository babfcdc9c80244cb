// A small static server for `newsgraph view`: the built viewer page, one graph file at /graph.json, and the
// slim view payload and per-entity / per-edge details (view-data.ts), on 127.0.0.1 by default. It serves nothing
// else, and each of these guards refuses one kind of request:
// - the Host header must name this server (127.0.0.1, localhost or [::1], or the --host given, with the port), so
//   that a web page on another site cannot read the graph through DNS rebinding (403);
// - GET and HEAD only (405);
// - a path whose escapes do not decode, or holding a NUL or a backslash (403);
// - a path that resolves outside the page's folder (`..`, encoded or not) (403);
// - hidden files (404), and anything that is not a regular file, such as a folder or a FIFO (404).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { createViewData, encodeBody, type Encoding } from "./view-data.js";

export interface ServeOptions {
  /** Folder of the built page (viewer/dist). */
  root: string;
  /** The graph file served at /graph.json. */
  graphPath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

/** Addresses that listen on every network interface. */
export const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0"]);
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

// The page only needs its own scripts, a blob: worker (ForceAtlas2) and blob:/data: images (PNG export).
// Even if article text ever reached the DOM as HTML, inline scripts and handlers would not run.
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** Maps a request path to a file under `root`, or a status code when it must be refused. */
export function resolveRequestPath(root: string, rawPath: string): { file: string } | { status: 403 | 404 } {
  let path: string;
  try {
    path = decodeURIComponent(rawPath.split("?")[0].split("#")[0]);
  } catch {
    return { status: 403 }; // malformed escapes such as `%E0%A4%A`
  }
  if (path.includes("\0") || path.includes("\\")) return { status: 403 };
  const base = resolve(root);
  const file = resolve(base, "." + (path.endsWith("/") ? path + "index.html" : path));
  if (file !== base && !file.startsWith(base + sep)) return { status: 403 }; // `..` out of the folder
  if (path.split("/").some((s) => s.startsWith("."))) return { status: 404 }; // hidden files (and `..` inside it)
  return { file };
}

/**
 * The Host header values the server answers: the loopback names, and the --host given, each with the port. Bound
 * to all interfaces, the machine's own addresses and name are added, since that is how others reach it.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (ALL_INTERFACES.has(host)) {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) {
      for (const entry of list ?? []) names.add(entry.family === "IPv6" ? `[${entry.address.toLowerCase()}]` : entry.address);
    }
  } else names.add(host.includes(":") ? `[${host.toLowerCase()}]` : host.toLowerCase());
  // A browser leaves the port out of the Host header when it is the default one.
  return new Set([...names].flatMap((name) => (port === 80 ? [`${name}:${port}`, name] : [`${name}:${port}`])));
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const graphPath = resolve(options.graphPath);
  const viewData = createViewData(graphPath);
  let allowed = new Set<string>(); // filled in once the port is known
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const send = (
      status: number,
      text: string | Buffer,
      type = "text/plain; charset=utf-8",
      encoded?: Encoding,
    ): void => {
      // Compressed by Accept-Encoding (view-data.ts), unless the body comes compressed already.
      const { body, headers } = encoded
        ? { body: Buffer.from(text), headers: { Vary: "Accept-Encoding", "Content-Encoding": encoded } }
        : encodeBody(request, Buffer.from(text), type);
      response.writeHead(status, {
        ...SECURITY_HEADERS,
        ...headers,
        "Content-Type": type,
        "Content-Length": body.length,
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (!allowed.has((request.headers.host ?? "").toLowerCase())) {
      return send(403, "Forbidden: this server answers only requests addressed to it by its own name (Host header)\n");
    }
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method not allowed\n");
    const viewResponse = await viewData.respond(request);
    if (viewResponse) {
      const { status, body, type, encoding } = viewResponse;
      return send(status, body, type, encoding === "identity" ? undefined : encoding);
    }
    const rawPath = (request.url ?? "/").split("?")[0];
    if (rawPath === "/graph.json") {
      // Read on each request: a rebuild shows up on reload without restarting the server.
      try {
        return send(200, await readFile(graphPath), TYPES[".json"]);
      } catch {
        return send(404, "Graph file not found\n");
      }
    }
    const target = resolveRequestPath(options.root, rawPath);
    if ("status" in target) return send(target.status, target.status === 403 ? "Forbidden\n" : "Not found\n");
    try {
      const info = await stat(target.file);
      if (!info.isFile()) return send(404, "Not found\n");
      return send(200, await readFile(target.file), TYPES[extname(target.file)] ?? "application/octet-stream");
    } catch {
      return send(404, "Not found\n");
    }
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHosts(host, port);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    server,
    close(): Promise<void> {
      closing ??= new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      return closing;
    },
  };
}
