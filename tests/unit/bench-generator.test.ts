import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generator/workspace';
import { sizesAt } from '../../bench/generator/scale';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWorkspaceFile } from '../../bench/generator/write';
import { WorkspaceDocument } from '../../src/workspace/document';
import { serializeWorkspace } from '../../src/workspace/documentFile';
import { decodeLayout } from '../../src/workspace/fileLayout';
import { tempDir } from '../support/tempdir';

/** The benchmark's workspace generator, at a tiny scale (the benchmark itself runs 1x and more). */
describe('benchmark workspace generator', () => {
  const scale = 0.01;

  it('gives the same workspace for the same seed, and a different one for another seed', () => {
    const a = JSON.stringify(generateWorkspace({ scale, seed: 7 }));
    expect(JSON.stringify(generateWorkspace({ scale, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateWorkspace({ scale, seed: 8 }))).not.toBe(a);
  });

  it('writes a workspace that passes the full schema, with the counts of its scale', () => {
    const doc = generateWorkspace({ scale });
    const parsed = WorkspaceDocument.safeParse(JSON.parse(JSON.stringify(doc)));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    const sizes = sizesAt(scale);
    expect(doc.stakeholders).toHaveLength(sizes.stakeholders);
    expect(doc.conversations).toHaveLength(sizes.conversations);
    expect(doc.meetings).toHaveLength(sizes.meetings);
    expect(doc.actionItems).toHaveLength(sizes.actionItems);
    expect(doc.policies.flatMap((p) => p.revisions)).toHaveLength(sizes.policies * sizes.revisionsPerPolicy);
    expect(doc.recognitionEvents.flatMap((e) => e.nominations)).toHaveLength(sizes.recognitionEvents * sizes.nominationsPerEvent);
  });

  it('keeps references whole: follow-ups, minutes action items and honoree categories point at real records', () => {
    const doc = generateWorkspace({ scale });
    const actionIds = new Set(doc.actionItems.map((a) => a.id));
    const people = new Set(doc.stakeholders.map((s) => s.id));
    for (const c of doc.conversations) {
      expect(c.followUpIds.every((id) => actionIds.has(id))).toBe(true);
      expect(c.stakeholderIds.every((id) => people.has(id))).toBe(true);
    }
    for (const item of doc.meetings.flatMap((m) => m.minutes?.items ?? [])) expect(item.actionItemIds.every((id) => actionIds.has(id))).toBe(true);
    for (const event of doc.recognitionEvents) {
      const categories = new Set(event.categories.map((c) => c.id));
      expect(event.nominations.every((n) => categories.has(n.categoryId))).toBe(true);
    }
    // Names in several scripts and accents, as a statewide list has.
    expect(doc.stakeholders.some((s) => /[^ -~]/.test(s.name))).toBe(true);
  });

  it('writes exactly the file the app saves, in the layout the app reads line by line', async () => {
    const doc = generateWorkspace({ scale });
    const file = path.join(await tempDir('cit-bench-gen-'), 'generated.cit.json');
    await writeWorkspaceFile(doc, file);
    const bytes = await readFile(file);
    expect(bytes.toString('utf8')).toBe(serializeWorkspace(doc));
    expect(decodeLayout(bytes)?.value).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
