// `newsgraph query`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const queryCommand: CommandSpec = {
  name: "query",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("query: not implemented yet", "not-implemented");
  },
};
