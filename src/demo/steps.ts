import type { Runtime } from '../context';

/**
 * Steps that later modules add to the demo (inputs, PMIs, requests...), run in order after the registry.
 * Kept apart from seed.ts so that step files can push here while seed.ts is still loading them (no import cycle).
 */
export type DemoStep = (runtime: Runtime) => Promise<void>;
export const demoSteps: DemoStep[] = [];
