// .ofd (GB/T 33190, the format of 电子公文): a zip whose OFD.xml names the document, whose
// Document.xml lists the pages, each page a Content.xml of positioned text objects. The text
// objects are turned into the same positioned runs as a PDF's, so reading order comes from the
// position (files are often written in drawing order) and paragraphs are rebuilt the same way.
// A scanned page is an ImageObject drawing a MultiMedia resource (a PNG, JPEG or TIFF in the
// package): with text recognition it is read as a scanned PDF page is.

import { unzipSync } from 'fflate';
import { ReadError, type DocumentText } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { imageKind } from './image-header.ts';
import { pageImages } from './image.ts';
import { MAX_SCAN_PAGES } from './limits.ts';
import { readError, SPECIFIC } from './messages.ts';
import type { OcrLoader } from './ocr.ts';
import type { PageText, TextPiece } from './pdf-lines.ts';
import { hasText, pagesToDocument, type Refusals } from './positioned-pages.ts';
import { readPartlyScanned, SCAN_REFUSALS, type ScanOptions, type SourcePage } from './scan.ts';
import { tokenize, type MarkupToken } from './markup-tokens.ts';
import { assertInflatesSafely, listEntries, ZipTooLarge, type ZipEntry } from './zip.ts';
import { decodeEntities } from './html-blocks.ts';

/** OFD measures in millimetres; the paragraph logic was tuned in PDF points. */
const POINTS_PER_MM = 72 / 25.4;
const A4: [number, number] = [210, 297];

export function isOfd(entries: ZipEntry[]): boolean {
  return entries.some((e) => e.name.replace(/^\//, '').toLowerCase() === 'ofd.xml');
}

export interface OfdOptions extends ScanOptions {
  /** Text recognition for pages that are pictures; without it they are pages without text. */
  ocr?: OcrLoader;
}

const OFD_REFUSALS: Refusals = {
  unreadable: () => readError('corrupt-ofd'),
  noText: () => readError('no-text-layer', SPECIFIC.ofdNoText),
  undecodable: () => readError('no-text-layer', SPECIFIC.ofdUndecodable),
};

export async function readOfd(bytes: Uint8Array, options: OfdOptions = {}): Promise<DocumentText> {
  const files = await unpack(bytes);
  throwIfAborted(options.signal);
  // Each XML part is decoded and tokenised once: a template stands on many pages.
  const parsed = new Map<string, MarkupToken[] | null>();
  const xml = (path: string): MarkupToken[] | null => {
    const key = normalise(path);
    if (!parsed.has(key)) {
      const data = files.get(key);
      parsed.set(key, data ? tokenize(new TextDecoder().decode(data)) : null);
    }
    return parsed.get(key)!;
  };
  const docRoot = firstText(xml('OFD.xml') ?? [], 'docroot');
  const documentXml = docRoot ? xml(docRoot) : null;
  if (!docRoot || !documentXml) throw readError('corrupt-ofd');
  const pageBox = boxOf(firstText(documentXml, 'physicalbox')) ?? A4;
  const templates = templateLocations(documentXml);
  const media = mediaFiles(documentXml, docRoot, xml);
  const contents = pageLocations(documentXml).map((location) => xml(resolve(docRoot, location)));
  const pictures = contents.map((content) => content && largestPicture(content, media));
  const pages = contents.map((content, i) => {
    if (content === null) return null;
    // A template's text (the red 版头, a running header) stands on every page that names it.
    const shared = templateIds(content).flatMap((id) => {
      const template = templates.get(id);
      const tokens = template ? xml(resolve(docRoot, template)) : null;
      return tokens ? [tokens] : [];
    });
    return pageText([...shared, content], i + 1, pageBox);
  });
  if (pages.length === 0) throw readError('corrupt-ofd');
  const scanned = options.ocr ? scannedPages(bytes, pages, pictures) : new Map<number, Uint8Array>();
  if (scanned.size === 0) return pagesToDocument('ofd', pages, OFD_REFUSALS);
  return readScannedPages(pages, scanned, options).catch((error: unknown) => {
    throw error instanceof ReadError && error.code === 'corrupt-image' ? readError('corrupt-ofd') : error;
  });
}

/** The pages without text that draw a picture the recogniser reads (PNG, JPEG, TIFF), by
 *  index, with the picture's bytes: only these pictures are inflated. */
function scannedPages(bytes: Uint8Array, pages: (PageText | null)[], pictures: (string | null)[]): Map<number, Uint8Array> {
  const wanted = new Map<number, string>();
  pages.forEach((page, i) => {
    const picture = pictures[i];
    if (page !== null && !hasText(page) && picture) wanted.set(i, picture);
  });
  if (wanted.size === 0) return new Map();
  const files = inflate(bytes, new Set(wanted.values()));
  const scanned = new Map<number, Uint8Array>();
  for (const [i, path] of wanted) {
    const data = files.get(path);
    if (data && imageKind(data)) scanned.set(i, data);
  }
  if (scanned.size > MAX_SCAN_PAGES) throw readError('no-text-layer', SPECIFIC.tooManyScanPages);
  return scanned;
}

/**
 * Every picture's header is checked against the image limits before the recogniser loads or
 * anything is decoded. In a file that is all scans the recognised lines stay in pixels, as for
 * an image file; among text pages they are scaled onto the page, like the text around them.
 */
async function readScannedPages(pages: (PageText | null)[], scanned: Map<number, Uint8Array>, options: OfdOptions): Promise<DocumentText> {
  const images = new Map([...scanned].map(([i, data]) => [i, pageImages(data)[0]]));
  const mixed = pages.some((p) => p !== null && hasText(p));
  const engine = await options.ocr!();
  const source: SourcePage[] = pages.map((page, i) => {
    const image = images.get(i);
    return image && page ? { image, box: mixed ? page.box : undefined } : page;
  });
  return readPartlyScanned('ofd', source, engine, mixed ? OFD_REFUSALS : SCAN_REFUSALS, options);
}

/**
 * MultiMedia ID → its file, from the resource files CommonData names (DocumentRes, PublicRes).
 * A MediaFile is relative to its resource file's BaseLoc, itself relative to the resource file.
 */
function mediaFiles(documentXml: MarkupToken[], docRoot: string, xml: (path: string) => MarkupToken[] | null): Map<string, string> {
  const media = new Map<string, string>();
  const resources = documentXml.flatMap((t, i, tokens) => {
    const next = tokens[i + 1];
    return t.kind === 'open' && (local(t) === 'documentres' || local(t) === 'publicres') && next?.kind === 'text' ? [resolve(docRoot, next.text.trim())] : [];
  });
  for (const location of resources) {
    let base = '';
    let id: string | null = null;
    const tokens = xml(location) ?? [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'open') return;
      if (local(t) === 'res') base = t.attrs.baseloc ?? '';
      if (local(t) === 'multimedia') id = t.attrs.id ?? null;
      const next = tokens[i + 1];
      if (local(t) === 'mediafile' && id && next?.kind === 'text') {
        const file = next.text.trim();
        media.set(id, normalise(resolve(location, file.startsWith('/') || !base ? file : `${base.replace(/\/?$/, '/')}${file}`)));
      }
    });
  }
  return media;
}

