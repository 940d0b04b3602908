import { ScenarioError } from '../scenario/errors';

/**
 * A problem with a lesson file: one line per problem, each naming the field or the step. A kind of
 * ScenarioError, so every place that reports a bad file (the app's banner, the CLI's exit code 2)
 * treats it the same way.
 */
export class LessonError extends ScenarioError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'LessonError';
  }
}
