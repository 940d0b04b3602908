/** Command-line parsing: which command, its operand and its flags, or a UsageError saying what is wrong. */
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export const USAGE = `Usage: money-lab <command> [options]

Commands:
  presets                               list the built-in presets (name, model, title)
  preset NAME                           print a preset as scenario JSON
  run <scenario.json|preset:NAME> --out DIR [--runs N] [--seed S] [--data TABLE.csv]
                                        (a bare preset NAME works when no such file exists)
                                        write DIR/series.csv and DIR/summary.json;
                                        --runs N > 1 runs seeds S, S+1, … in parallel and writes
                                        the median with <column>_p10 and <column>_p90 beside it
      [--same-fiscal-stance-as <scenario.json|preset:NAME>]
                                        (abm) replay that scenario's programme spending, quarter
                                        by quarter from its run with the same seed, and its tax
                                        rates, so a difference comes from financing alone
  chart <scenario.json|preset:NAME> --out FILE.svg|FILE.png [--size screen|card] [--seed S]
                                        [--data TABLE.csv]
                                        the app's chart with title, sources, assumptions and
                                        provenance; screen = 960×600 (PNG at 2×), card = 1200×675
  validate [SCENARIO] [--seeds N] [--draws N] [--json]
                                        the report card: does the economy (default: preset
                                        abm-private-debt, run ≥ 400 quarters) reproduce the stylised
                                        facts? N seeds (default 8) in parallel, --draws parameter sets
                                        for robustness (default 200, 0 skips); exit 0 all pass, 1 not
  chart SWEEP_DIR --out FILE.svg|FILE.png [--size screen|card] [--metric NAME]
                                        a sweep's chart: band, heat map or tornado, as in the app
  sweep <scenario.json|preset:NAME> --vary NAME=LOW:HIGH:STEPS [--vary NAME2=…] --out DIR
        [--runs N] [--seed S] [--metric NAME|NAME=FORMULA]… [--tornado] [--shard I/N] [--workers W]
                                        run the scenario over a grid of one or two parameters
                                        (or, with --tornado, each --vary alone from LOW to HIGH)
                                        with N seeds per point; write DIR/sweep.csv (one row per
                                        point and seed) and DIR/sweep.json (design, units,
                                        provenance); --shard I/N runs only part I of N
  merge DIR... --out DIR                join the shards of one sweep into one sweep.csv/sweep.json
  lesson <lesson.json|lesson:NAME> --out DIR
                                        each step of a lesson as a 1600×900 SVG slide (title,
                                        source, provenance); shipped lessons by name, e.g.
                                        lesson:loan-creates-deposit

  claims [--json] [--out DIR]           the essay's claims about Canada's debt checked on the shipped
                                        data: claim id, verdict, figures with units and years, rule;
                                        --out DIR also writes each claim's figure (SVG) and headline
                                        cards (PNG 1200×675, 1080×1080, 1080×1350, alt text as .txt)

Options:
  --data TABLE.csv                      (run, chart) a fiscal-history scenario on a country table
                                        (template: models/data/template/); a scenario's own
                                        "country": "file:PATH" is relative to the scenario's folder
  -h, --help                            show this help

Exit status: 0 success; 1 internal error (validate: also when a fact fails); 2 bad input (one
             line on stderr naming the field); 3 the model run diverged (one line naming the quarter
             and the variable).`;

export type Command =
  | { name: 'help' }
  | { name: 'presets' }
  | { name: 'preset'; preset: string }
  | {
      name: 'run';
      ref: string;
      out: string;
      runs: number;
      seed: number | null;
      data?: string;
      sameFiscalStanceAs?: string;
    }
  | {
      name: 'chart';
      ref: string;
      out: string;
      size: 'screen' | 'card';
      seed: number | null;
      metric?: string;
      data?: string;
    }
  | {
      name: 'sweep';
      ref: string;
      out: string;
      vary: string[];
      runs: number;
      seed: number | null;
      metrics: string[];
      tornado: boolean;
      shard: string | null;
      workers: number | null;
    }
  | { name: 'merge'; dirs: string[]; out: string }
  | { name: 'validate'; ref: string; seeds: number; draws: number; json: boolean }
  | { name: 'lesson'; ref: string; out: string }
  | { name: 'claims'; json: boolean; out: string | null };

const OPERAND: Record<string, string> = {
  preset: 'NAME',
  run: 'a scenario file or preset:NAME',
  chart: 'a scenario file or preset:NAME',
  sweep: 'a scenario file or preset:NAME',
  merge: 'one or more sweep directories',
  lesson: 'a lesson file or lesson:NAME',
};
const ALLOWED: Record<string, readonly string[]> = {
  presets: [],
  preset: [],
  run: ['out', 'runs', 'seed', 'data', 'same-fiscal-stance-as'],
  chart: ['out', 'size', 'seed', 'metric', 'data'],
  sweep: ['out', 'runs', 'seed', 'vary', 'metric', 'tornado', 'shard', 'workers'],
  merge: ['out'],
  validate: ['seeds', 'draws', 'json'],
  lesson: ['out'],
  claims: ['json', 'out'],
};
/** Commands whose operand may be left out, with what it defaults to. */
const OPTIONAL_OPERAND: Record<string, string> = { validate: 'abm-private-debt' };

