import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkspaceDocument } from '../src/workspace/document';
import { parseWorkspaceText, serializeWorkspace } from '../src/workspace/documentFile';
import { sampleBuilder } from './sample/builder';
import { addFirstMeeting } from './sample/firstMeeting';
import { addOrganizations } from './sample/organizations';
import { addOutreach } from './sample/outreach';
import { addPeople } from './sample/people';
import { addPolicies } from './sample/policies';
import { addRecognition } from './sample/recognition';
import { addSteeringCommittee } from './sample/steeringCommittee';
import { addTraining } from './sample/training';
import { addWorkgroup } from './sample/workgroup';
import { addCommittee } from './sample/committee';

/**
 * Builds the sample coalition that ships with the app (resources/sample/riverside-county.cit.json)
 * through the app's own commands, so it is exactly what a person could have made by hand and
 * stays valid as the commands and schemas grow. Everyone in it is made up, in a made-up county;
 * e-mail addresses use the reserved .example domain and phone numbers the 555-01xx range.
 *
 *   npx tsx scripts/make-sample.ts
 *
 * The content lives beside this driver, one module per area, under scripts/sample/. Ids and times
 * are fixed (a seeded sequence and a script clock), so running it again without changes gives the
 * same file; each id depends on every command before it, so add new parts at the end.
 */
export const SAMPLE_FILE = fileURLToPath(new URL('../resources/sample/riverside-county.cit.json', import.meta.url));

export function buildSample(): WorkspaceDocument {
  const sample = sampleBuilder({
    name: 'Riverside County CIT Coalition',
    community: 'Riverside County',
    timeZone: 'America/Chicago',
    start: '2026-09-02T14:00:00Z',
  });
  const organizations = addOrganizations(sample);
  const people = addPeople(sample, organizations);
  addOutreach(sample, people);
  const firstMeeting = addFirstMeeting(sample, people);
  const dispatchGroup = addWorkgroup(sample, people);
  const november = addSteeringCommittee(sample, people, firstMeeting);
  addPolicies(sample, people, organizations, { dispatchGroup, november });
  addRecognition(sample, people);
  addTraining(sample, people, organizations);
  addCommittee(sample, people, organizations, november);
  return WorkspaceDocument.parse(sample.doc);
}

/** Builds the sample, checks it reads back as a workspace, and writes it. */
export async function writeSample(target = SAMPLE_FILE): Promise<WorkspaceDocument> {
  const doc = buildSample();
  const text = serializeWorkspace(doc);
  parseWorkspaceText(text, target, { defaultTimeZone: 'America/Chicago' });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return doc;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const doc = await writeSample();
  console.log(
    `Wrote ${path.relative(process.cwd(), SAMPLE_FILE)}: ${doc.organizations.length} organizations, ${doc.stakeholders.length} people, ${doc.conversations.length} conversations, ${doc.meetings.length} meetings, ${doc.actionItems.length} action items, ${doc.workgroups.length} workgroup(s), ${doc.policies.length} policies, ${doc.recognitionEvents.length} recognition event(s).`,
  );
}
