import type { ServiceContext } from './context';

/**
 * The methods each feature adds beyond its commands (queries and exports), and their handlers.
 * A feature keeps its method specs in src/api/methods/<feature>.ts and its handlers in
 * src/api/handlers/<feature>.ts, and adds one line to each list below.
 */
export const FEATURE_METHODS = {};

export const FEATURE_HANDLERS = (_context: ServiceContext) => ({});
