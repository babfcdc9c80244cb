// `newsgraph view`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const viewCommand: CommandSpec = {
  name: "view",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("view: not implemented yet", "not-implemented");
  },
};
