import { describe, expect, it } from 'vitest';
import { createRageDetector } from './rage-detector.ts';

const run = (clicks: [number, number, number][]) => {
  const rage = createRageDetector();
  return clicks.map(([t, x, y]) => rage(t, x, y));
};

describe('rage-click detector (≥3 clicks, each within 1 s and 30 px of the previous)', () => {
  it('fires at the third close click and counts the burst on', () => {
    expect(
      run([
        [0, 10, 10],
        [400, 20, 15],
        [800, 25, 20],
        [1500, 30, 30],
      ]),
    ).toEqual([0, 0, 3, 4]);
  });
  it('a gap over 1 s starts a new burst', () => {
    expect(
      run([
        [0, 0, 0],
        [500, 0, 0],
        [1501, 0, 0],
        [2000, 0, 0],
      ]),
    ).toEqual([0, 0, 0, 0]);
  });
  it('exactly 1 s and 30 px still count; 31 px does not', () => {
    expect(
      run([
        [0, 0, 0],
        [1000, 30, 0],
        [2000, 30, 30],
      ]),
    ).toEqual([0, 0, 3]);
    expect(
      run([
        [0, 0, 0],
        [100, 31, 0],
        [200, 31, 0],
      ]),
    ).toEqual([0, 0, 0]);
  });
  it('distance is measured from the previous click, so a slow drift still rages', () => {
    expect(
      run([
        [0, 0, 0],
        [300, 25, 0],
        [600, 50, 0],
      ]),
    ).toEqual([0, 0, 3]);
  });
});
