import { z } from 'zod'

/** An amount of money as the text states it; `qualifier` keeps "over", "about" and "up to". */
export const Money = z.object({
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'),
  qualifier: z.enum(['exact', 'approx', 'over', 'up-to']),
})
export type Money = z.infer<typeof Money>

/** A measured quantity such as 5,000 t WO3 or 2,000 t/yr. */
export const Quantity = z.object({
  value: z.number().nonnegative(),
  unit: z.string().min(1),
})
export type Quantity = z.infer<typeof Quantity>
