/** Whether the text bears out the manifest's word on the symbol: printed in the text, or inferred. */
import type { NarrativeContext } from './context.ts';
import { symbolsOfSymbolLine } from './lines.ts';

export function checkSymbols(ctx: NarrativeContext): void {
  const { meta } = ctx;
  if (meta.symbolSource === 'printed') {
    const text = ctx.lines.map((l) => l.raw).join('\n');
    for (const symbol of meta.symbols) {
      // `E/CN.7/2022/3` must not be found inside `E/CN.7/2022/3/Add.1`.
      const escaped = symbol.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      if (!new RegExp(`(?<![\\w/.])${escaped}(?![\\w/]|\\.\\w)`).test(text)) {
        ctx.log.warning(0, 'symbol-not-printed', `the manifest says symbol ${symbol} is printed, but the text never shows it`);
      }
    }
    return;
  }
  for (const l of ctx.lines) {
    if (l.form.kind !== 'furniture') continue;
    const printed = symbolsOfSymbolLine(l.raw).filter((s) => meta.symbols.includes(s));
    if (printed.length > 0) {
      ctx.log.warning(
        l.no,
        'symbol-printed',
        `the manifest says the symbol is inferred, but line ${l.no} prints ${printed.join(', ')} as this document's symbol`,
      );
      return;
    }
  }
}
