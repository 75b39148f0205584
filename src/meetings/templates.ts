import type { AgendaPurpose, MeetingKind } from './model';

/**
 * Agendas a new meeting can start from. The text is the app's own: a plain walk through what a
 * convener or chair needs to cover, with a suggested time for each item. Everything can be
 * edited once applied.
 */
export interface TemplateItem {
  title: string;
  timeboxMinutes: number;
  purpose: AgendaPurpose;
  description: string;
}

export interface AgendaTemplate {
  id: string;
  name: string;
  /** One sentence for the template picker. */
  summary: string;
  /** The kind of meeting it suits; offered first for those meetings. */
  kinds: MeetingKind[];
  durationMinutes: number;
  sections: { title: string; items: TemplateItem[] }[];
}

/** The title of the standing item under which open action items are reviewed. */
export const ACTION_REVIEW_TITLE = 'Review of action items';
/** The section that receives items carried forward from an earlier meeting. */
export const CARRIED_SECTION_TITLE = 'Unfinished business';

const item = (title: string, timeboxMinutes: number, purpose: AgendaPurpose, description = ''): TemplateItem => ({
  title,
  timeboxMinutes,
  purpose,
  description,
});

export const AGENDA_TEMPLATES: readonly AgendaTemplate[] = [
  {
    id: 'first-stakeholder-meeting',
    name: 'First stakeholder meeting',
    summary:
      'For the first time the partners sit down together: who is here, why CIT, what each can offer, and what happens next.',
    kinds: ['first-convening'],
    durationMinutes: 90,
    sections: [
      {
        title: 'Welcome',
        items: [
          item(
            'Welcome and why we asked you here',
            5,
            'information',
            'Thank people for coming. In two or three sentences, say what today is for: to find out whether this community wants a Crisis Intervention Team program, and who would help build one. Nobody is being asked to commit yet.',
          ),
          item(
            'Introductions around the table',
            10,
            'information',
            'Each person: name, agency or connection to mental health, and what brought them here today. Make room for people with lived experience and family members to speak in their own words, and for anyone to pass.',
          ),
        ],
      },
      {
        title: 'Why CIT',
        items: [
          item(
            'What a CIT program is (and is not)',
            15,
            'information',
            'CIT is a community partnership first and a police training second. It aims at safer crisis calls for everyone involved, faster connections to mental health care, calling on officers only when safety or a crime requires it, and less trauma for the person in crisis. Officer, dispatcher and EMS training comes later, once the partners are in place.',
          ),
          item(
            'How crisis calls are handled here today',
            15,
            'discussion',
            'What happens now when someone calls 911 about a mental health crisis? Where does the person end up? What works well, and where do people fall through the cracks?',
          ),
        ],
      },
      {
        title: 'What each partner brings',
        items: [
          item(
            'What each partner can bring',
            20,
            'discussion',
            'Go around the table: what could your agency or group offer (people, a crisis line, a place to take someone, data, training space, the voice of families), and what would you need from the others?',
          ),
          item(
            'Common ground and concerns',
            10,
            'discussion',
            'Name what everyone seems to agree on, and write down the worries raised so they can be answered at a later meeting.',
          ),
        ],
      },
      {
        title: 'Next steps',
        items: [
          item(
            'Who is missing from the table',
            5,
            'discussion',
            'Which partners are not here yet: dispatch, hospitals, courts, peers, elected officials? Who will reach out to them?',
          ),
          item(
            'Forming a steering committee',
            5,
            'decision',
            'Agree whether to form a steering committee to lead the work, and how a chair and a CIT coordinator will be chosen.',
          ),
          item(
            'Action items and next meeting',
            5,
            'decision',
            'Read back who will do what, by when, and set the date and place of the next meeting.',
          ),
        ],
      },
    ],
  },
  {
    id: 'steering-committee',
    name: 'Steering committee',
    summary: 'A regular business meeting: minutes, action items, workgroup and coordinator reports, decisions.',
    kinds: ['steering-committee'],
    durationMinutes: 60,
    sections: [
      {
        title: 'Opening',
        items: [
          item(
            'Call to order and introductions',
            5,
            'information',
            'Confirm who is present and whether there is a quorum.',
          ),
          item('Approval of the previous minutes', 5, 'decision'),
          item(
            ACTION_REVIEW_TITLE,
            10,
            'discussion',
            'Each owner gives a one-line update: done, in progress, stuck, or no longer needed.',
          ),
        ],
      },
      {
        title: 'Reports',
        items: [
          item(
            'Workgroup reports',
            15,
            'information',
            'Each workgroup lead: progress since the last meeting and anything the committee needs to decide.',
          ),
          item(
            'CIT coordinator report',
            10,
            'information',
            'Training dates and seats, crisis-call data, and news from partner agencies.',
          ),
        ],
      },
      {
        title: 'Business',
        items: [item('Decisions and new business', 10, 'decision')],
      },
      {
        title: 'Closing',
        items: [item('Announcements and next meeting', 5, 'information')],
      },
    ],
  },
  {
    id: 'workgroup',
    name: 'Workgroup',
    summary: 'A working session of a workgroup, ending with what to bring back to the steering committee.',
    kinds: ['workgroup'],
    durationMinutes: 60,
    sections: [
      {
        title: 'Opening',
        items: [item('Check-in', 5, 'information'), item(ACTION_REVIEW_TITLE, 10, 'discussion')],
      },
      {
        title: 'Work session',
        items: [
          item('Work on the workgroup’s charge', 35, 'discussion', 'The draft, data or plan the group is building.'),
        ],
      },
      {
        title: 'Closing',
        items: [
          item('What to bring to the steering committee', 5, 'decision'),
          item('Next steps and next meeting', 5, 'information'),
        ],
      },
    ],
  },
  {
    id: 'site-visit',
    name: 'Visit to another CIT program',
    summary: 'A day with an established program to see how its partners work together.',
    kinds: ['site-visit'],
    durationMinutes: 180,
    sections: [
      {
        title: 'With our hosts',
        items: [
          item('Welcome and introductions from the host program', 15, 'information'),
          item('How their partnership began and who leads it', 30, 'discussion'),
          item(
            'A crisis call from dispatch to care',
            45,
            'discussion',
            'Follow one call: who answers, who goes, where the person is taken, and how the partners talk afterwards.',
          ),
          item('Tour of the crisis or receiving facility', 45, 'information'),
        ],
      },
      {
        title: 'Bringing it home',
        items: [
          item('Questions and lessons to take back', 30, 'discussion'),
          item('Thanks and follow-up', 15, 'information'),
        ],
      },
    ],
  },
  {
    id: 'community-forum',
    name: 'Community forum',
    summary: 'An open meeting to hear the community and explain what a CIT program could mean locally.',
    kinds: ['community-forum'],
    durationMinutes: 90,
    sections: [
      {
        title: 'Opening',
        items: [
          item(
            'Welcome and ground rules',
            10,
            'information',
            'Everyone may speak; no one has to share more than they wish; stories stay in the room.',
          ),
        ],
      },
      {
        title: 'Listening',
        items: [
          item('What CIT could mean for our community', 15, 'information'),
          item(
            'Experiences of crisis response',
            40,
            'discussion',
            'People with lived experience, families, officers and providers describe what crisis response has been like for them.',
          ),
          item('Questions and answers', 15, 'discussion'),
        ],
      },
      {
        title: 'Closing',
        items: [item('How to get involved', 10, 'information')],
      },
    ],
  },
];

export function findTemplate(id: string): AgendaTemplate | undefined {
  return AGENDA_TEMPLATES.find((t) => t.id === id);
}

/** Templates in the order to offer them for a kind of meeting: the matching ones first. */
export function templatesFor(kind: MeetingKind): AgendaTemplate[] {
  return [...AGENDA_TEMPLATES].sort((a, b) => Number(b.kinds.includes(kind)) - Number(a.kinds.includes(kind)));
}
