/** `money-lab claims [--json]`: the essay's claims checked on the shipped data, as on the Claims screen. */
import { checkClaims, type ClaimsReport } from '../../../models/claims';
import type { Command } from '../args';
import { loadDataFiles } from '../data';

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

export function claimsCommand(cmd: ClaimsCommand): void {
  const report = checkClaims(loadDataFiles());
  // NaN (a year without data) becomes null in JSON, which is what it means.
  console.log(cmd.json ? JSON.stringify(report, null, 2) : claimsText(report));
}
