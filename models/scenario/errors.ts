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
    return `${path}: ${plainMessage(issue, got)}${issue.code === 'invalid_type' && got === undefined ? '' : shown}`;
  });
}

/** zod's wording ("Too big: expected number to be <=1") rephrased for people who are not programmers. */
function plainMessage(issue: z.core.$ZodIssue, got: unknown): string {
  switch (issue.code) {
    case 'invalid_union': {
      // A missing value matches no branch; the first branch (e.g. `"canada" or "file:PATH"`) says what is expected.
      const first = issue.errors[0]?.[0];
      return first ? plainMessage(first, got) : issue.message;
    }
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'invalid_type':
      if (got === undefined) return 'is required';
      return issue.expected === 'int' ? 'must be a whole number' : `must be a ${issue.expected}`;
    case 'invalid_value':
      if (got === undefined)
        return `is required (${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
