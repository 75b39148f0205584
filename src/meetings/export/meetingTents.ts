import type { Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { mayShowName, organizationsById } from '../../stakeholders';
import { nameTentsDocx, type NameTent } from '../../export/docx/nameTents';

/**
 * Name tents for a meeting's invitees. A tent faces the whole room and anyone photographing it,
 * so by default it follows the rule for shared documents: a person who chose 'private' gets a
 * blank tent to write on (or leave blank), never one printed with their name. `forRoomOnly` is
 * for a closed session where everyone present already knows one another and the tents are
 * collected afterwards: then every invitee's name is printed, as on the coalition's own copy.
 * Organizations are printed only beside a printed name (an organization alone can identify).
 */
export function meetingTents(doc: WorkspaceDocument, meeting: Meeting, forRoomOnly: boolean): NameTent[] {
  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  const organizations = organizationsById(doc.organizations);
  const tents: NameTent[] = [];
  for (const id of meeting.inviteeIds) {
    const person = people.get(id);
    if (!person) continue;
    if (!mayShowName(person, forRoomOnly ? 'coalition' : 'shared')) {
      tents.push({ name: '' });
      continue;
    }
    tents.push({ name: person.name, line: (person.organizationId && organizations.get(person.organizationId)?.name) || '' });
  }
  // Named tents in name order, blank ones last, so they can be laid out down the table.
  return tents.sort((a, b) => (a.name ? 0 : 1) - (b.name ? 0 : 1) || a.name.localeCompare(b.name));
}

export async function meetingTentsDocx(doc: WorkspaceDocument, meeting: Meeting, forRoomOnly: boolean): Promise<Buffer> {
  return nameTentsDocx({ title: `Name tents: ${meeting.title}`, coalitionName: doc.coalition.name, tents: meetingTents(doc, meeting, forRoomOnly) });
}
