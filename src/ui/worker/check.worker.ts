// Reading and checking run here, off the page's thread, so a 200-page PDF never freezes the
// interface; the page cancels by terminating this worker.

import { ReadError, type DocumentText } from '../../core/document.ts';
import { reportBody } from '../../core/batch/issuing-body.ts';
import { compareYears } from '../../core/batch/compare.ts';
import { readDocument } from '../../core/read/index.ts';
import { checkWithOutline } from '../../core/check.ts';
import { loadRuleSet, RuleFileError } from '../../core/rules/load.ts';
import type { RuleSet } from '../../core/rules/types.ts';
import type { Request, Response, RulesSource } from './protocol.ts';
import { browserReadEnv } from './read-env.ts';
import { warmUp } from './warm-up.ts';
import { addReport, rejudge, tryOut, validate } from './studio-session.ts';
import govinfoYaml from '../../../rules/govinfo-annual-report.yaml?raw';

const post = (message: Response) => self.postMessage(message);

// Compiling a rule set costs more than checking a short report; reuse it while it is unchanged.
let loaded: { yaml: string; set: RuleSet } | null = null;

function ruleSet(source: RulesSource): RuleSet {
  if (loaded?.yaml !== source.yaml) loaded = { yaml: source.yaml, set: loadRuleSet(source.yaml, source.fileName) };
  return loaded.set;
}

/** The built-in rule sets of the other report types, offered to a single file's check: a set
 * that names one for a kind of document (other-documents[].rules) has that kind checked against
 * it. A batch is checked against the active set alone, and names each file of another kind for
 * what it is (a pile of another type: load its rule set). */
let others: RuleSet[] | null = null;
const otherTypes = () => (others ??= [loadRuleSet(govinfoYaml, 'govinfo-annual-report.yaml')]);

/** After the answer is posted: a warm-up that fails costs nothing but its time. */
function warmUpSoon(set: RuleSet): void {
  setTimeout(() => void browserReadEnv().then((env) => warmUp(set, env)).catch(() => undefined), 0);
}

async function handle(request: Request): Promise<Response> {
  const { id } = request;
  if (request.type === 'load-rules') {
    try {
      const set = ruleSet(request.rules);
      warmUpSoon(set);
      return { type: 'rules-loaded', id, info: { id: set.id, version: set.version, title: set.title, count: set.rules.length } };
    } catch (error) {
      if (!(error instanceof RuleFileError)) throw error;
      const { file, line, field, problem, english } = error;
      return { type: 'rules-invalid', id, problem: { file, line, field, problem, english } };
    }
  }
  if (request.type === 'studio-edit') {
    const validated = validate(id, request.rules, request.builtin);
    if ('problem' in validated) return { type: 'rules-invalid', id, problem: validated.problem };
    post({ type: 'studio-validated', id, result: validated.result });
    const judged = await rejudge(id, request.baseline);
    return judged ? { type: 'studio-judged', id, result: judged } : { type: 'studio-superseded', id };
  }
  if (request.type === 'studio-try') return { type: 'studio-tried', id, trial: tryOut(request.text, request.rule) };
  if (request.type === 'compare') return { type: 'compared', id, comparison: compareYears(request.older, request.newer, [ruleSet(request.rules)]) };
  try {
    if (request.type === 'read') return { type: 'read-done', id, doc: await read(request) };
    if (request.type === 'studio-add') {
      addReport(request.name, await read(request));
      return { type: 'studio-added', id };
    }
    const set = ruleSet(request.rules);
    const doc = await read(request);
    const alternatives = request.type === 'check' ? otherTypes() : [];
    const { report, headings } = checkWithOutline(doc, set, { file: request.name, alternatives });
    if (request.type === 'check-row') return { type: 'row-checked', id, report, body: reportBody(report, doc.text) };
    return { type: 'checked', id, doc, headings, report };
  } catch (error) {
    if (error instanceof ReadError) return { type: 'failed', id, error: { code: error.code, message: error.message } };
    throw error;
  }
}

async function read({ id, name, bytes }: { id: number; name: string; bytes: Uint8Array }): Promise<DocumentText> {
  return readDocument({ name, bytes }, await browserReadEnv(), {
    onProgress: ({ page, pages }) => post({ type: 'progress', id, page, pages }),
  });
}

// pdf.js is loaded as soon as the worker starts, while the page waits for a file: not when the
// first PDF arrives.
void browserReadEnv();

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  try {
    post(await handle(request));
  } catch (error) {
    console.error(error);
    post({ type: 'failed', id: request.id, error: { code: 'internal', message: '' } });
  }
};
