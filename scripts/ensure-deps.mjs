// Runs before `npm start` / `npm test`: installs the locked dependencies on a fresh clone, and only then.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

if (!existsSync("node_modules")) {
  console.log("newsgraph: node_modules is missing, running `npm ci` once…");
  execSync("npm ci", { stdio: "inherit" });
}
