import { applyByName } from '../support/commands';
import { type CommandName } from '../../src/api/features';
import type { CommandResult, MethodInput } from '../../src/api/contract';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';
import { computeProgress, type ItemProgress } from '../../src/stages/progress';
import type { Audience } from '../../src/stakeholders/privacy';

/**
 * Small coalitions for the stage tests, built only through the app's real commands, the way a
 * person builds one: add people, log conversations, schedule meetings, record attendance. The
 * clock is fixed so "today" is known: 20 Oct 2025 in Chicago.
 */
export const NOW = new Date('2025-10-20T15:00:00Z');
export const TODAY = '2025-10-20';

let counter = 0;
const nextId = () => `stg-${String(++counter).padStart(6, '0')}`;

export class TestCoalition {
  doc: WorkspaceDocument;

  constructor(readonly now: Date = NOW) {
    this.doc = emptyWorkspace({ name: 'Riverside County CIT Coalition', community: 'Riverside County', timeZone: 'America/Chicago', now });
  }

  /** Applies a command as a session would (same validation, same context); throws as it would. */
  run<C extends CommandName>(name: C, input: MethodInput<C>): CommandResult<C> {
    const applied = applyByName(this.doc, name, input, { now: this.now, newId: nextId });
    this.doc = applied.doc;
    return applied.result;
  }

  person(name: string, fields: Partial<MethodInput<'addStakeholder'>> = {}): string {
    return this.run('addStakeholder', { name, ...fields }) as string;
  }

  talk(stakeholderIds: string[], date: string, summary = ''): string {
    return (this.run('logConversation', { stakeholderIds, date, summary }) as { id: string }).id;
  }

  meeting(title: string, fields: Partial<MethodInput<'addMeeting'>> & { date: string }): string {
    return this.run('addMeeting', { title, startTime: '18:00', ...fields }) as string;
  }

  editMeeting(meetingId: string, changes: MethodInput<'updateMeeting'>['changes']): void {
    this.run('updateMeeting', { id: meetingId, changes });
  }

  held(meetingId: string, present: string[] = []): void {
    this.editMeeting(meetingId, { status: 'held' });
    if (present.length) this.run('setAttendance', { meetingId, marks: present.map((stakeholderId) => ({ stakeholderId, status: 'present' as const })) });
  }

  mark(itemId: string, status: 'done' | 'not-done' | 'not-applicable', note = '', on = TODAY): void {
    this.run('markStageItem', { itemId, status, on, by: 'Dana Cruz', note });
  }

  progress(audience: Audience = 'coalition') {
    return computeProgress(this.doc, { today: TODAY, audience });
  }

  item(id: string, audience: Audience = 'coalition'): ItemProgress {
    const found = this.progress(audience)
      .steps.flatMap((s) => s.stages)
      .flatMap((s) => s.items)
      .find((i) => i.id === id);
    if (!found) throw new Error(`No checklist item ${id}`);
    return found;
  }
}
