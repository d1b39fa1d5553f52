import type { Child } from 'hono/jsx'
import { ArticleList, type ArticleCard } from '../../components/article-list.js'
import { FactWords } from '../../fact-words.js'
import {
  FACT_TYPE_LABELS,
  moneyOf,
  type FactRoles,
  type NameOf,
  type ShownFact,
} from '../../../model/index.js'
import { formatDay } from '../../../model/index.js'
import { totalsByCurrency, type MoneyTotal } from './money-totals.js'

export type DossierType = 'country' | 'person' | 'organization' | 'place' | 'mineral' | 'initiative'

/** The entity as the dossier shows it (the store's entity has these fields). */
export interface DossierEntity {
  id: string
  type: DossierType
  name: string
  aliases?: readonly string[] | undefined
  role?: string | undefined
  country?: string | readonly string[] | undefined
}

/** What the reference data adds to a dossier, when it knows the entity. */
export interface ReferenceNotes {
  category?: string | undefined
  lat?: number | undefined
  lon?: number | undefined
  /** Places: the region it lies in. Organisations: the parent. */
  within?: string | undefined
  minerals?: readonly string[] | undefined
  roles?: ReadonlyArray<{
    title: string
    org?: string | undefined
    since?: string | undefined
    until?: string | undefined
  }>
  launched?: string | undefined
  participants?: readonly string[] | undefined
  lists?: readonly string[] | undefined
  symbol?: string | undefined
  /** Short figures from the sources. */
  notes?: readonly string[] | undefined
}

/** A panel lists at most this many facts, the newest; a link leads to the rest. */
export const SHOWN_PER_PANEL = 20

export interface DossierData {
  entity: DossierEntity
  counts: { articles: number; facts: number }
  /**
   * Every fact naming the entity (a country's also those naming its places and
   * organisations), newest first, undated last. Only the facts the panels show carry their
   * evidence (`shownFactIds` says which); the others come with none, for counts and sums.
   */
  facts: readonly ShownFact[]
  nameOf: NameOf
  /** The articles the facts' evidence cites, by id. */
  sources: ReadonlyMap<string, ArticleCard>
  articles: { items: readonly ArticleCard[]; total: number }
  reference?: ReferenceNotes | undefined
  /** Countries: the ids of its places and organisations, whose facts count as its own. */
  holdings?: ReadonlySet<string> | undefined
  /** Minerals: places the reference data says hold it (and the store knows). */
  knownSites?: readonly string[] | undefined
  /** Where the search for more articles goes when the list is cut short. */
  moreArticlesHref?: string | undefined
  /** Slot for the SVG timeline (built elsewhere); rendered above the chronological list if given. */
  timeline?: Child
  /** Slot for the SVG map (built elsewhere); rendered in the place panel if given. */
  map?: Child
}

/** A role's values as a list, whichever shape the fact gives it in. */
export function roleOf(fact: FactRoles, role: string): string[] {
  const value = (fact as unknown as Record<string, unknown>)[role]
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return []
}

export function dateOf(fact: ShownFact): string | undefined {
  return 'when' in fact ? fact.when : undefined
}

export function statusOf(fact: ShownFact): string | undefined {
  return 'status' in fact ? fact.status : undefined
}

export function totalsOf(facts: readonly FactRoles[]): MoneyTotal[] {
  return totalsByCurrency(facts.map(moneyOf).filter((money) => money !== undefined))
}

/** Entity ids named in the given roles of the facts, most frequent first, without `exclude`. */
export function tally(
  facts: readonly FactRoles[],
  roles: readonly string[] | 'all',
  exclude: ReadonlySet<string>,
): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>()
  for (const fact of facts) {
    const ids = roles === 'all' ? entityIds(fact) : roles.flatMap((role) => roleOf(fact, role))
    ids.forEach((id, index) => {
      // Once per fact, however many of its roles name the entity.
      if (ids.indexOf(id) !== index || exclude.has(id) || !/^[a-z]+:/.test(id)) return
      counts.set(id, (counts.get(id) ?? 0) + 1)
    })
  }
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
}

