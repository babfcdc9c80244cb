// `newsgraph diff`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const diffCommand: CommandSpec = {
  name: "diff",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("diff: not implemented yet", "not-implemented");
  },
};
