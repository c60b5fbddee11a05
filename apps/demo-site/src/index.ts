export { buildMainMenu, MOVE_IN_LABELS, MOVE_IN_PATH, SERVICES, searchServices } from './catalog.ts';
export { type DemoSiteOptions, readDemoEnv, resolveDemoSiteOptions } from './config.ts';
export { PERSONA_IDS, PERSONAS, type Persona, type PersonaId } from './personas.ts';
export {
  allFixes,
  DEMO_PROBLEMS,
  type DemoProblem,
  type FixFlags,
  isProblemId,
  PROBLEM_IDS,
  type ProblemId,
  parseFixList,
} from './problems.ts';
export { createDemoSite, type RunningDemoSite, startDemoSite } from './server.ts';
export * from './synthetic/index.ts';
