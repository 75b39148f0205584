import { describe, expect, it } from 'vitest';
import { readImportText, readPastedRow } from '../../src/programData/importRows';
import { allMeasures, DEFAULT_MEASURES, keptMeasures, MEASURE_IDS } from '../../src/programData/measures';
import { readCell } from '../../src/programData/values';
import { InputError, NotFoundError } from '../../src/errors';
import { coalition, run } from '../support/fixtures/policies-fixture';
import { refusal } from '../support/refusal';

const { mentalHealthCalls: CALLS, arrestOrJail: ARRESTS, officerHours: HOURS } = MEASURE_IDS;

describe('entering a quarter', () => {
  it('creates the entry once and updates it after, so an agency has one entry per quarter', () => {
    const first = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-q3',
      values: { [CALLS]: 41, [ARRESTS]: 3 },
    });
    expect(first.doc.programQuarters).toHaveLength(1);
    expect(first.doc.programQuarters[0]).toMatchObject({ quarter: '2026-Q3', values: { [CALLS]: 41, [ARRESTS]: 3 } });

    const again = run(first.doc, 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q3',
      values: { [ARRESTS]: null, [HOURS]: 12.5 },
      note: 'Arrests not yet reported by records unit',
    });
    expect(again.result).toBe(first.result);
    expect(again.doc.programQuarters).toHaveLength(1);
    // A cleared cell is "not reported", not zero.
    expect(again.doc.programQuarters[0]!.values).toEqual({ [CALLS]: 41, [HOURS]: 12.5 });
    expect(again.doc.programQuarters[0]!.note).toMatch(/records unit/);
  });

  it('refuses a fraction in a count, a negative number, an unknown measure, a bad quarter and an unknown agency', () => {
    const doc = coalition();
    const fraction = refusal(() =>
      run(doc, 'setQuarterValues', { organizationId: 'org-sheriff', quarter: '2026-Q3', values: { [CALLS]: 4.5 } }),
    );
    expect(fraction.error).toBeInstanceOf(InputError);
    expect(fraction.message).toMatch(/is a count: enter a whole number/);
    expect(fraction.fields[`values.${CALLS}`]).toBeDefined();
    expect(
      refusal(() =>
        run(doc, 'setQuarterValues', { organizationId: 'org-sheriff', quarter: '2026-Q3', values: { [CALLS]: -1 } }),
      ).message,
    ).toMatch(/below zero/);
    expect(
      refusal(() =>
        run(doc, 'setQuarterValues', {
          organizationId: 'org-sheriff',
          quarter: '2026-Q3',
          values: { 'no-such-measure': 1 },
        }),
      ).error,
    ).toBeInstanceOf(NotFoundError);
    expect(
      refusal(() => run(doc, 'setQuarterValues', { organizationId: 'org-sheriff', quarter: '2026-Q7', values: {} }))
        .message,
    ).toMatch(/2026-Q3/);
    expect(
      refusal(() => run(doc, 'setQuarterValues', { organizationId: 'org-gone-000', quarter: '2026-Q3', values: {} }))
        .message,
    ).toMatch(/organization no longer exists/);
  });

  it('refuses to move an entry onto an agency and quarter that already has one, and deletes entries', () => {
    let doc = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q2',
      values: { [CALLS]: 9 },
    }).doc;
    const second = run(doc, 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q3',
      values: { [CALLS]: 7 },
    });
    doc = second.doc;
    const moved = refusal(() =>
      run(doc, 'moveQuarterEntry', { id: second.result, organizationId: 'org-sheriff', quarter: '2026-Q2' }),
    );
    expect(moved.message).toBe(
      'Riverside County Sheriff’s Office already has numbers for April–June 2026. Change those instead, or delete them first.',
    );
    doc = run(doc, 'moveQuarterEntry', { id: second.result, organizationId: 'org-sheriff', quarter: '2026-Q4' }).doc;
    expect(doc.programQuarters.map((e) => e.quarter).sort()).toEqual(['2026-Q2', '2026-Q4']);
    doc = run(doc, 'deleteQuarterEntry', { id: second.result }).doc;
    expect(doc.programQuarters.map((e) => e.quarter)).toEqual(['2026-Q2']);
  });

  it('will not delete an agency whose numbers are entered, and says so', () => {
    const { doc } = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q2',
      values: { [CALLS]: 9 },
    });
    expect(refusal(() => run(doc, 'deleteOrganization', { id: 'org-sheriff' })).message).toMatch(
      /program data quarter cannot do without this record/,
    );
    expect(run(doc, 'deleteOrganization', { id: 'org-hospital' }).doc.organizations).toHaveLength(3);
  });
});

