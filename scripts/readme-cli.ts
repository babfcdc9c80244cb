// Regenerates the README's CLI reference from the command table (`npm run readme:cli`).
import { readFileSync, writeFileSync } from "node:fs";
import { COMMANDS } from "../src/cli/index.js";
import { renderCliReference, spliceReference } from "../src/cli/reference.js";

const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", spliceReference(readme, renderCliReference(COMMANDS)));
console.log("README.md: CLI reference regenerated");
