import { formatDay } from '../../format.js'
import {
  Chronology,
  FactList,
  OtherFacts,
  Panel,
  chronological,
  dateOf,
  evidenceHref,
  idsOf,
  roleOf,
  type DossierData,
} from './parts.js'

/** A person: travels, meetings, quotes and agreements. */
export function PersonDossier(props: { data: DossierData }) {
  const { data } = props
  const self = data.entity.id
  const travels = data.facts.filter(
    (fact) => fact.type === 'visit' && roleOf(fact, 'traveler').includes(self),
  )
  const meetings = data.facts.filter((fact) => fact.type === 'meeting')
  const quotes = chronological(
    data.facts.filter(
      (fact) => fact.type === 'statement' && roleOf(fact, 'speaker').includes(self),
    ),
    data.sources,
  )
  const agreements = chronological(
    data.facts.filter((fact) => fact.type === 'agreement'),
    data.sources,
  )
  const shown = idsOf(travels, meetings, quotes, agreements)
  return (
    <>
      <Chronology id="travels" title="Travels" facts={travels} data={data} />
      <Chronology id="meetings" title="Meetings" facts={meetings} data={data} />
      {quotes.length > 0 && (
        <Panel id="quotes" title="Quotes">
          <ul class="quote-list">
            {quotes.map((fact) => {
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
        </Panel>
      )}
      {agreements.length > 0 && (
        <Panel id="agreements" title="Agreements">
          <FactList facts={agreements} data={data} />
        </Panel>
      )}
      <OtherFacts facts={data.facts} shown={shown} data={data} />
    </>
  )
}
