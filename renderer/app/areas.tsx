import { lazy, type ComponentType } from 'react';
import type { DocumentField } from '../../src/api/workspaceMethods';
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
  IconAddressBook,
  IconShare,
} from '@tabler/icons-react';
import { DashboardPage } from '../dashboard/DashboardPage';
import { StakeholdersPage } from '../stakeholders/StakeholdersPage';

// The pages a workspace usually opens on are in the first bundle; the others load when first
// visited (AreaRoutes' Suspense boundary waits for them), so opening reads less code.
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const WorkgroupsPage = lazy(() => import('../workgroups/WorkgroupsPage').then((m) => ({ default: m.WorkgroupsPage })));
const PoliciesPage = lazy(() => import('../policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const TrainingPage = lazy(() => import('../training/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const ProgramDataPage = lazy(() =>
  import('../programData/ProgramDataPage').then((m) => ({ default: m.ProgramDataPage })),
);
const StagesPage = lazy(() => import('../stages/StagesPage').then((m) => ({ default: m.StagesPage })));
const ReportsPage = lazy(() => import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const RecognitionPage = lazy(() =>
  import('../recognition/RecognitionPage').then((m) => ({ default: m.RecognitionPage })),
);
const MeetingsPage = lazy(() => import('../meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const DirectoryPage = lazy(() => import('../directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })));
const CommitteePage = lazy(() => import('../committee/CommitteePage').then((m) => ({ default: m.CommitteePage })));
const SharingArea = lazy(() => import('../sync/SharingPage').then((m) => ({ default: m.SharingArea })));
const ActionItemsPage = lazy(() => import('../actions/ActionItemsPage').then((m) => ({ default: m.ActionItemsPage })));

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
  /**
   * The collections the area's first page reads, when it is the page a workspace opens on: it
   * shows once they are here while the rest is read (renderer/workspace/partialDocument.ts). Its
   * readers of them use useCollections(...these); anything else waits for the whole document.
   */
  opensWith?: DocumentField[];
}

export const AREAS: Area[] = [
  { path: '/', label: 'Dashboard', icon: IconGauge, inSidebar: true, component: DashboardPage },
  {
    path: '/stakeholders',
    label: 'Stakeholders',
    icon: IconUsers,
    inSidebar: true,
    component: StakeholdersPage,
    opensWith: ['stakeholders', 'organizations'],
  },
  { path: '/stages', label: 'Stages', icon: IconChecklist, inSidebar: true, component: StagesPage },
  { path: '/meetings', label: 'Meetings', icon: IconCalendarEvent, inSidebar: true, component: MeetingsPage },
  { path: '/committee', label: 'Committee', icon: IconUsersGroup, inSidebar: true, component: CommitteePage },
  { path: '/actions', label: 'Action items', icon: IconListCheck, inSidebar: true, component: ActionItemsPage },
  { path: '/workgroups', label: 'Workgroups', icon: IconUsersGroup, inSidebar: true, component: WorkgroupsPage },
  { path: '/policies', label: 'Policies', icon: IconGavel, inSidebar: true, component: PoliciesPage },
  { path: '/training', label: 'Training', icon: IconSchool, inSidebar: true, component: TrainingPage },
  { path: '/program-data', label: 'Program data', icon: IconChartBar, inSidebar: true, component: ProgramDataPage },
  { path: '/directory', label: 'Resource directory', icon: IconAddressBook, inSidebar: true, component: DirectoryPage },
  { path: '/recognition', label: 'Recognition', icon: IconAward, inSidebar: true, component: RecognitionPage },
  { path: '/reports', label: 'Reports', icon: IconFileText, inSidebar: true, component: ReportsPage },
  { path: '/sharing', label: 'Sharing', icon: IconShare, inSidebar: true, component: SharingArea },
  { path: '/settings', label: 'Coalition settings', icon: IconSettings, inSidebar: false, component: SettingsPage },
];
