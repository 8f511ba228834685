// The matrix as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads the
// file as the local ANSI code page and the Chinese comes out garbled), RFC 4180 quoting, CRLF.

import type { Matrix } from '../matrix.ts';
import { matrixTable, type TableValue } from './matrix-table.ts';

const BOM = '\uFEFF';

export function matrixCsv(matrix: Matrix): string {
  const { header, rows } = matrixTable(matrix);
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV as bytes, for a download. */
export function matrixCsvBytes(matrix: Matrix): Uint8Array {
  return new TextEncoder().encode(matrixCsv(matrix));
}

// File names come from whoever sent the reports; a cell starting with = + - @ is run as a
// formula by Excel, so such text gets a leading apostrophe (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/u;

function csvField(value: TableValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
