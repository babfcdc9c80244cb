import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultWorkers, extractAll, extractDocument } from "../../src/extract/index.js";
import type { Document, Extraction } from "../../src/types.js";

const seeds: Document[] = ["000_c974ad76943d9b07", "002_737a7b2d851a72cd"].map((id) => ({
  id,
  text: readFileSync(`seeds/${id}.txt`, "utf8"),
}));
// Articles of very different lengths, so that workers finish out of order.
const docs: Document[] = [
  ...seeds,
  { id: "short", text: "Angela Merkel met Emmanuel Macron in Paris." },
  { id: "empty-ish", text: " \n " },
  ...seeds.map((d) => ({ ...d, id: `${d.id}-again` })),
];

async function collect(iterable: AsyncIterable<Extraction>): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

async function* slowly(items: Document[]): AsyncGenerator<Document> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

describe("extractAll", () => {
  it("gives, in one thread, exactly what extractDocument gives, in input order", async () => {
    expect(await collect(extractAll(docs))).toEqual(docs.map(extractDocument));
  });

  it("gives the same results in the same order with 2 worker threads, with a queue smaller than the input", async () => {
    const one = await collect(extractAll(slowly(docs), { workers: 1 }));
    const two = await collect(extractAll(slowly(docs), { workers: 2, queuePerWorker: 1 }));
    expect(two.map((x) => x.doc.id)).toEqual(docs.map((d) => d.id));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("stops its worker threads when the consumer stops early, and can run again", async () => {
    const first: string[] = [];
    for await (const x of extractAll(docs, { workers: 2 })) {
      first.push(x.doc.id);
      if (first.length === 2) break;
    }
    expect(first).toEqual(docs.slice(0, 2).map((d) => d.id));
    const again = await collect(extractAll(docs.slice(2, 3), { workers: 2 }));
    expect(again.map((x) => x.doc.id)).toEqual(["short"]);
  });

  it.each([1, 2])("reports a document whose extraction throws and goes on (%i workers)", async (workers) => {
    const bad = { id: "bad", source: "bad.txt", text: null as unknown as string };
    const problems: { source: string; reason: string }[] = [];
    const out = await collect(extractAll([docs[2], bad, docs[2]], { workers, onProblem: (p) => problems.push(p) }));
    expect(out.map((x) => x.doc.id)).toEqual(["short", "short"]);
    expect(problems).toHaveLength(1);
    expect(problems[0].source).toBe("bad.txt");
    expect(problems[0].reason).toMatch(/^extraction failed: /);
  });

  it("refuses a number of workers that is not a whole number of at least 1", async () => {
    await expect(collect(extractAll(docs, { workers: 0 }))).rejects.toThrow(/"workers" must be a whole number/);
  });

  it("uses worker threads by default only where they pay: more than 2 cores and more than 2 MB of input", () => {
    expect(defaultWorkers(100 << 20, 2)).toBe(1);
    expect(defaultWorkers(100 << 20, 1)).toBe(1);
    expect(defaultWorkers(500_000, 16)).toBe(1);
    expect(defaultWorkers(100 << 20, 4)).toBe(4);
    expect(defaultWorkers(100 << 20, 64)).toBe(8);
  });
});
