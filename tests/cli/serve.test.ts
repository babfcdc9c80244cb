// The viewer's static server: serves the page and /graph.json and nothing else. Each guard has a test of its own
// that fails when that guard alone is removed (checked by removing each in turn): the Host check, the method check,
// malformed escapes, NUL and backslash, containment in the page's folder, hidden files, and non-regular files.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { hostname, networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts, resolveRequestPath, startServer, type RunningServer } from "../../src/cli/serve.js";

let server: RunningServer;
// Made in beforeAll, not on import: a run that filters out every test here (Stryker's) skips the hooks.
let dir = "";
let root = "";

interface Answer {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

/**
 * A raw request: node's http client sends the path as given, without normalising `..` away like browsers do.
 * `host` replaces the Host header (null: send none); it gives up after 3 s, so a request the server never
 * answers fails the test instead of hanging it.
 */
function get(path: string, { method = "GET", host }: { method?: string; host?: string | null } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = typeof host === "string" ? { Host: host } : {};
    const req = request({ host: "127.0.0.1", port: server.port, path, method, headers, setHost: host !== null, timeout: 3000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${method} ${path} within 3 s`)));
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-serve-"));
  root = join(dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "assets", "data.bin"), "bytes");
  writeFileSync(join(root, ".secret"), "hidden");
  execFileSync("mkfifo", [join(root, "pipe.js")]); // reading it would wait for a writer forever
  writeFileSync(join(dir, "outside.txt"), "outside");
  writeFileSync(join(dir, "graph.json"), '{"nodes":[],"edges":[]}');
  server = await startServer({ root, graphPath: join(dir, "graph.json"), port: 0 });
});

afterAll(async () => {
  await server.close();
  await server.close(); // safe twice
  rmSync(dir, { recursive: true, force: true });
});

describe("startServer", () => {
  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves the page, its assets and the graph with their types and a strict CSP", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("<title>page</title>");
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(String(page.headers["content-security-policy"])).toContain("script-src 'self'");
    expect((await get("/assets/app.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    const graph = await get("/graph.json?x=1");
    expect(graph.status).toBe(200);
    expect(graph.body).toBe('{"nodes":[],"edges":[]}');
    expect(graph.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect((await get("/assets/data.bin")).headers["content-type"]).toBe("application/octet-stream");
    // HEAD: the headers of GET, no body.
    const head = await get("/assets/app.js", { method: "HEAD" });
    expect([head.status, head.headers["content-length"], head.body]).toEqual([200, "14", ""]);
  });

  it("guard Host: answers requests addressed to 127.0.0.1, localhost or [::1] with its port, and no other", async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`, `[::1]:${server.port}`]) {
      expect((await get("/graph.json", { host })).status, host).toBe(200);
    }
    // A rebinding attack's page asks for its own name; a port of another server is not this one either.
    for (const host of [`evil.example:${server.port}`, `localhost.evil.example:${server.port}`, "127.0.0.1:1", "localhost"]) {
      const answer = await get("/graph.json", { host });
      expect(answer.status, host).toBe(403);
      expect(answer.body, host).toBe("Forbidden: this server answers only requests addressed to it by its own name (Host header)\n");
      expect(answer.headers["content-type"], host).toBe("text/plain; charset=utf-8");
    }
    // No Host at all: node's HTTP server already refuses that (400) before our guard sees it.
    expect((await get("/graph.json", { host: null })).status).toBe(400);
  });

  it("guard method: only GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const answer = await get("/graph.json", { method });
      expect(answer.status, method).toBe(405);
      expect(answer.body).toBe("Method not allowed\n");
    }
    expect((await get("/graph.json", { method: "HEAD" })).status).toBe(200);
  });

  it("guard escapes: a path whose escapes do not decode is refused", async () => {
    expect((await get("/%E0%A4%A")).status).toBe(403);
  });

  it("guard NUL and backslash: refused", async () => {
    expect((await get("/index.html%00")).status).toBe(403);
    expect((await get("/assets%5capp.js")).status).toBe(403);
  });

  it("guard containment: paths that leave the page's folder, encoded or not, are refused", async () => {
    for (const path of ["/../outside.txt", "/%2e%2e/outside.txt", "/%2E%2E%2Foutside.txt", "/assets/..%2f..%2foutside.txt"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(403);
      expect(answer.body).toBe("Forbidden\n");
    }
  });

  it("guard hidden files: 404, never their content", async () => {
    const answer = await get("/.secret");
    expect(answer.status).toBe(404);
    expect(answer.body).toBe("Not found\n");
  });

  it("guard regular files: a FIFO or a folder is not served (404), and the server does not hang on it", async () => {
    expect(await get("/pipe.js")).toMatchObject({ status: 404, body: "Not found\n" });
    expect(await get("/assets")).toMatchObject({ status: 404, body: "Not found\n" });
    expect((await get("/nope.js")).status).toBe(404);
  });
});

describe("allowedHosts", () => {
  it("adds the address given with --host, or this machine's names when bound to all interfaces", () => {
    expect([...allowedHosts("127.0.0.1", 8080)].sort()).toEqual(["127.0.0.1:8080", "[::1]:8080", "localhost:8080"]);
    expect(allowedHosts("192.168.1.5", 3000).has("192.168.1.5:3000")).toBe(true);
    expect(allowedHosts("::1", 3000).has("[::1]:3000")).toBe(true);
    expect(allowedHosts("0.0.0.0", 3000).has(`${hostname().toLowerCase()}:3000`)).toBe(true);
    expect(allowedHosts("127.0.0.1", 80).has("localhost")).toBe(true);
    expect(allowedHosts("127.0.0.1", 80).has("localhost:80")).toBe(true);
    // Names are compared lowercased (the Host header is lowercased before the check), IPv6 addresses in brackets.
    expect([...allowedHosts("News.Example", 3000)]).toContain("news.example:3000");
    expect([...allowedHosts("FE80::1", 3000)]).toContain("[fe80::1]:3000");
  });

  it("bound to all interfaces, answers each address of this machine with the port, IPv6 ones in brackets", () => {
    const allowed = allowedHosts("0.0.0.0", 3000);
    const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
    expect(addresses.length).toBeGreaterThan(0);
    for (const entry of addresses) {
      const name = entry.family === "IPv6" ? `[${entry.address.toLowerCase()}]` : entry.address;
      expect(allowed.has(`${name}:3000`), name).toBe(true);
    }
    expect([...allowed].every((name) => name.endsWith(":3000"))).toBe(true);
  });
});

describe("resolveRequestPath", () => {
  it("maps / to index.html and refuses paths out of the folder and malformed escapes", () => {
    expect(resolveRequestPath("/srv/page", "/")).toEqual({ file: "/srv/page/index.html" });
    expect(resolveRequestPath("/srv/page", "/a/b.js")).toEqual({ file: "/srv/page/a/b.js" });
    expect(resolveRequestPath("/srv/page", "/../b.js")).toEqual({ status: 403 });
    expect(resolveRequestPath("/srv/page", "/%2e%2e/b.js")).toEqual({ status: 403 });
    expect(resolveRequestPath("/srv/page", "/%E0%A4%A")).toEqual({ status: 403 });
    // Hidden names, and the folder itself: not found rather than forbidden, since they are inside it.
    expect(resolveRequestPath("/srv/page", "/.secret")).toEqual({ status: 404 });
    expect(resolveRequestPath("/srv/page", "/.")).toEqual({ status: 404 });
  });
});
