/**
 * Text chunks in PNG files (PNG spec §11.3.4), so an exported chart carries its scenario.
 * Pure functions over bytes: they run in the browser and in Node alike.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309, the same as zlib's crc32). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** Byte offset of the chunk (its length field) in the file. */
  offset: number;
}

/** Every chunk in order; throws on a bad signature, a truncated chunk or a CRC mismatch. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b))
    throw new Error('not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new Error(`truncated PNG chunk at byte ${offset}`);
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error(`truncated PNG chunk at byte ${offset}`);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length))
      throw new Error(`bad CRC in PNG chunk ${type}`);
    chunks.push({ type, data: typeAndData.subarray(4), offset });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

function chunkBytes(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function checkKeyword(keyword: string): void {
  // 1–79 Latin-1 printable characters, no leading, trailing or double spaces (spec §11.3.4.2).
  if (
    !/^[\x21-\x7e\xa1-\xff](?:[\x21-\x7e\xa1-\xff]| (?! ))*$/.test(keyword) ||
    keyword.length > 79 ||
    keyword.endsWith(' ')
  ) {
    throw new Error(`invalid PNG text keyword "${keyword}"`);
  }
}

/**
 * A copy of the PNG with an uncompressed iTXt chunk (UTF-8, so any scenario text survives)
 * placed right after IHDR, where readers that stop early still find it.
 */
export function insertPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  const [ihdr, next] = pngChunks(png);
  if (ihdr?.type !== 'IHDR' || !next) throw new Error('PNG does not start with IHDR');
  const key = Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
  const body = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  const chunk = chunkBytes('iTXt', data);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, next.offset), 0);
  out.set(chunk, next.offset);
  out.set(png.subarray(next.offset), next.offset + chunk.length);
  return out;
}

/** Keyword → text of every tEXt and uncompressed iTXt chunk (compressed ones are skipped). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const found: Record<string, string> = {};
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const { type, data } of pngChunks(png)) {
    if (type !== 'tEXt' && type !== 'iTXt') continue;
    const nul = data.indexOf(0);
    if (nul < 1) continue;
    const keyword = latin1.decode(data.subarray(0, nul));
    if (type === 'tEXt') {
      found[keyword] = latin1.decode(data.subarray(nul + 1));
      continue;
    }
    if (data[nul + 1] !== 0) continue;
    const languageEnd = data.indexOf(0, nul + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) continue;
    found[keyword] = utf8.decode(data.subarray(translatedEnd + 1));
  }
  return found;
}
