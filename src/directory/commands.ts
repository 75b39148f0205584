import type { Draft } from 'immer';
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../commands/define';
import { changesOf } from '../commands/changes';
import { inCollection } from '../commands/references';
import { CommandError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { placeImport } from './hsds/place';
import { sortedHours } from './hsds/scheduleRows';
import { readHsdsPackage, MAX_PACKAGE_BYTES } from './hsds/read';
import { ServiceFields, VerifyMonths, type Service } from './model';

/**
 * Changes to the directory. Each is one undoable step; an import of a whole directory is one
 * step too, and changes nothing unless every row of every file can be read.
 */

const serviceName = (doc: WorkspaceDocument, id: string) => doc.services.find((s) => s.id === id)?.name ?? 'service';
const serviceReference = { id: inCollection('services', 'service') };

function newService(fields: z.output<typeof ServiceFields>, context: CommandContext): Service {
  const stamp = context.now.toISOString();
  return { id: context.newId(), ...fields, ...tidyHours(fields), createdAt: stamp, updatedAt: stamp };
}

/** Hours kept in one order (so a round trip through a file gives the same list), none when open all day. */
function tidyHours(service: Pick<Service, 'openAllDay' | 'hours'>): Pick<Service, 'openAllDay' | 'hours'> {
  return { openAllDay: service.openAllDay, hours: service.openAllDay ? [] : sortedHours(service.hours) };
}

export const addService = defineCommand({
  name: 'addService',
  label: 'add service',
  input: ServiceFields.strict(),
  describe: (input) => `add service ${input.name}`,
  apply(draft, input, context) {
    const service = newService(input, context);
    draft.services.push(service);
    return service.id;
  },
});

export const updateService = defineCommand({
  name: 'updateService',
  references: serviceReference,
  label: 'edit service',
  input: z.strictObject({ id: Id, changes: changesOf(ServiceFields) }),
  describe: (input, doc) => `edit service ${serviceName(doc, input.id)}`,
  apply(draft, { id, changes }, context) {
    const service = draft.services.find((s) => s.id === id)!;
    Object.assign(service, changes, { updatedAt: context.now.toISOString() });
    Object.assign(service, tidyHours(service));
  },
});

export const deleteService = defineCommand({
  name: 'deleteService',
  references: serviceReference,
  label: 'delete service',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete service ${serviceName(doc, input.id)}`,
  apply(draft, { id }) {
    draft.services = draft.services.filter((s) => s.id !== id);
  },
});

/** One place up or down in the coalition's own order, which the prints follow. */
export const moveService = defineCommand({
  name: 'moveService',
  references: serviceReference,
  label: 'move service',
  input: z.strictObject({ id: Id, direction: z.enum(['up', 'down']) }),
  describe: (input, doc) => `move service ${serviceName(doc, input.id)} ${input.direction}`,
  apply(draft, { id, direction }) {
    const from = draft.services.findIndex((s) => s.id === id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= draft.services.length)
      throw new CommandError(`That service is already ${direction === 'up' ? 'first' : 'last'} in the directory.`);
    const [moved] = draft.services.splice(from, 1);
    draft.services.splice(to, 0, moved!);
  },
});

/** The coordinator called the provider and the entry is right: checked today, on the coalition's calendar. */
export const markServiceChecked = defineCommand({
  name: 'markServiceChecked',
  references: serviceReference,
  label: 'mark service checked',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `mark ${serviceName(doc, input.id)} checked`,
  apply(draft, { id }, context) {
    const service = draft.services.find((s) => s.id === id)!;
    const today = dayInZone(context.now, draft.coalition.timeZone);
    Object.assign(service, { lastChecked: today, updatedAt: context.now.toISOString() });
    return today;
  },
});

function settingsOf(draft: Draft<WorkspaceDocument>) {
  let settings = draft.directorySettings.find((s) => s.id === 'directory');
  if (!settings) {
    draft.directorySettings.push({ id: 'directory', verifyAfterMonths: 6 });
    settings = draft.directorySettings.at(-1)!;
  }
  return settings;
}

export const setVerifyAfterMonths = defineCommand({
  name: 'setVerifyAfterMonths',
  label: 'change when entries need checking',
  input: z.strictObject({ months: VerifyMonths }),
  describe: (input) => `check directory entries every ${input.months} months`,
  apply(draft, { months }) {
    settingsOf(draft).verifyAfterMonths = months;
  },
});

const TOO_LARGE = `That file is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MB. It cannot be a directory this app can import.`;

/**
 * A directory in Open Referral's format (a .zip of HSDS CSV files with datapackage.json), such as
 * a county 211's. Organizations are matched to the workspace's by name or added; services are
 * added after those already listed. Nothing changes unless every row of every file can be read.
 */
export const importDirectory = defineCommand({
  name: 'importDirectory',
  label: 'import directory',
  input: z.strictObject({
    fileName: z.string().max(255),
    base64: z
      .string()
      .max(Math.ceil(MAX_PACKAGE_BYTES / 3) * 4, { error: TOO_LARGE })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file did not arrive whole. Choose it again.' }),
  }),
  describe: (input) => `import directory ${input.fileName}`,
  apply(draft, { fileName, base64 }, context) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const read = readHsdsPackage(bytes);
    if (!read.ok) {
      const shown = read.problems.slice(0, 10).join(' ');
      const more = read.problems.length > 10 ? ` And ${read.problems.length - 10} more.` : '';
      throw new CommandError(`Nothing was imported from ${fileName}. ${shown}${more}`);
    }
    if (!read.services.length) throw new CommandError(`Nothing was imported: ${fileName} lists no services.`);
    return placeImport(draft, read.services, context);
  },
});

export const directoryCommands = {
  addService,
  updateService,
  deleteService,
  moveService,
  markServiceChecked,
  setVerifyAfterMonths,
  importDirectory,
};
