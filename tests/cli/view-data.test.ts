// `newsgraph view`'s data routes: the slim payload compressed by Accept-Encoding, details per entity and per
// relation, a rebuilt file picked up without a restart, and compression of the page's own assets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/cli/serve.js";
import { pickEncoding } from "../../src/cli/view-data.js";
import { serializeGraph } from "../../src/model/index.js";
import { toViewPayload } from "../../src/model/view.js";
import { viewerFixtureGraph } from "../viewer/fixture.js";

let server: RunningServer;
// Made in beforeAll, not on import: a run that filters out every test here (Stryker's) skips the hooks.
let dir = "";
let root = "";
let graphPath = "";

interface Answer {
  status: number;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
    const req = request({ host: "127.0.0.1", port: server.port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Status, type and body of a plain (uncompressed) answer. */
async function text(path: string): Promise<[number, unknown, string]> {
  const answer = await get(path);
  return [answer.status, answer.headers["content-type"], answer.body.toString("utf8")];
}

function decoded(answer: Answer): string {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(answer.body).toString("utf8");
  if (encoding === "gzip") return gunzipSync(answer.body).toString("utf8");
  return answer.body.toString("utf8");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-view-data-"));
  root = join(dir, "dist");
  graphPath = join(dir, "graph.json");
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(root, "app.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
  writeFileSync(graphPath, serializeGraph(viewerFixtureGraph()));
  server = await startServer({ root, graphPath, port: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("pickEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("identity")).toBe("identity");
    expect(pickEncoding(undefined)).toBe("identity");
    // Parameters are trimmed, and only q= weighs.
    expect(pickEncoding("br ; q=0 , gzip")).toBe("gzip");
    expect(pickEncoding("br;x=0")).toBe("br");
    expect(pickEncoding("br ;q=0.5, gzip;q=0.4")).toBe("br");
    expect(pickEncoding(" , gzip")).toBe("gzip");
    expect(pickEncoding(["gzip;q=0", "br"])).toBe("br");
  });
});

describe("view routes", () => {
  const expected = JSON.stringify(toViewPayload(viewerFixtureGraph()));

  it("serves the slim payload compressed by Accept-Encoding, and plain without one", async () => {
    const br = await get("/view.json", "gzip, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.body.length).toBeLessThan(expected.length / 2);
    expect(decoded(br)).toBe(expected);
    const gzip = await get("/view.json", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(decoded(gzip)).toBe(expected);
    const plain = await get("/view.json");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(expected);
    expect(String(plain.headers["content-security-policy"])).toContain("script-src 'self'");
  });

  it("answers an entity's articles and a relation's evidence, 404 for unknown keys, 400 without one", async () => {
    const entity = JSON.parse(decoded(await get("/view/entity?key=vera-okafor", "br")));
    expect(entity.documents.map((d: { id: string }) => d.id)).toEqual(
      [...viewerFixtureGraph().getNodeAttribute("vera-okafor", "docs")].sort(),
    );
    const edge = JSON.parse(decoded(await get(`/view/edge?key=${encodeURIComponent("e-okafor-cormorant")}`)));
    expect(edge.evidence[0].text).toBe(
      "She also cautioned fleets against fitting Cormorant 9 nets before the spring season.",
    );
    expect(await text("/view/entity?key=nobody")).toEqual([404, "text/plain; charset=utf-8", "No entity nobody\n"]);
    expect(await text("/view/edge?key=nothing")).toEqual([404, "text/plain; charset=utf-8", "No relation nothing\n"]);
    expect(await text("/view/edge")).toEqual([400, "text/plain; charset=utf-8", "Missing ?key=\n"]);
  });

  it("compresses the page's assets too, but not tiny bodies", async () => {
    const script = await get("/app.js", "gzip");
    expect(script.headers["content-encoding"]).toBe("gzip");
    expect(decoded(script)).toContain("console.log");
    // Uncompressed for a client that takes no encoding, but marked as varying by it (for caches between).
    const plain = await get("/app.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("Accept-Encoding");
    expect((await get("/", "gzip")).headers["content-encoding"]).toBeUndefined();
  });

  it("picks up a rebuilt graph file, and sends the page to graph.json when the file is broken", async () => {
    const graph = viewerFixtureGraph();
    graph.dropNode("nfa");
    writeFileSync(graphPath, serializeGraph(graph));
    const payload = JSON.parse(decoded(await get("/view.json", "br")));
    expect(payload.nodes.keys).not.toContain("nfa");
    writeFileSync(graphPath, "{ broken");
    expect((await get("/view.json")).status).toBe(404);
    rmSync(graphPath);
    expect(await text("/view.json")).toEqual([404, "text/plain; charset=utf-8", "Graph file not found or not readable\n"]);
    expect(await text("/graph.json")).toEqual([404, "text/plain; charset=utf-8", "Graph file not found\n"]);
    writeFileSync(graphPath, serializeGraph(viewerFixtureGraph()));
    expect((await get("/view.json")).status).toBe(200);
  });
});
