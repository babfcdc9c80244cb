// Part `workers`: the same corpus through extractAll with 1 thread and with 2 worker threads (tinypool), wall time
// including the pool's start-up; goal ≥ 1.7× on 2 cores. CPU time shows the pool's overhead apart from machine load.
import { availableParallelism } from "node:os";
import { benchCorpus } from "./extract.mjs";
import { dist, figure, goal, heading, loadWarning, now, timed } from "./lib.mjs";

export async function benchWorkers({ tokens = 1_000_000, corpus } = {}) {
  heading(`workers: extractAll with 1 thread and 2 worker threads (${availableParallelism()} cores here)`);
  const { extractAll, defaultWorkers } = await dist("extract/index.js");
  const { docs, tokens: total } = corpus ?? benchCorpus(tokens);
  const run = (workers) =>
    timed(async () => {
      const t = now();
      let n = 0;
      let first = 0;
      for await (const x of extractAll(docs, { workers })) {
        if (n++ === 0) first = now() - t;
        if (!x) throw new Error("missing extraction");
      }
      if (n !== docs.length) throw new Error(`expected ${docs.length} extractions, got ${n}`);
      return { first: first / 1000 };
    });
  await run(1); // warm-up of this thread
  const one = await run(1);
  const two = await run(2);
  const warning = loadWarning();
  if (warning) console.log(warning);
  figure("articles / tokens", `${docs.length} / ${total}`);
  figure("1 thread", total / one.seconds, "tokens/s", `wall ${one.seconds.toFixed(1)} s, CPU ${one.cpu.toFixed(1)} s`);
  figure("2 workers", total / two.seconds, "tokens/s", `wall ${two.seconds.toFixed(1)} s, CPU ${two.cpu.toFixed(1)} s, first result ${two.value.first.toFixed(1)} s`);
  const speedup = one.seconds / two.seconds;
  figure("speed-up (wall)", speedup, "×", goal(speedup >= 1.7, "≥ 1.7×"));
  // With 2 cores to itself, the pool's best is 2 × (CPU of 1 thread) / (CPU of the pool): this removes machine load.
  figure("speed-up bound from CPU time (2 × cpu1 / cpu2)", (2 * one.cpu) / two.cpu, "×");
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  figure("default --workers for this corpus here", defaultWorkers(bytes), "", "(1 on ≤ 2 cores or < 2 MB: never slower than 1 thread)");
  return { speedup };
}
