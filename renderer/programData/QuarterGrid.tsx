import { Table, Text } from '@mantine/core';
import { useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { readPastedRow } from '../../src/programData/importRows';
import type { Measure } from '../../src/programData/model';
import { readCell } from '../../src/programData/values';
import type { Organization } from '../../src/stakeholders';
import { act } from '../components/act';
import { showFailure } from '../components/feedback';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import classes from './QuarterGrid.module.css';

/**
 * One quarter as a spreadsheet: a row per agency, a column per measure. A cell is saved when the
 * person leaves it; Enter saves and moves down, as in a spreadsheet, and Tab moves right. A row
 * copied from a spreadsheet and pasted into a cell fills that cell and the ones to its right.
 * Cells are plain inputs: a grid of 20 agencies × 11 measures redraws on every keystroke.
 */
export function QuarterGrid({
  quarter,
  agencies,
  measures,
}: {
  quarter: string;
  agencies: readonly Organization[];
  measures: readonly Measure[];
}) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const key = (orgId: string, measureId: string) => `${orgId}:${measureId}`;
  // The quarter's entries by agency, found once per change rather than once per cell.
  const entries = useMemo(
    () => new Map(doc.programQuarters.filter((e) => e.quarter === quarter).map((e) => [e.organizationId, e])),
    [doc.programQuarters, quarter],
  );
  const stored = (orgId: string, measureId: string) => {
    const value = entries.get(orgId)?.values[measureId];
    return value === undefined ? '' : String(value);
  };
  const clearDrafts = (keys: string[]) =>
    setDrafts((current) => {
      const next = { ...current };
      for (const k of keys) delete next[k];
      return next;
    });

  async function save(org: Organization, measure: Measure) {
    const k = key(org.id, measure.id);
    const text = drafts[k];
    if (text === undefined || text === stored(org.id, measure.id)) return clearDrafts([k]);
    const reading = readCell(text, measure);
    if (!reading.ok) {
      showFailure(new Error(reading.message), 'That number was not saved');
      return;
    }
    const done = await act(
      () => run('setQuarterValues', { organizationId: org.id, quarter, values: { [measure.id]: reading.value } }),
      'That number was not saved',
    );
    if (done) clearDrafts([k]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, column: number) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const below = document.querySelector<HTMLInputElement>(`[data-cell="${row + 1}:${column}"]`);
    if (below) below.focus();
    else event.currentTarget.blur();
  }

  async function onPaste(event: ClipboardEvent<HTMLInputElement>, org: Organization, column: number) {
    const text = event.clipboardData.getData('text/plain');
    // A single number is pasted as usual; a row with tabs fills the cells to the right.
    if (!text.includes('\t')) return;
    event.preventDefault();
    const { values, problems } = readPastedRow(text, measures.slice(column));
    if (problems.length) {
      showFailure(new Error(problems.join(' ')), 'The pasted row was not saved');
      return;
    }
    const done = await act(
      () => run('setQuarterValues', { organizationId: org.id, quarter, values }),
      'The pasted row was not saved',
      `Saved ${Object.values(values).filter((v) => v !== null).length} numbers for ${org.name}.`,
    );
    if (done) clearDrafts(Object.keys(values).map((id) => key(org.id, id)));
  }

  return (
    <div className={classes.scroller}>
      <Table withTableBorder withColumnBorders className={classes.grid} aria-label={`Numbers for ${quarter}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.agency}>Agency</Table.Th>
            {measures.map((m) => (
              <Table.Th key={m.id} className={classes.head}>
                {m.label}
                {m.unit === 'hours' ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (hours)
                  </Text>
                ) : null}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((org, row) => (
            <Table.Tr key={org.id}>
              <Table.Th scope="row" className={classes.agency}>
                {org.name}
              </Table.Th>
              {measures.map((measure, column) => {
                const k = key(org.id, measure.id);
                return (
                  <Table.Td key={measure.id} className={classes.cell}>
                    <input
                      className={classes.input}
                      inputMode={measure.unit === 'hours' ? 'decimal' : 'numeric'}
                      aria-label={`${org.name}: ${measure.label}`}
                      data-cell={`${row}:${column}`}
                      value={drafts[k] ?? stored(org.id, measure.id)}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setDrafts((current) => ({ ...current, [k]: value }));
                      }}
                      onBlur={() => void save(org, measure)}
                      onKeyDown={(event) => onKeyDown(event, row, column)}
                      onPaste={(event) => void onPaste(event, org, column)}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
