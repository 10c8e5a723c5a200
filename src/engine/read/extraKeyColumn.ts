/** An extra key column of a table (Region, Customer, ...; extraKeys.ts says what they do). */
export interface ExtraKeyColumn {
  /** Grid column. */
  col: number;
  /** The header as the sheet writes it. */
  header: string;
}
