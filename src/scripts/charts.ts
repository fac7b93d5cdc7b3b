/**
 * Chart loader, on pages that have a chart figure only (the chart component includes it). It reveals the canvases,
 * then fetches chart.js (charts-draw.ts, a separate chunk) only when a chart comes near the viewport, after the page
 * has rendered and the browser is idle: reading never waits for the chart code.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

/** Shows the canvas at its final height at once, so drawing later shifts nothing. */
function reveal(figure: HTMLElement): void {
  const box = figure.querySelector<HTMLElement>('.chart-canvas');
  const block = figure.querySelector('script[data-chart-spec]');
  if (!box || !block) return;
  try {
    const { height } = JSON.parse(block.textContent ?? '{}') as { height?: number };
    if (typeof height === 'number') box.style.height = `${height}px`;
  } catch {
    return; // a broken data block: leave the table alone, draw nothing
  }
  box.removeAttribute('hidden');
}

async function draw(figure: HTMLElement): Promise<void> {
  const { drawChart } = await import('./charts-draw.ts');
  drawChart(figure);
}

function start(): void {
  if (!('IntersectionObserver' in window)) {
    for (const f of figures) void draw(f);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const f of figures) observer.observe(f);
}

if (figures.length > 0) {
  for (const f of figures) reveal(f);
  const idle = window.requestIdleCallback?.bind(window) ?? ((cb: () => void) => setTimeout(cb, 1));
  idle(start, { timeout: 1500 });
}
