import type { FactType } from '../../model/index.js'
import { DateField, SelectField } from '../components/form-fields.js'
import { FactWords } from '../fact-words.js'
import {
  FACT_TYPE_LABELS,
  moneyOf,
  quantityOf,
  type NameOf,
  type ShownFact,
} from '../../model/index.js'
import { formatDay, formatMoney, formatPercent, formatQuantity } from '../../model/index.js'

export const FACT_SORTS = ['date-desc', 'date-asc', 'type', 'confidence'] as const
export type FactSort = (typeof FACT_SORTS)[number]

const SORT_LABELS: Record<FactSort, string> = {
  'date-desc': 'Newest first',
  'date-asc': 'Oldest first',
  type: 'By type',
  confidence: 'Most confident first',
}

/** Every status a fact of some type may have (FACTS.md), in the order a deal moves through them. */
export const FACT_STATUSES = [
  'proposed',
  'planned',
  'introduced',
  'announced',
  'signed',
  'passed',
  'enacted',
  'in-force',
  'ongoing',
  'completed',
] as const

/** The filters of `/facts`, as they appear in its address. The entity lists combine with AND. */
export interface FactFilters {
  type?: FactType
  status?: string
  since?: string
  until?: string
  /** Absent means the default, newest first. */
  sort?: FactSort
  /** Part of a person's or organization's name: facts naming any actor whose name holds it. */
  who?: string
  /** Entity ids: `country:KZ`, `mineral:tungsten`, any id for actor and entity. */
  country: readonly string[]
  mineral: readonly string[]
  actor: readonly string[]
  entity: readonly string[]
}

type ListFilter = 'country' | 'mineral' | 'actor' | 'entity'
type SingleFilter = 'type' | 'who' | 'status' | 'since' | 'until'
const LIST_FILTERS: readonly ListFilter[] = ['country', 'mineral', 'actor', 'entity']
const SINGLE_FILTERS: readonly SingleFilter[] = ['type', 'who', 'status', 'since', 'until']

const FILTER_LABELS: Record<ListFilter | SingleFilter, string> = {
  type: 'Type',
  country: 'Country',
  mineral: 'Mineral',
  actor: 'Actor',
  who: 'Actor name',
  entity: 'Entity',
  status: 'Status',
  since: 'From',
  until: 'Until',
}

export interface FactFilterOption {
  value: string
  label: string
}

export interface FactFilterOptions {
  countries: readonly FactFilterOption[]
  minerals: readonly FactFilterOption[]
  /** The people and organizations most facts name (the rest are found by name, `who`). */
  actors: readonly FactFilterOption[]
}

/** A fact with the articles its evidence comes from (title by article id). */
export interface FactRow {
  fact: ShownFact
  articleTitles: ReadonlyMap<string, string>
}

export interface FactsPageProps {
  filters: FactFilters
  options: FactFilterOptions
  rows: readonly FactRow[]
  nameOf: NameOf
  /** Facts matching the filters, over all pages. */
  total: number
  /** Facts in the whole store: tells an empty store from a filter that matches nothing. */
  storeTotal: number
  page: number
  pageSize: number
}

export function emptyFactFilters(): FactFilters {
  return { country: [], mineral: [], actor: [], entity: [] }
}

/** The address of a view of the facts: only the parameters that are set, in a stable order. */
export function factsHref(
  filters: FactFilters,
  options: { page?: number; format?: 'csv' } = {},
): string {
  const params = new URLSearchParams()
  if (filters.type) params.set('type', filters.type)
  for (const name of LIST_FILTERS) for (const id of filters[name]) params.append(name, id)
  if (filters.who) params.set('who', filters.who)
  if (filters.status) params.set('status', filters.status)
  if (filters.since) params.set('since', filters.since)
  if (filters.until) params.set('until', filters.until)
  if (filters.sort && filters.sort !== 'date-desc') params.set('sort', filters.sort)
  if (options.page !== undefined && options.page > 1) params.set('page', String(options.page))
  if (options.format) params.set('format', options.format)
  const text = params.toString()
  return text === '' ? '/facts' : `/facts?${text}`
}

