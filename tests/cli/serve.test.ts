// The viewer's static server: serves the page and /graph.json, refuses anything outside the page's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequestPath, startServer, type RunningServer } from "../../src/cli/serve.js";

let server: RunningServer;
const dir = mkdtempSync(join(tmpdir(), "newsgraph-serve-"));
const root = join(dir, "dist");

/** A raw GET: node's http client sends the path as given, without normalising `..` away like browsers do. */
function get(path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, ".secret"), "hidden");
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
  });

  it("refuses paths that leave the folder, encoded or not", async () => {
    for (const path of [
      "/../outside.txt",
      "/%2e%2e/outside.txt",
      "/%2E%2E%2Foutside.txt",
      "/assets/..%2f..%2foutside.txt",
      "/..%5coutside.txt",
      "/%00",
    ]) {
      const response = await get(path);
      expect([403, 404], path).toContain(response.status);
      expect(response.body).not.toContain("outside");
    }
  });

  it("answers 404 for hidden and missing files and folders", async () => {
    expect((await get("/.secret")).status).toBe(404);
    expect((await get("/nope.js")).status).toBe(404);
    expect((await get("/assets")).status).toBe(404);
  });
});

describe("resolveRequestPath", () => {
  it("maps / to index.html and refuses dot segments and malformed escapes", () => {
    expect(resolveRequestPath("/srv/page", "/")).toEqual({ file: "/srv/page/index.html" });
    expect(resolveRequestPath("/srv/page", "/a/b.js")).toEqual({ file: "/srv/page/a/b.js" });
    expect(resolveRequestPath("/srv/page", "/a/../b.js")).toEqual({ status: 403 });
    expect(resolveRequestPath("/srv/page", "/%2e%2e/b.js")).toEqual({ status: 403 });
    expect(resolveRequestPath("/srv/page", "/%E0%A4%A")).toEqual({ status: 403 });
  });
});
