/** Notes by the Secretariat on the work of the FinGov working group (E/CN.7/yyyy/3-E/CN.15/yyyy/3, addenda). */
import type { Parser } from '../types.ts';
import { parseNarrative, type NarrativeGenre } from '../narrative/index.ts';

export const wgNoteGenre: NarrativeGenre = {
  kind: 'wg-note',
  description: 'note by the Secretariat',
  marker: /^秘书处的说明$/,
  titleIncludesMarker: false,
  recommendationsChapter: /^(?:结论和)?建议$|^结论$/,
  readsMeetings: true,
};

export const parseWgNote: Parser = (input) => parseNarrative(input, wgNoteGenre);
