// The command line: `main` runs it, `COMMANDS` is the table it is built from (the README is generated from it).
export { main, createProgram } from "./main.js";
export { COMMANDS } from "./commands/index.js";
export type { CommandSpec, OptionSpec } from "./table.js";
export { CliError } from "./table.js";
