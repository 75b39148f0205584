import type { Level, Stakeholder } from './model/stakeholder';

/**
 * The power-interest grid: where each person sits by influence (power to move the program) and
 * interest (how much they care about crisis response), and what that suggests the convener do.
 * People who declined or went inactive are left off: the grid is for deciding whom to approach.
 */
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

export type GridCellKey = `${Level}-${Level}`;

export interface GridCell {
  influence: Level;
  interest: Level;
  stakeholderIds: string[];
}

export interface PowerGrid {
  /** Rows from high influence (top) to low, columns from low interest (left) to high. */
  rows: GridCell[][];
  placed: number;
  leftOff: number;
}

export function powerGrid(stakeholders: readonly Stakeholder[]): PowerGrid {
  const cells = new Map<GridCellKey, GridCell>();
  for (const influence of LEVELS)
    for (const interest of LEVELS) cells.set(`${influence}-${interest}`, { influence, interest, stakeholderIds: [] });
  let placed = 0;
  for (const person of stakeholders) {
    if (person.stage === 'declined' || person.stage === 'inactive') continue;
    cells.get(`${person.influence}-${person.interest}`)?.stakeholderIds.push(person.id);
    placed += 1;
  }
  const rows = [...LEVELS]
    .reverse()
    .map((influence) => LEVELS.map((interest) => cells.get(`${influence}-${interest}`)!));
  return { rows, placed, leftOff: stakeholders.length - placed };
}

/** What the position suggests, in the words shown on the map's corners. */
export function gridAdvice(influence: Level, interest: Level): string {
  if (influence === 'high' && interest === 'high') return 'Bring to the table: key partners';
  if (influence === 'high') return 'Keep satisfied: win their interest';
  if (interest === 'high') return 'Keep informed: natural allies';
  if (influence === 'medium' || interest === 'medium') return 'Keep in touch';
  return 'Watch: low priority for now';
}
