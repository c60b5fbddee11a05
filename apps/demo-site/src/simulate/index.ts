export { launchChromium } from './browser.ts';
export { runSimulation, type SessionResult, type SimulationOptions } from './run.ts';