/** The file of the largest picture the page draws: a scan is one sheet filling the page. */
function largestPicture(content: MarkupToken[], media: Map<string, string>): string | null {
  let best: { file: string; area: number } | null = null;
  for (const t of content) {
    if (t.kind !== 'open' || local(t) !== 'imageobject') continue;
    const file = media.get(t.attrs.resourceid ?? '');
    const [, , width, height] = (t.attrs.boundary ?? '').trim().split(/\s+/).map(Number);
    const area = (width || 0) * (height || 0);
    if (file && (!best || area > best.area)) best = { file, area };
  }
  return best?.file ?? null;
}

/** Vetted for bombs as a docx is, then only the XML parts are inflated. */
async function unpack(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  try {
    await assertInflatesSafely(bytes, listEntries(bytes));
    return inflate(bytes, (name) => /\.xml$/i.test(name));
  } catch (error) {
    if (error instanceof ZipTooLarge) throw readError('too-large', SPECIFIC.ofdBomb);
    throw readError('corrupt-ofd');
  }
}

/** The entries wanted (by normalised path, or by a test of the name), by normalised path. */
function inflate(bytes: Uint8Array, wanted: Set<string> | ((name: string) => boolean)): Map<string, Uint8Array> {
  const test = typeof wanted === 'function' ? wanted : (name: string) => wanted.has(normalise(name));
  try {
    const files = unzipSync(bytes, { filter: (f) => test(f.name) });
    return new Map(Object.entries(files).map(([name, data]) => [normalise(name), data]));
  } catch {
    throw readError('corrupt-ofd');
  }
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Page locations are relative to Document.xml's folder, or absolute from the package root. */
function resolve(docRoot: string, location: string): string {
  if (location.startsWith('/')) return location;
  const parts = docRoot.replace(/\\/g, '/').split('/').slice(0, -1);
  for (const part of location.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The element's name without its namespace prefix: most writers use `ofd:`, some none. */
function local(token: MarkupToken): string {
  return token.kind === 'text' ? '' : token.name.slice(token.name.indexOf(':') + 1);
}

function firstText(tokens: MarkupToken[], tag: string): string | null {
  const at = tokens.findIndex((t) => t.kind === 'open' && local(t) === tag);
  const next = tokens[at + 1];
  return at >= 0 && next?.kind === 'text' ? next.text.trim() : null;
}

function pageLocations(documentXml: MarkupToken[]): string[] {
  return documentXml.flatMap((t) => (t.kind === 'open' && local(t) === 'page' && t.attrs.baseloc ? [t.attrs.baseloc] : []));
}

/** The template pages of CommonData: ID → location. */
function templateLocations(documentXml: MarkupToken[]): Map<string, string> {
  const templates = new Map<string, string>();
  for (const t of documentXml) {
    if (t.kind === 'open' && local(t) === 'templatepage' && t.attrs.id && t.attrs.baseloc) templates.set(t.attrs.id, t.attrs.baseloc);
  }
  return templates;
}

function templateIds(pageXml: MarkupToken[]): string[] {
  return pageXml.flatMap((t) => (t.kind === 'open' && local(t) === 'template' && t.attrs.templateid ? [t.attrs.templateid] : []));
}

function boxOf(text: string | null | undefined): [number, number] | null {
  const numbers = (text ?? '').trim().split(/\s+/).map(Number);
  return numbers.length === 4 && numbers.every(Number.isFinite) && numbers[2] > 0 && numbers[3] > 0 ? [numbers[2], numbers[3]] : null;
}

/**
 * A text object's own space: its TextCodes' X, Y, DeltaX and its Size are measured there, and
 * its CTM (a b c d e f) maps them into the Boundary, whose origin is the object's place on the
 * page. Writers that draw at a fixed font size scale it with the CTM instead of Size.
 */
interface ObjectSpace {
  originX: number;
  originY: number;
  ctm: [number, number, number, number, number, number];
  size: number;
}

const IDENTITY: ObjectSpace['ctm'] = [1, 0, 0, 1, 0, 0];

function objectSpace(attrs: Record<string, string>): ObjectSpace {
  const [x, y] = (attrs.boundary ?? '0 0').trim().split(/\s+/).map(Number);
  const ctm = (attrs.ctm ?? '').trim().split(/\s+/).map(Number);
  return {
    originX: x || 0,
    originY: y || 0,
    ctm: ctm.length === 6 && ctm.every(Number.isFinite) ? (ctm as ObjectSpace['ctm']) : IDENTITY,
    size: Number(attrs.size) || 0,
  };
}

/** A point of the object's space on the page, in millimetres from the top left. */
function onPage(space: ObjectSpace, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = space.ctm;
  return [space.originX + a * x + c * y + e, space.originY + b * x + d * y + f];
}

/** How much the CTM enlarges lengths (its determinant's square root: rotation leaves it 1). */
function scaleOf(space: ObjectSpace): number {
  const [a, b, c, d] = space.ctm;
  return Math.sqrt(Math.abs(a * d - b * c)) || 1;
}

/**
 * Every TextCode of the page as a run in PDF's user space (points, y growing upwards). `xmls`
 * are the page's templates, then its own content: their text is drawn on one page.
 */
function pageText(xmls: MarkupToken[][], page: number, defaultBox: [number, number]): PageText {
  const content = xmls[xmls.length - 1];
  const box = boxOf(firstText(content, 'physicalbox')) ?? defaultBox;
  const height = box[1];
  const pieces: TextPiece[] = [];
  for (const xml of xmls) {
    let space: ObjectSpace | null = null;
    let code: { x: number; y: number; deltas: number[] } | null = null;
    for (const token of xml) {
      if (token.kind === 'open' && local(token) === 'textobject') space = objectSpace(token.attrs);
      else if (token.kind === 'open' && local(token) === 'textcode' && space) {
        code = { x: Number(token.attrs.x) || 0, y: Number(token.attrs.y) || 0, deltas: expandDeltas(token.attrs.deltax) };
      } else if (token.kind === 'text' && code && space) {
        pieces.push(...runs(decodeEntities(token.text), code, space, height));
        code = null;
      } else if (token.kind === 'close' && local(token) === 'textobject') space = null;
    }
  }
  return { page, box: [0, 0, box[0] * POINTS_PER_MM, height * POINTS_PER_MM], pieces };
}

/** A TextCode's characters stand at X plus the DeltaX steps; a wide step is a visible gap. */
function runs(text: string, code: { x: number; y: number; deltas: number[] }, space: ObjectSpace, height: number): TextPiece[] {
  const chars = [...text];
  const { size } = space;
  const scale = scaleOf(space);
  const pieces: TextPiece[] = [];
  let x = code.x;
  let start = 0;
  let startX = x;
  for (let i = 0; i < chars.length; i++) {
    const step = code.deltas[i] ?? code.deltas[code.deltas.length - 1] ?? size;
    const last = i === chars.length - 1;
    if (last || step > 2 * size) {
      const str = chars.slice(start, i + 1).join('');
      const [left, baseline] = onPage(space, startX, code.y);
      const width = (x + Math.min(step, size) - startX) * scale;
      pieces.push({ str, x: left * POINTS_PER_MM, y: (height - baseline) * POINTS_PER_MM, width: width * POINTS_PER_MM, size: size * scale * POINTS_PER_MM });
      start = i + 1;
      startX = x + step;
    }
    x += step;
  }
  return pieces;
}

/** "3.5 g 4 3.5 2" → 3.5 3.5 3.5 3.5 3.5 2: `g N D` repeats D N times. */
export function expandDeltas(value: string | undefined): number[] {
  const words = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const deltas: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'g') {
      const count = Math.min(Number(words[i + 1]) || 0, 100000);
      for (let n = 0; n < count; n++) deltas.push(Number(words[i + 2]) || 0);
      i += 2;
    } else deltas.push(Number(words[i]) || 0);
  }
  return deltas;
}
