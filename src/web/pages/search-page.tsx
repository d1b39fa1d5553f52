import type { FactType } from '../../model/index.js'
import { DateField, SelectField } from '../components/form-fields.js'
import { ArticleList, type ArticleCard } from '../components/article-list.js'
import { Pagination } from '../components/pagination.js'
import { FACT_TYPE_LABELS } from '../../model/index.js'

/** The filters a search may carry, as they appear in its address. */
export interface SearchFilters {
  since?: string
  until?: string
  /** A navigation section's slug. */
  section?: string
  /** Entity ids: `country:KZ`, `mineral:tungsten`. */
  country?: string
  mineral?: string
  type?: FactType
}

export type SearchFilterName = keyof SearchFilters

const FILTER_NAMES: readonly SearchFilterName[] = [
  'since',
  'until',
  'section',
  'country',
  'mineral',
  'type',
]

const FILTER_LABELS: Record<SearchFilterName, string> = {
  since: 'From',
  until: 'Until',
  section: 'Section',
  country: 'Country',
  mineral: 'Mineral',
  type: 'Fact type',
}

export interface FilterOption {
  value: string
  label: string
}

/** The choices the filter form offers, besides the free-form dates. */
export interface SearchFilterOptions {
  sections: readonly FilterOption[]
  countries: readonly FilterOption[]
  minerals: readonly FilterOption[]
}

export interface SearchResult {
  article: ArticleCard
  snippet: string
  /** [start, end) offsets into `snippet` of the matched words. */
  highlights: ReadonlyArray<readonly [number, number]>
}

export interface MatchingEntity {
  id: string
  name: string
  type: string
}

export interface SearchPageProps {
  query: string
  filters: SearchFilters
  options: SearchFilterOptions
  entities: readonly MatchingEntity[]
  results: readonly SearchResult[]
  total: number
  page: number
  pageSize: number
}

/** The address of a search: only the parameters that are set, so links stay short and stable. */
export function searchHref(query: string, filters: SearchFilters = {}, page = 1): string {
  const params = new URLSearchParams()
  if (query !== '') params.set('q', query)
  for (const name of FILTER_NAMES) {
    const value = filters[name]
    if (value !== undefined && value !== '') params.set(name, value)
  }
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text === '' ? '/search' : `/search?${text}`
}

export function countActiveFilters(filters: SearchFilters): number {
  return FILTER_NAMES.filter((name) => filters[name] !== undefined).length
}

const EXAMPLE_QUERIES = [
  'tungsten',
  'Kazakhstan',
  '"critical minerals"',
  'Rubio',
  'uranium -Rosatom',
]

/**
 * `/search`: the filter form (a plain GET form), the entities whose names match, then the
 * matching articles with their highlighted passages, paginated. An empty query is a prompt.
 */
export function SearchPage(props: SearchPageProps) {
  const { query, filters } = props
  const hasQuery = query !== ''
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  const isPastEnd = hasQuery && props.results.length === 0 && props.page > 1
  return (
    <div class="search-page">
      <div class="page-heading">
        <h1>{hasQuery ? `Search results for “${query}”` : 'Search'}</h1>
        {hasQuery && !isPastEnd && (
          <p class="search-count">
            {countWords(props, countActiveFilters(filters))}
            <a class="refine-link" href="#refine">
              Refine
            </a>
          </p>
        )}
      </div>
      <div class="search-layout">
        <div class="search-results">
          {!hasQuery ? (
            <SearchPrompt />
          ) : isPastEnd ? (
            <p class="empty-state">
              There is no page {props.page} of results for “{query}”.{' '}
              <a href={searchHref(query, filters, props.total === 0 ? 1 : pages)}>
                {props.total === 0 ? 'Back to the first page' : `Go to the last page (${pages})`}
              </a>
              .
            </p>
          ) : (
            <>
              {props.page === 1 && <EntityMatches entities={props.entities} />}
              <ActiveFilters query={query} filters={filters} options={props.options} />
              {props.results.length === 0 ? (
                <NoResults
                  query={query}
                  filters={filters}
                  hasEntities={props.entities.length > 0}
                />
              ) : (
                <section aria-labelledby="search-articles-heading">
                  <h2 id="search-articles-heading" class="visually-hidden">
                    Articles
                  </h2>
                  <ArticleList
                    articles={props.results.map((result) => result.article)}
                    headingLevel={3}
                    extra={(article) => {
                      const result = props.results.find((r) => r.article.id === article.id)
                      return (
                        result && <Snippet text={result.snippet} highlights={result.highlights} />
                      )
                    }}
                  />
                </section>
              )}
              <Pagination
                page={props.page}
                pageSize={props.pageSize}
                total={props.total}
                href={(n) => searchHref(query, filters, n)}
              />
            </>
          )}
        </div>
        <FilterForm query={query} filters={filters} options={props.options} />
      </div>
    </div>
  )
}

