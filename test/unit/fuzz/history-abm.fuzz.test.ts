import { describe } from 'vitest';
import { fuzzModels } from './harness';

describe('fuzzed scenario files: fiscal history and the agent-based economy', () =>
  fuzzModels(['fiscal-history', 'abm']));
