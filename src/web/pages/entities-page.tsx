import { Pagination } from '../components/pagination.js'
import type { DossierType } from './dossier/parts.js'
import { ENTITY_TYPE_LABELS } from './entity-page.js'

export interface EntityRow {
  id: string
  type: DossierType
  name: string
  role?: string | undefined
  aliases?: readonly string[] | undefined
  articles: number
  facts: number
}

export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as DossierType[]

/** The entity index: every entity with its coverage, filtered by type and name, paginated. */
export function EntitiesPage(props: {
  rows: readonly EntityRow[]
  total: number
  page: number
  pageSize: number
  type?: DossierType | undefined
  query?: string | undefined
  /** How many entities of each type there are, whatever the filters. */
  typeCounts: Readonly<Record<DossierType, number>>
  href: (page: number) => string
}) {
  const { type, query } = props
  const allCount = ENTITY_TYPES.reduce((sum, each) => sum + props.typeCounts[each], 0)
  const filtered = type !== undefined || (query ?? '') !== ''
  const lastPage = Math.max(1, Math.ceil(props.total / props.pageSize))
  return (
    <div class="entities-index">
      <div class="page-heading">
        <h1>{type ? ENTITY_TYPE_LABELS[type].many : 'Entities'}</h1>
        <p class="intro">
          The countries, people, organisations, places, minerals and initiatives the articles name,
          most covered first. Each has a dossier of its facts.
        </p>
      </div>
      <nav class="type-filter" aria-label="Entity types">
        <ul>
          <li>
            <a
              href={typeHref(undefined, query)}
              aria-current={type === undefined ? 'page' : undefined}
            >
              All <span class="count">{allCount}</span>
            </a>
          </li>
          {ENTITY_TYPES.map((each) => (
            <li>
              <a href={typeHref(each, query)} aria-current={type === each ? 'page' : undefined}>
                {ENTITY_TYPE_LABELS[each].many} <span class="count">{props.typeCounts[each]}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        class="entity-filter"
        action="/entities"
        method="get"
        role="search"
        aria-label="Filter entities"
      >
        <div class="field">
          <label for="entity-type">Type</label>
          <select id="entity-type" name="type">
            <option value="" selected={type === undefined}>
              All types
            </option>
            {ENTITY_TYPES.map((each) => (
              <option value={each} selected={type === each}>
                {ENTITY_TYPE_LABELS[each].one}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="entity-name">Name contains</label>
          <input
            id="entity-name"
            type="search"
            name="q"
            value={query ?? ''}
            placeholder="e.g. Katpar, Rubio, uranium"
          />
        </div>
        <div class="field actions">
          <button type="submit" class="button">
            Filter
          </button>
          {filtered && (
            <a class="button secondary" href="/entities">
              Clear
            </a>
          )}
        </div>
      </form>
      <p class="result-count" role="status">
        {props.total === 0
          ? 'No entities match.'
          : `${props.total} ${props.total === 1 ? 'entity' : 'entities'}${query ? ` matching “${query}”` : ''}`}
        {props.total > props.pageSize && ` · page ${Math.min(props.page, lastPage)} of ${lastPage}`}
      </p>
      {props.rows.length === 0 ? (
        <p class="empty-state">
          {props.total > 0 ? (
            <>
              There is no page {props.page}: the last page is{' '}
              <a href={props.href(lastPage)}>page {lastPage}</a>.
            </>
          ) : filtered ? (
            <>
              Nothing matches these filters. <a href="/entities">Show every entity</a>.
            </>
          ) : (
            'No entities yet: they appear as articles are ingested.'
          )}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="data entity-table">
            <caption class="visually-hidden">
              Entities with the number of articles and facts naming each
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" class="type-col">
                  Type
                </th>
                <th scope="col" class="numeric">
                  Articles
                </th>
                <th scope="col" class="numeric">
                  Facts
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/entities/${row.id}`}>{row.name}</a>
                    {row.role && <span class="entity-role">{row.role}</span>}
                    <span class="entity-role inline-type">{ENTITY_TYPE_LABELS[row.type].one}</span>
                  </th>
                  <td class="type-col">
                    <span class="badge">{ENTITY_TYPE_LABELS[row.type].one}</span>
                  </td>
                  <td class="numeric">{row.articles}</td>
                  <td class="numeric">{row.facts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        href={props.href}
        labels={{ previous: 'Previous', next: 'Next' }}
      />
    </div>
  )
}

function typeHref(type: DossierType | undefined, query: string | undefined): string {
  const params = new URLSearchParams()
  if (type) params.set('type', type)
  if (query) params.set('q', query)
  const search = params.toString()
  return search ? `/entities?${search}` : '/entities'
}
