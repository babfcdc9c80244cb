// Process entry: `node dist/src/cli/run.js ...` (what bin/newsgraph.js loads).
import { main } from "./main.js";

await main();
