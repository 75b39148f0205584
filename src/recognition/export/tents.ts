import type { RecognitionEvent } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { mayShowName, organizationsById } from '../../stakeholders';
import { nameTentsDocx, type NameTent } from '../../export/docx/nameTents';
import { honoreesOf, shownInPublic } from '../honorees';

/**
 * Name tents for a ceremony's tables: each honoree (with their award) and each speaker or
 * presenter of the run of show. A ceremony is public (guests, press, photographs), so the tents
 * follow the rule for shared documents without exception: an honoree or speaker who asked not
 * to be named gets a blank tent to write on, and no agency, which would name them as surely.
 */
export function ceremonyTents(event: RecognitionEvent, doc: WorkspaceDocument): NameTent[] {
  const tents: NameTent[] = [];
  for (const honoree of honoreesOf(event, doc)) {
    const shown = shownInPublic(honoree.nominee);
    tents.push(shown.named ? { name: shown.name, line: `${honoree.category.name} · ${shown.agency}`.replace(/ · $/, '') } : { name: '' });
  }
  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  const organizations = organizationsById(doc.organizations);
  const seen = new Set<string>();
  for (const segment of event.runOfShow) {
    const key = segment.speakerId ?? segment.speakerName.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (!segment.speakerId) {
      tents.push({ name: segment.speakerName, line: 'Speaker' });
      continue;
    }
    const person = people.get(segment.speakerId);
    if (!person) continue;
    if (!mayShowName(person, 'shared')) tents.push({ name: '' });
    else tents.push({ name: person.name, line: (person.organizationId && organizations.get(person.organizationId)?.name) || 'Speaker' });
  }
  return tents;
}

export async function ceremonyTentsDocx(event: RecognitionEvent, doc: WorkspaceDocument): Promise<Buffer> {
  return nameTentsDocx({ title: `Name tents: ${event.title}`, coalitionName: doc.coalition.name, tents: ceremonyTents(event, doc) });
}
