import { For } from 'solid-js';
import { percent } from './survey-api.ts';

export interface TrendSeries {
  label: string;
  /** basis points per round; null = no answers that round (a gap, never 0) */
  values: (number | null)[];
}

const W = 360;
const H = 180;
const PAD = { left: 34, right: 10, top: 10, bottom: 26 };
const COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#a16207', '#7c3aed', '#0e7490', '#be185d'];

/** Satisfaction rate per round as small SVG lines: a handful of points needs no chart library. */
export function TrendChart(props: { periods: string[]; series: TrendSeries[] }) {
  const all = () => props.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const low = () => Math.max(0, Math.floor(Math.min(10_000, ...all()) / 500) * 500 - 500);
  const x = (i: number) =>
    PAD.left +
    (props.periods.length <= 1 ? 0.5 : i / (props.periods.length - 1)) * (W - PAD.left - PAD.right);
  const y = (bp: number) => PAD.top + ((10_000 - bp) / (10_000 - low())) * (H - PAD.top - PAD.bottom);
  const segments = (values: (number | null)[]) => {
    const out: string[] = [];
    let current: string[] = [];
    values.forEach((v, i) => {
      if (v === null) {
        if (current.length) out.push(current.join(' '));
        current = [];
      } else current.push(`${x(i)},${y(v)}`);
    });
    if (current.length) out.push(current.join(' '));
    return out;
  };
  const summary = () =>
    props.series
      .map((s) => `${s.label}: ${s.values.map((v, i) => `${props.periods[i]} ${percent(v)}`).join(', ')}`)
      .join('; ');
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary()} data-testid="survey-trend">
        <For each={[10_000, (10_000 + low()) / 2, low()]}>
          {(bp) => (
            <>
              <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(bp)} y2={y(bp)} />
              <text x="2" y={y(bp) + 4}>
                {Math.round(bp / 100)}%
              </text>
            </>
          )}
        </For>
        <For each={props.periods}>
          {(p, i) => (
            <text x={x(i()) - 22} y={H - 6}>
              {p}
            </text>
          )}
        </For>
        <For each={props.series}>
          {(s, k) => (
            <g style={{ stroke: COLOURS[k() % COLOURS.length], fill: COLOURS[k() % COLOURS.length] }}>
              <For each={segments(s.values)}>{(points) => <polyline class="line" points={points} />}</For>
              <For each={s.values}>
                {(v, i) =>
                  v === null ? null : (
                    <circle cx={x(i())} cy={y(v)} r="3">
                      <title>
                        {s.label} {props.periods[i()]}: {percent(v)}
                      </title>
                    </circle>
                  )
                }
              </For>
            </g>
          )}
        </For>
      </svg>
      <figcaption class="trend-legend">
        <For each={props.series}>
          {(s, k) => (
            <span>
              <i style={{ background: COLOURS[k() % COLOURS.length] }} /> {s.label}
            </span>
          )}
        </For>
      </figcaption>
    </figure>
  );
}