function countWords(
  props: { total: number; page: number; pageSize: number; results: readonly unknown[] },
  filterCount: number,
): string {
  const { total, page, pageSize } = props
  const narrowed = filterCount > 0 ? ` ${filterWords(filterCount)}` : ''
  if (total === 0) return `No articles match${narrowed}.`
  const noun = total === 1 ? 'article matches' : 'articles match'
  if (total <= pageSize) return `${total} ${noun}${narrowed}.`
  const first = (page - 1) * pageSize + 1
  return `${total} ${noun}${narrowed}; showing ${first}–${first + props.results.length - 1}.`
}

function filterWords(count: number): string {
  return count === 1 ? 'with 1 filter' : `with ${count} filters`
}

/**
 * The snippet with its matched words in <mark>. Offsets that overlap, run backwards or fall
 * outside the text are clipped, so a bad offset can cost a highlight but never text.
 */
export function Snippet(props: {
  text: string
  highlights: ReadonlyArray<readonly [number, number]>
}) {
  const parts: Array<string | { marked: string }> = []
  let at = 0
  const sorted = [...props.highlights].sort((a, b) => a[0] - b[0])
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(at, Math.min(rawStart, props.text.length))
    const end = Math.min(rawEnd, props.text.length)
    if (end <= start) continue
    if (start > at) parts.push(props.text.slice(at, start))
    parts.push({ marked: props.text.slice(start, end) })
    at = end
  }
  if (at < props.text.length) parts.push(props.text.slice(at))
  return (
    <p class="snippet">
      {parts.map((part) =>
        typeof part === 'string' ? flattenParagraphs(part) : <mark>{part.marked}</mark>,
      )}
    </p>
  )
}

/** A passage may span paragraphs (a subheading, then text): keep the break visible on one line. */
function flattenParagraphs(text: string): string {
  return text.replace(/\s*\n\s*/g, (gap) => (gap.includes('\n\n') ? ' · ' : ' '))
}

