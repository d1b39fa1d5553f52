import { Chronology, type DossierData } from './parts.js'

/** A place: what happened there (its facts, in date order). Its details are in the heading. */
export function PlaceDossier(props: { data: DossierData }) {
  return (
    <Chronology
      id="happened"
      title="What happened here"
      facts={props.data.facts}
      data={props.data}
    />
  )
}
