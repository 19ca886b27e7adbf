import { createEffect, onCleanup, onMount } from 'solid-js';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  name: string;
  values: (number | null)[];
}

const COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7b83', '#57606a'];

/**
 * A line (or bar) chart over labelled periods, drawn by uPlot (MIT, ~50 KB minified): the dashboard loads
 * this module lazily, so no other screen pays for it.
 */
export default function Chart(props: {
  labels: string[];
  series: Series[];
  bars?: boolean;
  height?: number;
}) {
  let el!: HTMLDivElement;
  let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | undefined;
  async function draw() {
    const { default: uPlot } = await import('uplot');
    plot?.destroy();
    const x = props.labels.map((_, i) => i);
    const bars = props.bars ? uPlot.paths.bars?.({ size: [0.6, 40] }) : undefined;
    plot = new uPlot(
      {
        width: el.clientWidth || 320,
        height: props.height ?? 200,
        scales: { x: { time: false } },
        axes: [{ values: (_u: unknown, ticks: number[]) => ticks.map((i) => props.labels[i] ?? '') }, {}],
        series: [
          {},
          ...props.series.map((s, i) => ({
            label: s.name,
            stroke: COLORS[i % COLORS.length]!,
            width: 2,
            spanGaps: false,
            ...(bars ? { paths: bars, fill: `${COLORS[i % COLORS.length]}55` } : {}),
          })),
        ],
      },
      [x, ...props.series.map((s) => s.values)] as never,
      el,
    );
  }
  onMount(() => {
    const observer = new ResizeObserver(() =>
      plot?.setSize({ width: el.clientWidth, height: props.height ?? 200 }),
    );
    observer.observe(el);
    onCleanup(() => {
      observer.disconnect();
      plot?.destroy();
    });
  });
  createEffect(() => {
    void props.series;
    void draw();
  });
  return <div ref={el} class="chart" data-testid="chart" />;
}
