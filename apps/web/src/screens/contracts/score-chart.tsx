import { For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { chartGeometry, type TrendPoint } from './score-chart-geometry.ts';

const W = 360;
const H = 160;

/**
 * The composite month by month as a small SVG line: no charting library (a dozen points need none, and the
 * screen's chunk stays a few kilobytes). Months without data are hollow marks on the axis, breaking the line.
 */
export function ScoreChart(props: { points: readonly TrendPoint[] }) {
  const g = () => chartGeometry(props.points, W, H);
  const summary = () =>
    props.points
      .map((p) => `${p.month}: ${p.score === null ? t('score.no_data') : (p.score / 100).toString()}`)
      .join('; ');
  return (
    <svg
      class="score-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={summary()}
      data-testid="score-chart"
    >
      <line class="axis" x1="24" y1={H - 24} x2={W - 24} y2={H - 24} />
      <For each={g().yTicks}>
        {(tick) => (
          <text x="2" y={tick.y + 3}>
            {tick.text}
          </text>
        )}
      </For>
      <For each={g().segments}>{(points) => <polyline class="line" points={points} />}</For>
      <For each={g().dots}>
        {(d) => (
          <circle class="dot" cx={d.x} cy={d.y} r="3" data-month={d.month}>
            <title>
              {d.month}: {(d.score / 100).toString()}
            </title>
          </circle>
        )}
      </For>
      <For each={g().gaps}>
        {(gap) => (
          <circle class="gap" cx={gap.x} cy={H - 24} r="2.5" data-month={gap.month} data-gap="true">
            <title>
              {gap.month}: {t('score.no_data')}
            </title>
          </circle>
        )}
      </For>
      <For each={g().labels}>
        {(label) => (
          <text x={label.x - 6} y={H - 8}>
            {label.text}
          </text>
        )}
      </For>
    </svg>
  );
}
