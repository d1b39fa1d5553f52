import { formatDay } from '../../model/index.js'
import { FactWords } from '../fact-words.js'
import { FACT_TYPE_LABELS, type NameOf, type ShownFact } from '../../model/index.js'

/** The workspace's way in from the front page: newest facts, most covered entities, tools. */
export function HomePanels(props: {
  facts: readonly ShownFact[]
  nameOf: NameOf
  entities: ReadonlyArray<{ id: string; name: string; type: string; articles: number }>
  totals: { facts: number; entities: number }
}) {
  return (
    <>
      {props.facts.length > 0 && (
        <section class="panel home-facts" aria-labelledby="home-facts-heading">
          <h2 id="home-facts-heading">Latest facts</h2>
          <ul class="home-fact-list">
            {props.facts.map((fact) => {
              const evidence = fact.evidence[0]
              return (
                <li>
                  <span class={`badge type-${fact.type}`}>{FACT_TYPE_LABELS[fact.type]}</span>{' '}
                  {'when' in fact && fact.when && (
                    <span class="home-fact-when">{formatDay(fact.when)}</span>
                  )}
                  <p class="home-fact-words">
                    <FactWords fact={fact} nameOf={props.nameOf} />
                  </p>
                  {evidence && (
                    <a
                      class="home-fact-evidence"
                      href={`/articles/${evidence.articleId}?fact=${fact.id}#fact-text`}
                    >
                      See the evidence
                    </a>
                  )}
                </li>
              )
            })}
          </ul>
          <p class="panel-more">
            <a href="/facts">All {props.totals.facts} facts</a>
          </p>
        </section>
      )}
      {props.entities.length > 0 && (
        <section class="panel" aria-labelledby="home-entities-heading">
          <h2 id="home-entities-heading">Most covered</h2>
          <ul class="home-entity-list">
            {props.entities.map((entity) => (
              <li>
                <a href={`/entities/${entity.id}`}>{entity.name}</a>{' '}
                <span class="home-entity-meta">
                  {entity.type} · {entity.articles} {entity.articles === 1 ? 'article' : 'articles'}
                </span>
              </li>
            ))}
          </ul>
          <p class="panel-more">
            <a href="/entities">All {props.totals.entities} entities</a>
          </p>
        </section>
      )}
      <section class="panel" aria-labelledby="home-explore-heading">
        <h2 id="home-explore-heading">Explore</h2>
        <ul class="home-explore">
          <li>
            <a href="/facts">Facts explorer</a>: filter, sort and export every fact as CSV
          </li>
          <li>
            <a href="/timeline">Timeline</a>: visits, meetings, deals and laws by date
          </li>
          <li>
            <a href="/map">Map</a>: countries by facts and money, deposits and sites
          </li>
        </ul>
      </section>
    </>
  )
}
