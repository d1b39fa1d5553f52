import { DateField } from '../components/form-fields.js'
import {
  datedFacts,
  evidenceHref,
  TimelineChart,
  TIMELINE_LANES,
  whenOf,
} from '../charts/timeline-chart.js'
import { MonthStrip, type MonthCount } from '../charts/month-strip.js'
import { FactWords } from '../fact-words.js'
import { FACT_TYPE_LABELS, type NameOf, type ShownFact } from '../../model/index.js'
import { formatDay } from '../../model/index.js'

export interface TimelineFilters {
  type?: ShownFact['type']
  entity?: string
  since?: string
  until?: string
}

export interface TimelineEntityOption {
  id: string
  name: string
  /** The group it is listed under ("Countries", "People"…). */
  group: string
}

export interface TimelinePageProps {
  /**
   * The dated facts drawn: all that match the filters, or the newest of them when there are
   * more than a chart can show (`total` says how many match).
   */
  facts: readonly ShownFact[]
  /** How many dated facts match the filters. */
  total: number
  /** Dated facts per month (YYYY-MM) over all that match; given when not all are drawn. */
  months: readonly MonthCount[]
  nameOf: NameOf
  filters: TimelineFilters
  entityOptions: readonly TimelineEntityOption[]
  /** How many stored facts match the filters but have no date. */
  undated: number
}

