/**
 * A run whose numbers left the range where they mean anything (an explosive parameter set, not a
 * typo): the scenario was valid, the model's dynamics were not. The CLI exits 3 on it, naming the
 * period and the variable; bad input (exit 2) is refused before or while a run starts.
 */
export class ModelDivergenceError extends Error {
  constructor(
    public readonly period: number,
    public readonly variable: string,
    detail: string,
  ) {
    super(`The run diverged in period ${period}: ${variable} ${detail}. Try less extreme parameters.`);
    this.name = 'ModelDivergenceError';
  }
}

/** Divergence errors by name, since errors crossing a worker boundary lose their class. */
const DIVERGENCE_NAMES = new Set(['ModelDivergenceError', 'AbmDivergenceError']);

export function isDivergence(e: unknown): e is Error & { period: number } {
  return e instanceof Error && DIVERGENCE_NAMES.has(e.name);
}