/** Where one piece of evidence shows highlighted in its article. */
export function evidenceHref(articleId: string, factId: string): string {
  return `/articles/${encodeURIComponent(articleId)}?fact=${encodeURIComponent(factId)}#fact-text`
}

interface ActiveFilter {
  label: string
  without: FactFilters
}

function activeFilters(filters: FactFilters, nameOf: NameOf): ActiveFilter[] {
  const active: ActiveFilter[] = []
  for (const name of SINGLE_FILTERS) {
    const value = filters[name]
    if (value === undefined) continue
    const shown =
      name === 'type'
        ? FACT_TYPE_LABELS[value as FactType]
        : name === 'since' || name === 'until'
          ? formatDay(value)
          : name === 'who'
            ? `“${value}”`
            : value
    active.push({
      label: `${FILTER_LABELS[name]}: ${shown}`,
      without: { ...filters, [name]: undefined },
    })
  }
  for (const name of LIST_FILTERS) {
    filters[name].forEach((id, index) => {
      active.push({
        label: `${FILTER_LABELS[name]}: ${nameOf(id).name}`,
        without: { ...filters, [name]: filters[name].filter((_, other) => other !== index) },
      })
    })
  }
  return active
}

/**
 * `/facts`: every fact as a row of a table, filtered by a plain GET form (so it works without
 * JavaScript), with the active filters as removable chips and the view as a CSV download.
 */
export function FactsPage(props: FactsPageProps) {
  const { filters, nameOf } = props
  const active = activeFilters(filters, nameOf)
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  const isPastEnd = props.rows.length === 0 && props.page > 1
  const sort = filters.sort ?? 'date-desc'
  return (
    <div class="facts-page">
      <div class="page-heading">
        <h1>Facts</h1>
        <p class="intro">
          Visits, meetings, agreements, investments, laws, statements, dependencies and resources
          found in the articles. Open a fact’s evidence to read the words that state it.
        </p>
      </div>

      <FilterForm
        filters={filters}
        options={props.options}
        nameOf={nameOf}
        activeCount={active.length}
      />

      <div class="facts-toolbar">
        <p class="facts-count">
          <strong>{countWords(props.total)}</strong>
          {props.total > props.pageSize && !isPastEnd && (
            <span>
              {' '}
              · showing {(props.page - 1) * props.pageSize + 1}–
              {(props.page - 1) * props.pageSize + props.rows.length}
            </span>
          )}
        </p>
        {props.total > 0 && (
          <a class="button secondary facts-export" href={factsHref(filters, { format: 'csv' })}>
            Export CSV<span class="visually-hidden"> of these {countWords(props.total)}</span>
          </a>
        )}
      </div>

      {active.length > 0 && (
        <div class="facts-chips">
          <span class="facts-chips-label">Filtered by:</span>
          <ul>
            {active.map((filter) => (
              <li>
                <a
                  class="facts-chip"
                  href={factsHref(filter.without)}
                  aria-label={`Remove filter ${filter.label}`}
                >
                  <span aria-hidden="true">×</span> {filter.label}
                </a>
              </li>
            ))}
          </ul>
          {active.length > 1 && (
            <a class="facts-clear" href={factsHref({ ...emptyFactFilters(), sort: filters.sort })}>
              Clear all
            </a>
          )}
        </div>
      )}

      {props.storeTotal === 0 ? (
        <div class="empty-state facts-empty">
          <p>
            No facts yet. Ingest some articles with <code>lodestone ingest PATH</code>; the facts
            found in them appear here without a restart.
          </p>
        </div>
      ) : isPastEnd ? (
        <div class="empty-state facts-empty">
          <p>
            There is no page {props.page} of these facts.{' '}
            <a href={factsHref(filters, { page: props.total === 0 ? 1 : pages })}>
              {props.total === 0 ? 'Back to the first page' : `Go to the last page (${pages})`}
            </a>
            .
          </p>
        </div>
      ) : props.total === 0 ? (
        <div class="empty-state facts-empty">
          <p>No facts match these filters.</p>
          <p>
            <a href="/facts">Clear the filters</a> to see all {countWords(props.storeTotal)}, or
            remove one of them above.
          </p>
        </div>
      ) : (
        <>
          <div class="table-wrap">
            <table class="data facts-table">
              <caption class="visually-hidden">
                {countWords(props.total)}, {SORT_LABELS[sort].toLowerCase()}
                {pages > 1 && `, page ${props.page} of ${pages}`}. Each fact’s evidence opens under
                its sentence.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Fact</th>
                  <th scope="col">Date</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="numeric">
                    Amount
                  </th>
                  <th scope="col" class="numeric">
                    Confidence
                  </th>
                  <th scope="col" class="numeric">
                    Sources
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((row) => (
                  <FactTableRow row={row} nameOf={nameOf} />
                ))}
              </tbody>
            </table>
          </div>
          <PageLinks
            page={props.page}
            pages={pages}
            href={(n) => factsHref(filters, { page: n })}
          />
        </>
      )}
    </div>
  )
}

