import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/workspace/migrations';
import { CURRENT_SCHEMA_VERSION, WorkspaceDocument } from '../../src/workspace/document';

const formatOne = {
  schemaVersion: 1,
  coalition: {
    name: 'Lakeside CIT Coalition',
    jurisdiction: 'Lakeside County',
    createdAt: '2025-01-05T10:00:00.000Z',
    updatedAt: '2025-02-01T10:00:00.000Z',
  },
  organizations: [],
  stakeholders: [],
  conversations: [],
  meetings: [],
  actionItems: [],
  workgroups: [],
  policies: [],
  recognitionEvents: [],
};

describe('migrations', () => {
  it('has one numbered step for every format before the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('step 1 → 2 renames jurisdiction to community and records a time zone', () => {
    const step = MIGRATIONS.find((m) => m.from === 1)!;
    const out = step.up(structuredClone(formatOne), { defaultTimeZone: 'America/Denver' });
    expect(out.schemaVersion).toBe(2);
    expect(out.coalition).toMatchObject({ community: 'Lakeside County', timeZone: 'America/Denver' });
    expect(out.coalition).not.toHaveProperty('jurisdiction');
    expect(out.stageMarks).toEqual([]);
  });

  it('a format-1 file migrates to a document that passes today’s schema', () => {
    const out = migrate(structuredClone(formatOne), 1, { defaultTimeZone: 'UTC' });
    expect(WorkspaceDocument.safeParse(out).success).toBe(true);
  });

  it('keeps a time zone that a format-1 file already had', () => {
    const withZone = structuredClone(formatOne) as typeof formatOne & { coalition: { timeZone?: string } };
    withZone.coalition.timeZone = 'Europe/Dublin';
    expect(migrate(withZone, 1, { defaultTimeZone: 'UTC' }).coalition).toMatchObject({ timeZone: 'Europe/Dublin' });
  });
});
