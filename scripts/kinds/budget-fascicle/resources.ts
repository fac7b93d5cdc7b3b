/** Stub until the resource-table parser lands (another developer owns this file). */
import type { DocumentMeta } from '../types.ts';
import type { ResourceTable } from '../../schemas/resource-table.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { Problem } from '../../schemas/problem.ts';
import type { RawTable } from './raw-table.ts';

export function parseResourceTable(
  _raw: RawTable,
  _ctx: { meta: DocumentMeta; unit: string; tableId: string; url: string },
): { table: ResourceTable | null; discrepancies: Discrepancy[]; problems: Problem[] } {
  return { table: null, discrepancies: [], problems: [] };
}
