import { describe, expect, it } from 'vitest';
import { ALL_ITEMS, PROGRAM } from '../../src/stages/definitions';
import { nextSteps } from '../../src/stages/nextSteps';
import { percentDone } from '../../src/stages/progress';
import { TestCoalition } from '../support/fixtures/stages-fixture';

const STEP_ONE_ITEMS = PROGRAM[0]!.stages.flatMap((s) => s.items).length;

describe('progress through the stages', () => {
  it('starts at "Learn about CIT" with nothing done', () => {
    const p = new TestCoalition().progress();
    expect(p.currentStep).toMatchObject({ id: 'step-one', done: 0, applicable: STEP_ONE_ITEMS, percent: 0, complete: false });
    expect(p.currentStage?.id).toBe('learn');
    expect(p.steps.map((s) => s.id)).toEqual(['step-one', 'step-two', 'step-three']);
  });

  it('moves the current stage on once every item of a stage is done or does not apply', () => {
    const c = new TestCoalition();
    c.mark('learn.history', 'done');
    c.mark('learn.partner-roles', 'done');
    c.mark('learn.nearby-program', 'done');
    expect(c.progress().currentStage?.id).toBe('learn');
    c.mark('learn.state-nami', 'not-applicable', 'Our state has no NAMI organization');
    const p = c.progress();
    expect(p.steps[0]!.stages[0]).toMatchObject({ id: 'learn', done: 3, applicable: 3, percent: 100, complete: true });
    expect(p.currentStage?.id).toBe('coalition');
    expect(p.currentStep).toMatchObject({ id: 'step-one', done: 3, applicable: STEP_ONE_ITEMS - 1 });
  });

  it('never shows 100% before everything is done', () => {
    const c = new TestCoalition();
    const all = PROGRAM[0]!.stages[2]!.items;
    for (const item of all.slice(1)) c.mark(item.id, 'done', 'Done outside the app');
    expect(c.progress().steps[0]!.stages[2]).toMatchObject({ done: all.length - 1, applicable: all.length, percent: Math.round(((all.length - 1) / all.length) * 100) });
    expect(percentDone(199, 200)).toBe(99);
    expect(percentDone(200, 200)).toBe(100);
    expect(percentDone(0, 0)).toBe(100);
  });

  it('reports every item of the definitions once, in order', () => {
    const p = new TestCoalition().progress();
    expect(p.steps.flatMap((s) => s.stages).flatMap((s) => s.items).map((i) => i.id)).toEqual(ALL_ITEMS.map((l) => l.item.id));
  });
});

describe('next steps', () => {
  it('for a new coalition: the blocking gaps first (law enforcement, lived experience), then the first stage', () => {
    const steps = nextSteps(new TestCoalition().progress());
    expect(steps.map((s) => s.itemId)).toEqual(['coalition.talk-law-enforcement', 'coalition.lived-experience-every-step', 'learn.history']);
    expect(steps[0]).toMatchObject({ blocking: true, why: 'A CIT program cannot start without a law enforcement partner.', action: { path: '/stakeholders', label: 'Log a conversation' } });
    expect(steps[2]).toMatchObject({ blocking: false, stageTitle: 'Learn about CIT' });
  });

  it('a gap stops blocking once there is some evidence, and an override clears it', () => {
    const c = new TestCoalition();
    c.person('Sam Rivera', { sector: 'peer' });
    expect(nextSteps(c.progress()).map((s) => s.itemId)).toEqual(['coalition.talk-law-enforcement', 'learn.history', 'learn.partner-roles']);
    c.mark('coalition.talk-law-enforcement', 'done', 'Talked with the sheriff before we used the app');
    expect(nextSteps(c.progress()).map((s) => s.itemId)).toEqual(['learn.history', 'learn.partner-roles', 'learn.nearby-program']);
  });

  it('within the current stage, finishes what is under way before starting something new', () => {
    const c = new TestCoalition();
    for (const id of ['learn.history', 'learn.partner-roles', 'learn.nearby-program', 'learn.state-nami']) c.mark(id, 'done');
    const officer = c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement' });
    c.person('Sam Rivera', { sector: 'peer' });
    c.talk([officer], '2025-10-01');
    const first = c.meeting('First stakeholder meeting', { kind: 'first-convening', date: '2025-11-05' });
    const steps = nextSteps(c.progress());
    // Lived experience (someone listed, no meeting yet) and the planned first meeting are under way.
    expect(steps.map((s) => s.itemId)).toEqual(['coalition.lived-experience-every-step', 'coalition.first-meeting', 'coalition.talk-mental-health']);
    expect(steps[1]!.why).toBe('First stakeholder meeting: planned for 5 Nov 2025 (“First stakeholder meeting”).');
    expect(steps[2]!.why).toMatch(/^Reach clinicians/);
    void first;
  });

  it('gives as many as asked, and none when everything is done or does not apply', () => {
    const c = new TestCoalition();
    expect(nextSteps(c.progress(), 5)).toHaveLength(5);
    for (const { item } of ALL_ITEMS) c.mark(item.id, 'not-applicable', 'Test');
    expect(nextSteps(c.progress())).toEqual([]);
    expect(c.progress().currentStage).toBeNull();
  });
});
