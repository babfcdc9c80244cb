// `newsgraph diff`: what changed between two graphs (say, yesterday's and today's news): entities and relations
// added and removed, and relations whose evidence changed, each with its sentences.
import { diffGraphs, renderDiff } from "../../query/index.js";
import type { CommandSpec } from "../table.js";
import { openGraph } from "./query.js";

export const diffCommand: CommandSpec = {
  name: "diff",
  args: "<old> <new>",
  summary:
    "Compare two graph files: entities added and removed, relations added and removed (a relation is subject, predicate, object and polarity) and relations with new or lost evidence, each with its sentences.",
  options: [
    { flags: "--json", description: "print JSON (for scripts) instead of text", default: false },
    { flags: "--exit-code", description: "exit with 1 when the graphs differ (as `git diff --exit-code`)", default: false },
  ],
  examples: ["newsgraph diff monday.json tuesday.json", "newsgraph diff old.json new.json --json > changes.json"],
  async run(args, options) {
    const [before, after] = args;
    const diff = diffGraphs(openGraph("diff", before), openGraph("diff", after));
    process.stdout.write(options.json === true ? JSON.stringify(diff, null, 2) + "\n" : renderDiff(diff));
    const changed =
      diff.entities.added.length + diff.entities.removed.length + diff.relations.added.length + diff.relations.removed.length + diff.relations.changed.length > 0;
    return options.exitCode === true && changed ? 1 : 0;
  },
};