const NOT_ENTITY_ROLES = new Set([
  'id',
  'evidence',
  'type',
  'rule',
  'quote',
  'kind',
  'status',
  'when',
])
const ENTITY_ID = /^(country|person|organization|place|mineral|initiative):/

function entityIds(fact: FactRoles): string[] {
  // A plain loop: a country's tallies run over thousands of facts per page.
  const ids: string[] = []
  const roles = fact as unknown as Record<string, unknown>
  for (const key in roles) {
    if (NOT_ENTITY_ROLES.has(key)) continue
    const value = roles[key]
    if (typeof value === 'string') {
      if (ENTITY_ID.test(value)) ids.push(value)
    } else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string' && ENTITY_ID.test(item)) ids.push(item)
    }
  }
  return ids
}

export function Panel(props: { id: string; title: string; children: Child; note?: Child }) {
  return (
    <section class="panel dossier-panel" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.note && <p class="panel-note">{props.note}</p>}
      {props.children}
    </section>
  )
}

/** Where a fact's evidence is: the article page highlights it. */
export function evidenceHref(articleId: string, factId: string): string {
  return `/articles/${articleId}?fact=${factId}#fact-text`
}

export function FactItem(props: { fact: ShownFact; data: DossierData }) {
  const { fact, data } = props
  const when = dateOf(fact)
  const status = statusOf(fact)
  const reported = data.sources.get(fact.evidence[0]?.articleId ?? '')?.published
  const articleIds = [...new Set(fact.evidence.map((evidence) => evidence.articleId))]
  return (
    <li class="fact-item">
      <p class="fact-meta">
        <span class={`badge type-${fact.type}`}>{FACT_TYPE_LABELS[fact.type]}</span>
        {when ? (
          <time datetime={when}>{formatDay(when)}</time>
        ) : (
          <span class="undated">Undated{reported && <>, reported {formatDay(reported)}</>}</span>
        )}
        {status && <span class="badge status-badge">{status}</span>}
      </p>
      <p class="fact-words">
        <FactWords fact={fact} nameOf={data.nameOf} />
      </p>
      {articleIds.length > 0 && (
        <p class="fact-source">
          Evidence:{' '}
          {articleIds.map((articleId, index) => (
            <>
              {index > 0 && '; '}
              <a href={evidenceHref(articleId, fact.id)}>
                {data.sources.get(articleId)?.title ?? 'the article'}
              </a>
            </>
          ))}
        </p>
      )}
    </li>
  )
}

/** The newest of the facts (`SHOWN_PER_PANEL`), with a link to all of them when there are more. */
export function FactList(props: {
  facts: readonly ShownFact[]
  data: DossierData
  type?: ShownFact['type'] | undefined
}) {
  return (
    <>
      <ol class="fact-list">
        {props.facts.slice(0, SHOWN_PER_PANEL).map((fact) => (
          <FactItem fact={fact} data={props.data} />
        ))}
      </ol>
      <MoreFacts total={props.facts.length} data={props.data} type={props.type} />
    </>
  )
}

/** "Showing the 20 newest of 312. See all in the facts explorer", when a list was cut. */
export function MoreFacts(props: {
  total: number
  data: DossierData
  type?: ShownFact['type'] | undefined
}) {
  if (props.total <= SHOWN_PER_PANEL) return null
  const query = new URLSearchParams({ entity: props.data.entity.id })
  if (props.type) query.set('type', props.type)
  const what = props.type ? `${FACT_TYPE_LABELS[props.type].toLowerCase()} facts` : 'facts'
  return (
    <p class="more-link">
      Showing the {SHOWN_PER_PANEL} newest of {props.total.toLocaleString('en-US')}.{' '}
      <a href={`/facts?${query.toString()}`}>
        See all {what} naming {props.data.entity.name} in the facts explorer
      </a>
    </p>
  )
}

