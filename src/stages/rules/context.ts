import type { Organization } from '../../stakeholders';
import type { WorkspaceDocument } from '../../workspace/document';
import type { Audience } from '../../stakeholders';

/** What every rule reads: the workspace, the coalition's today, and who the words are for. */
export interface RuleContext {
  doc: WorkspaceDocument;
  /** YYYY-MM-DD in the coalition's time zone. */
  today: string;
  /** Evidence is worded for the screen and the coalition's copy, or for a shared document. */
  audience: Audience;
  /** The workspace's organizations by id, looked up once for every rule. */
  organizations: ReadonlyMap<string, Organization>;
}

/**
 * What the workspace shows about one item: enough for done (`met`), some but not all (`partial`),
 * or nothing yet (`unmet`), with one sentence that says what was found.
 */
export type RuleState = 'met' | 'partial' | 'unmet';

export interface RuleResult {
  state: RuleState;
  evidence: string;
}
