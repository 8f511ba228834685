// JSON Schema of a rule file (rules/README.md explains each field in words). Validation runs
// on load so that an office editing its own rules gets "line 42: look-for must be a list"
// instead of a rule that silently never fires.

const terms = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const proofItem = {
  oneOf: [
    { enum: ['fact', 'number', 'count', 'rate', 'amount', 'date', 'document', 'law-study', 'event', 'actor', 'system', 'mention'] },
    { type: 'object', required: ['terms'], additionalProperties: false, properties: { terms } },
  ],
} as const;

// A format version or a deadline applies to these reported years (see year-span.ts).
const yearSpan = { from: { type: 'integer' }, to: { type: 'integer' } } as const;
const names = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z0-9]*$' } } as const;
const tableRow = {
  type: 'object',
  required: ['id', 'label'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*$' },
    label: { type: 'string', minLength: 1 },
    columns: names,
    decimal: { type: 'boolean' },
    signed: { type: 'boolean' },
    'instead-of': names,
  },
} as const;
const table = {
  type: 'object',
  required: ['id', 'title', 'anchors', 'rows'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*$' },
    title: { type: 'string', minLength: 1 },
    anchors: { ...terms, minItems: 1 },
    layout: { enum: ['rows', 'one-run'] },
    columns: names,
    'column-titles': { type: 'object', additionalProperties: { type: 'string' } },
    'total-columns': names,
    'total-rows': names,
    'decimal-columns': names,
    'signed-columns': names,
    'instead-of': { type: 'string', pattern: '^[a-z][a-z0-9]*$' },
    rows: { type: 'array', minItems: 1, items: tableRow },
  },
} as const;
const identity = {
  type: 'object',
  required: ['code', 'title', 'severity', 'table', 'for-each', 'check'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', pattern: '^[a-z0-9-]+$' },
    title: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'info'] },
    table: { type: 'string' },
    'for-each': { enum: ['row', 'column'] },
    only: names,
    check: { type: 'string', minLength: 3 },
    'from-year': { type: 'integer' },
    'shift-suspect': { type: 'integer', minimum: 1 },
  },
} as const;

export const ruleFileSchema = {
  type: 'object',
  required: ['id', 'version', 'title', 'rules'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
    version: { type: 'string' },
    title: { type: 'string' },
    report: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1 }, code: { type: 'string', pattern: '^[a-z0-9-]+$' }, subject: terms, kinds: terms, about: terms, voice: terms },
    },
    'other-documents': {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'title'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, name: { type: 'string' }, title: terms, voice: terms, future: { type: 'boolean' }, rules: { type: 'string', pattern: '^[a-z0-9-]+$' } },
      },
    },
    tables: { type: 'array', items: table },
    'period-words': terms,
    'part-words': terms,
    'old-regime': {
      type: 'object',
      required: ['to', 'groups', 'why'],
      additionalProperties: false,
      properties: {
        to: { type: 'integer' },
        groups: { type: 'array', minItems: 1, items: { enum: ['A', 'B', 'C', 'D'] } },
        why: { type: 'string', minLength: 1 },
      },
    },
    'format-versions': {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'words', 'severity'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          words: { ...terms, minItems: 1 },
          ...yearSpan,
          severity: { enum: ['error', 'warning', 'info'] },
          tables: names,
        },
      },
    },
    statements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'severity', 'table', 'row', 'needs', 'message'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[a-z0-9-]+$' },
          severity: { enum: ['error', 'warning', 'info'] },
          table: { type: 'string' },
          row: { type: 'string' },
          needs: { ...terms, minItems: 1 },
          message: { type: 'string', minLength: 1 },
        },
      },
    },
    'text-figures': {
      type: 'array',
      items: {
        type: 'object',
        required: ['says', 'unit', 'equals'],
        additionalProperties: false,
        properties: { says: { ...terms, minItems: 1 }, unit: { type: 'string', minLength: 1 }, equals: { ...terms, minItems: 1 } },
      },
    },
    deadlines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['issuer', 'month', 'day', 'rule'],
        additionalProperties: false,
        properties: { issuer: terms, month: { type: 'integer', minimum: 1, maximum: 12 }, day: { type: 'integer', minimum: 1, maximum: 31 }, rule: { type: 'string', minLength: 1 }, ...yearSpan },
      },
    },
    identities: { type: 'array', items: identity },
    rules: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'title', 'group', 'source', 'advice'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          title: { type: 'string', minLength: 1 },
          group: { enum: ['A', 'B', 'C', 'D'] },
          source: { type: 'string', minLength: 1 },
          check: { enum: ['mentions', 'title', 'part', 'signature-date', 'table'] },
          table: { type: 'string' },
          'look-for': terms,
          fuzzy: terms,
          formula: terms,
          context: terms,
          except: terms,
          quantitative: { type: 'boolean' },
          proof: { type: 'array', items: proofItem },
          units: terms,
          'zero-ignored-with': terms,
          aspects: {
            type: 'object',
            required: ['min', 'list'],
            additionalProperties: false,
            properties: {
              min: { type: 'integer', minimum: 1 },
              all: terms,
              list: { type: 'object', additionalProperties: terms },
            },
          },
          part: { enum: ['opening', 'measures', 'responsibility', 'shortcomings', 'plan'] },
          needs: terms,
          'min-facts': { type: 'integer', minimum: 0 },
          reach: { enum: ['near', 'sentence'] },
          anywhere: { type: 'boolean' },
          'required-when': {
            type: 'object',
            required: ['why'],
            additionalProperties: false,
            properties: { issuer: terms, from: { type: 'integer' }, why: { type: 'string', minLength: 1 } },
          },
          advice: { type: 'string', minLength: 1 },
          'looked-for': { type: 'string' },
          examples: {
            type: 'object',
            additionalProperties: false,
            properties: { present: terms, weak: terms, missing: terms },
          },
        },
      },
    },
  },
} as const;
