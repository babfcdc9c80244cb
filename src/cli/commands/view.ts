// `newsgraph view`: checks a graph file, then serves the built viewer page and the graph on 127.0.0.1 until
// Ctrl-C, printing the address to open.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGraph } from "../../model/index.js";
import { startServer } from "../serve.js";
import { CliError, type CommandSpec } from "../table.js";

const DEFAULT_GRAPH = "data/graph.json";

interface ViewOptions {
  port?: string;
  host?: string;
}

/** The package's root folder (where package.json is), from source (src/cli/commands) or compiled (dist/src/...). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "viewer"))) return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new CliError("view: cannot find the newsgraph package folder (with viewer/)", "not-found", 1);
    dir = parent;
  }
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new CliError(`view: --port expects a number from 0 to 65535, got "${value}"`, "invalid-argument");
  }
  return port;
}

export const viewCommand: CommandSpec = {
  name: "view",
  args: "[graph]",
  summary: `Open a graph file in the browser viewer: serves the page and the graph (default: ${DEFAULT_GRAPH}) on 127.0.0.1 until Ctrl-C.`,
  options: [
    { flags: "-p, --port <n>", description: "port to listen on (0 picks a free one)", default: "8080" },
    {
      flags: "--host <address>",
      description: "address to listen on; keep 127.0.0.1 unless you mean to share the graph",
      default: "127.0.0.1",
    },
  ],
  examples: ["newsgraph view", "newsgraph view data/graph.json --port 3000", "newsgraph view other.json --port 0"],
  async run(args, options) {
    const { port: portText, host = "127.0.0.1" } = options as ViewOptions;
    const graphPath = resolve(args[0] ?? DEFAULT_GRAPH);
    const port = parsePort(portText);
    // Refuse a broken file here, with one line, rather than serve a page that can only show an error.
    const graph = loadGraph(graphPath);
    const root = join(packageRoot(), "viewer", "dist");
    if (!existsSync(join(root, "index.html"))) {
      throw new CliError(
        `view: the viewer page is not built (${root} is missing); run \`npm run build\` first`,
        "not-found",
        1,
      );
    }
    let server;
    try {
      server = await startServer({ root, graphPath, host, port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === "EADDRINUSE"
          ? `port ${port} is in use; pick another with --port (0 picks a free one)`
          : (error as Error).message;
      throw new CliError(`view: cannot listen on ${host}:${port}: ${reason}`, "unavailable", 1);
    }
    console.log(`newsgraph view: ${graph.order} entities, ${graph.size} relations from ${graphPath}`);
    console.log(`newsgraph view: open ${server.url}  (Ctrl-C to stop)`);
    await new Promise<void>((done) => {
      const stop = (): void => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void server.close().then(done);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    return 0;
  },
};
