import type { ComponentType } from 'react';
import {
  IconAward,
  IconChecklist,
  IconFileText,
  IconGauge,
  IconListCheck,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  IconCalendarEvent,
  IconGavel,
  IconSchool,
  IconChartBar,
} from '@tabler/icons-react';
import { SettingsPage } from '../settings/SettingsPage';
import { WorkgroupsPage } from '../workgroups/WorkgroupsPage';
import { PoliciesPage } from '../policies/PoliciesPage';
import { TrainingPage } from '../training/TrainingPage';
import { ProgramDataPage } from '../programData/ProgramDataPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { StagesPage } from '../stages/StagesPage';
import { ReportsPage } from '../reports/ReportsPage';
import { RecognitionPage } from '../recognition/RecognitionPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { ActionItemsPage } from '../actions/ActionItemsPage';
import { StakeholdersPage } from '../stakeholders/StakeholdersPage';
import { CommitteePage } from '../committee/CommitteePage';

/**
 * The areas of the app, in sidebar order: the one list the sidebar and the routes are built
 * from. A feature replaces its placeholder with its page, on its own line:
 * `component: StakeholdersPage`. Paths are hash routes (#/stakeholders); every area except the
 * dashboard is mounted with wouter's `nest`, so a page may define routes below its path
 * (<Route path="/:id"> inside MeetingsPage answers #/meetings/<id>).
 */
export interface Area {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  component: ComponentType;
  /** Shown in the sidebar; settings is reached from the header and the foot of the sidebar instead. */
  inSidebar: boolean;
}

export const AREAS: Area[] = [
  { path: '/', label: 'Dashboard', icon: IconGauge, inSidebar: true, component: DashboardPage },
  { path: '/stakeholders', label: 'Stakeholders', icon: IconUsers, inSidebar: true, component: StakeholdersPage },
  { path: '/stages', label: 'Stages', icon: IconChecklist, inSidebar: true, component: StagesPage },
  { path: '/meetings', label: 'Meetings', icon: IconCalendarEvent, inSidebar: true, component: MeetingsPage },
  { path: '/committee', label: 'Committee', icon: IconUsersGroup, inSidebar: true, component: CommitteePage },
  { path: '/actions', label: 'Action items', icon: IconListCheck, inSidebar: true, component: ActionItemsPage },
  { path: '/workgroups', label: 'Workgroups', icon: IconUsersGroup, inSidebar: true, component: WorkgroupsPage },
  { path: '/policies', label: 'Policies', icon: IconGavel, inSidebar: true, component: PoliciesPage },
  { path: '/training', label: 'Training', icon: IconSchool, inSidebar: true, component: TrainingPage },
  { path: '/program-data', label: 'Program data', icon: IconChartBar, inSidebar: true, component: ProgramDataPage },
  { path: '/recognition', label: 'Recognition', icon: IconAward, inSidebar: true, component: RecognitionPage },
  { path: '/reports', label: 'Reports', icon: IconFileText, inSidebar: true, component: ReportsPage },
  { path: '/settings', label: 'Coalition settings', icon: IconSettings, inSidebar: false, component: SettingsPage },
];
