import type { ShownFact } from '../../fact-words.js'
import {
  Chronology,
  EntityTally,
  FactList,
  MoneyTotals,
  OtherFacts,
  Panel,
  chronological,
  idsOf,
  roleOf,
  tally,
  type DossierData,
} from './parts.js'

/** A country: minerals, money in and out, agreements, visits and meetings, people, dependencies. */
export function CountryDossier(props: { data: DossierData }) {
  const { data } = props
  const self = data.entity.id
  const own = new Set([self, ...(data.holdings ?? [])])
  const names = (fact: ShownFact, role: string) => roleOf(fact, role).some((id) => own.has(id))
  const ofType = (type: ShownFact['type']) => data.facts.filter((fact) => fact.type === type)

  const resources = ofType('resource').filter((fact) => names(fact, 'holder'))
  const minerals = tally(data.facts, ['minerals', 'subjects', 'mineral'], new Set()).filter(
    (item) => item.id.startsWith('mineral:'),
  )
  const investments = ofType('investment')
  const investmentsIn = chronological(
    investments.filter(
      (fact) =>
        roleOf(fact, 'recipient_country').includes(self) ||
        names(fact, 'site') ||
        names(fact, 'recipient'),
    ),
    data.sources,
  )
  const investmentsOut = chronological(
    investments.filter((fact) => names(fact, 'investor')),
    data.sources,
  )
  const agreements = chronological(ofType('agreement'), data.sources)
  const encounters = data.facts.filter((fact) => fact.type === 'visit' || fact.type === 'meeting')
  const people = tally(data.facts, 'all', new Set()).filter((item) => item.id.startsWith('person:'))
  const dependencies = ofType('dependency')
  const shown = idsOf(
    resources,
    investmentsIn,
    investmentsOut,
    agreements,
    encounters,
    dependencies,
  )

  return (
    <>
      {(resources.length > 0 || minerals.length > 0) && (
        <Panel id="minerals" title="Minerals">
          {minerals.length > 0 && (
            <>
              <h3 class="subhead">Named in its facts</h3>
              <EntityTally items={minerals} nameOf={data.nameOf} />
            </>
          )}
          {resources.length > 0 && (
            <>
              <h3 class="subhead">Reserves, resources and output</h3>
              <FactList facts={resources} data={data} />
            </>
          )}
        </Panel>
      )}
      {(investmentsIn.length > 0 || investmentsOut.length > 0) && (
        <Panel id="investments" title="Investments">
          {investmentsIn.length > 0 && (
            <>
              <h3 class="subhead">Into {data.entity.name}</h3>
              <MoneyTotals facts={investmentsIn} label="Total stated" />
              <FactList facts={investmentsIn} data={data} />
            </>
          )}
          {investmentsOut.length > 0 && (
            <>
              <h3 class="subhead">By {data.entity.name} and its organisations</h3>
              <MoneyTotals facts={investmentsOut} label="Total stated" />
              <FactList facts={investmentsOut} data={data} />
            </>
          )}
        </Panel>
      )}
      {agreements.length > 0 && (
        <Panel id="agreements" title="Agreements">
          <FactList facts={agreements} data={data} />
        </Panel>
      )}
      <Chronology id="visits-meetings" title="Visits and meetings" facts={encounters} data={data} />
      {people.length > 0 && (
        <Panel id="people" title="People">
          <EntityTally items={people} nameOf={data.nameOf} />
        </Panel>
      )}
      {dependencies.length > 0 && (
        <Panel id="dependencies" title="Dependencies">
          <FactList facts={dependencies} data={data} />
        </Panel>
      )}
      <OtherFacts facts={data.facts} shown={shown} data={data} />
    </>
  )
}
