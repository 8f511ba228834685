import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/core (`npm run mutate`): the unit tests,
// which call the core in this process. Left out: tests/ui (a browser), tests/cli and the
// scoring tests of tests/corpus (they run the CLI in a child process, which never sees the
// active mutant, so they could only fail to kill), and the in-process corpus tests (each checks
// whole reports, so it covers nearly every mutant and would rerun for each of them; a mutant
// that only a whole corpus kills is a unit test missing).
// The tests of batch/ check the dev reports once, when their file loads: Stryker cannot tell
// which test ran what, so every mutant those reports reach would rerun every test. They run
// only when batch/ itself is mutated (MUTATE=batch).
const batch = (process.env.MUTATE ?? 'batch').startsWith('batch');

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts'],
    exclude: batch ? [] : ['tests/core/batch/**'],
    testTimeout: 30_000,
    // One module graph for all the test files of a run (each run still starts a fresh worker,
    // so a mutant of a module's top level is evaluated anew): a tenth of the time per mutant,
    // which otherwise goes to importing the core again for every test file.
    isolate: false,
  },
});
