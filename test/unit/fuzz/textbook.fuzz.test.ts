import { describe } from 'vitest';
import { fuzzModels } from './harness';

describe('fuzzed scenario files: textbook models', () =>
  fuzzModels(['gl-sim', 'gl-simex', 'gl-pc', 'gl-bmw']));
