/**
 * `TimelineChart`: dated facts on a horizontal time axis, one lane per fact type, as an SVG
 * drawn on the server (no script). Embeddable in any page, e.g. a dossier:
 *
 *   <TimelineChart facts={facts} nameOf={nameOf} />
 *
 * Props:
 * - `facts`: the facts to draw; those without a `when` are skipped, empty lanes are left out.
 * - `nameOf`: names for the entity ids in each mark's title (`entityLabels` gives it).
 * - `since`, `until`: dates of any precision that fix the axis's range (default: the facts').
 * - `label`: the chart's accessible name (default "Timeline of dated facts").
 *
 * Each mark is a link to its evidence (`/articles/<id>?fact=<id>#fact-text`) titled with the
 * fact in words: a circle for a fact dated to the day, a bar over the month or year otherwise.
 * An SVG alone is not accessible: pair it with a list of the same facts (`TimelineList`).
 */
import { FACT_TYPE_LABELS, factText, type NameOf, type ShownFact } from '../../model/index.js'
import { periodOf, timeAxis, type Period } from './time-scale.js'

export interface TimelineChartProps {
  facts: readonly ShownFact[]
  nameOf: NameOf
  since?: string
  until?: string
  label?: string
}

/** The lanes, top to bottom. */
export const TIMELINE_LANES: ReadonlyArray<ShownFact['type']> = [
  'visit',
  'meeting',
  'agreement',
  'investment',
  'legislation',
  'statement',
  'dependency',
  'resource',
]

const WIDTH = 1000
const GUTTER = 132
const RIGHT = 24
const TOP = 12
const ROW = 20
const LANE_PADDING = 10
const AXIS = 46
const RADIUS = 6
const DAY = 86_400_000

export interface DatedFact {
  fact: ShownFact
  period: Period
}

/** A fact's date, for the types that have one. */
export function whenOf(fact: ShownFact): string | undefined {
  return 'when' in fact ? fact.when : undefined
}

/** The facts that have a readable `when`, earliest first. */
export function datedFacts(facts: readonly ShownFact[]): DatedFact[] {
  const dated: DatedFact[] = []
  for (const fact of facts) {
    const when = whenOf(fact)
    const period = when === undefined ? undefined : periodOf(when)
    if (period) dated.push({ fact, period })
  }
  return dated.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end)
}

/** Where a fact's evidence is, with the fact marked. */
export function evidenceHref(fact: ShownFact): string | undefined {
  const first = fact.evidence[0]
  return first
    ? `/articles/${first.articleId}?fact=${encodeURIComponent(fact.id)}#fact-text`
    : undefined
}

interface PlacedMark {
  dated: DatedFact
  x0: number
  x1: number
  row: number
}

