import { Conversation } from './conversation';
import { Organization } from './organization';
import { Stakeholder } from './stakeholder';

/** The collections of people, agencies and conversations in the workspace file (gathered in src/workspace/document.ts). */
export const stakeholderRecords = {
  organizations: Organization,
  stakeholders: Stakeholder,
  conversations: Conversation,
} as const;