describe('measures', () => {
  it('starts with the default set, all kept, in their order', () => {
    const measures = allMeasures([]);
    expect(measures.map((m) => m.id)).toEqual(DEFAULT_MEASURES.map((m) => m.id));
    expect(measures.find((m) => m.id === HOURS)?.unit).toBe('hours');
    expect(new Set(measures.map((m) => m.id)).size).toBe(11);
  });

  it('drops, renames and adds measures; a dropped measure keeps its numbers', () => {
    let doc = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q2',
      values: { [HOURS]: 3 },
    }).doc;
    doc = run(doc, 'updateMeasure', { id: HOURS, changes: { kept: false } }).doc;
    expect(keptMeasures(doc.programMeasures).map((m) => m.id)).not.toContain(HOURS);
    expect(doc.programQuarters[0]!.values[HOURS]).toBe(3);
    doc = run(doc, 'updateMeasure', { id: CALLS, changes: { label: 'Mental health calls' } }).doc;
    const added = run(doc, 'addMeasure', { label: 'Co-responder follow-ups', unit: 'count' });
    const measures = keptMeasures(added.doc.programMeasures);
    expect(measures[0]!.label).toBe('Mental health calls');
    expect(measures.at(-1)).toMatchObject({ id: added.result, label: 'Co-responder follow-ups', custom: true });
    expect(
      refusal(() => run(added.doc, 'addMeasure', { label: 'mental health CALLS', unit: 'count' })).message,
    ).toMatch(/already a measure called “Mental health calls”/);
  });

  it('will not turn hours with decimals into a count', () => {
    const { doc } = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q2',
      values: { [HOURS]: 2.5 },
    });
    expect(refusal(() => run(doc, 'updateMeasure', { id: HOURS, changes: { unit: 'count' } })).message).toMatch(
      /decimals/,
    );
  });
});

describe('importing many rows', () => {
  const measures = allMeasures([]);
  const header = 'Agency,Quarter,Calls with a mental health component,Arrest or jail,Officer hours on these calls,Note';

  it('reads cells as a spreadsheet writes them: empty is not reported, thousands separators are fine', () => {
    expect(readCell('', measures[0]!)).toEqual({ ok: true, value: null });
    expect(readCell(' 1,204 ', measures[0]!)).toEqual({ ok: true, value: 1204 });
    expect(
      readCell(
        '12.5',
        measures.find((m) => m.id === HOURS)!,
      ),
    ).toEqual({ ok: true, value: 12.5 });
    expect(readCell('12.5', measures[0]!).ok).toBe(false);
    expect(readCell('about 5', measures[0]!).ok).toBe(false);
  });

  it('imports a CSV in one step, updating an entry already there', () => {
    let doc = run(coalition(), 'setQuarterValues', {
      organizationId: 'org-sheriff',
      quarter: '2026-Q1',
      values: { [CALLS]: 1 },
    }).doc;
    const text = [
      header,
      '"Riverside County Sheriff’s Office",2026-Q1,40,4,55.5,',
      'riverbend crisis center,2026-Q1,12,,,"Calls taken by the mobile team, not police"',
    ].join('\n');
    const imported = run(doc, 'importQuarterRows', { text });
    expect(imported.result).toEqual({ added: 1, updated: 1 });
    doc = imported.doc;
    expect(doc.programQuarters).toHaveLength(2);
    expect(doc.programQuarters[0]!.values).toEqual({ [CALLS]: 40, [ARRESTS]: 4, [HOURS]: 55.5 });
    expect(doc.programQuarters[1]).toMatchObject({ organizationId: 'org-crisis', values: { [CALLS]: 12 } });
    expect(doc.programQuarters[1]!.note).toMatch(/mobile team, not police/);
  });

  it('reads rows pasted from a spreadsheet (tab-separated)', () => {
    const text = 'Agency\tQuarter\tCalls with a mental health component\nRiverbend Crisis Center\t2025-Q4\t7\n';
    expect(run(coalition(), 'importQuarterRows', { text }).doc.programQuarters[0]!.values).toEqual({ [CALLS]: 7 });
  });

  it('imports nothing when any row cannot be read, and names each such row by its number', () => {
    const doc = coalition();
    const text = [
      header,
      'Riverbend Crisis Center,2026-Q1,12,,,',
      'Nowhere Police,2026-Q1,3,,,',
      'Riverbend Crisis Center,2026-Q5,3,,,',
      'Riverbend Crisis Center,2026-Q2,3.5,-2,,',
      'Riverbend Crisis Center,2026-Q1,9,,,',
    ].join('\n');
    const { problems } = readImportText(text, measures, doc.organizations);
    expect(problems.map((p) => p.row)).toEqual([3, 4, 5, 5, 6]);
    expect(problems[0]!.message).toBe('“Nowhere Police” is not in the list of organizations.');
    expect(problems[4]!.message).toMatch(/already has a row for 2026-Q1 \(row 2\)/);
    const refused = refusal(() => run(doc, 'importQuarterRows', { text }));
    expect(refused.message).toMatch(/^Nothing was imported\. .*Row 3: .*Row 6: /);
  });

  it('refuses a file without the Agency and Quarter columns, or with a column that is no measure', () => {
    expect(
      readImportText('Quarter,Calls\n2026-Q1,4', measures, coalition().organizations).problems[0]!.message,
    ).toMatch(/“Agency” and “Quarter”/);
    expect(
      readImportText('Agency,Quarter,Hugs\nRiverbend Crisis Center,2026-Q1,4', measures, coalition().organizations)
        .problems,
    ).toEqual([{ row: 1, message: 'The column “Hugs” is not one of the measures.' }]);
  });

  it('fills the grid from one pasted row, column by column, and leaves extra cells out', () => {
    const columns = measures.slice(0, 3);
    expect(readPastedRow('40\t\t7\t99\n', columns)).toEqual({
      values: { [columns[0]!.id]: 40, [columns[1]!.id]: null, [columns[2]!.id]: 7 },
      problems: [],
    });
    expect(readPastedRow('4.5', columns).problems[0]).toMatch(/whole number/);
  });
});
