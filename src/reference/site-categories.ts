/**
 * Categories of places (data/reference/places.json) that are sites: "the mine" or "the
 * deposit" may refer to one, a meeting is not held at one, and a resource can be held by one.
 */
export const SITE_CATEGORIES: ReadonlySet<string> = new Set([
  'deposit',
  'mine',
  'facility',
  'exploration-area',
  'energy-project',
  'gas-field',
  'oil-field',
  'coal-basin',
  'legacy-site',
])
