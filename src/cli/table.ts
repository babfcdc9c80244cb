// The shape of a command in the CLI table. The parser (commander), `--help` and the README's CLI reference
// are all generated from these declarations, so they cannot drift apart.

export interface OptionSpec {
  /** commander flag syntax, e.g. "-o, --output <file>" or "--quiet". */
  flags: string;
  description: string;
  default?: string | boolean | number;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments in commander syntax, e.g. "<paths...>" or "[graph]". */
  args?: string;
  summary: string;
  options: OptionSpec[];
  examples?: string[];
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], options: Record<string, any>): Promise<number>;
}

/** An error meant for the user: printed as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: string = "usage",
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
