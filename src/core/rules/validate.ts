// Schema validation of a rule file, as one problem a person can act on. @cfworker/json-schema
// interprets the schema instead of compiling it with new Function (as ajv does), so the app
// runs under a Content-Security-Policy without 'unsafe-eval' — its worker inherits that policy.

import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { ruleFileSchema } from './schema.ts';

export interface SchemaProblem {
  /** JSON pointer of the value at fault, e.g. /rules/3/group. */
  pointer: string;
  /** A key to point at inside that value (an unknown or a missing key). */
  key: string | null;
  field: string | null;
  problem: string;
  english: string;
}

const validator = new Validator(ruleFileSchema as object, '7', false);

/** Keywords that only say "something inside did not match": the cause is further down. */
const WRAPPERS = new Set(['properties', 'items', 'additionalItems', 'allOf', '$ref', 'false']);

const TYPE_NAMES: Record<string, [string, string]> = {
  array: ['列表（[甲, 乙] 或每行一个“- ”）', 'a list ([a, b] or one “- ” a line)'],
  string: ['文字', 'text'],
  object: ['“名称: 值”的组合（这个文件不像规则文件）', '“name: value” pairs (this does not look like a rule file)'],
  boolean: ['true 或 false', 'true or false'],
  integer: ['整数', 'a whole number'],
};

export function schemaProblem(data: unknown): SchemaProblem | null {
  const result = validator.validate(data);
  if (result.valid) return null;
  const cause = result.errors.find((e) => !WRAPPERS.has(e.keyword)) ?? result.errors[0];
  return describe(cause);
}

function describe(e: OutputUnit): SchemaProblem {
  const pointer = e.instanceLocation.replace(/^#/, '');
  const quoted = /"([^"]+)"/.exec(e.error)?.[1] ?? null;
  const last = pointer.split('/').pop() ?? '';
  const field = last && !/^\d+$/.test(last) ? last : null;
  switch (e.keyword) {
    case 'required':
      return { pointer, key: null, field: quoted, problem: `缺少必填项 "${quoted}"`, english: `"${quoted}" is required` };
    case 'additionalProperties':
      return { pointer, key: quoted, field: quoted, problem: `不认识的项 "${quoted}"（拼写错误？）`, english: `unknown field "${quoted}" (misspelt?)` };
    case 'enum':
      return { pointer, key: null, field, problem: `取值须为：${allowed(e.error).join('、')}`, english: `must be one of: ${allowed(e.error).join(', ')}` };
    case 'type': {
      const expected = /Expected "(\w+)"/.exec(e.error)?.[1] ?? '';
      const [zh, en] = TYPE_NAMES[expected] ?? [expected, expected];
      return { pointer, key: null, field, problem: `类型应为${zh}`, english: `must be ${en}` };
    }
    case 'pattern':
      return { pointer, key: null, field, problem: '编号只能用小写字母、数字和连字符', english: 'an id is lower-case letters, digits and hyphens only' };
    case 'minItems':
    case 'minLength':
      return { pointer, key: null, field, problem: '不能为空', english: 'must not be empty' };
    case 'oneOf':
      return { pointer, key: null, field: 'proof', problem: 'proof 的每一项须为 number、count、document、mention 之一，或 terms: [词语…]', english: 'each item of proof is one of number, count, document, mention, or terms: [terms…]' };
    default:
      return { pointer, key: null, field, problem: '不符合规则文件格式', english: 'does not fit the rule file format' };
  }
}

function allowed(message: string): string[] {
  const list = /\[(.*)\]/.exec(message)?.[1] ?? '';
  return list.split(',').map((v) => v.trim().replace(/^"|"$/g, ''));
}
