// Compatibility re-export: the extractor moved to `src/extract/`; import from "./extract/index.js" instead.
export * from "./extract/index.js";
