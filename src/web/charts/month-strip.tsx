/**
 * `MonthStrip`: how many dated facts start in each month, as a row of bars (SVG, no script).
 * It keeps the shape of a range visible when a chart draws only the newest of its facts.
 * Each bar links to that month (`hrefOf`); months from `shownFrom` on are drawn darker and
 * the caption says so in words, since colour alone says nothing to some readers.
 */
import { formatDay } from '../../model/index.js'

export interface MonthCount {
  /** YYYY-MM */
  period: string
  count: number
}

export interface MonthStripProps {
  months: readonly MonthCount[]
  /** The first month (YYYY-MM) the chart above draws facts of. */
  shownFrom?: string | undefined
  hrefOf: (month: string) => string
  label?: string
}

const WIDTH = 1000
const HEIGHT = 96
const TOP = 8
const BOTTOM = 22
const SIDE = 12

export function MonthStrip(props: MonthStripProps) {
  const months = everyMonth(props.months)
  if (months.length === 0) return null
  const most = Math.max(...months.map((month) => month.count), 1)
  const slot = (WIDTH - SIDE * 2) / months.length
  const barWidth = Math.max(Math.min(slot - 2, 40), 1)
  const plot = HEIGHT - TOP - BOTTOM
  return (
    <svg
      class="month-strip"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      role="group"
      aria-label={props.label ?? 'Dated facts per month'}
    >
      <line class="ms-axis" x1={SIDE} x2={WIDTH - SIDE} y1={TOP + plot} y2={TOP + plot} />
      {months.map((month, index) => {
        const x = SIDE + index * slot + (slot - barWidth) / 2
        const height = month.count === 0 ? 0 : Math.max((month.count / most) * plot, 2)
        const isShown = props.shownFrom !== undefined && month.period >= props.shownFrom
        const title = `${formatDay(month.period, 'long')}: ${plural(month.count)}`
        return (
          <a href={props.hrefOf(month.period)} class={isShown ? 'ms-bar ms-shown' : 'ms-bar'}>
            <title>{title}</title>
            {/* The whole column is the link's target, not only the bar. */}
            <rect
              class="ms-hit"
              x={round(SIDE + index * slot)}
              y={TOP}
              width={round(slot)}
              height={plot}
            />
            <rect
              x={round(x)}
              y={round(TOP + plot - height)}
              width={round(barWidth)}
              height={round(height)}
            />
          </a>
        )
      })}
      <g class="ms-labels" aria-hidden="true">
        {months.map((month, index) =>
          index === 0 || month.period.endsWith('-01') ? (
            <text x={round(SIDE + index * slot + 1)} y={HEIGHT - 6}>
              {month.period.endsWith('-01') ? month.period.slice(0, 4) : formatDay(month.period)}
            </text>
          ) : null,
        )}
      </g>
    </svg>
  )
}

/** The months from the first to the last given, with the missing ones as zero. */
function everyMonth(months: readonly MonthCount[]): MonthCount[] {
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return []
  const counts = new Map(months.map((month) => [month.period, month.count]))
  const filled: MonthCount[] = []
  let [year, month] = first.period.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 1200; guard++) {
    const period = `${year}-${String(month).padStart(2, '0')}`
    filled.push({ period, count: counts.get(period) ?? 0 })
    if (period >= last.period) break
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return filled
}

function plural(count: number): string {
  return count === 1 ? '1 fact' : `${count.toLocaleString('en-US')} facts`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
