/** Headline cards: at every size, nothing under 18 px, nothing off the canvas or overlapping, and
 * notes that do not fit end with "full assumptions:" and a reference a reader can follow. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../models/claims';
import { makeProvenance } from '../../../models/provenance';
import { drawClaimChart } from '../../../src-renderer/charts/claims';
import {
  CARD_PLOT_ZOOM,
  CARD_SIZES,
  COUNTERFACTUAL_NOTE,
  MIN_CARD_FONT,
  cardLayout,
  cardSvg,
  textWidth,
  type CardLayout,
  type CardMeta,
  type CardSize,
} from '../../../src-renderer/export';
import { ASCENT, DESCENT } from '../../../src-renderer/export/layout';
import { claimCardMeta } from '../../../src-renderer/views/claims/meta';
import { shippedData } from '../helpers/data';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const SIZES = Object.keys(CARD_SIZES) as CardSize[];
const LONG =
  'From FY1974–75 on, 50% of the debt is held by the public bank (Bank of Canada) at 0% a year; it remits its profits to the government. Same primary balances as history. No macroeconomic feedback: growth, inflation, market interest rates and budgets are as they were. The public share is an assumption, not history.';

function fiscalLikeMeta(notes: string[]): CardMeta {
  const scenario = { model: 'fiscal-history', name: 'Canada from 1974: half the debt at zero interest' };
  return {
    title: '$908B of interest avoided',
    sources: ['Long source text.'],
    assumptions: notes,
    provenance: makeProvenance('fiscal-history', '1.0.0', scenario, null, []),
    scenario,
    date: '2026-11-30',
    headline: '$908B',
    caption: 'of interest avoided, FY1974–75 to FY2021–22, had the Bank of Canada held 50% of the debt at 0%',
    kicker: 'Canada’s federal debt: history vs a public bank',
    plainAssumption: 'Same budgets as history; only the interest on the public bank’s share changes.',
    notes,
    sourceLine: 'Sources: Finance Canada Fiscal Reference Tables; Finances of the Nation.',
    counterfactual: true,
    alt: 'A card.',
  };
}

function boxes(layout: CardLayout) {
  return layout.blocks.map((b) => ({
    role: b.role,
    top: b.y - b.fontSize * ASCENT,
    bottom: b.y + (b.lines.length - 1) * b.lineHeight + b.fontSize * DESCENT,
    left: b.x,
    right: b.x + Math.max(...b.lines.map((l) => textWidth(l, b.fontSize, b.bold))),
  }));
}

function expectSound(layout: CardLayout) {
  const { width, height } = layout.size;
  for (const b of layout.blocks) expect(b.fontSize, b.role).toBeGreaterThanOrEqual(MIN_CARD_FONT);
  const bs = boxes(layout);
  for (const b of bs) {
    expect(b.top, b.role).toBeGreaterThanOrEqual(0);
    expect(b.bottom, b.role).toBeLessThanOrEqual(height);
    expect(b.right, b.role).toBeLessThanOrEqual(width);
  }
  const p = layout.plot;
  // The chart keeps real room, and its 11 px labels, scaled up, are at least 18 px.
  expect(p.height).toBeGreaterThan(height * 0.2);
  expect(11 * CARD_PLOT_ZOOM).toBeGreaterThanOrEqual(MIN_CARD_FONT);
  for (const b of bs) {
    const apart = b.bottom <= p.y || b.top >= p.y + p.height || b.right <= p.x || b.left >= p.x + p.width;
    expect(apart, `${b.role} overlaps the plot`).toBe(true);
  }
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!;
      const c = bs[j]!;
      const apart = a.bottom <= c.top || c.bottom <= a.top || a.right <= c.left || c.right <= a.left;
      expect(apart, `${a.role} overlaps ${c.role}`).toBe(true);
    }
}

describe('headline card layout', () => {
  it.each(SIZES)('%s: short notes fit whole, with the counterfactual note and the reference', (size) => {
    const layout = cardLayout(fiscalLikeMeta(['Same budgets as history.']), CARD_SIZES[size]);
    expectSound(layout);
    const text = layout.blocks.flatMap((b) => b.lines).join(' ');
    expect(text).toContain(COUNTERFACTUAL_NOTE);
    expect(text).toContain(
      'Made with Public Money Lab, “Canada from 1974: half the debt at zero interest”, 2026-11-30',
    );
    expect(text).not.toContain('full assumptions:');
  });

  it.each(SIZES)('%s: notes too long to fit end with "full assumptions:" and the reference', (size) => {
    const layout = cardLayout(fiscalLikeMeta(Array.from({ length: 10 }, () => LONG)), CARD_SIZES[size]);
    expectSound(layout);
    const notes = layout.blocks.find((b) => b.role === 'notes')!;
    expect(notes.lines.join(' ')).toMatch(
      /… full assumptions: Public Money Lab, “Canada from 1974: half the debt at zero interest”, 2026-11-30$/,
    );
  });

  it.each(SIZES)('%s: every claim card is sound and carries its verdict and rule on its face', (size) => {
    const report = checkClaims(shippedData());
    for (const c of report.claims) {
      const meta = { ...claimCardMeta(c), date: '2026-11-30' };
      const layout = cardLayout(meta, CARD_SIZES[size]);
      expectSound(layout);
      const text = layout.blocks.flatMap((b) => b.lines).join(' ');
      expect(text).toContain(`Verdict: ${c.verdict}`);
      expect(text).toContain('Rule:');
      expect(text).toContain(c.headline.value);
    }
  });

  it('writes the alt text into <desc>, the title into <title>, and draws the plot scaled up', () => {
    const c = checkClaims(shippedData()).claims[2]!;
    const meta = claimCardMeta(c);
    const svg = cardSvg(doc(), (d, s) => drawClaimChart(d, c.chart, s).svg, meta, CARD_SIZES.square);
    expect(svg).toContain(`<title>${meta.title}</title>`);
    expect(svg).toMatch(/<desc>Headline card\. \$1,500B of federal debt charges/);
    const inner = /<svg[^>]* viewBox="0 0 (\d+) (\d+)"[^>]* width="([\d.]+)"/.exec(svg.slice(100));
    expect(inner).not.toBeNull();
    expect(Number(inner![3]) / Number(inner![1])).toBeCloseTo(CARD_PLOT_ZOOM, 1);
  });
});
