/**
 * money-lab: run any scenario headless and write CSV/JSON or the app's charts.
 * Exit status: 0 done, 2 the user's input was wrong (one line on stderr), 1 an internal error
 * (and, for validate, a report card with a failing fact).
 */
import { DataError } from '../../models/fiscal/data';
import { ScenarioError } from '../../models/scenario';
import { parseCommand, USAGE } from './args';
import { chartCommand } from './commands/chart';
import { presetCommand, presetsCommand } from './commands/presets';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';
import { UsageError } from './errors';

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

async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    switch (cmd.name) {
      case 'help':
        console.log(USAGE);
        break;
      case 'presets':
        presetsCommand();
        break;
      case 'preset':
        presetCommand(cmd.preset);
        break;
      case 'run':
        await runCommand(cmd);
        break;
      case 'chart':
        chartCommand(cmd);
        break;
      case 'validate':
        return await validateCommand(cmd);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`money-lab: ${oneLine(e.message)}`);
      return 2;
    }
    if (e instanceof ScenarioError) {
      console.error(`money-lab: ${oneLine(e.problems.join('; '))}`);
      return 2;
    }
    if (e instanceof DataError) {
      // A damaged data file is not the user's typo, but it has a precise cause: name it, no stack.
      console.error(`money-lab: data: ${oneLine(e.message)}`);
      return 1;
    }
    console.error(`money-lab: internal error: ${readableStack(e)}`);
    return 1;
  }
}

// `money-lab presets | head`: the reader has gone, which is not an error; stop quietly as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
