import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';
import { conversationsRule } from './conversations';
import { directoryRule } from './directory';
import { livedExperienceRule } from './livedExperience';
import { meetingsRule } from './meetings';
import { partnersEngagedRule } from './partnersEngaged';
import { policiesRule } from './policies';
import { programDataRule } from './programData';
import { recentMeetingsRule } from './recentMeetings';
import { recognitionRule } from './recognition';
import { rolesRule } from './roles';
import { trainingRule } from './training';
import { trainingCoverageRule } from './trainingCoverage';
import { steeringCommitteeRule } from './steeringCommittee';
import { workgroupsRule } from './workgroups';

/** Reads the evidence for one item from the workspace, by the kind of rule the item names. */
export function evaluateRule(spec: RuleSpec, context: RuleContext): RuleResult {
  switch (spec.kind) {
    case 'conversations':
      return conversationsRule(spec, context);
    case 'roles':
      return rolesRule(spec, context);
    case 'steering-committee':
      return steeringCommitteeRule(spec, context);
    case 'workgroups':
      return workgroupsRule(spec, context);
    case 'meetings':
      return meetingsRule(spec, context);
    case 'recent-meetings':
      return recentMeetingsRule(spec, context);
    case 'policies':
      return policiesRule(spec, context);
    case 'lived-experience-attendance':
      return livedExperienceRule(spec, context);
    case 'partners-engaged':
      return partnersEngagedRule(spec, context);
    case 'training':
      return trainingRule(spec, context);
    case 'training-coverage':
      return trainingCoverageRule(spec, context);
    case 'program-data':
      return programDataRule(spec, context);
    case 'recognition':
      return recognitionRule(spec, context);
    case 'directory':
      return directoryRule(spec, context);
  }
}

export type { RuleContext, RuleResult, RuleState } from './context';
