/**
 * Judging Electronegativity's CSV: it always exits 0, so the verdict is ours. A finding of medium
 * severity or higher fails lint unless .electronegativity.json justifies that very finding (check,
 * file, and a piece of its code) with a reason.
 */
import { csvParseRows } from 'd3-dsv';

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

export interface Justification {
  check: string;
  /** Path relative to the project root, or "N/A" for checks about the whole app. */
  file: string;
  /** A piece of the flagged code, so a new finding of the same check in the same file is not covered. */
  sample?: string;
  reason: string;
}

export interface Config {
  electronVersion: string;
  justified: Justification[];
}

const SEVERITY = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const FAIL_FROM = SEVERITY.indexOf('MEDIUM');

export function parseFindings(csv: string): Finding[] {
  const rows = csvParseRows(csv.trim());
  const header = rows.shift()?.map((h) => h.trim().toLowerCase());
  if (!header || header[0] !== 'issue' || header[1] !== 'severity') {
    throw new Error(`not an Electronegativity CSV (header: ${JSON.stringify(header)})`);
  }
  return rows
    .filter((r) => r.length >= 7)
    .map(([check, severity, confidence, file, location, sample, description]) => ({
      check: check!.trim(),
      severity: severity!.trim().toUpperCase(),
      confidence: confidence!.trim(),
      file: file!.trim().replace(/\\/g, '/').replace(/^\.\//, ''),
      location: location!.trim(),
      sample: sample!.trim(),
      description: description!.trim(),
    }));
}

export function validateConfig(raw: unknown): Config {
  const c = raw as Partial<Config>;
  if (typeof c?.electronVersion !== 'string' || !Array.isArray(c.justified)) {
    throw new Error('.electronegativity.json needs "electronVersion" (string) and "justified" (array)');
  }
  c.justified.forEach((j, i) => {
    if (!j || typeof j.check !== 'string' || typeof j.file !== 'string') {
      throw new Error(`.electronegativity.json justified[${i}]: needs "check" and "file"`);
    }
    if (typeof j.reason !== 'string' || j.reason.trim().length < 20) {
      throw new Error(
        `.electronegativity.json justified[${i}] (${j.check}): give a reason (one sentence at least)`,
      );
    }
  });
  return c as Config;
}

const covers = (j: Justification, f: Finding) =>
  j.check === f.check &&
  (j.file === f.file || f.file.endsWith(`/${j.file}`)) &&
  (!j.sample || f.sample.includes(j.sample));

export interface Verdict {
  /** Medium or higher with no justification: these fail lint. */
  unjustified: Finding[];
  justified: { finding: Finding; reason: string }[];
  /** Justifications that match no finding any more: delete them so the config stays true. */
  stale: Justification[];
  below: Finding[];
}

export function judge(findings: Finding[], config: Config): Verdict {
  const serious = findings.filter(
    (f) => SEVERITY.indexOf(f.severity) >= FAIL_FROM || !SEVERITY.includes(f.severity),
  );
  const verdict: Verdict = {
    unjustified: [],
    justified: [],
    stale: [],
    below: findings.filter((f) => !serious.includes(f)),
  };
  for (const f of serious) {
    const j = config.justified.find((x) => covers(x, f));
    if (j) verdict.justified.push({ finding: f, reason: j.reason });
    else verdict.unjustified.push(f);
  }
  verdict.stale = config.justified.filter((j) => !findings.some((f) => covers(j, f)));
  return verdict;
}
