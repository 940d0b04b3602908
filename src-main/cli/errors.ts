/** A mistake in how the command was called or in its input: one line on stderr, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
