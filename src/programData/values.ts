import type { Measure } from './model';

/**
 * Reading a number a person typed or pasted into a measure's cell. Empty means "not reported",
 * which is kept apart from zero; counts are whole numbers, hours may have decimals. Thousands
 * separators ("1,204") are accepted because spreadsheets paste them.
 */
export type CellReading = { ok: true; value: number | null } | { ok: false; message: string };

export function readCell(text: string, measure: Pick<Measure, 'unit' | 'label'>): CellReading {
  const cleaned = text.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (cleaned === '' || cleaned === '-' || cleaned === '—') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) {
    return { ok: false, message: `${measure.label}: “${text.trim()}” is not a number of zero or more.` };
  }
  const value = Number(cleaned);
  return checkValue(value, measure);
}

/** The same rules for a number that arrives already parsed (a command's input). */
export function checkValue(value: number, measure: Pick<Measure, 'unit' | 'label'>): CellReading {
  if (!Number.isFinite(value) || value < 0)
    return { ok: false, message: `${measure.label}: a number cannot be below zero.` };
  if (measure.unit === 'count' && !Number.isInteger(value))
    return { ok: false, message: `${measure.label} is a count: enter a whole number.` };
  return { ok: true, value };
}
