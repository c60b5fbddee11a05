// The one seeded PRNG lives in the test kit (the synthetic generator and the simulator use it at run time).
export { createRandom, type Random } from '@minwon-ux/testkit/random';