function countWords(count: number): string {
  return count === 1 ? '1 fact' : `${count.toLocaleString('en-US')} facts`
}

function Missing(props: { what: string }) {
  return (
    <>
      <span aria-hidden="true" class="facts-missing">
        —
      </span>
      <span class="visually-hidden">{props.what}</span>
    </>
  )
}

function FactTableRow(props: { row: FactRow; nameOf: NameOf }) {
  const { fact, articleTitles } = props.row
  const articleIds = [...new Set(fact.evidence.map((piece) => piece.articleId))]
  const money = moneyOf(fact)
  const quantity = quantityOf(fact)
  const when = 'when' in fact ? fact.when : undefined
  const status = 'status' in fact ? fact.status : undefined
  return (
    <tr id={`fact-${fact.id}`}>
      <td data-label="Type">
        <span class={`badge facts-type type-${fact.type}`}>{FACT_TYPE_LABELS[fact.type]}</span>
      </td>
      <td data-label="Fact" class="fact-cell">
        <p class="fact-sentence">
          <FactWords fact={fact} nameOf={props.nameOf} />
        </p>
        <details class="fact-evidence">
          <summary>Evidence ({fact.evidence.length})</summary>
          <ol>
            {fact.evidence.map((piece) => (
              <li>
                <blockquote>{piece.text}</blockquote>
                <p class="evidence-source">
                  See it highlighted in{' '}
                  <a href={evidenceHref(piece.articleId, fact.id)}>
                    {articleTitles.get(piece.articleId) ?? `article ${piece.articleId}`}
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </details>
      </td>
      <td data-label="Date" class="nowrap">
        {when ? <time datetime={when}>{formatDay(when)}</time> : <Missing what="Undated" />}
      </td>
      <td data-label="Status">
        {status ? <span class="fact-status">{status}</span> : <Missing what="No status" />}
      </td>
      <td data-label="Amount" class="numeric">
        {money ? (
          formatMoney(money)
        ) : quantity ? (
          formatQuantity(quantity)
        ) : fact.type === 'investment' && fact.stake_percent !== undefined ? (
          `${formatPercent(fact.stake_percent)} stake`
        ) : fact.type === 'resource' && fact.share_percent !== undefined ? (
          `${formatPercent(fact.share_percent)} of world`
        ) : (
          <Missing what="No amount" />
        )}
      </td>
      <td data-label="Confidence" class="numeric">
        {formatPercent(Math.round(fact.confidence * 100))}
      </td>
      <td data-label="Sources" class="numeric nowrap">
        {articleIds.length === 1 ? '1 article' : `${articleIds.length} articles`}
      </td>
    </tr>
  )
}

/** Previous and next, named for what they do whatever the sort. */
function PageLinks(props: { page: number; pages: number; href: (page: number) => string }) {
  if (props.pages <= 1) return null
  const { page, pages } = props
  return (
    <nav class="pagination" aria-label="Pages">
      {page > 1 ? (
        <a rel="prev" href={props.href(page - 1)}>
          ← Previous
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={props.href(page + 1)}>
          Next →
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}

function FilterForm(props: {
  filters: FactFilters
  options: FactFilterOptions
  nameOf: NameOf
  activeCount: number
}) {
  const { filters, options, nameOf } = props
  // A select shows one value; the others (and `entity`, which has no control) ride along hidden.
  const withCurrent = (list: readonly FactFilterOption[], current: string | undefined) =>
    current === undefined || list.some((option) => option.value === current)
      ? list
      : [{ value: current, label: nameOf(current).name }, ...list]
  return (
    <section class="facts-filters" aria-labelledby="facts-filters-heading">
      <h2 id="facts-filters-heading" class="visually-hidden">
        Filters
      </h2>
      <details class="facts-filters-fold" open>
        <summary>
          Filters
          {props.activeCount > 0 && (
            <span class="facts-filters-active"> ({props.activeCount} active)</span>
          )}
        </summary>
        <form action="/facts" method="get" class="facts-form">
          <SelectField
            form="facts"
            name="type"
            label="Type"
            anyLabel="Any type"
            value={filters.type}
            options={Object.entries(FACT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <SelectField
            form="facts"
            name="country"
            label="Country"
            anyLabel="Any country"
            value={filters.country[0]}
            options={withCurrent(options.countries, filters.country[0])}
          />
          <SelectField
            form="facts"
            name="mineral"
            label="Mineral"
            anyLabel="Any mineral"
            value={filters.mineral[0]}
            options={withCurrent(options.minerals, filters.mineral[0])}
          />
          <SelectField
            form="facts"
            name="actor"
            label="Actor"
            anyLabel="Any person or organization"
            value={filters.actor[0]}
            options={withCurrent(options.actors, filters.actor[0])}
          />
          <div class="field">
            <label for="facts-who">Actor name</label>
            {/* 50-facts.js fills the list from /search/suggest as the user types. */}
            <input
              id="facts-who"
              name="who"
              type="search"
              value={filters.who ?? ''}
              placeholder="Rubio, Tau-Ken…"
              maxlength={100}
              autocomplete="off"
              list="facts-who-suggestions"
              aria-describedby="facts-who-hint"
            />
            <datalist id="facts-who-suggestions" />
            <p id="facts-who-hint" class="field-hint">
              Any person or organization whose name holds these words.
            </p>
          </div>
          <SelectField
            form="facts"
            name="status"
            label="Status"
            anyLabel="Any status"
            value={filters.status}
            options={FACT_STATUSES.map((status) => ({ value: status, label: status }))}
          />
          <DateField
            form="facts"
            name="since"
            label="From"
            value={filters.since}
            placeholder="2025-01"
            hintId="facts-date-hint"
          />
          <DateField
            form="facts"
            name="until"
            label="Until"
            value={filters.until}
            placeholder="2026-12-31"
            hintId="facts-date-hint"
          />
          <SelectField
            form="facts"
            name="sort"
            label="Sort"
            value={filters.sort ?? 'date-desc'}
            options={FACT_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
          />
          {LIST_FILTERS.flatMap((name) =>
            filters[name]
              .slice(name === 'entity' ? 0 : 1)
              .map((id) => <input type="hidden" name={name} value={id} />),
          )}
          <p id="facts-date-hint" class="field-hint">
            Dates: a year, month or day (2025, 2025-11 or 2025-11-05).
          </p>
          <div class="facts-form-actions">
            <button type="submit" class="button">
              Apply filters
            </button>
            {props.activeCount > 0 && (
              <a class="button secondary" href="/facts">
                Clear filters
              </a>
            )}
          </div>
        </form>
      </details>
    </section>
  )
}