export function TimelineChart(props: TimelineChartProps) {
  const dated = datedFacts(props.facts)
  if (dated.length === 0) return null

  const fixedStart = props.since ? periodOf(props.since)?.start : undefined
  const fixedEnd = props.until ? periodOf(props.until)?.end : undefined
  const earliest = Math.min(...dated.map((item) => item.period.start))
  const latest = Math.max(...dated.map((item) => item.period.end))
  // A little room either side, so marks at the edges are not cut in half.
  const pad = Math.min(Math.max((latest - earliest) * 0.03, 15 * DAY), 45 * DAY)
  const start = fixedStart ?? earliest - pad
  const end = fixedEnd ?? latest + pad
  const plotWidth = WIDTH - GUTTER - RIGHT
  const axis = timeAxis(
    start,
    end,
    dated.map((item) => item.period.start),
    GUTTER,
    GUTTER + plotWidth,
    { compress: fixedStart === undefined },
  )
  const x = axis.x
  const clampX = (value: number) => Math.min(Math.max(value, GUTTER), WIDTH - RIGHT)

  let y = TOP
  const lanes = TIMELINE_LANES.flatMap((type) => {
    const marks = packRows(
      dated.filter((item) => item.fact.type === type),
      (item) => {
        const from = clampX(x(item.period.start))
        const to = clampX(x(item.period.end))
        return item.period.precision === 'day' ? [(from + to) / 2, (from + to) / 2] : [from, to]
      },
    )
    if (marks.length === 0) return []
    const rows = Math.max(...marks.map((mark) => mark.row)) + 1
    const height = rows * ROW + LANE_PADDING * 2
    const lane = { type, marks, top: y, height }
    y += height
    return [lane]
  })
  const plotBottom = y
  const height = plotBottom + AXIS
  const ticks = axis.ticks

  return (
    <svg
      class="timeline-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      role="group"
      aria-label={props.label ?? 'Timeline of dated facts'}
    >
      {lanes.map((lane, index) => (
        <g class="tl-lane">
          <rect
            class={index % 2 === 0 ? 'tl-band' : 'tl-band tl-band-alt'}
            x={0}
            y={lane.top}
            width={WIDTH}
            height={lane.height}
          />
          <text
            class="tl-lane-label"
            x={12}
            y={lane.top + lane.height / 2}
            dominant-baseline="middle"
          >
            {FACT_TYPE_LABELS[lane.type]}
            <tspan class="tl-lane-count"> {lane.marks.length}</tspan>
          </text>
        </g>
      ))}
      <g class="tl-grid" aria-hidden="true">
        {ticks.map((tick) => (
          <line x1={round(x(tick.time))} x2={round(x(tick.time))} y1={TOP} y2={plotBottom + 6} />
        ))}
        <line class="tl-axis" x1={GUTTER} x2={WIDTH - RIGHT} y1={plotBottom} y2={plotBottom} />
      </g>
      {axis.breakAt !== undefined && (
        <g class="tl-break" aria-hidden="true">
          <rect x={round(axis.breakAt - 5)} y={TOP} width={10} height={plotBottom - TOP + 8} />
          <path
            d={`M${round(axis.breakAt - 8)} ${plotBottom + 8}l6 -16M${round(axis.breakAt + 2)} ${plotBottom + 8}l6 -16`}
          />
        </g>
      )}
      <g class="tl-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <text x={round(x(tick.time))} y={plotBottom + 22} text-anchor="middle">
            {tick.label}
            {tick.sublabel && (
              <tspan class="tl-tick-year" x={round(x(tick.time))} dy={16}>
                {tick.sublabel}
              </tspan>
            )}
          </text>
        ))}
      </g>
      {lanes.map((lane) => (
        <g class={`tl-marks tl-${lane.type}`}>
          {lane.marks.map((mark) => (
            <Mark mark={mark} top={lane.top} nameOf={props.nameOf} />
          ))}
        </g>
      ))}
    </svg>
  )
}

function Mark(props: { mark: PlacedMark; top: number; nameOf: NameOf }) {
  const { mark } = props
  const { fact, period } = mark.dated
  const cy = props.top + LANE_PADDING + mark.row * ROW + ROW / 2
  const title = factText(fact, props.nameOf)
  const shape =
    period.precision === 'day' ? (
      <circle class="tl-shape" cx={round(mark.x0)} cy={cy} r={RADIUS} />
    ) : (
      <rect
        class="tl-shape tl-span"
        x={round(mark.x0)}
        y={cy - 5}
        width={round(Math.max(mark.x1 - mark.x0, 8))}
        height={10}
        rx={5}
      />
    )
  const href = evidenceHref(fact)
  if (!href)
    return (
      <g class="tl-mark">
        <title>{title}</title>
        {shape}
      </g>
    )
  return (
    <a class="tl-mark" href={href}>
      <title>{title}</title>
      {shape}
    </a>
  )
}

/** Greedy interval packing: each mark takes the first row where it does not touch another. */
function packRows(
  items: readonly DatedFact[],
  span: (item: DatedFact) => [number, number],
): PlacedMark[] {
  const rowEnds: number[] = []
  return items.map((dated) => {
    const [x0, x1] = span(dated)
    const left = x0 - RADIUS - 2
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= left)
    if (row === -1) row = rowEnds.push(0) - 1
    rowEnds[row] = Math.max(x1, x0 + 8) + RADIUS + 2
    return { dated, x0, x1, row }
  })
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
