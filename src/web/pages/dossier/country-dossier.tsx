import type { FactRoles } from '../../../model/index.js'
import {
  Chronology,
  EntityTally,
  FactList,
  MoneyTotals,
  OtherFacts,
  Panel,
  factsOutside,
  roleOf,
  tally,
  type DossierData,
  type FactListInput,
} from './parts.js'

/** The facts of each of a country's panels, newest first (all of them: panels cut their lists). */
export function countryFactLists<F extends FactRoles>(input: FactListInput<F>) {
  const self = input.entity.id
  const own = new Set([self, ...(input.holdings ?? [])])
  const names = (fact: F, role: string) => roleOf(fact, role).some((id) => own.has(id))
  const ofType = (type: F['type']) => input.facts.filter((fact) => fact.type === type)
  const investments = ofType('investment')
  const lists = {
    resources: ofType('resource').filter((fact) => names(fact, 'holder')),
    investmentsIn: investments.filter(
      (fact) =>
        roleOf(fact, 'recipient_country').includes(self) ||
        names(fact, 'site') ||
        names(fact, 'recipient'),
    ),
    investmentsOut: investments.filter((fact) => names(fact, 'investor')),
    agreements: ofType('agreement'),
    encounters: input.facts.filter((fact) => fact.type === 'visit' || fact.type === 'meeting'),
    dependencies: ofType('dependency'),
  }
  return { ...lists, other: factsOutside(input.facts, Object.values(lists)) }
}

/** A country: minerals, money in and out, agreements, visits and meetings, people, dependencies. */
export function CountryDossier(props: { data: DossierData }) {
  const { data } = props
  const { resources, investmentsIn, investmentsOut, agreements, encounters, dependencies, other } =
    countryFactLists(data)
  const minerals = tally(data.facts, ['minerals', 'subjects', 'mineral'], new Set()).filter(
    (item) => item.id.startsWith('mineral:'),
  )
  const people = tally(data.facts, 'all', new Set()).filter((item) => item.id.startsWith('person:'))

  return (
    <>
      {(resources.length > 0 || minerals.length > 0) && (
        <Panel id="minerals" title="Minerals">
          {minerals.length > 0 && (
            <>
              <h3 class="subhead">Named in its facts</h3>
              <EntityTally items={minerals.slice(0, TALLY_SHOWN)} nameOf={data.nameOf} />
            </>
          )}
          {resources.length > 0 && (
            <>
              <h3 class="subhead">Reserves, resources and output</h3>
              <FactList facts={resources} data={data} type="resource" />
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
              <FactList facts={investmentsIn} data={data} type="investment" />
            </>
          )}
          {investmentsOut.length > 0 && (
            <>
              <h3 class="subhead">By {data.entity.name} and its organisations</h3>
              <MoneyTotals facts={investmentsOut} label="Total stated" />
              <FactList facts={investmentsOut} data={data} type="investment" />
            </>
          )}
        </Panel>
      )}
      {agreements.length > 0 && (
        <Panel id="agreements" title="Agreements">
          <FactList facts={agreements} data={data} type="agreement" />
        </Panel>
      )}
      <Chronology id="visits-meetings" title="Visits and meetings" facts={encounters} data={data} />
      {people.length > 0 && (
        <Panel id="people" title="People">
          <EntityTally items={people.slice(0, TALLY_SHOWN)} nameOf={data.nameOf} />
        </Panel>
      )}
      {dependencies.length > 0 && (
        <Panel id="dependencies" title="Dependencies">
          <FactList facts={dependencies} data={data} type="dependency" />
        </Panel>
      )}
      <OtherFacts facts={other} data={data} />
    </>
  )
}

/** The most named minerals and people: a country's facts name hundreds. */
const TALLY_SHOWN = 30
