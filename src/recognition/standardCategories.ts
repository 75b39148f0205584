import { DEFAULT_WORD_LIMIT } from './model';

/**
 * The awards CIT programs commonly give, offered as a starting set for a new event. Each one
 * honours a different partner on the front line, because celebrating the whole partnership (not
 * only law enforcement) is part of what keeps it together. Coordinators rename, reword or remove
 * them freely; nothing depends on these names.
 */
export const STANDARD_CATEGORIES: ReadonlyArray<{ name: string; criteria: string; wordLimit: number }> = [
  {
    name: 'CIT Officer of the Year',
    criteria:
      'A CIT-trained officer or deputy whose calm, patient response to a person in a mental health crisis kept everyone safe and connected the person with care instead of jail.',
  },
  {
    name: 'Dispatcher / 911 of the Year',
    criteria:
      'A call-taker or dispatcher who recognized a mental health crisis on the line, gathered what responders needed to know, and sent a CIT-trained response.',
  },
  {
    name: 'Mental Health Professional of the Year',
    criteria:
      'A clinician or crisis worker who partnered with first responders in the field or at a receiving facility and made the hand-off to treatment work.',
  },
  {
    name: 'Advocate of the Year',
    criteria:
      'A NAMI member, family member or community advocate whose work brought partners to the table, trained responders or changed a policy for the better.',
  },
  {
    name: 'Lived Experience Award',
    criteria:
      'A peer with lived experience of mental illness who shared their story with trainees or the coalition and shaped how the community responds to crises.',
  },
  {
    name: 'Coordinator of the Year',
    criteria:
      'A CIT coordinator who kept the program running: organized trainings, kept agencies in touch and made sure the partners’ work was seen.',
  },
  {
    name: 'Intervention of the Year',
    criteria:
      'One crisis response, by one or more people, that shows CIT at its best: de-escalation, respect for the person, and a connection to lasting care.',
  },
].map((category) => ({ ...category, wordLimit: DEFAULT_WORD_LIMIT }));
