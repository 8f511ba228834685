// .mht/.mhtml: a web page saved as one MIME multipart message (Chromium's "single file", IE,
// Word's "single file web page"). Its HTML part is decoded (quoted-printable or base64, in the
// part's charset) and read as a saved web page; read as plain text it would be escape garbage.

import type { DocumentText } from '../document.ts';
import { readError, SPECIFIC } from './messages.ts';
import { readWebPage } from './web-page.ts';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Nested multiparts deeper than this are not a saved page. */
const MAX_DEPTH = 4;

export function readMht(bytes: Uint8Array): DocumentText {
  const html = htmlPart(parsePart(binaryString(bytes)), 0);
  if (!html) throw readError('corrupt-web-page', SPECIFIC.mhtNoHtml);
  const type = html.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1] ?? null;
  return readWebPage(decodeBody(html), 'mht', charset);
}

function htmlPart(part: Part, depth: number): Part | null {
  const type = part.headers.get('content-type') ?? '';
  if (/^\s*text\/html/i.test(type)) return part;
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(type);
  if (!/^\s*multipart\//i.test(type) || !boundary || depth >= MAX_DEPTH) return null;
  for (const child of splitParts(part.body, boundary[1] ?? boundary[2])) {
    const found = htmlPart(child, depth + 1);
    if (found) return found;
  }
  return null;
}

function splitParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const pieces = body.split(delimiter).slice(1);
  const parts: Part[] = [];
  for (const piece of pieces) {
    if (piece.startsWith('--')) break;
    parts.push(parsePart(piece.replace(/^[ \t]*\r?\n/, '')));
  }
  return parts;
}

/** Headers up to the first empty line, folded lines joined; the rest is the body. */
function parsePart(text: string): Part {
  const split = /\r?\n\r?\n/.exec(text);
  const head = split ? text.slice(0, split.index) : text;
  const body = split ? text.slice(split.index + split[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return bytesOf(decodeQuotedPrintable(part.body));
  if (encoding === 'base64') return decodeBase64(part.body);
  return bytesOf(part.body);
}

export function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeBase64(text: string): Uint8Array {
  try {
    return bytesOf(atob(text.replace(/[^A-Za-z0-9+/=]/g, '')));
  } catch {
    throw readError('corrupt-web-page', SPECIFIC.mhtNoHtml);
  }
}

/** One character per byte, so MIME structure can be parsed before any charset is known. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}
