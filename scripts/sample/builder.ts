import type { MethodInput } from '../../src/api/contract';
import { applyByName } from '../../tests/support/commands';
import { type CommandName } from '../../src/api/features';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';
import { idSequence } from './ids';

/**
 * What every part of the sample uses to make its changes: the app's own commands, applied one
 * after another to one document, with a script clock and a seeded id sequence. The order of the
 * calls is the order of the ids, so a new part of the sample goes after the existing ones.
 */
export interface SampleBuilder {
  /** The document as it stands after the last command. */
  readonly doc: WorkspaceDocument;
  /** Moves the script's clock: each step happens on the day a person would have done it (UTC time). */
  on(day: string, time?: string): void;
  run<C extends CommandName>(name: C, input: MethodInput<C>): unknown;
  /** Runs a command that creates something and returns the new id. */
  add<C extends CommandName>(name: C, input: MethodInput<C>): string;
  /** The id of a meeting's minutes item, found by its title. */
  minutesItem(meetingId: string, title: string): string;
}

export function sampleBuilder(coalition: { name: string; community: string; timeZone: string; start: string }) {
  const newId = idSequence(20261115);
  let now = new Date(coalition.start);
  let doc = emptyWorkspace({ name: coalition.name, community: coalition.community, timeZone: coalition.timeZone, now });

  const run = <C extends CommandName>(name: C, input: MethodInput<C>): unknown => {
    const applied = applyByName(doc, name, input, { now, newId });
    doc = applied.doc;
    return applied.result;
  };
  const builder: SampleBuilder = {
    get doc() {
      return doc;
    },
    on(day, time = '15:00') {
      now = new Date(`${day}T${time}:00Z`);
    },
    run,
    add(name, input) {
      return idOf(run(name, input));
    },
    minutesItem(meetingId, title) {
      const item = doc.meetings.find((m) => m.id === meetingId)?.minutes?.items.find((i) => i.title === title);
      if (!item) throw new Error(`No minutes item "${title}"`);
      return item.id;
    },
  };
  return builder;
}

function idOf(result: unknown): string {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'id' in result && typeof result.id === 'string') return result.id;
  throw new Error(`Expected a new id, got ${JSON.stringify(result)}`);
}
