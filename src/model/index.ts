// The graph model: the saved graph's schema (types in src/types.ts), parsing and checking it, and reading and
// writing graph files. It loads no NLP and no layout, so that commands that only read graphs start fast.
// `graph.js`, `palette.js`, `order.js` and `cjs.js` are browser-safe; the viewer imports them directly.
export { createNewsGraph, serializeGraph, parseGraph, upgradeSerializedGraph, SCHEMA_VERSION } from "./graph.js";
export type { NewsGraph } from "./graph.js";
export { saveGraph, loadGraph } from "./file.js";
export { TYPE_COLORS, colorOfType } from "./palette.js";
export { compareStrings, sortedUnique, round } from "./order.js";
export { cjsDefault } from "./cjs.js";
