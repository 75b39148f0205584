import type { ServiceContext } from './context';
import { workgroupMethods } from '../workgroups/api/methods';
import { policyMethods } from '../policies/api/methods';
import { recognitionMethods } from '../recognition/api/methods';
import { workgroupHandlers } from '../workgroups/api/handlers';
import { policyHandlers } from '../policies/api/handlers';
import { recognitionHandlers } from '../recognition/api/handlers';
import { stagesMethods } from '../stages/api/methods';
import { stagesHandlers } from '../stages/api/handlers';
import { stakeholderMethods } from '../stakeholders/api/methods';
import { stakeholderHandlers } from '../stakeholders/api/handlers';
import { meetingMethods } from '../meetings/api/methods';
import { meetingHandlers } from '../meetings/api/handlers';

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
