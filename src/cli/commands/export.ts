// `newsgraph export`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const exportCommand: CommandSpec = {
  name: "export",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("export: not implemented yet", "not-implemented");
  },
};
