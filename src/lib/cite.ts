/** Citations in the UN style, as delegates write them in letters. */

/** `A/76/6 (Sect. 16)，第 16.36 段` */
export function citeParagraph(symbol: string, number: string): string {
  return `${symbol}，第 ${number} 段`;
}

/** `A/76/6 (Sect. 16)，次级方案 3，成果 2` (components: `次级方案 9 构成部分 1`). */
export function citeResult(symbol: string, subprogramme: string, component: string | null, number: number | null, title: string): string {
  const unit = component ? `次级方案 ${subprogramme} 构成部分 ${component}` : `次级方案 ${subprogramme}`;
  return `${symbol}，${unit}，${number === null ? `新出现成果“${title}”` : `成果 ${number}`}`;
}
