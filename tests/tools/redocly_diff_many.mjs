// `redocly diff` on many (base, revision) pairs in one Node process, for tests/test_review_redocly.py.
//
// Usage: node redocly_diff_many.mjs <pairs.json> <results.json>
//   pairs.json: [[base, revision], ...] (paths); results.json gets [{major, minor, patch}, ...] in order.
//
// The CLI costs about 0.35 s of start-up per call, against some 50 ms for the diff itself; the test
// compares 84 pairs. No public API exposes the diff, so this calls the two functions the CLI's own
// `diff` command calls (its config loader and `handleDiff`), which live in content-hashed chunks of
// the bundle: they are named for the pinned @redocly/cli version only, and another version is refused.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PINNED = '2.77.0';
const cli = new URL('../../node_modules/@redocly/cli/', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', cli), 'utf8'));
if (version !== PINNED) {
  console.error(`redocly_diff_many.mjs is written for @redocly/cli ${PINNED}, found ${version}: update its chunk names`);
  process.exit(2);
}
const { ya: loadConfig } = await import(new URL('lib/chunks/KSRBMNUH.js', cli));
const { handleDiff } = await import(new URL('lib/chunks/HPXIL34S.js', cli));

const [pairsFile, resultsFile] = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(pairsFile, 'utf8'));
const config = await loadConfig({});
const scratch = mkdtempSync(join(tmpdir(), 'redocly-diff-'));
const results = [];
try {
  for (const [index, [base, revision]] of pairs.entries()) {
    const output = join(scratch, `${index}.json`);
    await handleDiff({ argv: { base, revision, format: 'json', 'fail-on': 'none', output }, config });
    results.push(JSON.parse(readFileSync(output, 'utf8')).summary);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(resultsFile, JSON.stringify(results));
