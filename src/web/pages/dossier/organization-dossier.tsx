import type { FactRoles } from '../../../model/index.js'
import {
  EntityTally,
  FactList,
  MoneyTotals,
  OtherFacts,
  Panel,
  factsOutside,
  tally,
  type DossierData,
  type FactListInput,
} from './parts.js'

/** The facts of each of an organisation's panels, newest first (panels cut their lists). */
export function organizationFactLists<F extends FactRoles>(input: FactListInput<F>) {
  const lists = {
    investments: input.facts.filter((fact) => fact.type === 'investment'),
    agreements: input.facts.filter((fact) => fact.type === 'agreement'),
  }
  return { ...lists, other: factsOutside(input.facts, Object.values(lists)) }
}

/** An organisation: its deals (investments, agreements) and the partners that share its facts. */
export function OrganizationDossier(props: { data: DossierData }) {
  const { data } = props
  const { investments, agreements, other } = organizationFactLists(data)
  const partners = tally(data.facts, 'all', new Set([data.entity.id]))
  return (
    <>
      {(investments.length > 0 || agreements.length > 0) && (
        <Panel id="deals" title="Deals">
          {investments.length > 0 && (
            <>
              <h3 class="subhead">Investments</h3>
              <MoneyTotals facts={investments} label="Total stated" />
              <FactList facts={investments} data={data} type="investment" />
            </>
          )}
          {agreements.length > 0 && (
            <>
              <h3 class="subhead">Agreements</h3>
              <FactList facts={agreements} data={data} type="agreement" />
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
          <EntityTally items={partners.slice(0, 30)} nameOf={data.nameOf} />
        </Panel>
      )}
      <OtherFacts facts={other} data={data} />
    </>
  )
}
