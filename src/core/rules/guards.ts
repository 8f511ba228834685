// A rule file is user input that the studio turns into an everyday edit: what a YAML parser or
// a matcher would choke on is refused here, with the line, before it costs the page anything.
// The limits are far above what a real rule set needs (the built-in one nests 7 levels deep and
// its longest term list has under 50 entries).

import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';
import { compileTerm, type Term } from '../text/terms.ts';
import { fold } from './compile.ts';

export const MAX_RULE_FILE_CHARS = 2_000_000;
export const MAX_DEPTH = 20;
/** Entries of one term list; a list this long is a pasted dictionary, not a concept. */
export const MAX_TERMS_PER_LIST = 2_000;
/** YAML's own guard against an alias bomb (anchors expanded exponentially). */
export const MAX_ALIAS_COUNT = 100;

export interface Offending {
  /** Offset into the YAML text, for the line. */
  offset: number;
  field: string | null;
  problem: string;
  english: string;
}

/** The first node nested deeper than MAX_DEPTH, walked without recursion so that the walk
 *  cannot overflow the stack either. */
export function tooDeep(doc: Document): Offending | null {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) return { offset: node.range?.[0] ?? 0, field: null, problem: `嵌套层数太多（超过 ${MAX_DEPTH} 层）：规则文件最多七八层，请检查缩进和括号`, english: `nested more than ${MAX_DEPTH} levels deep (a rule file needs seven or eight): check the indentation and the brackets` };
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return null;
}

export function firstAlias(doc: Document): Offending | null {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isAlias(node)) return { offset: node.range?.[0] ?? 0, field: null, problem: `YAML 别名（*${node.source}）展开后过大，文件不能这样层层引用：请把词语直接写出来`, english: `the YAML alias *${node.source} expands too far (aliases of aliases): write the terms out` };
    // Reversed, so that the first alias popped is the first in the file.
    if (isCollection(node)) for (const item of [...node.items].reverse()) stack.push(isPair(item) ? item.value : item);
  }
  return null;
}

/** Term lists of a rule (the fields written as term patterns) by their YAML key. */
const TERM_FIELDS = ['look-for', 'fuzzy', 'formula', 'context', 'except', 'needs', 'zero-ignored-with'] as const;

/** A term list too long, or a term that would match every text: empty once punctuation and
 *  spaces are ignored ("、", "…案件"), or a single character ("的"). */
export function termProblem(rules: Node | null): Offending | null {
  if (!isCollection(rules)) return null;
  for (const rule of rules.items) {
    if (!isCollection(rule)) continue;
    for (const { field, list } of termLists(rule)) {
      if (list.items.length > MAX_TERMS_PER_LIST) {
        return { offset: list.range?.[0] ?? 0, field, problem: `词语太多（${list.items.length} 个，最多 ${MAX_TERMS_PER_LIST} 个）：一个指标的词语应是它的说法，不是整本词典`, english: `too many terms (${list.items.length}, at most ${MAX_TERMS_PER_LIST}): an indicator's terms are its wordings, not a dictionary` };
      }
      for (const item of list.items) {
        if (!isScalar(item) || typeof item.value !== 'string') continue;
        const everywhere = matchesEverywhere(compileTerm(item.value, fold));
        if (everywhere) return { offset: item.range?.[0] ?? 0, field, problem: `词语“${item.value}”${everywhere.zh}，会在任何报告里都匹配上`, english: `the term “${item.value}” ${everywhere.en}: it would match in every report` };
        // "甲…乙…丙" is no pattern of the language: read as plain words, it would match nothing.
        if (item.value.split(/…|\.\.\./u).length > 2) {
          return { offset: item.range?.[0] ?? 0, field, problem: `词语“${item.value}”有不止一个“…”，永远匹配不上：三个词都要有时写成“甲 + 乙 + 丙”`, english: `the term “${item.value}” has more than one “…” and would never match: write “a + b + c” for three words in one sentence` };
        }
      }
    }
  }
  return null;
}

function termLists(rule: Node): { field: string; list: Node & { items: unknown[] } }[] {
  if (!isCollection(rule)) return [];
  const out: { field: string; list: Node & { items: unknown[] } }[] = [];
  for (const pair of rule.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if ((TERM_FIELDS as readonly string[]).includes(key) && isCollection(pair.value)) out.push({ field: key, list: pair.value });
    if (key === 'proof' && isCollection(pair.value)) {
      for (const p of pair.value.items) if (isCollection(p)) out.push(...termLists(p).filter((l) => l.field === 'terms'));
    }
    if (key === 'terms' && isCollection(pair.value)) out.push({ field: 'terms', list: pair.value });
    if (key === 'aspects' && isCollection(pair.value)) {
      for (const a of pair.value.items) {
        if (!isPair(a) || !isScalar(a.key)) continue;
        if (a.key.value === 'all' && isCollection(a.value)) out.push({ field: 'all', list: a.value });
        if (a.key.value === 'list' && isCollection(a.value)) {
          for (const named of a.value.items) if (isPair(named) && isCollection(named.value)) out.push({ field: String((named.key as { value?: unknown })?.value ?? 'list'), list: named.value });
        }
      }
    }
  }
  return out;
}

/** Why the term matches every text, or null. */
function matchesEverywhere(term: Term): { zh: string; en: string } | null {
  const parts = term.kind === 'words' ? [term.words] : term.kind === 'near' ? [term.first, term.then] : term.all;
  if (!parts.length || parts.some((p) => !p)) return { zh: '去掉标点和空格后是空的（“…”、“ + ”的两边都要有字）', en: 'is empty once punctuation and spaces are ignored (“…” and “ + ” need words on both sides)' };
  if (parts.join('').length < 2) return { zh: '只有一个字', en: 'is a single character' };
  return null;
}
