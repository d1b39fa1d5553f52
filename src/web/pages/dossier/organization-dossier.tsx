import {
  EntityTally,
  FactList,
  MoneyTotals,
  OtherFacts,
  Panel,
  chronological,
  idsOf,
  tally,
  type DossierData,
} from './parts.js'

/** An organisation: its deals (investments, agreements) and the partners that share its facts. */
export function OrganizationDossier(props: { data: DossierData }) {
  const { data } = props
  const investments = chronological(
    data.facts.filter((fact) => fact.type === 'investment'),
    data.sources,
  )
  const agreements = chronological(
    data.facts.filter((fact) => fact.type === 'agreement'),
    data.sources,
  )
  const partners = tally(data.facts, 'all', new Set([data.entity.id]))
  return (
    <>
      {(investments.length > 0 || agreements.length > 0) && (
        <Panel id="deals" title="Deals">
          {investments.length > 0 && (
            <>
              <h3 class="subhead">Investments</h3>
              <MoneyTotals facts={investments} label="Total stated" />
              <FactList facts={investments} data={data} />
            </>
          )}
          {agreements.length > 0 && (
            <>
              <h3 class="subhead">Agreements</h3>
              <FactList facts={agreements} data={data} />
            </>
          )}
        </Panel>
      )}
      {partners.length > 0 && (
        <Panel
          id="partners"
          title="Partners"
          note="Entities named in the same facts, most frequent first."
        >
          <EntityTally items={partners} nameOf={data.nameOf} />
        </Panel>
      )}
      <OtherFacts facts={data.facts} shown={idsOf(investments, agreements)} data={data} />
    </>
  )
}
