/** One line of the benchmark's table. */
export interface BenchRow {
  area: string;
  measure: string;
  /** Milliseconds unless `unit` says otherwise; NaN when it could not be measured (see note). */
  median: number;
  p95?: number;
  /** What the machine needs at least for the same work (see note); the ratio is median / floor. */
  floor?: number;
  samples: number;
  unit?: string;
  note?: string;
  /** The workspace scale the row was measured at (1 = the ten-year statewide program). */
  scale?: number;
  /** For exports: the size of the file made. */
  sizeKb?: number;
}
