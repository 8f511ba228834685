// The mutation score of each folder of src/core from the reports `npm run mutate` left in
// reports/mutation (one per folder or file run; for a source file reported more than once, the
// newest report counts). Score as Stryker counts it: killed and timed out over all mutants
// that ran or had no test, leaving out those that did not compile or were ignored.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface MutantResult {
  status: string;
}
interface ReportFile {
  files: Record<string, { mutants: MutantResult[] }>;
}

const DIR = 'reports/mutation';
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const newest = new Map<string, { at: number; mutants: MutantResult[] }>();
const reports = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json'));
for (const name of reports) {
  const path = join(DIR, name);
  const at = statSync(path).mtimeMs;
  const report = JSON.parse(readFileSync(path, 'utf8')) as ReportFile;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if ((newest.get(file)?.at ?? -1) < at) newest.set(file, { at, mutants });
  }
}

const folders = new Map<string, { detected: number; undetected: number; files: number }>();
for (const [file, { mutants }] of newest) {
  const folder = file.replace(/^.*src\/core\//, '').split('/')[0].replace(/\.ts$/, '');
  const f = folders.get(folder) ?? { detected: 0, undetected: 0, files: 0 };
  f.files++;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) f.detected++;
    else if (UNDETECTED.has(m.status)) f.undetected++;
  }
  folders.set(folder, f);
}

for (const [folder, f] of [...folders].sort()) {
  const total = f.detected + f.undetected;
  const score = total ? ((100 * f.detected) / total).toFixed(1) : '–';
  console.log(`${folder.padEnd(12)} ${score.padStart(5)} %  ${f.detected}/${total} mutants detected, ${f.files} files`);
}
