// Determinism at scale: the same real articles built with 1 and 2 workers, in two orders, give byte-identical graph
// files. 200 Reuters articles here (four builds); `npm run check:determinism` runs the same check on 420. Without
// ../shared, the seed articles' paragraphs stand in.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildFourWays, determinismCorpus } from "../../scripts/determinism.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-determinism-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph build at scale", () => {
  it("writes the same bytes with 1 or 2 workers and in either order of the articles", { timeout: 600_000 }, async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { source, articles } = determinismCorpus(200);
    expect(articles.length, source).toBeGreaterThanOrEqual(source === "Reuters-21578" ? 200 : 10);
    const { graphs } = await buildFourWays(articles, dir);
    const [first, ...others] = Object.entries(graphs);
    expect(JSON.parse(first[1]).attributes.documents).toHaveLength(articles.length);
    for (const [name, text] of others) expect(text === first[1], `${name} differs from ${first[0]}`).toBe(true);
    vi.restoreAllMocks();
  });
});
