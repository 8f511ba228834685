// Mutation testing of the checking core: `npm run mutate` (a report, not part of `npm test`).
// Each mutant of src/core is run against the unit tests of vitest.mutate.config.ts.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

const TEMP_DIR = '.stryker-tmp';
// One folder or file of src/core at a time (MUTATE=verdicts, MUTATE=findings/arithmetic.ts),
// with its own incremental file and report, so that runs on different parts do not discard each
// other's results.
const SCOPE = process.env.MUTATE ?? '';
const NAME = SCOPE.replace(/\.ts$/, '').replaceAll('/', '-') || 'core';
const MUTATE = SCOPE.endsWith('.ts') ? `src/core/${SCOPE}` : `src/core/${SCOPE ? `${SCOPE}/` : ''}**/*.ts`;

// Stryker copies the project into TEMP_DIR/sandbox-*, where the tests look for the shared,
// read-only corpus at ../shared, as they do beside the repository.
mkdirSync(TEMP_DIR, { recursive: true });
if (!existsSync(`${TEMP_DIR}/shared`)) symlinkSync('../../shared', `${TEMP_DIR}/shared`);

// Nothing is excluded from mutation. Survivors known to be equivalent, left in the count:
// - a comparison made redundant by an earlier return or guard: `>` → `>=` where equality was
//   handled before (arithmetic's sum, evidence's 160-character cut), `<=` → `<` within an
//   epsilon, `group === 'B'` once no group-A verdict can be weak or missing;
// - a condition that cannot differ on real data: a date with a day always has its month;
//   `d.year >= null` holds for every year; a count never ends where its rate starts; rate and
//   part names belong to one topic each, so their topic filter never drops anything;
// - doctype.ts's guard `s.side !== 'report'` before `s.side.id`: a report-side signal has no id,
//   so the comparison that follows is false for it either way; and the weight of a signal that
//   names another topic is 1, 2 or 4, never the 3 at which `>=` and `>` would part;
// - fuzzy.ts's pre-filter of sentences (it only spares fuse.js work: loosening it changes no
//   result), fuse.js options that change nothing for Chinese (case) or always hold (matches
//   present with includeMatches).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [MUTATE, '!src/core/**/*.d.ts'],
  ignorePatterns: ['dist', 'coverage', 'reports', 'docs', 'test-results', 'tests/fixtures/generated', '.scratch'],
  coverageAnalysis: 'perTest',
  // The machine's two cores are shared with other work.
  concurrency: 2,
  tempDirName: TEMP_DIR,
  incrementalFile: `reports/mutation/${NAME}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${NAME}.html` },
  jsonReporter: { fileName: `reports/mutation/${NAME}.json` },
  timeoutMS: 5_000,
};
