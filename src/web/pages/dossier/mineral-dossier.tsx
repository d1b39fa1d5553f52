import type { FactRoles } from '../../../model/index.js'
import { formatQuantity, formatPercent } from '../../../model/index.js'
import {
  EntityTally,
  FactList,
  MoneyTotals,
  MoreFacts,
  OtherFacts,
  Panel,
  SHOWN_PER_PANEL,
  evidenceHref,
  factsOutside,
  roleOf,
  tally,
  type DossierData,
  type FactListInput,
} from './parts.js'

/** The facts of each of a mineral's panels, newest first (all of them: panels cut their lists). */
export function mineralFactLists<F extends FactRoles>(input: FactListInput<F>) {
  const lists = {
    resources: input.facts.filter((fact) => fact.type === 'resource'),
    investments: input.facts.filter((fact) => fact.type === 'investment'),
    agreements: input.facts.filter((fact) => fact.type === 'agreement'),
  }
  return { ...lists, other: factsOutside(input.facts, Object.values(lists)) }
}

/** A mineral: where it is, who deals in it, and how much money the facts name. */
export function MineralDossier(props: { data: DossierData }) {
  const { data } = props
  const { resources, investments, agreements, other } = mineralFactLists(data)
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
                  {resources.slice(0, SHOWN_PER_PANEL).map((fact) => {
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
              <MoreFacts total={resources.length} data={data} type="resource" />
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
          <EntityTally items={who.slice(0, 30)} nameOf={data.nameOf} />
        </Panel>
      )}
      {investments.length > 0 && (
        <Panel id="how-much" title="How much">
          <MoneyTotals facts={investments} label="Investments, total stated" />
          <FactList facts={investments} data={data} type="investment" />
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
