// `newsgraph build`: PLACEHOLDER, not implemented yet.
import { CliError, type CommandSpec } from "../table.js";

export const buildCommand: CommandSpec = {
  name: "build",
  summary: "(not implemented yet)",
  options: [],
  async run() {
    throw new CliError("build: not implemented yet", "not-implemented");
  },
};
