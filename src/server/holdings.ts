import { holdingsOf } from '../reference/index.js'
import type { RouteContext } from './context.js'
import { referenceData } from './map-data.js'

/** The country and its holdings, as one group of a fact filter; kept until the next extraction. */
export function countryAndHoldings(ctx: RouteContext, countryId: string): Promise<string[]> {
  return ctx.cache.get(`holdings ${countryId}`, async () => {
    const places = await ctx.store.entities.list({ type: 'place' })
    return [countryId, ...holdingsOf(countryId, places, referenceData())]
  })
}
