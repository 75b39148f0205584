import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ITEMS, findItem, PROGRAM } from '../../src/stages/definitions';

/** The checklist is data: these checks keep it well formed and in the app's own words. */

describe('the stage definitions', () => {
  it('give every item a unique id of the form "<stage>.<name>", stored in files with marks', () => {
    const ids = ALL_ITEMS.map((l) => l.item.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Items that moved stage keep the id they were stored under; no other item may differ.
    const moved = new Set(['data.review']);
    for (const { item, stage } of ALL_ITEMS) {
      expect(item.id.startsWith(`${stage.id}.`)).toBe(!moved.has(item.id));
      expect(item.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(findItem(item.id)?.item).toBe(item);
    }
  });

  it('cover the three steps: build partnerships, create change, sustain', () => {
    expect(PROGRAM.map((s) => s.stages.map((st) => st.id))).toEqual([
      ['learn', 'coalition', 'partnership'],
      ['system', 'policies', 'data', 'training'],
      ['sustain', 'improve', 'recognition', 'outreach'],
    ]);
    expect(PROGRAM.map((s) => s.short)).toEqual(['Step One', 'Step Two', 'Step Three']);
  });

  it('keep every item of the former "Build the program" track, so the ticks made there still count', () => {
    const former = [
      'policies.crisis-policy', 'policies.dispatch-protocol', 'policies.agreement', 'policies.clinician-lead',
      'data.workgroup', 'data.sharing-agreement', 'data.measures', 'data.review',
      'training.dispatch-ems', 'training.trainers', 'training.first-course', 'training.ongoing',
      'recognition.plan', 'recognition.held',
    ];
    for (const id of former) expect(findItem(id), id).toBeDefined();
  });

  it('only call an item blocking when the data can show its gap', () => {
    for (const { item } of ALL_ITEMS) if (item.blocking) expect(item.rule).toBeDefined();
  });

  it('paraphrase the seed documents rather than copy them: no run of seven words is taken over', () => {
    const seedDir = path.resolve(__dirname, '../../../shared/seeds');
    const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").match(/[a-z0-9']+/g) ?? [];
    const seedRuns = new Set<string>();
    for (const file of readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f))) {
      const w = words(readFileSync(path.join(seedDir, file), 'utf8'));
      for (let i = 0; i + 7 <= w.length; i++) seedRuns.add(w.slice(i, i + 7).join(' '));
    }
    expect(seedRuns.size).toBeGreaterThan(1000);
    const texts = PROGRAM.flatMap((step) => [
      step.title,
      step.summary,
      ...step.stages.flatMap((stage) => [stage.title, stage.summary, ...stage.items.flatMap((i) => [i.title, i.guidance, i.blocking ?? ''])]),
    ]);
    const copied: string[] = [];
    for (const text of texts) {
      const w = words(text);
      for (let i = 0; i + 7 <= w.length; i++) if (seedRuns.has(w.slice(i, i + 7).join(' '))) copied.push(w.slice(i, i + 7).join(' '));
    }
    expect(copied).toEqual([]);
  });
});
