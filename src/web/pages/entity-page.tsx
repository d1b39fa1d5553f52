import type { Child } from 'hono/jsx'
import type { FactRoles } from '../../model/index.js'
import { formatDay } from '../../model/index.js'
import { DOSSIER_TIMELINE_MARKS, timelineFacts } from './dossier/charts.js'
import { CountryDossier, countryFactLists } from './dossier/country-dossier.js'
import { InitiativeDossier } from './dossier/initiative-dossier.js'
import { MineralDossier, mineralFactLists } from './dossier/mineral-dossier.js'
import { OrganizationDossier, organizationFactLists } from './dossier/organization-dossier.js'
import {
  ArticlesPanel,
  Panel,
  SHOWN_PER_PANEL,
  type DossierData,
  type DossierType,
  type FactListInput,
} from './dossier/parts.js'
import { PersonDossier, personFactLists } from './dossier/person-dossier.js'
import { PlaceDossier } from './dossier/place-dossier.js'

export type { DossierData, DossierEntity, ReferenceNotes } from './dossier/parts.js'
export { dossierCharts, type DossierChartInput, type PinnedPlace } from './dossier/charts.js'

export const ENTITY_TYPE_LABELS: Record<DossierType, { one: string; many: string }> = {
  country: { one: 'Country', many: 'Countries' },
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  mineral: { one: 'Mineral', many: 'Minerals' },
  initiative: { one: 'Initiative', many: 'Initiatives' },
}

const SECTIONS: Record<DossierType, (props: { data: DossierData }) => Child> = {
  country: CountryDossier,
  person: PersonDossier,
  organization: OrganizationDossier,
  mineral: MineralDossier,
  place: PlaceDossier,
  initiative: InitiativeDossier,
}

/**
 * The facts a dossier shows in full (the head of each panel's list, the timeline's marks):
 * the route loads their evidence, and only theirs.
 */
export function shownFactIds<F extends FactRoles>(input: FactListInput<F>): Set<string> {
  const lists: ReadonlyArray<readonly F[]> = Object.values(factListsOf(input))
  return new Set([
    ...lists.flatMap((list) => list.slice(0, SHOWN_PER_PANEL)).map((fact) => fact.id),
    ...timelineFacts(input.entity, input.facts)
      .slice(0, DOSSIER_TIMELINE_MARKS)
      .map((fact) => fact.id),
  ])
}

function factListsOf<F extends FactRoles>(input: FactListInput<F>): Record<string, F[]> {
  switch (input.entity.type) {
    case 'country':
      return countryFactLists(input)
    case 'mineral':
      return mineralFactLists(input)
    case 'person':
      return personFactLists(input)
    case 'organization':
      return organizationFactLists(input)
    case 'place':
    case 'initiative':
      return { all: [...input.facts] }
  }
}

/**
 * An entity's dossier: who or what it is, then panels chosen by its type. Panels with
 * nothing to show are left out, so an entity mentioned once still reads as a page.
 */
export function EntityPage(props: { data: DossierData }) {
  const { data } = props
  const { entity, counts } = data
  const Sections = SECTIONS[entity.type]
  // A country's facts include those about its places and organisations: the explorer's country
  // filter counts them the same way.
  const allFactsHref = `/facts?${entity.type === 'country' ? 'country' : 'entity'}=${encodeURIComponent(entity.id)}`
  return (
    <article class="dossier" data-entity-type={entity.type}>
      <header class="page-heading dossier-heading">
        <p class="dossier-kind">
          <a href={`/entities?type=${entity.type}`}>{ENTITY_TYPE_LABELS[entity.type].one}</a>
          {data.reference?.category && <span> · {data.reference.category.replace(/-/g, ' ')}</span>}
        </p>
        <h1>{capitalise(entity.name)}</h1>
        {entity.role && <p class="dossier-role">{entity.role}</p>}
        <ul class="dossier-counts" aria-label="Coverage">
          <li>
            <strong>{counts.articles.toLocaleString('en-US')}</strong>{' '}
            {counts.articles === 1 ? 'article' : 'articles'}
          </li>
          <li>
            <strong>{counts.facts.toLocaleString('en-US')}</strong>{' '}
            {counts.facts === 1 ? 'fact' : 'facts'}
          </li>
          {counts.facts > 0 && (
            <li>
              <a href={allFactsHref}>See all facts</a>
            </li>
          )}
        </ul>
      </header>
      <div class="dossier-body">
        <div class="dossier-main">
          {data.timeline && (
            <Panel id="timeline" title="Timeline">
              {data.timeline}
            </Panel>
          )}
          {data.map && entity.type === 'country' && (
            <Panel id="map" title="Map">
              {data.map}
            </Panel>
          )}
          <Sections data={data} />
          {data.facts.length === 0 && (
            <p class="empty-state">
              No facts name {entity.name} yet; the articles below mention it.
            </p>
          )}
          {counts.facts > 0 && (
            <p class="all-facts">
              <a class="button secondary" href={allFactsHref}>
                See all facts about {entity.name}
              </a>
            </p>
          )}
        </div>
        <aside class="dossier-aside" aria-label={`About ${entity.name}`}>
          <Details data={data} />
          <ArticlesPanel data={data} />
        </aside>
      </div>
    </article>
  )
}

