import type { StepDefinition } from '../types';

/**
 * NAMI's third step: keep the program alive for years. Committees that stop meeting, funding
 * that runs out and trained officers who move on are how programs fade, so this step is about
 * habits rather than milestones.
 *
 * `data.review` and the recognition items were once in the "Next: Build the program" track; an
 * id keeps the name of the stage it started in, so the ticks people made there still count.
 */
export const STEP_THREE: StepDefinition = {
  id: 'step-three',
  short: 'Step Three',
  title: 'Step Three: Sustain the program',
  summary: 'Keep the partners at the table, keep the money and the training coming, and learn from the results.',
  stages: [
    {
      id: 'sustain',
      title: 'Keep the committee going',
      summary: 'A committee that meets, briefs its leaders and plans its money outlasts the people who started it.',
      items: [
        {
          id: 'sustain.meets-regularly',
          title: 'Keep the steering committee meeting',
          guidance: 'Meet at least every three months to plan classes, look at the figures and hear from officers and families. Schedule the next one before this one ends.',
          rule: { kind: 'recent-meetings', meetingKinds: ['steering-committee'], withinDays: 120 },
          action: 'schedule-meeting',
        },
        {
          id: 'sustain.brief-leaders',
          title: 'Brief elected and agency leaders',
          guidance: 'Tell council members, commissioners, the sheriff and agency heads what the program has done and what it needs, at least once a year.',
        },
        {
          id: 'sustain.funding-plan',
          title: 'Make a funding plan',
          guidance: 'Cover the cost of training (instructors, rooms, overtime for officers in class) and a paid coordinator. Note where each part of the money comes from and when it ends.',
        },
      ],
    },
    {
      id: 'improve',
      title: 'Learn and improve',
      summary: 'Look at the results and at what officers and families say, and change the program to fit.',
      items: [
        {
          id: 'data.review',
          title: 'Review the results together and act on them',
          guidance: 'Bring the numbers to the steering committee at least once a year and decide what to change.',
          action: 'schedule-meeting',
        },
        {
          id: 'improve.keep-training',
          title: 'Keep classes going as officers move on',
          guidance: 'Officers retire, transfer and change shifts. Hold a course every year, and refresher training at least every two years.',
          rule: { kind: 'training', courseKinds: ['cit-40', 'in-service'], withinDays: 365 },
          action: 'plan-class',
        },
      ],
    },
    {
      id: 'recognition',
      title: 'Recognition',
      summary: 'Celebrate the work of partners on the front lines and of the community members behind it.',
      items: [
        {
          id: 'recognition.plan',
          title: 'Plan a recognition event',
          guidance: 'Choose a date and categories, and invite nominations from all partners.',
          rule: { kind: 'recognition', need: 'planned' },
          action: 'plan-recognition',
        },
        {
          id: 'recognition.held',
          title: 'Celebrate the partners’ work',
          guidance: 'Hold the event and honour officers, clinicians, dispatchers and community members for what they have done.',
          rule: { kind: 'recognition', need: 'held' },
          action: 'plan-recognition',
        },
      ],
    },
    {
      id: 'outreach',
      title: 'Share and speak up',
      summary: 'Pass on what you have learned, and press for the services your community still lacks.',
      items: [
        {
          id: 'outreach.neighbours',
          title: 'Help a neighbouring community start its own program',
          guidance: 'Invite their partners to a class or a committee meeting, and share your policies and agreements.',
        },
        {
          id: 'outreach.advocacy',
          title: 'Advocate for the services the map showed missing',
          guidance: 'Housing, treatment for substance use and crisis care are common gaps. Bring the figures and the partners’ voices to those who fund them.',
        },
      ],
    },
  ],
};
