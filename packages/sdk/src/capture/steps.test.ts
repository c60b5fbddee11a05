import { describe, expect, it } from 'vitest';
import { stepFromPath } from './steps.ts';

describe('stepFromPath', () => {
  it.each([
    ['/apply/step-2', 2],
    ['/apply/step3/', 3],
    ['/move-in/단계4', 4],
    ['/apply/STEP_10', 10],
    ['/apply', undefined],
    ['/stepper/2024', undefined],
  ])('%s → %s', (path, step) => {
    expect(stepFromPath(path)).toBe(step);
  });
});
