/** What tells one narrative genre from another: the few fixed words of its title page and chapters. */
import type { DocumentKind } from '../../../core/schemas/common.ts';

export interface NarrativeGenre {
  kind: DocumentKind;
  /** How problems name the genre (`report of the Executive Director`). */
  description: string;
  /** The line under the title that names the genre (`执行主任的报告`, `秘书处的说明`). */
  marker: RegExp;
  /** Whether the marker line is part of the printed title (reports) or follows it (notes). */
  titleIncludesMarker: boolean;
  /** Title of the chapter whose paragraphs are recommendations or conclusions. */
  recommendationsChapter: RegExp;
  /** Whether the genre reports on meetings of its own (a working group's sittings), read into `meetings`. */
  readsMeetings: boolean;
}
