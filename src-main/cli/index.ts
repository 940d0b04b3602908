/** The money-lab process: arguments in, exit status out. The command line itself is main.ts. */
import { main } from './main';

// `money-lab presets | head`: the reader has gone, which is not an error; stop quietly as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
