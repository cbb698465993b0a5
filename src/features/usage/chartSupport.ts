/**
 * Whether this browser can draw the canvas charts. Test DOMs (jsdom) have
 * neither a 2D canvas nor matchMedia, which the chart library needs when
 * it loads; there the page keeps its table and text summaries only.
 */
export function canDrawCharts(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    typeof window.ResizeObserver === 'function' &&
    typeof window.CanvasRenderingContext2D === 'function'
  );
}
