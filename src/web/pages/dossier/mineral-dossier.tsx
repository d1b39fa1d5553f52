import { formatQuantity, formatPercent } from '../../format.js'
import {
  EntityTally,
  FactList,
  MoneyTotals,
  OtherFacts,
  Panel,
  chronological,
  evidenceHref,
  idsOf,
  roleOf,
  tally,
  type DossierData,
} from './parts.js'

/** A mineral: where it is, who deals in it, and how much money the facts name. */
export function MineralDossier(props: { data: DossierData }) {
  const { data } = props
  const resources = data.facts.filter((fact) => fact.type === 'resource')
  const investments = chronological(
    data.facts.filter((fact) => fact.type === 'investment'),
    data.sources,
  )
  const agreements = chronological(
    data.facts.filter((fact) => fact.type === 'agreement'),
    data.sources,
  )
  const sites = data.knownSites ?? []
  const who = tally(
    [...investments, ...agreements],
    ['investor', 'parties', 'recipient'],
    new Set(),
  )
  return (
    <>
      {(resources.length > 0 || sites.length > 0) && (
        <Panel id="where" title="Where">
          {resources.length > 0 && (
            <div class="table-wrap">
              <table class="data">
                <caption class="visually-hidden">
                  Reserves, resources and output of {data.entity.name}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Holder</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Quantity</th>
                    <th scope="col">Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {resources.map((fact) => {
                    if (fact.type !== 'resource') return null
                    const holders = roleOf(fact, 'holder')
                    const articleId = fact.evidence[0]?.articleId
                    return (
                      <tr>
                        <td>
                          {holders.length === 0 ? (
                            <span class="muted">Not named</span>
                          ) : (
                            holders.map((id, index) => {
                              const label = data.nameOf(id)
                              return (
                                <>
                                  {index > 0 && ', '}
                                  {label.href ? <a href={label.href}>{label.name}</a> : label.name}
                                </>
                              )
                            })
                          )}
                        </td>
                        <td>{fact.kind ?? 'resource'}</td>
                        <td>
                          {fact.quantity ? formatQuantity(fact.quantity) : '—'}
                          {fact.share_percent !== undefined &&
                            ` (${formatPercent(fact.share_percent)} of the world)`}
                        </td>
                        <td>
                          {articleId && (
                            <a href={evidenceHref(articleId, fact.id)}>
                              {data.sources.get(articleId)?.title ?? 'Article'}
                            </a>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {sites.length > 0 && (
            <>
              <h3 class="subhead">Known deposits and sites</h3>
              <ul class="entity-tally">
                {sites.map((id) => {
                  const label = data.nameOf(id)
                  return <li>{label.href ? <a href={label.href}>{label.name}</a> : label.name}</li>
                })}
              </ul>
            </>
          )}
        </Panel>
      )}
      {who.length > 0 && (
        <Panel id="who" title="Who" note="Investors and parties in the facts that name it.">
          <EntityTally items={who} nameOf={data.nameOf} />
        </Panel>
      )}
      {investments.length > 0 && (
        <Panel id="how-much" title="How much">
          <MoneyTotals facts={investments} label="Investments, total stated" />
          <FactList facts={investments} data={data} />
        </Panel>
      )}
      {agreements.length > 0 && (
        <Panel id="agreements" title="Agreements">
          <FactList facts={agreements} data={data} />
        </Panel>
      )}
      <OtherFacts
        facts={data.facts}
        shown={idsOf(resources, investments, agreements)}
        data={data}
      />
    </>
  )
}
