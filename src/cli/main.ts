// Entry point of the `newsgraph` command: builds a commander program from the command table and runs it.
// Every command exits the same way: 0 when all went well, 1 when some inputs were skipped or some names were not
// found (the rest of the work was done), 2 on a usage error or a fatal one (nothing, or nothing useful, was done).
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands/index.js";
import { packageVersion } from "./package.js";
import { CliError, type CommandSpec } from "./table.js";
import { NewsgraphError } from "../errors.js";

export const EXIT = { ok: 0, partial: 1, error: 2 } as const;

export function createProgram(commands: readonly CommandSpec[] = COMMANDS): Command {
  const program = new Command("newsgraph")
    .description("Build a knowledge graph from news articles, explore it, export it and query it.")
    .version(packageVersion(), "-V, --version", "print the version of newsgraph")
    .showHelpAfterError("(run with --help for the commands and options)")
    .configureOutput({ outputError: (text, write) => write(`newsgraph: ${text.replace(/^error: /, "")}`) })
    // Usage errors found by commander (unknown option, missing argument) throw instead of exiting with 1, so that
    // they exit with 2 like the commands' own usage errors; the subcommands inherit this.
    .exitOverride();
  for (const spec of commands) {
    const command = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary);
    for (const option of spec.options) command.option(option.flags, option.description, option.default as any);
    if (spec.examples?.length) command.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}`);
    command.action(async (...received: unknown[]) => {
      // commander passes the positionals, then the options object, then the command.
      const options = received[received.length - 2] as Record<string, unknown>;
      const positionals = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [a]));
      process.exitCode = await spec.run(positionals as string[], options);
    });
  }
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; a bare `newsgraph` shows the help and counts as a usage error.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.error;
      return;
    }
    if (error instanceof CliError || error instanceof NewsgraphError) {
      console.error(`newsgraph: ${error.message}`);
      process.exitCode = error instanceof CliError ? error.exitCode : EXIT.error;
      return;
    }
    // Anything else is a bug of newsgraph's: keep the stack for the report, exit as a fatal error.
    console.error(`newsgraph: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = EXIT.error;
  }
}
