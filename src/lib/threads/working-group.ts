/**
 * A working group's notes on one time line: each note in date order with the period it covers, the sessions it
 * is for, its meetings (dates and names as printed, the paragraphs reporting on each and their topic terms), and
 * the resolutions and decisions that mandate the group: those its title page and summary cite (`本说明系依据…编写`).
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { Resolution } from '../../../core/schemas/resolution.ts';
import type { Meeting } from '../../../core/schemas/sitting.ts';
import { topicCounts, type TopicTerm } from '../../../core/topics.ts';
import { byDate } from './dates.ts';

export interface MeetingView {
  meeting: Meeting;
  paragraphs: Paragraph[];
  /** Topics of its paragraphs, most mentioned first. */
  topics: string[];
}

export interface NoteView {
  note: DocumentRecord;
  meetings: MeetingView[];
  /** Resolutions and decisions cited on the title page or in the summary, in printed order. */
  mandates: Resolution[];
}

export interface WorkingGroupTimeline {
  notes: NoteView[];
  /** Mandating resolutions with the notes citing them (ids), for the resolutions-by-note grid. */
  mandates: { resolution: Resolution; notes: string[] }[];
}

function topicsOf(paragraphs: Paragraph[], topics: TopicTerm[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const [id, n] of topicCounts(p.text, topics)) counts.set(id, (counts.get(id) ?? 0) + n);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** In the order the note prints them: by the place of the reference in the front matter, then of the number in it. */
export function mandatingResolutions(note: DocumentRecord, resolutions: Resolution[]): Resolution[] {
  const front = note.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
  const position = (r: Resolution) =>
    Math.min(
      ...r.citations
        .filter((c) => c.documentId === note.id && c.precision === 'front-matter')
        .map((c) => c.line * 1e6 + Math.max(0, front.indexOf(c.text)) * 100 + Math.max(0, c.text.indexOf(r.number.split(' ')[0]!))),
    );
  return resolutions.filter((r) => Number.isFinite(position(r))).sort((a, b) => position(a) - position(b));
}

export function workingGroupTimeline(
  documents: DocumentRecord[],
  paragraphs: Paragraph[],
  resolutions: Resolution[],
  topics: TopicTerm[],
  kind: DocumentRecord['kind'] = 'wg-note',
): WorkingGroupTimeline {
  const notes = byDate(documents.filter((d) => d.kind === kind)).map((note): NoteView => {
    const own = new Map(paragraphs.filter((p) => p.documentId === note.id).map((p) => [p.number, p]));
    const meetings = (note.meetings ?? []).map((meeting) => {
      const ps = meeting.paragraphs.map((n) => own.get(n)).filter((p) => p !== undefined);
      return { meeting, paragraphs: ps, topics: topicsOf(ps, topics) };
    });
    return { note, meetings, mandates: mandatingResolutions(note, resolutions) };
  });
  const ids = [...new Set(notes.flatMap((n) => n.mandates.map((r) => r.id)))];
  const mandates = resolutions
    .filter((r) => ids.includes(r.id))
    .map((resolution) => ({
      resolution,
      notes: notes.filter((n) => n.mandates.some((m) => m.id === resolution.id)).map((n) => n.note.id),
    }));
  return { notes, mandates };
}
