// The vitest configuration `npm run mutation` (Stryker) runs each mutant against: only the test folders of the
// mutated modules (stryker.config.json), so that a mutant costs seconds, not the whole suite.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/build/**/*.test.ts", "tests/model/**/*.test.ts", "tests/ingest/**/*.test.ts", "tests/export/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