/** The entity's particulars: aliases, country, position, what the reference data knows. */
function Details(props: { data: DossierData }) {
  const { entity, reference, nameOf } = props.data
  // A country's map is large enough for the main column; a place's locator map fits here.
  const map = entity.type === 'country' ? undefined : props.data.map
  const link = (id: string) => {
    const label = nameOf(id)
    return label.href ? <a href={label.href}>{label.name}</a> : label.name
  }
  const joined = (ids: readonly string[]) =>
    ids.map((id, index) => (
      <>
        {index > 0 && ', '}
        {link(id)}
      </>
    ))
  const countries =
    entity.country === undefined
      ? []
      : typeof entity.country === 'string'
        ? [entity.country]
        : entity.country
  const rows: Array<[string, Child]> = []
  if (entity.aliases && entity.aliases.length > 0)
    rows.push(['Also known as', entity.aliases.join(', ')])
  if (countries.length > 0)
    rows.push([
      countries.length === 1 ? 'Country' : 'Countries',
      joined(countries.map((code) => `country:${code}`)),
    ])
  if (reference?.within)
    rows.push([entity.type === 'organization' ? 'Part of' : 'Lies in', link(reference.within)])
  if (reference?.lat !== undefined && reference.lon !== undefined)
    rows.push([
      'Coordinates',
      <span class="coordinates">{formatCoordinates(reference.lat, reference.lon)}</span>,
    ])
  if (reference?.roles && reference.roles.length > 0)
    rows.push([
      'Positions',
      <ul class="plain-list">
        {reference.roles.map((role) => (
          <li>
            {role.title}
            {role.org && <> ({link(role.org)})</>}
            {role.since && <span class="muted"> since {formatDay(role.since)}</span>}
            {role.until && <span class="muted"> until {formatDay(role.until)}</span>}
          </li>
        ))}
      </ul>,
    ])
  if (reference?.minerals && reference.minerals.length > 0)
    rows.push(['Minerals', joined(reference.minerals)])
  if (reference?.symbol) rows.push(['Symbol', reference.symbol])
  if (reference?.lists && reference.lists.length > 0)
    rows.push(['Critical lists', reference.lists.map(listName).join(', ')])
  if (reference?.launched) rows.push(['Launched', formatDay(reference.launched, 'long')])
  if (reference?.participants && reference.participants.length > 0)
    rows.push(['Participants', joined(reference.participants)])
  const notes = reference?.notes ?? []
  if (rows.length === 0 && notes.length === 0 && !map) return null
  return (
    <Panel id="details" title="Details">
      {map && <div class="dossier-map">{map}</div>}
      {rows.length > 0 && (
        <dl class="details-list">
          {rows.map(([term, value]) => (
            <>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </>
          ))}
        </dl>
      )}
      {notes.length > 0 && (
        <ul class="reference-notes">
          {notes.map((note) => (
            <li>{note}</li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

/** Minerals are stored in lower case ("tungsten"); a heading starts with a capital. */
function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`
}

const LIST_NAMES: Record<string, string> = {
  usgs_2022: 'USGS 2022',
  usgs_2025: 'USGS 2025',
  eu_crm_2023: 'EU critical 2023',
  eu_srm_2024: 'EU strategic 2024',
}

function listName(code: string): string {
  return LIST_NAMES[code] ?? code.replace(/_/g, ' ')
}
