/** Text from a scenario is escaped in every export: SVG (text and metadata), CSV `#` lines, PNG text (issue 9 §2). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// jsdom ships no types; its DOMParser is a strict XML parser (linkedom's is lenient).
// @ts-expect-error no declaration file
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { runScenario } from '../../../models/run';
import { chartCommand } from '../../../src-main/cli/commands/chart';
import {
  FIGURE_METADATA_KEY,
  csvWithMeta,
  figureMetadataJson,
  insertPngText,
  readPngText,
  type FigureMeta,
} from '../../../src-renderer/export';
import { shippedData } from '../helpers/data';

const NAMES = [
  'A < B',
  'Debt & money > "all" of it',
  "It's </title></metadata><script>alert(1)</script>",
  'Two\nlines\r\nand a tab\there ]]> <!-- -->',
  '\u0001control\u0008chars\u001f and \u{1F4B0}',
];

const tmp = mkdtempSync(join(tmpdir(), 'pml-escape-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Parse as XML (not HTML): any unescaped < or & is a parser error. */
function parseXml(text: string): Document {
  const doc = new (new JSDOM('').window.DOMParser as typeof DOMParser)().parseFromString(
    text,
    'image/svg+xml',
  );
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`malformed XML: ${error.textContent}`);
  return doc;
}

const withName = (name: string) => ({ ...(getPreset('canada-1974') as object), name });
const flat = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();

describe('the CLI chart (SVG) with hostile scenario names', () => {
  NAMES.forEach((name, i) => {
    it(`is well-formed XML and keeps the name: ${JSON.stringify(name)}`, () => {
      const file = join(tmp, `s${i}.json`);
      writeFileSync(file, JSON.stringify(withName(name)));
      const out = join(tmp, `s${i}.svg`);
      chartCommand(
        { name: 'chart', ref: file, out, size: 'screen', seed: null },
        { out: () => {}, err: () => {}, cwd: tmp },
      );
      const doc = parseXml(readFileSync(out, 'utf8'));
      const svg = doc.documentElement;
      expect(svg.localName).toBe('svg');
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      // No element the name tried to inject.
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      const title = svg.getElementsByTagName('title')[0]!.textContent ?? '';
      // Exactly the name; only characters XML cannot hold at all become U+FFFD.
      expect(title).toBe(
        name.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'),
      );
      const metadata = svg.getElementsByTagName('metadata')[0]!;
      expect(metadata.getAttribute('id')).toBe(FIGURE_METADATA_KEY);
      // The embedded scenario survives exactly (JSON escapes what XML could not hold).
      expect(JSON.parse(metadata.textContent ?? '').scenario.name).toBe(name);
      // The figure's visible title line is the name on one line.
      const head = [...svg.getElementsByTagName('text')].find((t) => t.getAttribute('data-role') === 'title');
      expect(head?.textContent).toBe(flat(name).replace(/\s+/g, ' '));
    });
  });
});

describe('CSV # lines and PNG text with hostile scenario names', () => {
  const r = runScenario(getPreset('canada-1974'), { data: shippedData() });
  const meta = (name: string): FigureMeta => ({
    title: name,
    subtitle: `Scenario: ${name}`,
    sources: r.sources,
    assumptions: r.assumptions,
    provenance: r.provenance,
    scenario: withName(name),
    date: '2026-01-01',
  });

  for (const name of NAMES) {
    it(`keeps every comment line a comment and the table intact: ${JSON.stringify(name)}`, () => {
      const csv = csvWithMeta(meta(name), r, r.notes);
      const lines = csv.trimEnd().split('\n');
      const firstData = lines.findIndex((l) => !l.startsWith('#'));
      expect(lines[firstData]!.startsWith('year,actual_debt,')).toBe(true);
      expect(lines.slice(firstData).every((l) => /^\d{4},/.test(l) || l.startsWith('year,'))).toBe(true);
      expect(lines).toHaveLength(firstData + 1 + r.index.length);
      expect(csv).not.toMatch(/\r/);
      const scenarioLine = lines.findLast((l) => l.startsWith('# Scenario: '))!;
      expect(JSON.parse(scenarioLine.slice('# Scenario: '.length)).name).toBe(name);
    });

    it(`round-trips the scenario through a PNG iTXt chunk: ${JSON.stringify(name)}`, () => {
      // A 1×1 PNG: signature, IHDR, IDAT, IEND.
      const png = Uint8Array.from(
        Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          'base64',
        ),
      );
      const tagged = insertPngText(png, FIGURE_METADATA_KEY, figureMetadataJson(meta(name)));
      const text = readPngText(tagged)[FIGURE_METADATA_KEY]!;
      expect(JSON.parse(text).scenario.name).toBe(name);
    });
  }
});
