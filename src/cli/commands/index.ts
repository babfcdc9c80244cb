// The command table: every `newsgraph` command, in the order `--help` and the README list them.
import type { CommandSpec } from "../table.js";
import { buildCommand } from "./build.js";
import { removeCommand } from "./remove.js";
import { extractCommand } from "./extract.js";
import { parseCommand } from "./parse.js";
import { queryCommand } from "./query.js";
import { exportCommand } from "./export.js";
import { diffCommand } from "./diff.js";
import { viewCommand } from "./view.js";

export const COMMANDS: readonly CommandSpec[] = [
  buildCommand,
  removeCommand,
  extractCommand,
  parseCommand,
  queryCommand,
  exportCommand,
  diffCommand,
  viewCommand,
];
