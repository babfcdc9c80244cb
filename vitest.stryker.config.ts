// The vitest configuration `npm run mutation` (Stryker) runs each mutant against: only the test folders of the
// mutated modules (stryker.config.json), so that a mutant costs seconds, not the whole suite.
// tests/model/standalone.test.ts is left out: it checks which packages child processes load, and no mutant is ever
// active in a child process (Stryker switches mutants inside the test runner's own process), so it could kill
// nothing; it would only make every mutant of saveGraph, which it calls in a beforeAll, cost a run of all tests.
// isolate: false lets one worker keep the modules it has loaded from one mutant's run to the next instead of loading
// them again for every test file (2-4 times faster per mutant here). Safe because these tests mock no modules and
// Stryker switches mutants at run time; module-level (static) mutants are ignored (`ignoreStatic`), and reloading
// would not have activated them anyway.
// NEWSGRAPH_EXTERNAL_CHECKS=0 skips the export tests that run a tool we did not write (NetworkX, rdflib and Python's
// csv module in a child process, xmllint, Neo4j's Cypher linter; tests/export/independent.ts): they cost seconds a
// mutant (the export group with them was estimated at over an hour). The mutation scores of src/export are
// therefore those of the in-process tests alone; `npm test` and CI run every test.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "tests/build/**/*.test.ts",
      "tests/model/**/*.test.ts",
      "tests/ingest/**/*.test.ts",
      "tests/export/**/*.test.ts",
      "tests/cli/serve.test.ts",
      "tests/cli/view-data.test.ts",
    ],
    exclude: ["tests/model/standalone.test.ts"],
    env: { NEWSGRAPH_EXTERNAL_CHECKS: "0" },
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
