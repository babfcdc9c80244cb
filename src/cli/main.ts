// Entry point of the `newsgraph` command: builds a commander program from the command table and runs it.
import { Command } from "commander";
import { COMMANDS } from "./commands/index.js";
import { CliError, type CommandSpec } from "./table.js";
import { NewsgraphError } from "../errors.js";

export function createProgram(commands: readonly CommandSpec[] = COMMANDS): Command {
  const program = new Command("newsgraph")
    .description("Build a knowledge graph from news articles, explore it, export it and query it.")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
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
    if (error instanceof CliError || error instanceof NewsgraphError) {
      console.error(`newsgraph: ${error.message}`);
      process.exitCode = error instanceof CliError ? error.exitCode : 2;
      return;
    }
    throw error;
  }
}
