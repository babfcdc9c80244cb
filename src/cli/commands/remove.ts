// `newsgraph remove`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const removeCommand: CommandSpec = {
  name: "remove",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("remove: not implemented yet", "not-implemented");
  },
};
