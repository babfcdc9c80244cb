// Worker entry used when newsgraph runs from source (tsx, vitest): Node 20 applies no `--import` loader to worker
// threads, so the TypeScript worker is loaded through tsx's scoped import. The compiled package uses worker.js.
import { tsImport } from "tsx/esm/api";

const worker = await tsImport("./worker.ts", import.meta.url);
export default worker.default;