/** Sums of the amounts the facts state, one line per currency. */
export function MoneyTotals(props: { facts: readonly FactRoles[]; label: string }) {
  const totals = totalsOf(props.facts)
  const unstated = props.facts.filter((fact) => moneyOf(fact) === undefined).length
  if (totals.length === 0 && unstated === 0) return null
  return (
    <dl class="money-totals">
      <dt>{props.label}</dt>
      {totals.map((total) => (
        <dd>
          <strong>{total.phrase}</strong>{' '}
          <span class="muted">
            ({total.count} {total.count === 1 ? 'amount' : 'amounts'} stated)
          </span>
        </dd>
      ))}
      {unstated > 0 && <dd class="muted">{unstated} without a stated amount</dd>}
    </dl>
  )
}

/** Linked entities with how many of the facts name each. */
export function EntityTally(props: {
  items: ReadonlyArray<{ id: string; count: number }>
  nameOf: NameOf
}) {
  return (
    <ul class="entity-tally">
      {props.items.map((item) => {
        const label = props.nameOf(item.id)
        return (
          <li>
            {label.href ? <a href={label.href}>{label.name}</a> : label.name}{' '}
            <span class="count">
              {item.count} {item.count === 1 ? 'fact' : 'facts'}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** The newest dated facts, newest first, then the undated ones with when they were reported. */
export function Chronology(props: {
  facts: readonly ShownFact[]
  data: DossierData
  id?: string
  title?: string
  type?: ShownFact['type'] | undefined
}) {
  const { data } = props
  if (props.facts.length === 0) return null
  return (
    <Panel id={props.id ?? 'chronology'} title={props.title ?? 'Chronology'}>
      <ol class="chronology">
        {props.facts.slice(0, SHOWN_PER_PANEL).map((fact) => {
          const when = dateOf(fact)
          const reported = data.sources.get(fact.evidence[0]?.articleId ?? '')?.published
          return (
            <li>
              <span class="chronology-date">
                {when ? (
                  <time datetime={when}>{formatDay(when)}</time>
                ) : reported ? (
                  <>
                    <span class="reported">Reported</span>{' '}
                    <time datetime={reported}>{formatDay(reported)}</time>
                  </>
                ) : (
                  'Undated'
                )}
              </span>
              <span class="chronology-words">
                <span class={`badge type-${fact.type}`}>{FACT_TYPE_LABELS[fact.type]}</span>{' '}
                <FactWords fact={fact} nameOf={data.nameOf} />{' '}
                {fact.evidence[0] && (
                  <a class="evidence-link" href={evidenceHref(fact.evidence[0].articleId, fact.id)}>
                    Evidence
                    <span class="visually-hidden">
                      {' '}
                      for this {FACT_TYPE_LABELS[fact.type].toLowerCase()}
                    </span>
                  </a>
                )}
              </span>
            </li>
          )
        })}
      </ol>
      <MoreFacts total={props.facts.length} data={data} type={props.type} />
    </Panel>
  )
}

export function ArticlesPanel(props: { data: DossierData }) {
  const { items, total } = props.data.articles
  if (items.length === 0) return null
  return (
    <Panel id="articles" title={`Articles (${total})`}>
      <ArticleList articles={items} headingLevel={3} />
      {total > items.length && props.data.moreArticlesHref && (
        <p class="more-link">
          Showing the {items.length} newest of {total}.{' '}
          <a href={props.data.moreArticlesHref}>Search for more</a>
        </p>
      )}
    </Panel>
  )
}

/** The facts no earlier panel listed, so that nothing is hidden. */
export function OtherFacts(props: { facts: readonly ShownFact[]; data: DossierData }) {
  if (props.facts.length === 0) return null
  return (
    <Panel id="other-facts" title="Other facts">
      <FactList facts={props.facts} data={props.data} />
    </Panel>
  )
}

/** The facts in none of the lists, in their order. */
export function factsOutside<F extends FactRoles>(
  facts: readonly F[],
  lists: ReadonlyArray<readonly FactRoles[]>,
): F[] {
  const listed = new Set(lists.flatMap((list) => list.map((fact) => fact.id)))
  return facts.filter((fact) => !listed.has(fact.id))
}

/** What a dossier's panels are computed from: the facts, with or without their evidence. */
export interface FactListInput<F extends FactRoles> {
  entity: DossierEntity
  facts: readonly F[]
  holdings?: ReadonlySet<string> | undefined
}
