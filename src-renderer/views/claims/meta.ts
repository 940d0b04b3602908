/** What an exported claim says on its face: the figure's and the headline card's words (no React,
 * so the CLI draws the very same). */
import { CLAIMS_VERSION, type Claim } from '../../../models/claims';
import { makeProvenance } from '../../../models/provenance';
import { claimChartSpec, claimValueFormat } from '../../charts/claims';
import { describeLineChart } from '../../charts/describe';
import type { CardMeta, FigureMeta } from '../../export';

/** Room for the rule, the finding and the limits under the chart of an exported claim. */
export const CLAIM_FIGURE_SIZE = { width: 960, height: 880 };

export function fyName(x: number): string {
  return `FY${x - 1}–${String(x).slice(2)}`;
}

/** "The level in 1974 …: holds. Holds if …": each part's verdict with its own rule. */
function partRules(c: Claim): string[] {
  return c.parts.map((p) => `${p.label}: ${p.verdict}. ${p.rule}`);
}

export function claimFigureMeta(c: Claim): FigureMeta {
  const scenario = { model: 'claims', name: `Claim ${c.id}: ${c.short}`, claim: c.id };
  const spec = claimChartSpec(c.chart);
  return {
    title: `Claim ${c.id}, ${c.short}: ${c.verdict}`,
    subtitle: `“${c.quote}” (${c.where})`,
    sources: c.sources,
    assumptions: [
      `Verdict rule: ${c.rule}`,
      ...partRules(c),
      `What the data show: ${c.finding}`,
      `Limits: ${c.limits.join(' ')}`,
    ],
    provenance: makeProvenance('claims', CLAIMS_VERSION, scenario, null, c.sources),
    scenario,
    alt: `Claim ${c.id}, verdict: ${c.verdict}. ${describeLineChart(spec, claimValueFormat(c.chart), fyName)}`,
  };
}

export function claimCardMeta(c: Claim): CardMeta {
  const base = claimFigureMeta(c);
  return {
    ...base,
    headline: c.headline.value,
    caption: c.headline.caption,
    kicker: `Claim ${c.id}: “${c.short}” · Verdict: ${c.verdict}`,
    plainAssumption: `Verdict: ${c.verdict}, by the rule below.`,
    notes: [`Rule: ${c.rule}`, ...partRules(c), `Limits: ${c.limits.join(' ')}`],
    sourceLine: c.sourceLine,
    counterfactual: false,
    alt: `Headline card. ${c.headline.value} ${c.headline.caption}. Verdict on the essay’s claim “${c.quote}”: ${c.verdict}. ${base.alt}`,
  };
}
