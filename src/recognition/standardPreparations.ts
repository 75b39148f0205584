/**
 * The usual preparations for a recognition event, offered as a starting checklist. Each becomes
 * an action item (source: this event) so it has an owner and due date and appears with every
 * other task; `daysBefore` suggests a due date counted back from the event.
 */
export const STANDARD_PREPARATIONS: ReadonlyArray<{ title: string; daysBefore: number }> = [
  { title: 'Book the venue', daysBefore: 60 },
  { title: 'Send invitations', daysBefore: 30 },
  { title: 'Write and send the press release', daysBefore: 7 },
  { title: 'Print certificates', daysBefore: 5 },
  { title: 'Print the program', daysBefore: 3 },
];
