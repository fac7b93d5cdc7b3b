/** A unit's resources for the budget year, as printed in the overview table by source of funds (for the overview page). */
import type { ResourceTable } from '../../core/schemas/resource-table.ts';
import type { Subprogramme } from '../../core/schemas/subprogramme.ts';
import { fundsTable, yearColumns } from './charts/resources.ts';
import { partRows, unitRow, valueAt } from './charts/resource-table.ts';
import type { BudgetYears } from './charts/years.ts';

export interface UnitResources {
  /** Regular budget estimate for the budget year (before recosting), thousands of US dollars. */
  regular: number | null;
  /** Extrabudgetary estimate for the budget year, thousands of US dollars. */
  extrabudgetary: number | null;
  /** The table the figures come from. */
  table: ResourceTable;
}

/** Null for a unit the table does not list by itself (components are listed under their subprogramme). */
export function budgetYearResources(tables: ResourceTable[], sp: Subprogramme, years: BudgetYears): UnitResources | null {
  const table = fundsTable(tables, sp.documentId);
  if (!table || sp.component !== null) return null;
  const rb = unitRow(partRows(table, 'regular'), sp.key);
  const xb = unitRow(partRows(table, 'extrabudgetary'), sp.key);
  if (!rb && !xb) return null;
  return {
    regular: rb ? valueAt(rb, yearColumns(table, 'regular', years)[2]) : null,
    extrabudgetary: xb ? valueAt(xb, yearColumns(table, 'extrabudgetary', years)[2]) : null,
    table,
  };
}
