/** `money-lab claims [--json] [--out DIR]`: the essay's claims checked on the shipped data, as on the
 * Claims screen; with --out, each claim's figure and headline cards drawn by the app's own code. */
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkClaims, type Claim, type ClaimsReport } from '../../../models/claims';
import { drawClaimChart } from '../../../src-renderer/charts/claims';
import {
  CARD_SIZES,
  cardSvg,
  figureAlt,
  figureLayout,
  frameFigure,
  isoDate,
  serializeSvg,
  slugify,
  type CardSize,
} from '../../../src-renderer/export';
import { claimCardMeta, claimFigureMeta, CLAIM_FIGURE_SIZE } from '../../../src-renderer/views/claims/meta';
import type { Command } from '../args';
import { loadDataFiles } from '../data';
import type { CliIO } from '../io';
import { writeOutput } from '../write';
import { renderPng } from './chart';

type ClaimsCommand = Extract<Command, { name: 'claims' }>;

/** One block per claim: id, verdict and name; the rule; one aligned row per figure; the limits. */
export function claimsText(report: ClaimsReport): string {
  const out: string[] = [`Claims checked on the shipped data. ${report.essay}.`, ''];
  for (const c of report.claims) {
    out.push(`${c.id}  ${c.verdict.toUpperCase()}  ${c.short}`);
    out.push(`   “${c.quote}” (${c.where})`);
    out.push(`   Rule: ${c.rule}`);
    for (const p of c.parts) out.push(`   Part: ${p.label}: ${p.verdict}. ${p.rule}`);
    const width = Math.max(...c.figures.map((f) => f.label.length));
    for (const f of c.figures)
      out.push(`   ${f.label.padEnd(width)}  ${f.text.padStart(10)}  ${f.unit}; ${f.years}`);
    for (const l of c.limits) out.push(`   Limit: ${l}`);
    out.push('');
  }
  return out.join('\n');
}

const newDocument = () =>
  parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The figure (SVG) and the three cards (PNG + .alt.txt) of one claim; returns the files written. */
function writeClaimImages(c: Claim, dir: string, cwd: string): string[] {
  const date = isoDate();
  const base = join(dir, `claim-${c.id}-${slugify(c.short)}`);
  const draw = (doc: Document, size: { width: number; height: number }) =>
    drawClaimChart(doc, c.chart, size).svg;
  const figure = { ...claimFigureMeta(c), date };
  const doc = newDocument();
  const plot = draw(doc, figureLayout(figure, CLAIM_FIGURE_SIZE).plot);
  writeOutput(`${base}.svg`, serializeSvg(frameFigure(doc, plot, figure, CLAIM_FIGURE_SIZE)), cwd);
  const written = [`${base}.svg`];
  const card = { ...claimCardMeta(c), date };
  for (const name of Object.keys(CARD_SIZES) as CardSize[]) {
    const size = CARD_SIZES[name];
    const file = `${base}-card-${size.width}x${size.height}`;
    writeOutput(`${file}.png`, renderPng(cardSvg(newDocument(), draw, card, size), 1), cwd);
    writeOutput(`${file}.alt.txt`, `${figureAlt(card)}\n`, cwd);
    written.push(`${file}.png`, `${file}.alt.txt`);
  }
  return written;
}

export function claimsCommand(cmd: ClaimsCommand, io: CliIO): void {
  const report = checkClaims(loadDataFiles());
  // NaN (a year without data) becomes null in JSON, which is what it means.
  io.out(cmd.json ? JSON.stringify(report, null, 2) : claimsText(report));
  if (cmd.out) {
    const files = report.claims.flatMap((c) => writeClaimImages(c, cmd.out!, io.cwd));
    // Keep stdout the report (JSON stays parseable); say what was written on stderr.
    io.err(`wrote ${files.length} files to ${cmd.out}`);
  }
}
