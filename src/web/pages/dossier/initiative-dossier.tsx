import { Chronology, type DossierData } from './parts.js'

/** An initiative: the facts that name it, in date order. */
export function InitiativeDossier(props: { data: DossierData }) {
  return <Chronology id="facts" title="Facts" facts={props.data.facts} data={props.data} />
}
