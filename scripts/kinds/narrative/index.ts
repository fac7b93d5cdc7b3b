/** Common machinery of the narrative genres (Executive Director reports, working-group notes). */
export { parseNarrative } from './parse-narrative.ts';
export type { NarrativeGenre } from './genre.ts';
export { addresseesOf } from './recommendations.ts';
export { isPageFurniture, cleanLine } from './lines.ts';
