/**
 * Titles cut by the conversion. A mandate list prints two entries per row; the PDF-to-text conversion
 * sometimes moves the end of a wrapped title to another row or column (the list parser reports it as a
 * title fragment). A title is known to be cut when another printing of the same resolution in the document
 * is longer and starts with it, and a fragment of its own list ends that printing and covers the rest (a
 * title that merely cites less, `…目标` beside `…目标(第 52 段)`, has no such fragment and is no cut). It is
 * reassembled only when that is unambiguous: exactly one fragment of its list completes it exactly to that
 * other printing, and that fragment completes no other title. Otherwise the title stays as printed and
 * carries a note. Either way the entry says what was printed where (`titleRepair`).
 */
import type { Mandate } from '../../../../core/schemas/mandate.ts';
import type { ProblemLog } from '../../../lib/problems.ts';
import { joinBroken, titleKey } from '../../../../core/text.ts';

/** A title piece with no number, as the list parser reported it. */
export interface ListFragment {
  list: string;
  line: number;
  text: string;
}

/** The entries of each resolution that print a title, with the title's key (compared below, computed once). */
type Printings = Map<string, { m: Mandate; key: string }[]>;

function printingsOf(mandates: Mandate[]): Printings {
  const by: Printings = new Map();
  for (const m of mandates) {
    if (m.title === null || m.resolution === null) continue;
    const list = by.get(m.resolution) ?? [];
    list.push({ m, key: titleKey(m.title) });
    by.set(m.resolution, list);
  }
  return by;
}

/** The longest other printing of the same resolution that starts with this (shorter) title, if any. */
function fullPrintingOf(m: Mandate, printings: Printings): Mandate | null {
  if (m.title === null || m.resolution === null) return null;
  const key = titleKey(m.title);
  const longer = (printings.get(m.resolution) ?? []).filter((o) => o.m.id !== m.id && o.key.length > key.length && o.key.startsWith(key));
  return longer.sort((a, b) => b.key.length - a.key.length)[0]?.m ?? null;
}

interface Cut {
  /** Entries that print the cut title (numbers sharing one title share it). */
  entries: Mandate[];
  full: Mandate;
  /** Fragments of its list that end the other printing and cover what this title lacks. */
  tails: ListFragment[];
  /** Those of them that complete it exactly. */
  completions: ListFragment[];
}

/** Cut titles of the document: entries whose title another printing of the same resolution extends. */
function findCuts(mandates: Mandate[], fragments: ListFragment[]): Cut[] {
  const cuts = new Map<string, Cut>();
  const printings = printingsOf(mandates);
  for (const m of mandates) {
    const full = fullPrintingOf(m, printings);
    if (!full) continue;
    const key = `${m.list}\u0000${m.line}\u0000${m.title}`;
    const cut = cuts.get(key);
    if (cut) {
      cut.entries.push(m);
      continue;
    }
    const fullKey = titleKey(full.title!);
    const tails = fragments.filter(
      (f) =>
        f.list === m.list && fullKey.endsWith(titleKey(f.text)) && titleKey(m.title!).length + titleKey(f.text).length >= fullKey.length,
    );
    if (tails.length === 0) continue;
    const completions = tails.filter((f) => titleKey(joinBroken(m.title!, f.text)) === fullKey);
    cuts.set(key, { entries: [m], full, completions, tails });
  }
  return [...cuts.values()];
}

/** Reassembles what is unambiguous, notes the rest; returns the fragments that remain unplaced. */
export function repairCutTitles(mandates: Mandate[], fragments: ListFragment[], log: ProblemLog): ListFragment[] {
  const cuts = findCuts(mandates, fragments);
  const used = new Set<ListFragment>();
  for (const cut of cuts) {
    const f = cut.completions.length === 1 ? cut.completions[0]! : null;
    const unique = f !== null && cuts.filter((c) => c.completions.includes(f)).length === 1;
    const first = cut.entries[0]!;
    const printedTitle = first.title!;
    const numbers = cut.entries.map((e) => e.number).join('; ');
    const fullPrinting = { mandate: cut.full.id, title: cut.full.title! };
    if (f && unique) {
      used.add(f);
      const printed = [
        { text: printedTitle, line: first.line, place: 'beside-number' as const },
        { text: f.text, line: f.line, place: 'moved' as const },
      ];
      for (const e of cut.entries)
        Object.assign(e, { title: joinBroken(printedTitle, f.text), titleRepair: { status: 'reassembled', printed, fullPrinting } });
      log.warning(
        f.line,
        'mandate-title-reassembled',
        `the title of ${numbers} (line ${first.line}) is cut: "${f.text}" completes it to the title printed at line ${cut.full.line}; reassembled, with an editorial note showing both printed pieces`,
      );
      continue;
    }
    const suffix = cut.tails;
    const printed = [
      { text: printedTitle, line: first.line, place: 'beside-number' as const },
      ...suffix.map((x) => ({ text: x.text, line: x.line, place: 'moved' as const })),
    ];
    for (const e of cut.entries) e.titleRepair = { status: 'as-printed', printed, fullPrinting };
    const why =
      cut.completions.length > 1 || (f && !unique)
        ? 'more than one title could take the same piece'
        : `the piece${suffix.length > 1 ? 's' : ''} ${suffix.map((x) => `"${x.text}" (line ${x.line})`).join(', ')} do${suffix.length > 1 ? '' : 'es'} not join it exactly`;
    log.warning(
      first.line,
      'mandate-title-cut',
      `the title of ${numbers} is shorter than the title printed at line ${cut.full.line} and ${why}; kept as printed, with a visible note`,
    );
  }
  return fragments.filter((f) => !used.has(f));
}
