/**
 * Uploads are data, never code: the media library takes only these file types, recognised by
 * their extension AND their content (a `.png` must start like a PNG; an SVG may not script,
 * embed or load anything). The CMS refuses anything else before it is saved (admin), and
 * `npm run validate` and the build check every file in public/media/ again. Pure and
 * browser-safe: bytes in, a verdict out.
 */
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

export const uploadTypes = {
  jpg: { kind: 'image', label: 'JPEG' },
  jpeg: { kind: 'image', label: 'JPEG' },
  png: { kind: 'image', label: 'PNG' },
  webp: { kind: 'image', label: 'WebP' },
  avif: { kind: 'image', label: 'AVIF' },
  gif: { kind: 'image', label: 'GIF' },
  svg: { kind: 'image', label: 'SVG' },
  pdf: { kind: 'document', label: 'PDF' },
  docx: { kind: 'document', label: 'Word' },
  xlsx: { kind: 'document', label: 'Excel' },
  pptx: { kind: 'document', label: 'PowerPoint' },
  odt: { kind: 'document', label: 'OpenDocument' },
  txt: { kind: 'document', label: 'Text' },
} as const satisfies Record<string, { kind: 'image' | 'document'; label: string }>;

export type UploadExtension = keyof typeof uploadTypes;

export type UploadVerdict = { ok: true; extension: UploadExtension } | { ok: false; reason: string; fix: string };

const allowedList = Object.keys(uploadTypes).join(', ');

/** The extension of a file name, lower case, when it is an allowed upload type. */
export function uploadExtension(name: string): UploadExtension | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension && Object.hasOwn(uploadTypes, extension) ? (extension as UploadExtension) : undefined;
}

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** Names of the entries in a zip file's local headers (enough to tell an Office file from another zip). */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50 && names.length < 10_000) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const flags = view.getUint16(at + 6, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // Sizes after the data (flag bit 3): the headers cannot be walked further; what was read is enough.
    if (flags & 0x08) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** Why an SVG is not a plain picture, or undefined when it is one. */
export function svgProblem(text: string): string | undefined {
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) return 'en DOCTYPE- eller ENTITY-deklaration';
  if (/<\?xml-stylesheet/i.test(text)) return 'en extern stilmall';
  let tree: Node;
  try {
    tree = parse(text);
  } catch {
    return 'SVG-kod som inte går att läsa';
  }
  let root = false;
  let problem: string | undefined;
  const forbidden = new Set([
    'script',
    'foreignobject',
    'iframe',
    'embed',
    'object',
    'audio',
    'video',
    'image',
    'use',
    'feimage',
    'handler',
    'listener',
    'set',
    'animate',
  ]);
  walkSync(tree, (node) => {
    if (problem || node.type !== ELEMENT_NODE) return;
    const name = String(node.name).toLowerCase();
    if (name === 'svg') root = true;
    if (forbidden.has(name)) problem = `elementet <${node.name}>`;
    for (const [attribute, raw] of Object.entries(node.attributes as Record<string, string>)) {
      const key = attribute.toLowerCase();
      const value = String(raw);
      if (key.startsWith('on')) problem ??= `händelseattributet ${attribute}`;
      if ((key === 'href' || key.endsWith(':href')) && !/^#[\w.-]+$/.test(value.trim())) problem ??= `en länk ut ur bilden (${attribute})`;
      if (/url\(\s*['"]?(?!#)/i.test(value) || /@import|javascript:/i.test(value)) problem ??= `en extern hänvisning i ${attribute}`;
    }
    if (name === 'style') {
      const css = (node.children ?? []).map((c) => String((c as { value?: string }).value ?? '')).join('');
      if (/url\(\s*['"]?(?!#)|@import/i.test(css)) problem ??= 'en extern hänvisning i <style>';
    }
  });
  return problem ?? (root ? undefined : 'inget <svg>-element');
}

function refuse(reason: string, fix = `Ladda upp en av filtyperna ${allowedList}.`): UploadVerdict {
  return { ok: false, reason, fix };
}

/** The verdict on one uploaded file: its name and its bytes. */
export function checkUpload(name: string, bytes: Uint8Array): UploadVerdict {
  const extension = uploadExtension(name);
  if (!extension) return refuse(`filtypen i "${name}"`);
  if (bytes.length === 0) return refuse(`en tom fil "${name}"`, 'Ladda upp filen på nytt.');
  const matches = contentMatches(extension, bytes);
  if (matches !== true)
    return refuse(`att innehållet i "${name}" ${matches}`, `Spara filen på nytt som riktig .${extension} och ladda upp den igen.`);
  return { ok: true, extension };
}

/** True when the bytes are what the extension says, else why not (in words that follow "att innehållet i x"). */
function contentMatches(extension: UploadExtension, bytes: Uint8Array): true | string {
  const not = `inte är en ${uploadTypes[extension].label}-fil`;
  switch (extension) {
    case 'jpg':
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]) || not;
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || not;
    case 'gif':
      return /^GIF8[79]a$/.test(ascii(bytes, 0, 6)) || not;
    case 'webp':
      return (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') || not;
    case 'avif':
      return (ascii(bytes, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 4))) || not;
    case 'pdf':
      return ascii(bytes, 0, 5) === '%PDF-' || not;
    case 'svg': {
      const text = utf8(bytes);
      if (text === undefined) return not;
      const problem = svgProblem(text);
      return problem ? `innehåller ${problem}; en bild får inte köra kod eller hämta något` : true;
    }
    case 'txt': {
      const text = utf8(bytes);
      return (text !== undefined && !text.includes('\u0000')) || 'inte är text i UTF-8';
    }
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      const folder = { docx: 'word/', xlsx: 'xl/', pptx: 'ppt/' }[extension];
      const names = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? zipEntries(bytes) : [];
      if (!names.includes('[Content_Types].xml') || !names.some((n) => n.startsWith(folder))) return not;
      return names.some((n) => /vbaProject\.bin$/i.test(n)) ? 'innehåller makron (programkod)' : true;
    }
    case 'odt': {
      const names = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? zipEntries(bytes) : [];
      return (names[0] === 'mimetype' && ascii(bytes, 38, 39) === 'application/vnd.oasis.opendocument.text') || not;
    }
  }
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
