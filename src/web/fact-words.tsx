import { factSegments, type NameOf, type ShownFact } from '../model/index.js'

/** The sentence with each entity linked to its dossier. */
export function FactWords(props: { fact: ShownFact; nameOf: NameOf }) {
  return (
    <>
      {factSegments(props.fact, props.nameOf).map((segment) =>
        typeof segment === 'string' ? (
          segment
        ) : segment.label.href ? (
          <a href={segment.label.href} class="entity-link">
            {segment.label.name}
          </a>
        ) : (
          segment.label.name
        ),
      )}
    </>
  )
}
