import { actionsFeature } from '../actions/feature';
import { coalitionFeature } from '../coalition/feature';
import { directoryFeature } from '../directory/feature';
import { committeeFeature } from '../committee/feature';
import { meetingsFeature } from '../meetings/feature';
import { policiesFeature } from '../policies/feature';
import { programDataFeature } from '../programData/feature';
import { recognitionFeature } from '../recognition/feature';
import { stagesFeature } from '../stages/feature';
import { stakeholdersFeature } from '../stakeholders/feature';
import { trainingFeature } from '../training/feature';
import { workgroupsFeature } from '../workgroups/feature';
import { packetFeature } from '../packet/feature';
import { syncFeature } from '../sync/feature';
import { joinFeatures } from './feature';
import type { ServiceContext } from './context';
import type { MethodDefinition } from './method';

/**
 * The one list of features. Each brings its commands and methods from src/<feature>/feature.ts;
 * the contract, the service and every test take them from here. Adding a feature is one line.
 * No feature imports this file: it sits above them all.
 */
export const FEATURES = [
  coalitionFeature,
  actionsFeature,
  meetingsFeature,
  recognitionFeature,
  workgroupsFeature,
  policiesFeature,
  trainingFeature,
  programDataFeature,
  stakeholdersFeature,
  directoryFeature,
  stagesFeature,
  committeeFeature,
  packetFeature,
  syncFeature,
] as const;

/** Every change the app knows, by name; each is also an API method of the same name. */
export const COMMANDS = joinFeatures(FEATURES, 'commands');
export type CommandName = keyof typeof COMMANDS;
export type Commands = typeof COMMANDS;

/** The features' queries and exports, with their handlers. */
export const FEATURE_METHODS = joinFeatures(FEATURES, 'methods');
export type FeatureMethods = typeof FEATURE_METHODS;

/** The handler of each feature method, given what handlers may use. */
export function featureHandlers(context: ServiceContext): {
  [M in keyof FeatureMethods]: (
    input: Parameters<FeatureMethods[M]['handle']>[0],
  ) => ReturnType<FeatureMethods[M]['handle']>;
} {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, method] of Object.entries(FEATURE_METHODS) as [string, MethodDefinition][]) {
    handlers[name] = (input) => method.handle(input, context);
  }
  return handlers as ReturnType<typeof featureHandlers>;
}
