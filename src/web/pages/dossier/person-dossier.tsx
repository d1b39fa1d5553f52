import type { FactRoles } from '../../../model/index.js'
import { formatDay } from '../../../model/index.js'
import {
  Chronology,
  FactList,
  MoreFacts,
  OtherFacts,
  Panel,
  SHOWN_PER_PANEL,
  dateOf,
  evidenceHref,
  factsOutside,
  roleOf,
  type DossierData,
  type FactListInput,
} from './parts.js'

/** The facts of each of a person's panels, newest first (all of them: panels cut their lists). */
export function personFactLists<F extends FactRoles>(input: FactListInput<F>) {
  const self = input.entity.id
  const lists = {
    travels: input.facts.filter(
      (fact) => fact.type === 'visit' && roleOf(fact, 'traveler').includes(self),
    ),
    meetings: input.facts.filter((fact) => fact.type === 'meeting'),
    quotes: input.facts.filter(
      (fact) => fact.type === 'statement' && roleOf(fact, 'speaker').includes(self),
    ),
    agreements: input.facts.filter((fact) => fact.type === 'agreement'),
  }
  return { ...lists, other: factsOutside(input.facts, Object.values(lists)) }
}

/** A person: travels, meetings, quotes and agreements. */
export function PersonDossier(props: { data: DossierData }) {
  const { data } = props
  const { travels, meetings, quotes, agreements, other } = personFactLists(data)
  return (
    <>
      <Chronology id="travels" title="Travels" facts={travels} data={data} type="visit" />
      <Chronology id="meetings" title="Meetings" facts={meetings} data={data} type="meeting" />
      {quotes.length > 0 && (
        <Panel id="quotes" title="Quotes">
          <ul class="quote-list">
            {quotes.slice(0, SHOWN_PER_PANEL).map((fact) => {
              const articleId = fact.evidence[0]?.articleId
              const source = articleId ? data.sources.get(articleId) : undefined
              const when = dateOf(fact) ?? source?.published ?? undefined
              return (
                <li>
                  <figure class="quote">
                    <blockquote>
                      <p>{fact.type === 'statement' ? fact.quote : ''}</p>
                    </blockquote>
                    <figcaption>
                      {when && <time datetime={when}>{formatDay(when, 'long')}</time>}
                      {when && articleId && ' · '}
                      {articleId && (
                        <a href={evidenceHref(articleId, fact.id)}>
                          {source?.title ?? 'Source article'}
                        </a>
                      )}
                    </figcaption>
                  </figure>
                </li>
              )
            })}
          </ul>
          <MoreFacts total={quotes.length} data={data} type="statement" />
        </Panel>
      )}
      {agreements.length > 0 && (
        <Panel id="agreements" title="Agreements">
          <FactList facts={agreements} data={data} type="agreement" />
        </Panel>
      )}
      <OtherFacts facts={other} data={data} />
    </>
  )
}
