import type { Evidence, Status } from '../../report.ts';
import type { Analysis } from '../../structure/analysis.ts';
import type { CompiledRule } from '../../rules/compile.ts';

/** What a check decides; the verdict adds the rule's title, source and advice. */
export interface Judgement {
  status: Status;
  reason: string;
  evidence: Evidence[];
}

/** A check judges one rule; `all` is the whole rule set, for checks that must tell topics apart. */
export type Check = (rule: CompiledRule, a: Analysis, all: CompiledRule[]) => Judgement;

export const MAX_EVIDENCE = 3;
