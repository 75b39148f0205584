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
} from '@tabler/icons-react';
import { EmptyArea } from './EmptyArea';

/**
 * The areas of the app, in sidebar order. A feature replaces its placeholder with its page:
 * `component: StakeholdersPage`. Paths are hash routes (#/stakeholders); a page may define
 * nested routes below its path (#/meetings/<id>) with wouter's <Route> inside it.
 */
export interface Area {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  component: ComponentType;
  /** Shown in the sidebar; settings is reached from the header instead. */
  inSidebar: boolean;
}

const placeholder = (title: string, text: string) => () => <EmptyArea title={title} text={text} />;

export const AREAS: Area[] = [
  { path: '/', label: 'Dashboard', icon: IconGauge, inSidebar: true, component: placeholder('Dashboard', 'Your coalition at a glance will appear here: the current stage, the next steps, and what is overdue.') },
  { path: '/stakeholders', label: 'Stakeholders', icon: IconUsers, inSidebar: true, component: placeholder('Stakeholders', 'The people and agencies your coalition is reaching will be listed here.') },
  { path: '/stages', label: 'Stages', icon: IconChecklist, inSidebar: true, component: placeholder('Stages', 'The Step One checklist (learn about CIT, foster a coalition, form a partnership) will appear here.') },
  { path: '/meetings', label: 'Meetings', icon: IconCalendarEvent, inSidebar: true, component: placeholder('Meetings', 'Agendas, attendance and minutes for your meetings will appear here.') },
  { path: '/actions', label: 'Action items', icon: IconListCheck, inSidebar: true, component: placeholder('Action items', 'Every task the coalition agreed on, with owners and due dates, will appear here.') },
  { path: '/workgroups', label: 'Workgroups', icon: IconUsersGroup, inSidebar: true, component: placeholder('Workgroups', 'The steering committee’s workgroups and their progress will appear here.') },
  { path: '/policies', label: 'Policies', icon: IconGavel, inSidebar: true, component: placeholder('Policies', 'Policies and agreements, with every revision, will appear here.') },
  { path: '/recognition', label: 'Recognition', icon: IconAward, inSidebar: true, component: placeholder('Recognition', 'Award ceremonies, nominations and honorees will appear here.') },
  { path: '/reports', label: 'Reports', icon: IconFileText, inSidebar: true, component: placeholder('Reports', 'Every document the app can print for you will be gathered here.') },
  { path: '/settings', label: 'Coalition settings', icon: IconSettings, inSidebar: false, component: placeholder('Coalition settings', '') },
];
