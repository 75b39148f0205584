import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/api/features';
import { COLLECTIONS } from '../../src/workspace/document';
import { previewCsv } from '../../src/stakeholders/csvImport';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';
import { fixtureCsv, NOW } from '../support/fixtures/stakeholders-fixture';

async function session() {
  const file = path.join(await tempDir('cit-stakeholders-session-'), 'Riverside.cit.json');
  const s = await WorkspaceSession.create(
    file,
    { name: 'Riverside County CIT', community: 'Riverside County', timeZone: 'America/Denver' },
    { now: () => NOW },
  );
  return { s, file, onDisk: async () => JSON.parse(await readFile(file, 'utf8')) };
}

describe('stakeholders on a real workspace file', () => {
  it('imports a spreadsheet as one change that one undo takes back', async () => {
    const { s, onDisk } = await session();
    await s.execute(COMMANDS.addStakeholder, { name: 'Already Here', email: 'priya.raman@riversidehospital.example' });
    const rows = previewCsv(fixtureCsv('agency-export-bom-crlf.csv'), s.doc)
      .rows.filter((r) => !Object.keys(r.errors).length)
      .map((r) => r.values);
    const reply = await s.execute(COMMANDS.importStakeholders, { rows, duplicates: 'merge' });
    expect(reply.result).toEqual({ added: 3, merged: 2, skipped: 0, organizationsCreated: 3 });
    expect(reply.description).toBe('import 5 people');
    const saved = await onDisk();
    expect(saved.stakeholders.map((p: { name: string }) => p.name)).toEqual([
      'Already Here',
      'Dana Whitfield',
      'José Núñez',
      'Maya Okafor, Jr.',
    ]);
    expect(saved.stakeholders[0].title).toBe('ED director, nights');
    expect(saved.stakeholders[2].phone).toBe('0161 555 0100');

    await s.undo();
    const undone = await onDisk();
    expect(undone.stakeholders.map((p: { name: string }) => p.name)).toEqual(['Already Here']);
    expect(undone.stakeholders[0].title).toBe('');
    expect(undone.organizations).toEqual([]);
  });

  it('deletes a person everywhere in one change, and undo brings every reference back', async () => {
    const { s, onDisk } = await session();
    const dana = (await s.execute(COMMANDS.addStakeholder, { name: 'Dana Whitfield' })).result as string;
    const ruth = (await s.execute(COMMANDS.addStakeholder, { name: 'Ruth Alvarez' })).result as string;
    await s.execute(COMMANDS.logConversation, {
      date: '2025-03-01',
      stakeholderIds: [dana, ruth],
      followUp: { title: 'Send the overview', ownerId: dana },
    });
    await s.execute(COMMANDS.addWorkgroup, { name: 'Training', leadId: dana, memberIds: [dana, ruth] });
    const withDana = await onDisk();

    await s.execute(COMMANDS.deleteStakeholders, { ids: [dana] });
    const after = await onDisk();
    expect(JSON.stringify(after)).not.toContain(dana);
    expect(after.conversations[0].stakeholderIds).toEqual([ruth]);
    expect(after.actionItems[0].ownerId).toBeNull();
    expect(after.workgroups[0]).toMatchObject({ leadId: null, memberIds: [ruth] });

    await s.undo();
    const restored = await onDisk();
    // Every collection is back exactly as it was (the file's change log aside, which records the undo).
    for (const collection of COLLECTIONS) expect(restored[collection]).toEqual(withDana[collection]);
  });

  it('refuses bad input and leaves the file byte for byte as it was', async () => {
    const { s, file } = await session();
    await s.execute(COMMANDS.addStakeholder, { name: 'Dana Whitfield' });
    const before = await readFile(file);
    await expect(s.execute(COMMANDS.addStakeholder, { name: 'Bad\u0007name' })).rejects.toThrow(/control character/);
    await expect(
      s.execute(COMMANDS.updateStakeholder, { id: 'no-such-person', changes: { title: 'x' } }),
    ).rejects.toThrow(/no longer exists/);
    await expect(s.execute(COMMANDS.addStakeholder, { name: 'Long', notes: 'x'.repeat(50_000) })).rejects.toThrow(
      /too long/,
    );
    await expect(
      s.execute(COMMANDS.importStakeholders, { rows: Array.from({ length: 10_001 }, (_, i) => ({ name: `P${i}` })) }),
    ).rejects.toThrow(/At most 10,000/);
    expect(await readFile(file)).toEqual(before);
  });
});
