import { ensureRendererBuilt } from './build';

/** Runs once before the browser tests: the renderer is built (or found current) a single time per run. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
