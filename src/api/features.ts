import type { ServiceContext } from './context';
import { workgroupMethods } from './methods/workgroups';
import { policyMethods } from './methods/policies';
import { recognitionMethods } from './methods/recognition';
import { workgroupHandlers } from './handlers/workgroups';
import { policyHandlers } from './handlers/policies';
import { recognitionHandlers } from './handlers/recognition';
import { stagesMethods } from './methods/stages';
import { stagesHandlers } from './handlers/stages';
import { stakeholderMethods } from './methods/stakeholders';
import { stakeholderHandlers } from './handlers/stakeholders';
import { meetingMethods } from './methods/meetings';
import { meetingHandlers } from './handlers/meetings';

/**
 * The methods each feature adds beyond its commands (queries and exports), and their handlers.
 * A feature keeps its method specs in src/api/methods/<feature>.ts and its handlers in
 * src/api/handlers/<feature>.ts, and adds one line to each list below.
 */
export const FEATURE_METHODS = {
  ...workgroupMethods,
  ...policyMethods,
  ...recognitionMethods,
  ...stagesMethods,
  ...stakeholderMethods,
  ...meetingMethods,
};

export const FEATURE_HANDLERS = (context: ServiceContext) => ({
  ...workgroupHandlers(context),
  ...policyHandlers(context),
  ...recognitionHandlers(context),
  ...stagesHandlers(context),
  ...stakeholderHandlers(context),
  ...meetingHandlers(context),
});
