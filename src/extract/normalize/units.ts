import { z } from 'zod'
import { readPatternFile } from '../text/index.js'

const Words = z.array(z.string().min(1)).min(1)
const UnitFile = z.object({
  units: z.array(
    z.object({
      unit: z.string().min(1),
      factor: z.number().positive(),
      material: z.string().optional(),
      needsMaterial: z.boolean().optional(),
      surfaces: Words,
    }),
  ),
  unitNotes: z.array(z.string()),
  caseSensitive: z.array(z.string()),
  rates: z.object({ why: z.string(), phrases: Words }),
  compounds: z.object({
    why: z.string(),
    entries: z.array(z.object({ formula: z.string().min(1), names: Words })),
  }),
  ore: z.object({ why: z.string(), words: Words }),
  materialStops: z.object({ why: z.string(), words: Words }),
  percent: z.object({ surfaces: Words, stakeWords: Words }),
})

/** data/patterns/units.json, validated once. */
export const UNIT_DATA = readPatternFile('units.json', UnitFile)

/** One unit of units.json: how to scale a surface ("kt" -> 1000 t) and what it implies. */
export type UnitSpec = z.infer<typeof UnitFile>['units'][number]

/** Regular expressions of this file, built once. */
const PATTERNS = {
  space: /\s+/g,
  spaces: /\s+/,
} as const

const caseSensitive = new Set(UNIT_DATA.caseSensitive)
const exactUnits = new Map<string, UnitSpec>()
const foldedUnits = new Map<string, UnitSpec>()
for (const spec of UNIT_DATA.units) {
  for (const surface of spec.surfaces) {
    exactUnits.set(surface, spec)
    if (!caseSensitive.has(surface)) foldedUnits.set(surface.toLowerCase(), spec)
  }
}
const formulaByName = new Map<string, string>(
  UNIT_DATA.compounds.entries.flatMap((entry) =>
    entry.names.map((name) => [name.toLowerCase(), entry.formula] as const),
  ),
)
const oreWords = new Set(UNIT_DATA.ore.words.map((word) => word.toLowerCase()))

/** The unit a surface names: exact spelling first ("Mt" megatonne, "MT" metric tonne), then
 *  any case for surfaces that are not case-sensitive ("Tonnes"). */
export function unitOf(surface: string): UnitSpec | undefined {
  const spaced = surface.replace(PATTERNS.space, ' ')
  return exactUnits.get(spaced) ?? foldedUnits.get(spaced.toLowerCase())
}

/** The compound a material names, if CONVENTIONS.md keeps it in the unit ("WO3", "tungsten
 *  trioxide" -> WO3). Matches the whole material or its last word ("contained WO3"). */
export function formulaOf(material: string | undefined): string | undefined {
  if (material === undefined) return undefined
  const key = material.toLowerCase().replace(PATTERNS.space, ' ')
  return formulaByName.get(key) ?? formulaByName.get(key.split(' ').at(-1) ?? '')
}

/** Whether a material is ore ("ore", "iron ore", "mined ore"). */
export function isOre(material: string | undefined): boolean {
  return (
    material !== undefined &&
    oreWords.has(material.toLowerCase().split(PATTERNS.spaces).at(-1) ?? '')
  )
}