function integer(flag: string, text: string | undefined, min: number): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${flag}: must be an integer ≥ ${min} (got "${text}")`);
  }
  return n;
}

/** Present only when given, so a command without it reads as before. */
function dataFlag(path: string | undefined): { data?: string } {
  return path === undefined ? {} : { data: path };
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        runs: { type: 'string', short: 'n' },
        seed: { type: 'string', short: 's' },
        size: { type: 'string' },
        seeds: { type: 'string' },
        draws: { type: 'string' },
        vary: { type: 'string', multiple: true },
        metric: { type: 'string', multiple: true },
        tornado: { type: 'boolean' },
        shard: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
        data: { type: 'string' },
        'same-fiscal-stance-as': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // Node's messages ("Unknown option '--x'. To specify a positional argument…") are long; keep their first sentence.
    throw new UsageError(`${(e as Error).message.split('. ')[0]?.replace(/\.$/, '')} (see money-lab --help)`);
  }
}

export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  const [name, operand, ...extra] = positionals;
  if (values.help || name === undefined || name === 'help') return { name: 'help' };
  const allowed = ALLOWED[name];
  if (!allowed)
    throw new UsageError(
      `unknown command "${name}" (commands: ${Object.keys(ALLOWED).join(', ')}; see --help)`,
    );
  const expectsOperand = name in OPERAND;
  if (expectsOperand && operand === undefined) throw new UsageError(`${name}: missing ${OPERAND[name]}`);
  const takesOperand = expectsOperand || name in OPTIONAL_OPERAND;
  const surplus =
    name === 'merge' ? [] : takesOperand ? extra : [operand, ...extra].filter((x) => x !== undefined);
  if (surplus.length) throw new UsageError(`${name}: unexpected argument "${surplus[0]}"`);
  for (const flag of [
    'out',
    'runs',
    'seed',
    'size',
    'seeds',
    'draws',
    'vary',
    'metric',
    'tornado',
    'shard',
    'workers',
    'json',
    'data',
    'same-fiscal-stance-as',
  ] as const) {
    if (values[flag] !== undefined && !allowed.includes(flag))
      throw new UsageError(`${name}: --${flag} does not apply`);
  }

  if (name === 'presets') return { name };
  if (name === 'claims') return { name, json: values.json === true, out: values.out ?? null };
  if (name === 'preset') return { name, preset: operand as string };
  if (name === 'validate') {
    return {
      name,
      ref: operand ?? (OPTIONAL_OPERAND.validate as string),
      seeds: integer('seeds', values.seeds, 1) ?? 8,
      draws: integer('draws', values.draws, 0) ?? 200,
      json: values.json ?? false,
    };
  }
  if (!values.out)
    throw new UsageError(`${name}: missing --out ${name === 'chart' ? 'FILE.svg|FILE.png' : 'DIR'}`);
  if (name === 'merge') return { name, dirs: [operand as string, ...extra], out: values.out };
  if (name === 'lesson') return { name, ref: operand as string, out: values.out };
  const seed = integer('seed', values.seed, 0);
  if (name === 'run') {
    return {
      name,
      ref: operand as string,
      out: values.out,
      runs: integer('runs', values.runs, 1) ?? 1,
      seed,
      ...dataFlag(values.data),
      ...(values['same-fiscal-stance-as'] === undefined
        ? {}
        : { sameFiscalStanceAs: values['same-fiscal-stance-as'] }),
    };
  }
  if (name === 'sweep') {
    if (!values.vary?.length) throw new UsageError('sweep: missing --vary NAME=LOW:HIGH:STEPS');
    return {
      name,
      ref: operand as string,
      out: values.out,
      vary: values.vary,
      runs: integer('runs', values.runs, 1) ?? 1,
      seed,
      metrics: values.metric ?? [],
      tornado: values.tornado ?? false,
      shard: values.shard ?? null,
      workers: integer('workers', values.workers, 1),
    };
  }
  if ((values.metric?.length ?? 0) > 1) throw new UsageError('chart: --metric: give one metric to draw');
  const size = values.size ?? 'screen';
  if (size !== 'screen' && size !== 'card')
    throw new UsageError(`--size: must be screen or card (got "${size}")`);
  return {
    name: 'chart',
    ref: operand as string,
    out: values.out,
    size,
    seed,
    ...dataFlag(values.data),
    ...(values.metric?.[0] !== undefined ? { metric: values.metric[0] } : {}),
  };
}
