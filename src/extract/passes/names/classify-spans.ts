import { byApposition, personByLongApposition } from './appositions.js'
import type { Candidate } from './candidate.js'
import { isHeading, type Context } from './context.js'
import { initiativeByHead } from './initiatives.js'
import {
  orgAsSource,
  orgAsWorkplace,
  orgBeforePost,
  orgByAcronym,
  orgByDescriptor,
  orgBySuffixOrHead,
  orgsByNounAfter,
} from './organizations.js'
import {
  personAfterRoleClause,
  personByHonorificSurname,
  personBySpeech,
  personByTitleBefore,
  personByTitleInside,
  personInTitledList,
} from './people.js'
import { findBasedPlaces, placeByApposition, placeByCue, placeByHead } from './places.js'
import { findSpans, spanOf, type Span } from './spans.js'

/** One reading of a span: the candidates it makes (none, to settle the span as no name), or
 *  undefined when the reading does not apply and the next one may try. */
type SpanReading = (context: Context, span: Span) => Candidate[] | undefined

/** The readings in the order they are tried: the strongest evidence first. */
const READINGS: readonly SpanReading[] = [
  // 1. Titles: "Deputy Minister Jane Doe", "analyst Jane Doe", "Senators A and Jane Doe".
  personByTitleInside,
  personByTitleBefore,
  personInTitledList,
  // 2. Company suffixes and government heads: "Zorvath Capital", "Ministry of Mining".
  orgBySuffixOrHead,
  // 2b. A name before a post and a person: "Tulpar coach Andrei Volkov".
  orgBeforePost,
  // 3. Named programmes and laws: "the Qaratau Minerals Act of 2024".
  initiativeByHead,
  // 4. Places by a head word: "Qaratau Region", "the Qaratau deposit".
  placeByHead,
  // 4b. Sites by an apposition: "Korvath, one of the largest tungsten deposits in Kazakhstan,".
  placeByApposition,
  // 5. Appositions: "Jane Doe, an analyst at …", "Caspar Vell, a former negotiator …, said".
  byApposition,
  personByLongApposition,
  // 6. A role clause before: "Kazakhstan's Vice Minister of Trade, Jane Doe,".
  personAfterRoleClause,
  // 7. A workplace, even when a verb of saying follows: "an analyst at Zorvath Metals".
  orgAsWorkplace,
  // 8. Verbs of saying: "said Jane Doe"; a one-word source is media.
  personBySpeech,
  orgAsSource,
  // 8b. A surname the article writes after "Mr" or "Ms" elsewhere: "Bolat Amanov … Mr Amanov".
  personByHonorificSurname,
  // 9. Descriptors before or nouns after: "trading house Zorvath Shoji", "… joint ventures".
  orgByDescriptor,
  orgsByNounAfter,
  // 9b. An acronym in brackets that spells the name: "the Korvath Samruk (KS)".
  orgByAcronym,
  // 10. Location cues: "prices in Rotterdam", "to Busan and Ulsan".
  placeByCue,
]

const SPAN_PATTERNS = {
  creditBefore: /[(/]$/u,
  creditAfter: /^[)/]/u,
  copyrightBefore: /[©ⓒ]\s*$/u,
} as const

/** Classifies each span of capitalised words by the words in and around it (the first reading
 *  that applies wins), then adds the places of "Denver-based". */
export function findSpanCandidates(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const words of findSpans(context)) {
    const span = spanOf(context, words)
    if (isHeading(context, span.first.start)) continue
    // Credits are not entities (CONVENTIONS.md): "(Meridian Wire)", "/PRLine Global/", "© Zorvath".
    const isCredit =
      (SPAN_PATTERNS.creditBefore.test(span.before) &&
        SPAN_PATTERNS.creditAfter.test(span.after)) ||
      SPAN_PATTERNS.copyrightBefore.test(span.before)
    if (isCredit) continue
    for (const reading of READINGS) {
      const candidates = reading(context, span)
      if (candidates === undefined) continue
      found.push(...candidates)
      break
    }
  }
  found.push(...findBasedPlaces(context))
  return found
}
