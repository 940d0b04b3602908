import type { z } from 'zod';

/** A user's mistake in a scenario: one clear line per problem, each naming the field. */
export class ScenarioError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ScenarioError';
  }
}

/** "params.publicShare: must be at most 1 (got 1.5)" — the path first, so the user finds the field. */
export function formatZodIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(scenario)';
    const got = valueAt(input, issue.path);
    const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)?.slice(0, 60)})`;
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${path}: ` : '';
      return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    return `${path}: ${issue.message}${issue.code === 'invalid_type' && got === undefined ? '' : shown}`;
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
