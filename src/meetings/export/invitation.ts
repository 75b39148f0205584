import { isPlainEmailAddress } from '../../model/emailAddress';
import type { Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { whenWhere } from '../meetingFacts';
import { agendaText } from './calendar';

export interface Invitation {
  subject: string;
  body: string;
  /** A mailto: link addressed to the invitees, with the subject (and the body when it fits). */
  mailto: string;
  /** Invitees with no usable email address, to reach another way. */
  withoutEmail: number;
}

/**
 * Mail programs refuse or cut very long mailto links; past this the link carries the subject only
 * and the person pastes the body, which the screen offers to copy.
 */
const MAILTO_LIMIT = 1_800;

/**
 * The invitation, ready to paste into an email. The addresses go in Bcc: the coalition works with
 * every invitee and may write to them, but invitees should not see each other's addresses, and
 * someone who asked not to be named must not be revealed to the whole list.
 */
export function invitation(doc: WorkspaceDocument, meeting: Meeting): Invitation {
  const facts = whenWhere(meeting, doc.coalition.timeZone);
  const subject = `${meeting.status === 'cancelled' ? 'Cancelled: ' : 'Invitation: '}${meeting.title}, ${facts.day}`;
  const lines = [
    'Hello,',
    '',
    meeting.status === 'cancelled'
      ? `The ${meeting.title} planned for ${facts.day} has been cancelled. We will be in touch with a new date.`
      : `You are warmly invited to the ${meeting.title} of ${doc.coalition.name}.`,
    '',
    `When: ${facts.day}, ${facts.time}`,
    ...(facts.place ? [`Where: ${facts.place}`] : []),
    ...(facts.videoLink ? [`Join online: ${facts.videoLink}`] : []),
    ...(!facts.place && !facts.videoLink ? ['Where: to be announced'] : []),
    '',
  ];
  if (meeting.status !== 'cancelled') {
    lines.push(
      agendaText(doc, meeting),
      '',
      'Please reply to let us know whether you can attend. If you cannot, you are welcome to send someone in your place.',
      '',
    );
  }
  lines.push('With thanks,', doc.coalition.name);
  const body = lines.join('\n');

  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  const invitees = meeting.inviteeIds.map((id) => people.get(id)).filter((p) => p !== undefined);
  // Only plain addresses go in the link: an older saved address carrying "?attach=" or a second
  // recipient would make the mail program do more than address a message, and the link is refused.
  const emails = [...new Set(invitees.map((p) => p.email).filter(isPlainEmailAddress))];
  // No one in "To" (an empty address): invitees must not see each other's addresses.
  const bcc = emails.length ? `bcc=${emails.map(encodeURIComponent).join(',')}&` : '';
  const head = `mailto:?${bcc}subject=${encodeURIComponent(subject)}`;
  const full = `${head}&body=${encodeURIComponent(body)}`;
  return {
    subject,
    body,
    mailto: full.length <= MAILTO_LIMIT ? full : head,
    withoutEmail: invitees.length - invitees.filter((p) => isPlainEmailAddress(p.email)).length,
  };
}
