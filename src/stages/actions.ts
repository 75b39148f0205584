/**
 * The quick actions a checklist item can offer, and where each one leads. The stages screen and
 * the dashboard show them as links into the area where the work is done, so the checklist never
 * grows forms of its own for things another area already records.
 */
export type QuickActionKind =
  | 'log-conversation'
  | 'add-stakeholder'
  | 'schedule-meeting'
  | 'add-workgroup'
  | 'add-policy'
  | 'plan-recognition'
  | 'plan-class'
  | 'enter-program-data'
  | 'open-directory';

export interface QuickAction {
  kind: QuickActionKind;
  label: string;
  /** The app's route for the area, e.g. "/stakeholders" (shown as #/stakeholders). */
  path: string;
}

const ACTIONS: Record<QuickActionKind, Omit<QuickAction, 'kind'>> = {
  'log-conversation': { label: 'Log a conversation', path: '/stakeholders' },
  'add-stakeholder': { label: 'Add a stakeholder', path: '/stakeholders' },
  'schedule-meeting': { label: 'Schedule a meeting', path: '/meetings' },
  'add-workgroup': { label: 'Set up a workgroup', path: '/workgroups' },
  'add-policy': { label: 'Open policies', path: '/policies' },
  'plan-recognition': { label: 'Plan a recognition event', path: '/recognition' },
  'plan-class': { label: 'Open training', path: '/training' },
  'enter-program-data': { label: 'Enter figures', path: '/program-data' },
  'open-directory': { label: 'Open the resource directory', path: '/directory' },
};

export function quickAction(kind: QuickActionKind): QuickAction {
  return { kind, ...ACTIONS[kind] };
}