function EntityMatches(props: { entities: readonly MatchingEntity[] }) {
  if (props.entities.length === 0) return null
  return (
    <div class="search-entities">
      <h2 class="search-entities-label">Entities:</h2>
      <ul>
        {props.entities.map((entity) => (
          <li>
            <a href={`/entities/${entity.id}`}>{entity.name}</a>{' '}
            <span class="entity-kind">({entity.type})</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function ActiveFilters(props: {
  query: string
  filters: SearchFilters
  options: SearchFilterOptions
}) {
  const active = FILTER_NAMES.filter((name) => props.filters[name] !== undefined)
  if (active.length === 0) return null
  return (
    <div class="active-filters">
      <span class="active-filters-label">Filtered by:</span>
      <ul>
        {active.map((name) => {
          const label = `${FILTER_LABELS[name]}: ${filterValueLabel(name, props.filters, props.options)}`
          return (
            <li>
              <a
                class="filter-chip"
                href={searchHref(props.query, { ...props.filters, [name]: undefined })}
                aria-label={`Remove filter ${label}`}
              >
                {label} <span aria-hidden="true">×</span>
              </a>
            </li>
          )
        })}
      </ul>
      {active.length > 1 && (
        <a class="clear-filters" href={searchHref(props.query)}>
          Clear all
        </a>
      )}
    </div>
  )
}

function filterValueLabel(
  name: SearchFilterName,
  filters: SearchFilters,
  options: SearchFilterOptions,
): string {
  const value = filters[name] ?? ''
  const from = (list: readonly FilterOption[]) =>
    list.find((option) => option.value === value)?.label.replace(/ \(\d+\)$/, '') ?? value
  switch (name) {
    case 'section':
      return from(options.sections)
    case 'country':
      return from(options.countries)
    case 'mineral':
      return from(options.minerals)
    case 'type':
      return filters.type ? FACT_TYPE_LABELS[filters.type] : value
    default:
      return value
  }
}

function NoResults(props: { query: string; filters: SearchFilters; hasEntities: boolean }) {
  const filterCount = countActiveFilters(props.filters)
  return (
    <div class="no-results">
      <p class="no-results-message">No articles match “{props.query}”.</p>
      <p>Suggestions:</p>
      <ul>
        {filterCount > 0 && (
          <li>
            <a href={searchHref(props.query)}>
              Search for “{props.query}” without the {filterCount === 1 ? 'filter' : 'filters'}
            </a>
            , or remove one of them above.
          </li>
        )}
        <li>Check the spelling, or use fewer or more general words.</li>
        <li>
          Try a name as the articles write it, such as{' '}
          <a href={searchHref('Kazakhstan')}>Kazakhstan</a> or{' '}
          <a href={searchHref('critical minerals')}>critical minerals</a>.
        </li>
        {props.hasEntities && <li>Open one of the entities above for its dossier.</li>}
        <li>
          Browse the <a href="/entities">entities</a> or the <a href="/facts">facts</a> instead.
        </li>
      </ul>
    </div>
  )
}

function SearchPrompt() {
  return (
    <div class="search-prompt">
      <p class="search-prompt-lead">
        Search every article for people, countries, minerals, companies and deals.
      </p>
      <p>Try one of these:</p>
      <ul class="search-examples">
        {EXAMPLE_QUERIES.map((example) => (
          <li>
            <a href={searchHref(example)}>{example}</a>
          </li>
        ))}
      </ul>
      <p class="search-tips">
        All words must match. Put a phrase in quotes (<code>"rare earths"</code>), join alternatives
        with <code>OR</code>, and exclude a word with a minus (<code>-China</code>).
      </p>
    </div>
  )
}

function FilterForm(props: {
  query: string
  filters: SearchFilters
  options: SearchFilterOptions
}) {
  const { filters, options } = props
  const active = countActiveFilters(filters)
  return (
    <aside class="search-filters" id="refine" aria-labelledby="refine-heading">
      <h2 id="refine-heading">
        Refine{active > 0 && <span class="filter-count"> ({filterWords(active)})</span>}
      </h2>
      <form action="/search" method="get" class="filter-form">
        <div class="field">
          <label for="filter-q">Words</label>
          <input id="filter-q" type="search" name="q" value={props.query} />
        </div>
        <fieldset class="field-pair">
          <legend>Published</legend>
          <DateField
            form="filter"
            name="since"
            label="From"
            value={filters.since}
            placeholder="YYYY-MM-DD"
            hintId="date-hint"
          />
          <DateField
            form="filter"
            name="until"
            label="Until"
            value={filters.until}
            placeholder="YYYY-MM-DD"
            hintId="date-hint"
          />
          <p id="date-hint" class="field-hint">
            A year, month or day: <span class="nowrap">2025</span>,{' '}
            <span class="nowrap">2025-11</span> or <span class="nowrap">2025-11-05</span>.
          </p>
        </fieldset>
        <SelectField
          form="filter"
          name="section"
          label="Section"
          anyLabel="Any section"
          value={filters.section}
          options={options.sections}
        />
        <SelectField
          form="filter"
          name="country"
          label="Country"
          anyLabel="Any country"
          value={filters.country}
          options={options.countries}
        />
        <SelectField
          form="filter"
          name="mineral"
          label="Mineral"
          anyLabel="Any mineral"
          value={filters.mineral}
          options={options.minerals}
        />
        <SelectField
          form="filter"
          name="type"
          label="Fact type"
          anyLabel="Any fact type"
          value={filters.type}
          options={Object.entries(FACT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <div class="filter-actions">
          <button type="submit" class="button">
            Apply filters
          </button>
          {active > 0 && (
            <a class="button secondary" href={searchHref(props.query)}>
              Clear filters
            </a>
          )}
        </div>
      </form>
    </aside>
  )
}
