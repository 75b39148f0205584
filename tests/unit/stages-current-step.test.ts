import { describe, expect, it } from 'vitest';
import { PROGRAM } from '../../src/stages/definitions';
import { nextSteps } from '../../src/stages/nextSteps';
import { TestCoalition } from '../support/fixtures/stages-fixture';

/** Which step the coalition is in, and where its next steps come from. */

const itemsOf = (stepIndex: number) => PROGRAM[stepIndex]!.stages.flatMap((s) => s.items.map((i) => i.id));

describe('the step the coalition is in', () => {
  it('moves to Step Two once every Step One item is done or does not apply, and next steps follow it', () => {
    const c = new TestCoalition();
    for (const id of itemsOf(0)) c.mark(id, 'done', 'Before we used the app');
    const p = c.progress();
    expect(p.currentStep.id).toBe('step-two');
    expect(p.currentStage?.id).toBe('system');
    const steps = nextSteps(p, 10);
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((s) => s.stageId))).not.toContain('learn');
    for (const step of steps) expect(itemsOf(1)).toContain(step.itemId);
  });

  it('has moved on from a step three in four done once work on the next has begun, but not before', () => {
    const c = new TestCoalition();
    const stepOne = itemsOf(0);
    const mostly = stepOne.slice(0, Math.ceil(stepOne.length * 0.75));
    for (const id of mostly) c.mark(id, 'done', 'Done');
    expect(c.progress().currentStep.id).toBe('step-one');
    c.mark('system.map-together', 'done', 'Mapped it on a whiteboard in March');
    expect(c.progress().currentStep.id).toBe('step-two');
  });

  it('stays in Step One with less than three in four done, even when later work has begun', () => {
    const c = new TestCoalition();
    const stepOne = itemsOf(0);
    for (const id of stepOne.slice(0, Math.floor(stepOne.length * 0.75) - 1)) c.mark(id, 'done', 'Done');
    c.mark('system.map-together', 'done', 'Mapped it');
    expect(c.progress().currentStep.id).toBe('step-one');
  });

  it('is the last step when everything is done, with no current stage', () => {
    const c = new TestCoalition();
    for (const id of PROGRAM.flatMap((_, i) => itemsOf(i))) c.mark(id, 'done', 'Done');
    const p = c.progress();
    expect(p.currentStep.id).toBe('step-three');
    expect(p.currentStage).toBeNull();
  });

  it('keeps a tick made on the former "Build the program" track', () => {
    const c = new TestCoalition();
    c.mark('training.first-course', 'done', 'Our first class graduated in May');
    c.mark('data.review', 'done', 'Reviewed in the annual meeting');
    expect(c.item('training.first-course')).toMatchObject({ stepId: 'step-two', stageId: 'training', status: 'done', source: 'override' });
    expect(c.item('data.review')).toMatchObject({ stepId: 'step-three', stageId: 'improve', status: 'done' });
  });
});

describe('"Keep the steering committee meeting"', () => {
  it('is done only while a committee meeting was held in the last 120 days', () => {
    const c = new TestCoalition();
    expect(c.item('sustain.meets-regularly')).toMatchObject({ status: 'not-started' });
    expect(c.item('sustain.meets-regularly').derived?.evidence).toBe('No steering committee meeting held yet. None is planned.');
    const old = c.meeting('Spring committee', { kind: 'steering-committee', date: '2025-03-04' });
    c.held(old);
    expect(c.item('sustain.meets-regularly')).toMatchObject({ status: 'not-started' });
    expect(c.item('sustain.meets-regularly').derived?.evidence).toBe('The last steering committee meeting was held on 4 Mar 2025. None is planned.');
    c.meeting('Winter committee', { kind: 'steering-committee', date: '2025-12-02' });
    expect(c.item('sustain.meets-regularly')).toMatchObject({ status: 'in-progress' });
    const recent = c.meeting('Summer committee', { kind: 'steering-committee', date: '2025-07-01' });
    c.held(recent);
    expect(c.item('sustain.meets-regularly')).toMatchObject({ status: 'done' });
    expect(c.item('sustain.meets-regularly').derived?.evidence).toBe('One steering committee meeting held since 22 Jun 2025, the latest on 1 Jul 2025.');
  });
});
