/**
 * money-lab: run any scenario headless and write CSV/JSON or the app's charts.
 * `main` is the whole command line without the process around it, so tests call it in-process;
 * index.ts is the process entry. Commands are imported when used: `--help` and `presets` stay quick
 * because they do not load the chart renderer (linkedom, resvg) or the run machinery.
 * Exit status: 0 done, 1 an internal error (and, for validate, a report card with a failing
 * fact), 2 the user's input was wrong (one line on stderr), 3 the model run diverged (one line
 * naming the period and the variable).
 */
import { parseCommand, USAGE } from './args';
import { UsageError } from './errors';
import { processIO, type CliIO } from './io';

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The message as it is now (callers may add context), then the frames; tsx's tsImport names modules
 * with kilobyte-long data: URLs, and those frames say nothing. */
function readableStack(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !line.includes('data:text/javascript'));
  return [`${e.name}: ${e.message}`, ...frames].join('\n');
}

/** Runs the command; a command with its own verdict (validate) returns its exit status. */
async function dispatch(argv: string[], io: CliIO): Promise<number | void> {
  const cmd = parseCommand(argv);
  switch (cmd.name) {
    case 'help':
      io.out(USAGE);
      break;
    case 'presets':
      (await import('./commands/presets')).presetsCommand(io);
      break;
    case 'preset':
      (await import('./commands/presets')).presetCommand(cmd.preset, io);
      break;
    case 'run':
      await (await import('./commands/run')).runCommand(cmd, io);
      break;
    case 'chart':
      (await import('./commands/chart')).chartCommand(cmd, io);
      break;
    case 'validate':
      return (await import('./commands/validate')).validateCommand(cmd, io);
    case 'sweep':
      await (await import('./commands/sweep')).sweepCommand(cmd, io);
      break;
    case 'merge':
      (await import('./commands/sweep')).mergeCommand(cmd, io);
      break;
    case 'lesson':
      (await import('./commands/lesson')).lessonCommand(cmd, io);
      break;
    case 'claims':
      (await import('./commands/claims')).claimsCommand(cmd, io);
      break;
  }
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    return (await dispatch(argv, io)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`money-lab: ${oneLine(e.message)}`);
      return 2;
    }
    // Loaded only on failure: the error classes live beside the models, which `--help` never loads.
    const [{ ScenarioError }, { DataError }, { isDivergence }, { MetricError, SweepTaskError }] =
      await Promise.all([
        import('../../models/scenario'),
        import('../../models/fiscal/data'),
        import('../../models/divergence'),
        import('../../models/sweep'),
      ]);
    if (e instanceof ScenarioError) {
      io.err(`money-lab: ${oneLine(e.problems.join('; '))}`);
      return 2;
    }
    if (e instanceof MetricError) {
      io.err(`money-lab: --${oneLine(e.message)}`);
      return 2;
    }
    if (isDivergence(e)) {
      io.err(`money-lab: ${oneLine(e.message)}`);
      return 3;
    }
    if (e instanceof SweepTaskError && isDivergence(e.cause)) {
      // A sweep point left the model's meaningful range: name the point as well as the period.
      io.err(`money-lab: diverged: ${oneLine(e.message)}`);
      return 3;
    }
    if (e instanceof SweepTaskError && e.cause instanceof ScenarioError) {
      io.err(`money-lab: --vary: ${e.label}: ${oneLine(e.cause.problems.join('; '))}`);
      return 2;
    }
    if (e instanceof DataError) {
      // A damaged data file is not the user's typo, but it has a precise cause: name it, no stack.
      io.err(`money-lab: data: ${oneLine(e.message)}`);
      return 1;
    }
    io.err(`money-lab: internal error: ${readableStack(e)}`);
    return 1;
  }
}
