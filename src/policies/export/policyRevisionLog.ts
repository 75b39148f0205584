import type { FileChild } from 'docx';
import { Policy, PolicyKind, RevisionStatus, type PolicyRevision } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { adoptedRevision, currentRevision, revisionsByDate, statusDate } from '../currentRevision';
import { unsignedPartners, waitingOn } from '../waitingOn';
import { displayName } from '../../stakeholders';
import { dataTable, emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { tableDay } from '../../model/dateFormats';

/**
 * A policy's revision log, as the clerk hands it to partner agencies: what the policy is and who
 * signs it, every revision in date order with its status, review and decision, the signatures,
 * and then the text in force. It leaves the coalition, so people are named as the privacy rule
 * allows for a shared document.
 */
export async function policyRevisionLogDocx(doc: WorkspaceDocument, policy: Policy, today: string): Promise<Buffer> {
  const orgName = (id: string | null) => doc.organizations.find((o) => o.id === id)?.name ?? '';
  const workgroup = doc.workgroups.find((w) => w.id === policy.workgroupId);
  const inForce = adoptedRevision(policy);
  const current = currentRevision(policy);
  const waiting = waitingOn(policy, doc);
  const revisions = revisionsByDate(policy);

  const body: FileChild[] = [
    labelled('Kind', PolicyKind.labelOf(policy.kind)),
    labelled('Owning agency', orgName(policy.owningOrganizationId) || 'Not named'),
    labelled('Responsible workgroup', workgroup?.name ?? 'None'),
    labelled(
      'Partner agencies that sign',
      policy.partnerOrganizationIds.map(orgName).filter(Boolean).join(', ') || 'None',
    ),
    labelled(
      'In force',
      inForce
        ? `Version ${inForce.version}, adopted ${tableDay(statusDate(inForce, 'adopted') ?? inForce.date)}`
        : 'No version has been adopted yet',
    ),
    labelled('Waiting on', waiting.sentence),
    labelled('Log prepared', tableDay(today)),

    heading('Revision history'),
    revisions.length
      ? dataTable(
          [
            { header: 'Version', weight: 0.8 },
            { header: 'Dated', weight: 1.2 },
            { header: 'Status', weight: 1.9 },
            { header: 'What changed and why', weight: 3.0 },
            { header: 'Reviewed by', weight: 1.8 },
            { header: 'Decided at', weight: 1.5 },
          ],
          revisions.map((revision) => [
            revision.version,
            tableDay(revision.date),
            statusWithDates(revision),
            revision.summary || '—',
            reviewers(doc, revision),
            meetingLabel(doc, revision.meetingId),
          ]),
        )
      : emptyNote('No revisions have been recorded yet.'),

    heading('Signatures'),
    ...signatureSection(policy, revisions, waiting.revision?.id ?? null, orgName),

    heading('Current text'),
    ...currentText(current),
  ];

  return renderDocx({
    title: `Revision log: ${policy.title}`,
    coalitionName: doc.coalition.name,
    subtitle: doc.coalition.community || undefined,
    body,
  });
}

/** "Adopted by the agency, 3 Apr 2025", with the earlier steps beneath: the whole path in one cell. */
function statusWithDates(revision: PolicyRevision): string {
  const steps = revision.statusHistory.map(
    (change) => `${RevisionStatus.labelOf(change.status)}, ${tableDay(change.on)}`,
  );
  if (steps.length === 0) return RevisionStatus.labelOf(revision.status);
  // The current status first, then how it got there.
  const [last, ...earlier] = steps.reverse();
  return earlier.length ? `${last}\n(${earlier.reverse().join('; ')})` : (last as string);
}

function reviewers(doc: WorkspaceDocument, revision: PolicyRevision): string {
  if (revision.reviews.length === 0) return '—';
  return revision.reviews
    .map((review) => {
      const person = review.reviewerId ? doc.stakeholders.find((s) => s.id === review.reviewerId) : null;
      const name = person ? displayName(person, 'shared') : review.reviewerName || 'Unnamed reviewer';
      return `${name}, ${tableDay(review.on)}`;
    })
    .join('\n');
}

function meetingLabel(doc: WorkspaceDocument, meetingId: string | null): string {
  const meeting = meetingId ? doc.meetings.find((m) => m.id === meetingId) : null;
  return meeting ? `${meeting.title}, ${tableDay(meeting.date)}` : '—';
}

/**
 * Every signature recorded, newest revision first, with the partners still owing a signature on
 * the revision the policy is waiting on (not on older ones: those are settled history).
 */
function signatureSection(
  policy: Policy,
  revisions: PolicyRevision[],
  pendingId: string | null,
  orgName: (id: string) => string,
): FileChild[] {
  const rows: string[][] = [];
  for (const revision of [...revisions].reverse()) {
    if (revision.status === 'superseded' && revision.signatures.length === 0) continue;
    const signed = [...revision.signatures].sort((a, b) => a.signedOn.localeCompare(b.signedOn));
    for (const signature of signed) {
      rows.push([
        orgName(signature.organizationId) || 'An agency no longer listed',
        revision.version,
        tableDay(signature.signedOn),
        signature.signedBy || '—',
      ]);
    }
    if (revision.id === pendingId && (revision.status === 'approved' || revision.status === 'adopted')) {
      for (const id of unsignedPartners(policy, revision))
        rows.push([orgName(id), revision.version, 'Not yet signed', '']);
    }
  }
  if (rows.length === 0) {
    return [
      emptyNote(
        policy.partnerOrganizationIds.length
          ? 'No signatures yet. Partners sign once the committee has approved a revision.'
          : 'No partner agencies are named to sign this policy.',
      ),
    ];
  }
  return [
    dataTable(
      [
        { header: 'Agency', weight: 3 },
        { header: 'Version', weight: 1 },
        { header: 'Signed', weight: 1.6 },
        { header: 'Signed by', weight: 2.6 },
      ],
      rows,
    ),
  ];
}

function currentText(revision: PolicyRevision | null): FileChild[] {
  if (!revision) return [emptyNote('No revision has been recorded yet.')];
  const adopted = revision.status === 'adopted';
  const intro = adopted
    ? `Version ${revision.version}, in force since ${tableDay(statusDate(revision, 'adopted') ?? revision.date)}.`
    : `Version ${revision.version} (${RevisionStatus.labelOf(revision.status).toLowerCase()}). No version has been adopted yet, so this is the latest wording.`;
  const out: FileChild[] = [paragraph(intro, { italics: true })];
  if (!revision.text.trim()) {
    out.push(emptyNote(`The full text of version ${revision.version} is not kept in the workspace.`));
    return out;
  }
  // One paragraph per line, as typed: numbered clauses and headings stay on their own lines,
  // and blank lines become the space between paragraphs rather than empty paragraphs.
  const lines = revision.text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const followedByBlank = (lines[index + 1] ?? '').trim() === '';
    out.push(paragraph(line, { spaceAfter: followedByBlank ? 160 : 40 }));
  });
  return out;
}
