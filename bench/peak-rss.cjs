// Preloaded into a measured child process (`node --require bench/peak-rss.cjs ...`): at exit, writes the process's
// peak resident memory (all threads) to the file named by NEWSGRAPH_PEAK_RSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.NEWSGRAPH_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
