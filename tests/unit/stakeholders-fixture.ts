import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyByName } from '../support/commands';
import { type CommandName } from '../../src/api/features';
import type { CommandResult, MethodInput } from '../../src/api/contract';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';

/**
 * Coalitions for the stakeholder tests, built only through the app's real commands. The clock is
 * fixed: 3 March 2025, 9 p.m. in Denver, which is already 4 March in UTC; "today" for the
 * coalition is the 3rd.
 */
export const NOW = new Date('2025-03-04T04:00:00Z');
export const TODAY = '2025-03-03';

let counter = 0;
const nextId = () => `sth-${String(++counter).padStart(6, '0')}`;

export class StakeholderCoalition {
  doc: WorkspaceDocument;
  /** Descriptions of applied commands, as Edit › Undo would name them. */
  readonly history: string[] = [];

  constructor(readonly now: Date = NOW) {
    this.doc = emptyWorkspace({
      name: 'Riverside County CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Denver',
      now,
    });
  }

  run<C extends CommandName>(name: C, input: MethodInput<C>): CommandResult<C> {
    const applied = applyByName(this.doc, name, input, { now: this.now, newId: nextId });
    this.doc = applied.doc;
    this.history.push(applied.description);
    return applied.result;
  }

  org(name: string, fields: Partial<MethodInput<'addOrganization'>> = {}): string {
    return this.run('addOrganization', { name, ...fields }) as string;
  }

  person(name: string, fields: Partial<MethodInput<'addStakeholder'>> = {}): string {
    return this.run('addStakeholder', { name, ...fields }) as string;
  }

  get(id: string) {
    const found = this.doc.stakeholders.find((s) => s.id === id);
    if (!found) throw new Error(`No stakeholder ${id}`);
    return found;
  }
}

export function fixtureCsv(name: string): string {
  return readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'csv', name), 'utf8');
}
