// `newsgraph extract`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const extractCommand: CommandSpec = {
  name: "extract",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("extract: not implemented yet", "not-implemented");
  },
};
