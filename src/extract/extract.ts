import type { Entity, Fact } from '../model/index.js'
import type { Reference } from '../reference/index.js'
import { resolveMentions, type ResolvedMention } from './passes/01-mentions.js'
import { findNames, holdsKnownMentions } from './passes/02-names.js'
import { assembleEntities } from './passes/03-entities.js'
import { findFacts } from './facts/index.js'
import { splitSentences } from './text/index.js'

/**
 * The engine's version, stored with every extraction so `lodestone reextract` knows what
 * is out of date. Change it whenever a pass or a rule file changes what comes out.
 */
export const ENGINE_VERSION = '0.10.0'

/** Languages the fact rules are written for; other languages get entities only. */
const FACT_LANGUAGES = new Set(['en'])

export interface ExtractInput {
  /** The clean body: every offset of the result indexes it. */
  text: string
  /** The publication date (relative dates resolve against it), or null. */
  published: string | null
  /** ISO 639-1, or null when unknown. */
  language: string | null
}

export interface Extraction {
  entities: Entity[]
  facts: Fact[]
  warnings: string[]
}

/** A lower-case mineral inside a found place's name describes the site and is still a mention
 *  of the mineral ("the Qaratau antimony plant" names antimony); a capitalised one is part of a
 *  proper name ("Zorvath Antimony Corp.", CONVENTIONS.md). */
const LOWER_CASE_START = /^\p{Ll}/u

function staysInside(mention: ResolvedMention, holder: ResolvedMention): boolean {
  return (
    holder.entityId.startsWith('place:') &&
    mention.entityId.startsWith('mineral:') &&
    LOWER_CASE_START.test(mention.text)
  )
}

/** Pass 2's mentions join pass 1's; a found name that holds a known mention replaces it
 *  (`holdsKnownMentions`), except a lower-case mineral describing a site (`staysInside`). */
function mergeMentions(
  known: readonly ResolvedMention[],
  found: readonly ResolvedMention[],
): ResolvedMention[] {
  const holders = found.filter(holdsKnownMentions)
  const kept = known.filter(
    (mention) =>
      !holders.some(
        (holder) =>
          holder.start <= mention.start &&
          mention.end <= holder.end &&
          !staysInside(mention, holder),
      ),
  )
  return [...kept, ...found].sort((a, b) => a.start - b.start)
}

/**
 * Finds the entities and facts of one clean article, every fact grounded in the words that
 * state it. Pure: the same article and reference data give the same result.
 * Passes, in order: sentences; 1 mentions (gazetteer, location vs state, surnames linked to
 * full names); 2 names the reference does not know (English only); 3 entities; 4 facts (rules in data/patterns, English only).
 */
export function extract(article: ExtractInput, reference: Reference): Extraction {
  const warnings: string[] = []
  const isFactLanguage = article.language === null || FACT_LANGUAGES.has(article.language)
  const known = resolveMentions(article.text, reference)
  // Unknown names are guessed from English cues only; other languages keep the gazetteer's.
  const names = isFactLanguage ? findNames(article.text, known, reference) : undefined
  const mentions = names ? mergeMentions(known, names.mentions) : known
  const entities = assembleEntities(mentions, reference, names?.entities, names?.roles)
  if (!isFactLanguage) {
    warnings.push(`language '${article.language}' is not supported: entities only`)
  } else if (article.language === null && article.text.trim() !== '') {
    warnings.push('language unknown: facts are extracted as if the text were English')
  }
  const facts = isFactLanguage
    ? findFacts({
        text: article.text,
        published: article.published,
        sentences: splitSentences(article.text),
        mentions,
        entities,
        reference,
      })
    : []
  return { entities, facts, warnings }
}
