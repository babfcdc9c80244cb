// Preloaded into a measured child process (`node --require bench/peak-rss.cjs ...`): at exit, writes the process's
// peak resident memory (all threads) and CPU seconds as JSON to the file named by NEWSGRAPH_PEAK_RSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.NEWSGRAPH_PEAK_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ rss: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
});
