import type { Quantity, Span } from '../../model/index.js'
import { alternativesOf } from '../text/index.js'
import { type Qualifier, SOURCES, qualifierOf, scaleFactorOf, valueOf } from './amounts.js'
import { UNIT_DATA, formulaOf, isOre, unitOf } from './units.js'

/** A measured quantity in the text: "5,000 tonnes of tungsten a year" -> 5000 t/yr, material
 *  "tungsten". The span runs from the qualifier, if any, to the last word that shaped the unit. */
export interface QuantityMatch extends Span {
  quantity: Quantity
  /** What the "of" phrase or the unit names ("tungsten", "iron ore", "WO3", "uranium"). */
  material?: string
  qualifier: Qualifier
}

const { number, scale, qualifier, open, close } = SOURCES
const unit = alternativesOf(UNIT_DATA.units.flatMap((spec) => spec.surfaces))
const compound = alternativesOf(UNIT_DATA.compounds.entries.flatMap((entry) => entry.names))
const rate = alternativesOf(UNIT_DATA.rates.phrases)
const stop = `(?:${alternativesOf(UNIT_DATA.materialStops.words)})${close}`
const materialWord = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’‐-]*`

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /**
   * [qualifier] number [scale] unit [compound] [rate] [of material] [(compound)] [rate].
   * A scale needs a space after it, so "5 mt" is five metric tonnes, not five million t.
   */
  quantity: new RegExp(
    `${open}(?:(?<qualifier>${qualifier})\\s+)?(?<number>${number})` +
      `(?:\\s?(?<scale>${scale})\\s)?\\s?(?<unit>${unit})${close}` +
      `(?:\\s+(?<compound>${compound})${close})?` +
      `(?:\\s*(?<rate>${rate})(?![\\p{L}]))?` +
      `(?:\\s+of\\s+(?<material>(?!${stop})${materialWord}(?:\\s+(?!${stop})${materialWord}){0,2}))?` +
      `(?:\\s*\\((?<formula>${compound})\\))?` +
      `(?:\\s*(?<rateAfter>${rate})(?![\\p{L}]))?`,
    'giu',
  ),
} as const

/**
 * Finds quantities with units in text[start, end), with offsets into `text`. Units, rates and
 * compounds come from data/patterns/units.json. Units follow CONVENTIONS.md: tonnes of any
 * scale become `t` ("1.5 Mt" -> 1500000 t); a rate gives `t/yr`; ore throughput gives
 * `t ore/yr`; a named compound stays in the unit (`t WO3`, `t WO3/yr`).
 */
export function findQuantities(text: string, start = 0, end = text.length): QuantityMatch[] {
  const found: QuantityMatch[] = []
  // Cut at `end` so that a sentence window never scans the rest of the article; the table's
  // global regex is shared (the loop is synchronous) to save a compile per call.
  const scope = end >= text.length ? text : text.slice(0, end)
  const pattern = PATTERNS.quantity
  pattern.lastIndex = start
  for (let match = pattern.exec(scope); match; match = pattern.exec(scope)) {
    const at = match.index
    const groups = match.groups ?? {}
    const spec = groups.unit === undefined ? undefined : unitOf(groups.unit)
    const value =
      groups.number === undefined || !spec
        ? null
        : valueOf(groups.number, scaleFactorOf(groups.scale) * spec.factor)
    const material = spec?.material ?? groups.material ?? groups.compound
    if (!spec || value === null || (spec.needsMaterial && groups.material === undefined)) {
      pattern.lastIndex = at + 1
      continue
    }
    const after = at + match[0].length
    const isRate =
      spec.unit.endsWith('/yr') || groups.rate !== undefined || groups.rateAfter !== undefined
    const base = spec.unit.replace('/yr', '')
    const formula =
      formulaOf(groups.compound) ?? formulaOf(groups.formula) ?? formulaOf(groups.material)
    const kind = formula ?? (isRate && isOre(groups.material) ? 'ore' : undefined)
    const unitText = `${base}${kind === undefined ? '' : ` ${kind}`}${isRate ? '/yr' : ''}`
    found.push({
      start: at,
      end: after,
      text: match[0],
      quantity: { value, unit: unitText },
      ...(material === undefined ? {} : { material }),
      qualifier: qualifierOf(groups.qualifier),
    })
  }
  return found
}
