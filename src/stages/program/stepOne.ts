import { GROUPS } from '../partnerGroups';
import type { StepDefinition } from '../types';

/** NAMI's first step: find allies, bring them to one table, and make the partnership formal. */
export const STEP_ONE: StepDefinition = {
  id: 'step-one',
  short: 'Step One',
  title: 'Step One: Build partnerships',
  summary: 'Lasting partnerships come first, well before anyone plans a training course.',
  stages: [
    {
      id: 'learn',
      title: 'Learn about CIT',
      summary: 'Know what CIT is, who takes part, and who near you has done it before you ask anyone to join.',
      items: [
        {
          id: 'learn.history',
          title: 'Learn where CIT came from and what its core elements are',
          guidance:
            'Read about the Memphis model, the version of CIT that has been studied most, and the parts every full program has: partnerships, policies, data, training for first responders and recognition.',
        },
        {
          id: 'learn.partner-roles',
          title: 'Understand what each partner brings',
          guidance:
            'Find out what advocates, officers, clinicians and hospitals each contribute to a working program, and what each of them needs from it.',
        },
        {
          id: 'learn.nearby-program',
          title: 'Find a CIT program near you to learn from',
          guidance:
            'The University of Memphis CIT Center keeps a directory of programs. Choose one close by and ask whether someone there will tell you how they got started. Add that contact as a stakeholder.',
          action: 'add-stakeholder',
        },
        {
          id: 'learn.state-nami',
          title: 'Contact your state NAMI organization',
          guidance: 'Ask whether there is a statewide or regional CIT effort you could join or learn from.',
          action: 'log-conversation',
        },
      ],
    },
    {
      id: 'coalition',
      title: 'Foster a coalition of support',
      summary: 'Find allies: sit down with the people a crisis response depends on, listen first, and find what you agree on.',
      items: [
        {
          id: 'coalition.talk-law-enforcement',
          title: 'Talk with law enforcement',
          guidance:
            'Meet officers, deputies or a chief. Ask how mental health crisis calls go today and what would help them. Log each conversation on the person’s stakeholder page.',
          rule: { kind: 'conversations', with: GROUPS.lawEnforcement },
          blocking: 'A CIT program cannot start without a law enforcement partner.',
          action: 'log-conversation',
        },
        {
          id: 'coalition.talk-mental-health',
          title: 'Talk with mental health professionals',
          guidance:
            'Reach clinicians and crisis services. Providers can be strong champions and can lead the response to a crisis when it is safe to.',
          rule: { kind: 'conversations', with: GROUPS.mentalHealth },
          action: 'log-conversation',
        },
        {
          id: 'coalition.talk-nami',
          title: 'Talk with your local or state NAMI',
          guidance: 'NAMI affiliates know families’ experience of crises and often help run CIT programs.',
          rule: { kind: 'conversations', with: GROUPS.nami },
          action: 'log-conversation',
        },
        {
          id: 'coalition.talk-lived-experience',
          title: 'Talk with people living with mental illness',
          guidance:
            'They know what a crisis response is like from the inside. Ask what helped, what hurt, and what they would change. Record only what they are comfortable sharing.',
          rule: { kind: 'conversations', with: GROUPS.livedExperience },
          action: 'log-conversation',
        },
        {
          id: 'coalition.convener',
          title: 'If people will not come to the table, find an influential convener',
          guidance:
            'A judge, an elected official or another respected person with a connection to mental health can bring reluctant partners together. Give them the convener role on their stakeholder page. If everyone is already coming, mark this as not needed.',
          rule: { kind: 'roles', roles: ['convener'] },
          action: 'add-stakeholder',
        },
        {
          id: 'coalition.lived-experience-every-step',
          title: 'Involve people with lived experience at every stage',
          guidance:
            'Invite people with lived experience to every meeting, not only the first. They can say what your community needs and tell you how the plans look to them. Record their attendance in each meeting.',
          rule: { kind: 'lived-experience-attendance' },
          blocking: 'No one with lived experience is taking part yet, and every step should include them.',
          action: 'add-stakeholder',
        },
        {
          id: 'coalition.first-meeting',
          title: 'Bring the stakeholders together for a first meeting',
          guidance: 'Once several partners are interested, invite them to one table to share what each has heard and agree to keep going.',
          rule: { kind: 'meetings', meetingKinds: ['first-convening'] },
          action: 'schedule-meeting',
        },
      ],
    },
    {
      id: 'partnership',
      title: 'Create a formal community partnership',
      summary: 'Make the work formal: a steering committee that brings leadership, commitment and resources to the effort.',
      items: [
        {
          id: 'partnership.steering-committee',
          title: 'Form a steering committee',
          guidance:
            'Invite leaders of local mental health organizations and law enforcement agencies, your NAMI affiliate and other respected community figures to serve. Set each member’s stage to “Steering committee member” on their stakeholder page.',
          rule: {
            kind: 'steering-committee',
            groups: [GROUPS.mentalHealth, GROUPS.lawEnforcement, GROUPS.nami, GROUPS.communityLeaders],
          },
          action: 'add-stakeholder',
        },
        {
          id: 'partnership.chair-coordinator',
          title: 'Name a steering committee chair and a CIT coordinator',
          guidance: 'Give each the role on their stakeholder page. The chair runs the committee; the coordinator keeps the program moving day to day.',
          rule: { kind: 'roles', roles: ['chair', 'coordinator'] },
          action: 'add-stakeholder',
        },
        {
          id: 'partnership.coordinator-training',
          title: 'Send the chair and coordinator to coordinator training',
          guidance: 'CIT International offers a course that certifies CIT coordinators. Note who went and when.',
        },
        {
          id: 'partnership.workgroups',
          title: 'Set up workgroups for particular problems',
          guidance: 'Small groups that take on one problem each (policies, training, data, resources) move faster than the full committee.',
          rule: { kind: 'workgroups' },
          action: 'add-workgroup',
        },
        {
          id: 'partnership.site-visit',
          title: 'Visit another CIT program',
          guidance: 'See how partners work together elsewhere. Schedule it as a meeting of the kind “Visit to another CIT program”.',
          rule: { kind: 'meetings', meetingKinds: ['site-visit'] },
          action: 'schedule-meeting',
        },
        {
          id: 'partnership.revise-policies',
          title: 'Start revising policies',
          guidance: 'The committee’s first work includes the policies partner agencies follow in a crisis. Add each policy and draft its revisions.',
          rule: { kind: 'policies' },
          action: 'add-policy',
        },
        {
          id: 'partnership.gather-data',
          title: 'Collect figures on mental health crises locally',
          guidance: 'Ask partners what they already count: crisis calls, emergency visits, arrests, time officers spend on calls. A rough picture is enough to start.',
        },
        {
          id: 'partnership.advocate-services',
          title: 'Advocate for more mental health services',
          guidance: 'Use what partners have learned about gaps to press for crisis beds, mobile teams and other services your community lacks.',
        },
        {
          id: 'partnership.plan-training',
          title: 'Start planning officer training',
          guidance: 'Set up a training workgroup to plan the first course with law enforcement and mental health partners.',
          rule: { kind: 'workgroups', focus: ['training'] },
          action: 'add-workgroup',
        },
      ],
    },
  ],
};
