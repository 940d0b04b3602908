import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { crc32, insertPngText, pngChunks, readPngText } from '../../../src-renderer/export';

function samplePng(): Uint8Array {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><rect width="8" height="6" fill="#c03"/></svg>';
  return new Uint8Array(new Resvg(svg).render().asPng());
}

describe('crc32', () => {
  it('matches the standard check value and a PNG IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('PNG text chunks', () => {
  const text = JSON.stringify({
    scenario: { name: 'Öffentliches Geld — 100 % <public> & "fair"', seed: 42 },
  });

  it('round-trips UTF-8 text in an iTXt chunk right after IHDR, keeping every other chunk', () => {
    const png = samplePng();
    const out = insertPngText(png, 'public-money-lab', text);
    expect(readPngText(out)).toEqual({ 'public-money-lab': text });
    const before = pngChunks(png).map((c) => c.type);
    const after = pngChunks(out).map((c) => c.type);
    expect(after).toEqual([before[0], 'iTXt', ...before.slice(1)]);
    expect(after.at(-1)).toBe('IEND');
    expect(out.length - png.length).toBe(
      12 + 'public-money-lab'.length + 5 + new TextEncoder().encode(text).length,
    );
  });

  it('leaves a PNG that a real decoder still reads, pixel for pixel', () => {
    const png = samplePng();
    const out = insertPngText(png, 'public-money-lab', text);
    const embed = (bytes: Uint8Array) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><image width="8" height="6" href="data:image/png;base64,${Buffer.from(bytes).toString('base64')}"/></svg>`,
      ).render().pixels;
    const pixels = embed(out);
    expect(pixels.subarray(0, 4)).toEqual(Buffer.from([0xcc, 0x00, 0x33, 0xff]));
    expect(pixels.equals(embed(png))).toBe(true);
  });

  it('refuses damaged files and bad keywords', () => {
    const out = insertPngText(samplePng(), 'k', 'v');
    const damaged = out.slice();
    damaged[40] = (damaged[40] as number) ^ 0xff;
    expect(() => pngChunks(damaged)).toThrow(/bad CRC/);
    expect(() => pngChunks(out.subarray(0, out.length - 6))).toThrow(/truncated/);
    expect(() => pngChunks(new TextEncoder().encode('GIF89a..'))).toThrow(/signature/);
    for (const bad of ['', ' lead', 'trail ', 'two  spaces', 'x'.repeat(80), 'naïve\u0100']) {
      expect(() => insertPngText(samplePng(), bad, 'v'), bad).toThrow(/keyword/);
    }
  });

  it('also reads plain tEXt chunks written by other tools', () => {
    const png = samplePng();
    // Build a tEXt chunk by hand: length, type, keyword NUL text, CRC.
    const body = new TextEncoder().encode('Software\0resvg');
    const chunk = new Uint8Array(12 + body.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, body.length);
    chunk.set(new TextEncoder().encode('tEXt'), 4);
    chunk.set(body, 8);
    view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));
    const iend = png.length - 12;
    const withText = new Uint8Array([...png.subarray(0, iend), ...chunk, ...png.subarray(iend)]);
    expect(readPngText(insertPngText(withText, 'public-money-lab', text))).toEqual({
      Software: 'resvg',
      'public-money-lab': text,
    });
  });
});
