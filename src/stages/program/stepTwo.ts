import { GROUPS } from '../partnerGroups';
import type { StepDefinition } from '../types';

/**
 * NAMI's second step: with the partnership formed, look hard at how a crisis is answered today,
 * change the policies behind it, plan how to measure the program, and train first responders.
 *
 * The policies, data and training items were once the "Next: Build the program" track: their
 * ids are kept, so the ticks people made there still count.
 */
export const STEP_TWO: StepDefinition = {
  id: 'step-two',
  short: 'Step Two',
  title: 'Step Two: Create change',
  summary: 'See how a crisis is answered today, find the gaps with the partners, and change what needs changing.',
  stages: [
    {
      id: 'system',
      title: 'Map the crisis system',
      summary: 'Follow a person in crisis through every place they meet the system, and note where it lets them down.',
      items: [
        {
          id: 'system.map-together',
          title: 'Map the local crisis system with the partners',
          guidance:
            'Set aside a meeting, or a workgroup, where officers, dispatchers, clinicians, hospital staff, advocates and people with lived experience describe what happens today. A whiteboard and an honest hour are enough to start.',
          action: 'schedule-meeting',
        },
        {
          id: 'system.points',
          title: 'Walk through each point where a person in crisis meets the system',
          guidance:
            'Take them in order: the call to 911 and dispatch, the officer on scene, the hospital or crisis centre, jail, the courts, and the return home. For each, ask who is involved, what they can do, and what goes wrong.',
        },
        {
          id: 'system.receiving-facility',
          title: 'Agree where officers can take a person in crisis',
          guidance:
            'An officer needs somewhere to bring a person that accepts them quickly, at any hour. Name the hospital or crisis centre, and agree how the hand-over works so the officer is back on patrol soon.',
          rule: { kind: 'directory', need: 'receiving-facility' },
          action: 'open-directory',
        },
        {
          id: 'system.gaps',
          title: 'Write down the gaps you found',
          guidance:
            'A short list is enough: services that are missing, closed at night, full, or unable to serve some people. It guides the policies, the training and what the coalition asks for.',
          rule: { kind: 'directory', need: 'gaps' },
          action: 'open-directory',
        },
      ],
    },
    {
      id: 'policies',
      title: 'Review and write policies',
      summary: 'Agreed ways of working, at every level, that support people in a mental health crisis.',
      items: [
        {
          id: 'policies.review',
          title: 'Review the partners’ policies on communication, cooperation and transport',
          guidance:
            'Gather what police, hospitals and mental health agencies follow today when a person in crisis is involved: how they share information, how they work together, and who takes a person where. Add each policy and draft what should change.',
          rule: { kind: 'policies', policyKinds: ['agency-policy', 'sop', 'dispatch-protocol'] },
          action: 'add-policy',
        },
        {
          id: 'policies.crisis-policy',
          title: 'Adopt a policy or procedure for mental health crisis calls',
          guidance: 'Work with each law enforcement partner on how officers respond, when they call on mental health professionals, and where people are taken.',
          rule: { kind: 'policies', policyKinds: ['agency-policy', 'sop'], need: 'adopted' },
          action: 'add-policy',
        },
        {
          id: 'policies.dispatch-protocol',
          title: 'Adopt a dispatch protocol for crisis calls',
          guidance: 'Dispatchers decide who goes. Agree the questions they ask and when they send a CIT officer or a mental health team.',
          rule: { kind: 'policies', policyKinds: ['dispatch-protocol'], need: 'adopted' },
          action: 'add-policy',
        },
        {
          id: 'policies.agreement',
          title: 'Put the partnership in a signed memorandum of agreement',
          guidance: 'A signed agreement says what each partner commits to and outlasts changes of staff.',
          rule: { kind: 'policies', policyKinds: ['moa'], need: 'adopted' },
          action: 'add-policy',
        },
        {
          id: 'policies.clinician-lead',
          title: 'Agree when mental health professionals lead the response',
          guidance:
            'In best practice, clinicians lead when it is safe, with officers as back-up; officers lead when safety is at risk, with clinicians advising. Each keeps its own role and boundaries.',
        },
        {
          id: 'policies.privacy-check',
          title: 'Check new agreements against health privacy rules',
          guidance:
            'Before partners share information about a person, have someone who knows the health privacy rules for law enforcement read the agreement. Note who checked it and when.',
        },
      ],
    },
    {
      id: 'data',
      title: 'Plan how to measure the program',
      summary: 'Decide what to count, who counts it, and start counting, so you can show whether the program works.',
      items: [
        {
          id: 'data.workgroup',
          title: 'Set up a data workgroup',
          guidance: 'A few people from law enforcement, dispatch and mental health who can reach their agencies’ records.',
          rule: { kind: 'workgroups', focus: ['data'] },
          action: 'add-workgroup',
        },
        {
          id: 'data.sharing-agreement',
          title: 'Adopt an agreement on how partners share data',
          guidance: 'A data-sharing agreement says what is shared, how it is protected, and who may see it.',
          rule: { kind: 'policies', policyKinds: ['data-sharing'], need: 'adopted' },
          action: 'add-policy',
        },
        {
          id: 'data.measures',
          title: 'Decide what to track',
          guidance:
            'Jails, hospitals, agencies and police already count a good deal. Choose a few figures you can collect every quarter, such as crisis calls, people taken to care rather than jail, use of force and injuries. A nearby university may help design the plan.',
        },
        {
          id: 'data.first-quarter',
          title: 'Collect the first quarter of figures',
          guidance: 'Ask each law enforcement partner for one quarter’s numbers. A first, rough quarter shows where the records are thin.',
          rule: { kind: 'program-data' },
          action: 'enter-program-data',
        },
      ],
    },
    {
      id: 'training',
      title: 'Train first responders',
      summary: 'An initial 40-hour course, then ongoing training shaped by what your area needs, for officers, dispatch and EMS.',
      items: [
        {
          id: 'training.dispatch-ems',
          title: 'Bring dispatch and EMS into the program',
          guidance: 'Dispatchers and paramedics meet people in crisis too. Invite their agencies to commit and to send people to training.',
          rule: { kind: 'partners-engaged', groups: [GROUPS.dispatch, GROUPS.ems] },
          action: 'add-stakeholder',
        },
        {
          id: 'training.trainers',
          title: 'Line up trainers',
          guidance: 'Include mental health professionals, experienced CIT officers, and people with lived experience and their families. Give each the trainer role.',
          rule: { kind: 'roles', roles: ['trainer'] },
          action: 'add-stakeholder',
        },
        {
          id: 'training.first-course',
          title: 'Hold the first 40-hour course',
          guidance: 'Plan the week with your training workgroup: classroom sessions, site visits to local services, and role play.',
          rule: { kind: 'training', courseKinds: ['cit-40'] },
          action: 'plan-class',
        },
        {
          id: 'training.dispatch-course',
          title: 'Train call-takers and dispatchers',
          guidance:
            'A shorter course helps call-takers recognise a mental health call, ask the right questions and send a CIT officer. Dispatch also needs each shift’s list of trained officers.',
          rule: { kind: 'training', courseKinds: ['dispatch'] },
          action: 'plan-class',
        },
        {
          id: 'training.ongoing',
          title: 'Plan ongoing training',
          guidance: 'Refresher sessions keep skills and local resource lists current, and bring in what your data shows.',
          rule: { kind: 'training', courseKinds: ['in-service', 'advanced'] },
          action: 'plan-class',
        },
        {
          id: 'training.coverage',
          title: 'Train enough officers to cover every shift',
          guidance:
            'A common aim is a quarter of patrol officers in a large agency, and a larger share in a small one, so a trained officer is on duty at any hour. Set each agency’s aim on the Training page.',
          rule: { kind: 'training-coverage' },
          action: 'plan-class',
        },
      ],
    },
  ],
};