export function TimelinePage(props: TimelinePageProps) {
  const { filters, nameOf } = props
  const dated = datedFacts(props.facts)
  const filtered = Object.values(filters).some((value) => value !== undefined)
  const first = dated[0]
  const last = dated[dated.length - 1]
  const isCut = props.total > dated.length
  const firstWhen = first ? whenOf(first.fact) : undefined
  const shownFrom = firstWhen && firstWhen.length >= 7 ? firstWhen.slice(0, 7) : firstWhen
  return (
    <div class="chart-page timeline-page">
      <header class="page-heading">
        <h1>Timeline</h1>
        <p class="intro">
          Dated facts from the news, one lane per kind of fact. Each mark links to the sentence it
          comes from; a bar is a fact dated only to its month or year.
        </p>
      </header>
      <TimelineFilterForm {...props} />
      {dated.length === 0 ? (
        <div class="empty-state">
          <p>
            {filtered
              ? 'No dated facts match these filters.'
              : 'No dated facts yet: ingest some articles first.'}
          </p>
          {filtered && (
            <p>
              <a href="/timeline">Show the whole timeline</a>
            </p>
          )}
        </div>
      ) : (
        <>
          <p class="chart-summary">
            {isCut ? (
              <>
                Showing the <strong>{dated.length.toLocaleString('en-US')} newest</strong> of{' '}
                {props.total.toLocaleString('en-US')} dated facts
              </>
            ) : dated.length === 1 ? (
              '1 dated fact'
            ) : (
              `${dated.length} dated facts`
            )}
            {first && last && (
              <>
                {' '}
                from <strong>{formatDay(whenOf(first.fact) ?? '', 'long')}</strong> to{' '}
                <strong>{formatDay(whenOf(last.fact) ?? '', 'long')}</strong>
              </>
            )}
            {isCut && '; narrow the range or filter to see the rest'}
            {props.undated > 0 && (
              <>
                {'. '}
                {props.undated === 1
                  ? '1 more has'
                  : `${props.undated.toLocaleString('en-US')} more have`}{' '}
                no date: <a href={factsHref(filters)}>see them in the facts explorer</a>
              </>
            )}
            .
          </p>
          {isCut && props.months.length > 0 && (
            <section class="panel chart-panel" aria-labelledby="timeline-months-heading">
              <h2 id="timeline-months-heading">Every month</h2>
              <p class="chart-note">
                All {props.total.toLocaleString('en-US')} dated facts by the month they start in;
                the darker bars, from {formatDay(shownFrom ?? '', 'long')}, are the months drawn
                below. Select a month to see its facts.
              </p>
              <div class="chart-scroll">
                <MonthStrip
                  months={props.months}
                  shownFrom={shownFrom}
                  hrefOf={(month) => timelineHref({ ...filters, since: month, until: month })}
                  label="Dated facts per month; each bar links to its month"
                />
              </div>
            </section>
          )}
          <section class="panel chart-panel" aria-labelledby="timeline-chart-heading">
            <h2 id="timeline-chart-heading">Chart</h2>
            <div class="chart-scroll">
              <TimelineChart
                facts={dated.map((item) => item.fact)}
                nameOf={nameOf}
                since={filters.since}
                until={filters.until}
              />
            </div>
            <p class="chart-key">
              <span>
                <span class="key-dot"></span> dated to the day
              </span>
              <span>
                <span class="key-bar"></span> dated to the month or year
              </span>
            </p>
          </section>
          <section class="panel" aria-labelledby="timeline-list-heading">
            <h2 id="timeline-list-heading">In order</h2>
            {isCut && (
              <p class="chart-note">
                The {dated.length.toLocaleString('en-US')} newest, oldest first.{' '}
                <a href={factsHref(filters)}>
                  All {props.total.toLocaleString('en-US')} in the facts explorer
                </a>
              </p>
            )}
            <ol class="timeline-list">
              {groupByMonth(dated.map((item) => item.fact)).map((group) => (
                <li>
                  <h3 class="timeline-month">{group.heading}</h3>
                  <ol class="timeline-facts">
                    {group.facts.map((fact) => (
                      <li class="timeline-fact">
                        <time datetime={whenOf(fact)}>{formatDay(whenOf(fact) ?? '')}</time>
                        <span class={`badge type-${fact.type}`}>{FACT_TYPE_LABELS[fact.type]}</span>
                        <span class="timeline-words">
                          <FactWords fact={fact} nameOf={nameOf} />
                        </span>
                        {evidenceHref(fact) && (
                          <a class="timeline-source" href={evidenceHref(fact)}>
                            Evidence
                          </a>
                        )}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  )
}

function TimelineFilterForm(props: TimelinePageProps) {
  const { filters } = props
  const groups = [...new Set(props.entityOptions.map((option) => option.group))]
  return (
    <form class="chart-filters" method="get" action="/timeline">
      <div class="field">
        <label for="timeline-type">Kind of fact</label>
        <select id="timeline-type" name="type">
          <option value="">All kinds</option>
          {TIMELINE_LANES.map((type) => (
            <option value={type} selected={filters.type === type}>
              {FACT_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="timeline-entity">Naming</label>
        <select id="timeline-entity" name="entity">
          <option value="">Anyone or anything</option>
          {groups.map((group) => (
            <optgroup label={group}>
              {props.entityOptions
                .filter((option) => option.group === group)
                .map((option) => (
                  <option value={option.id} selected={filters.entity === option.id}>
                    {option.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <DateField
        form="timeline"
        name="since"
        label="From"
        value={filters.since}
        placeholder="2025-01"
        hintId="timeline-date-hint"
        class="field field-date"
      />
      <DateField
        form="timeline"
        name="until"
        label="To"
        value={filters.until}
        placeholder="2026-12"
        hintId="timeline-date-hint"
        class="field field-date"
      />
      <div class="field field-actions">
        <button type="submit" class="button">
          Apply
        </button>
        <a class="button secondary" href="/timeline">
          Reset
        </a>
      </div>
      <p id="timeline-date-hint" class="field-hint">
        Dates as 2025, 2025-11 or 2025-11-05.
      </p>
    </form>
  )
}

interface MonthGroup {
  heading: string
  facts: ShownFact[]
}

/** Consecutive facts of the same month (or, dated only to a year, the same year) under one heading. */
function groupByMonth(facts: readonly ShownFact[]): MonthGroup[] {
  const groups: Array<MonthGroup & { key: string }> = []
  for (const fact of facts) {
    const when = whenOf(fact) ?? ''
    const key = when.length >= 7 ? when.slice(0, 7) : when.slice(0, 4)
    const heading = key.length === 4 ? `${key} (month not given)` : formatDay(key, 'long')
    const current = groups[groups.length - 1]
    if (current && current.key === key) current.facts.push(fact)
    else groups.push({ key, heading, facts: [fact] })
  }
  return groups
}

function timelineHref(filters: TimelineFilters): string {
  const query = new URLSearchParams()
  if (filters.type) query.set('type', filters.type)
  if (filters.entity) query.set('entity', filters.entity)
  if (filters.since) query.set('since', filters.since)
  if (filters.until) query.set('until', filters.until)
  const text = query.toString()
  return text ? `/timeline?${text}` : '/timeline'
}

function factsHref(filters: TimelineFilters): string {
  const query = new URLSearchParams()
  if (filters.type) query.set('type', filters.type)
  if (filters.entity) query.set('entity', filters.entity)
  const text = query.toString()
  return text ? `/facts?${text}` : '/facts'
}
