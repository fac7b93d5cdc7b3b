/**
 * The nesting of a resource table's rows: which heading each row is under (its group) and which rows
 * each printed subtotal or total adds up. Headings open groups; `小计` closes the group it names
 * (`小计, (C)` the lettered heading C, `小计, (1)` part (1), a bare `小计` the innermost group) and stands
 * for it in the group above; `共计` closes a `按…列示` group or, failing one, the whole table.
 */
import type { ProblemLog } from '../../lib/problems.ts';

export type RowKind = 'item' | 'heading' | 'subtotal' | 'total';

export interface StructureRow {
  label: string;
  kind: RowKind;
  part: string | null;
  line: number;
  /** False when the row's cells could not be placed: sums over it are not checked. */
  placed: boolean;
}

/** A printed subtotal or total and the rows (indexes) it should equal the sum of. */
export interface SumCheck {
  row: number;
  members: number[];
}

type ScopeType = 'root' | 'part' | 'outer' | 'lettered' | 'group';

interface Scope {
  type: ScopeType;
  label: string | null;
  /** `C` for `C. 工作方案`, `1` for `(1) 经常预算`. */
  ref: string | null;
  members: number[];
  tainted: boolean;
}

const LETTERED = /^([A-Z])\.\s*\S/;
const OUTER = /^按.+列示/;
const PART_REF = /^\((\d+)\)/;
const SUBTOTAL_REF = /^小计\s*[,，]?\s*\(([A-Z0-9]+)\)/;

export function headingType(label: string): ScopeType {
  if (OUTER.test(label)) return 'outer';
  if (LETTERED.test(label)) return 'lettered';
  return 'group';
}

export function analyseStructure(rows: StructureRow[], log: ProblemLog): { groups: (string | null)[]; sums: SumCheck[] } {
  const stack: Scope[] = [{ type: 'root', label: null, ref: null, members: [], tainted: false }];
  const groups: (string | null)[] = [];
  const sums: SumCheck[] = [];
  const top = () => stack[stack.length - 1]!;
  const innermostGroup = () => [...stack].reverse().find((s) => s.type !== 'root' && s.type !== 'part')?.label ?? null;
  /** Closes the innermost scope without a printed subtotal: its rows count in the scope above. */
  const merge = () => {
    const s = stack.pop()!;
    top().members.push(...s.members);
    top().tainted ||= s.tainted;
  };
  const closeWhile = (keep: (s: Scope) => boolean) => {
    while (stack.length > 1 && !keep(top())) merge();
  };
  const record = (row: number, scope: Scope) => {
    if (!scope.tainted) sums.push({ row, members: scope.members });
  };
  let part: string | null = null;

  rows.forEach((row, i) => {
    if (row.part !== part) {
      closeWhile((s) => s.type === 'root');
      part = row.part;
      if (part !== null) stack.push({ type: 'part', label: part, ref: PART_REF.exec(part)?.[1] ?? null, members: [], tainted: false });
    }
    if (row.kind === 'heading') {
      const type = headingType(row.label);
      if (type === 'outer') closeWhile((s) => s.type === 'root' || s.type === 'part');
      if (type === 'lettered') closeWhile((s) => s.type === 'root' || s.type === 'part' || s.type === 'outer');
      if (type === 'group' && top().type === 'group') merge();
      groups.push(innermostGroup());
      stack.push({ type, label: row.label, ref: LETTERED.exec(row.label)?.[1] ?? null, members: [], tainted: false });
      return;
    }
    if (row.kind === 'item') {
      if (LETTERED.test(row.label)) closeWhile((s) => s.type === 'root' || s.type === 'part' || s.type === 'outer');
      groups.push(innermostGroup());
      top().members.push(i);
      if (!row.placed) top().tainted = true;
      return;
    }
    if (row.kind === 'subtotal') {
      const ref = SUBTOTAL_REF.exec(row.label)?.[1] ?? null;
      let target = stack.length - 1;
      if (ref !== null) {
        const found = stack.findLastIndex((s) => s.ref === ref && (s.type === 'part' ? /^\d+$/.test(ref) : s.type === 'lettered'));
        if (found > 0) target = found;
        else
          log.warning(
            row.line,
            'resource-subtotal-scope',
            `"${row.label}" names (${ref}) but no heading or part (${ref}) is open above it; checked against the rows since the last heading`,
          );
      }
      if (target === 0) {
        log.warning(row.line, 'resource-subtotal-scope', `"${row.label}" has no heading above it; checked against every row above it`);
      }
      while (stack.length - 1 > target) merge();
      const scope = target === 0 ? stack[0]! : stack.pop()!;
      groups.push(scope.type === 'part' ? innermostGroup() : (scope.label ?? innermostGroup()));
      if (!row.placed) {
        top().tainted = true;
        return;
      }
      record(i, scope);
      if (target === 0) scope.members = [];
      top().members.push(i);
      return;
    }
    // total
    const outer = stack.findLastIndex((s) => s.type === 'outer');
    if (outer > 0) {
      while (stack.length - 1 > outer) merge();
      const scope = stack.pop()!;
      groups.push(scope.label);
      if (row.placed) record(i, scope);
      return;
    }
    closeWhile((s) => s.type === 'root');
    groups.push(null);
    if (row.placed) record(i, stack[0]!);
    stack[0]!.members = [];
  });
  return { groups, sums };
}
