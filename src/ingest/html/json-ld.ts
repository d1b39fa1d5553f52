/** Reads schema.org JSON-LD: the most trusted source of a page's metadata. */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export interface LinkedData {
  headline: string | null
  authors: string[]
  /** True when every author node is an Organization: a site crediting itself, not a byline. */
  authorsAreOrganizations: boolean
  published: string | null
  section: string | null
  publisher: string | null
  url: string | null
  language: string | null
  /** Names of the breadcrumb trail, home first. */
  breadcrumbs: string[]
  /** The `name` of a WebSite node: the site's own name. */
  siteName: string | null
}

/**
 * Article types, by how sure they make us that the node is the page's story. Any other type
 * ending in "Article" or "Posting" ranks just below these.
 */
const ARTICLE_TYPES: Record<string, number> = {
  newsarticle: 5,
  reportagenewsarticle: 5,
  analysisnewsarticle: 5,
  opinionnewsarticle: 5,
  backgroundnewsarticle: 5,
  reviewnewsarticle: 5,
  article: 4,
  blogposting: 4,
  liveblogposting: 4,
  report: 3,
  webpage: 1,
  itempage: 1,
}

const EMPTY: LinkedData = {
  headline: null,
  authors: [],
  authorsAreOrganizations: false,
  published: null,
  section: null,
  publisher: null,
  url: null,
  language: null,
  breadcrumbs: [],
  siteName: null,
}

export function readJsonLd(scripts: string[]): LinkedData {
  const nodes: JsonObject[] = []
  for (const script of scripts) {
    const parsed = parseLenient(script)
    if (parsed !== undefined) collectNodes(parsed, nodes)
  }
  if (nodes.length === 0) return EMPTY
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node)
  }
  const resolve = (value: Json | undefined): Json | undefined => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value
    }
    return value
  }

  let best: JsonObject | null = null
  let bestRank = 0
  for (const node of nodes) {
    const rank = articleRank(node)
    if (rank > bestRank) {
      best = node
      bestRank = rank
    }
  }
  const breadcrumbs = readBreadcrumbs(nodes, resolve)
  const website = nodes.find((n) => typeOf(n).includes('website'))
  const siteName = website === undefined ? null : stringOf(website['name'])
  if (best === null) return { ...EMPTY, breadcrumbs, siteName }

  const authors: string[] = []
  let organizations = 0
  for (const author of listOf(best['author'] ?? best['creator'])) {
    const resolved = resolve(author)
    if (isObject(resolved) && typeOf(resolved).some((t) => /organization|corporation/.test(t))) {
      organizations++
    }
    const name =
      typeof resolved === 'string'
        ? resolved
        : stringOf(isObject(resolved) ? resolved['name'] : null)
    if (name !== null && name.trim() !== '') authors.push(name.trim())
  }
  const publisherNode = resolve(best['publisher'] ?? best['sourceOrganization'])
  const publisher =
    typeof publisherNode === 'string'
      ? publisherNode
      : isObject(publisherNode)
        ? stringOf(publisherNode['name'])
        : null
  const mainEntity = resolve(best['mainEntityOfPage'])
  const url =
    stringOf(best['url']) ??
    (typeof mainEntity === 'string'
      ? mainEntity
      : isObject(mainEntity)
        ? (stringOf(mainEntity['@id']) ?? stringOf(mainEntity['url']))
        : null)
  return {
    headline: stringOf(best['headline']) ?? (bestRank > 1 ? stringOf(best['name']) : null),
    authors,
    authorsAreOrganizations: authors.length > 0 && organizations >= authors.length,
    published: stringOf(best['datePublished']) ?? stringOf(best['dateCreated']),
    section: stringOf(best['articleSection']),
    publisher,
    url,
    language: stringOf(best['inLanguage']),
    breadcrumbs,
    siteName,
  }
}

/** JSON-LD as pages ship it: wrapped in comments or CDATA, with raw newlines in strings. */
function parseLenient(script: string): Json | undefined {
  const text = script
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '')
  if (text === '') return undefined
  try {
    return JSON.parse(text) as Json
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual faults.
      return JSON.parse(withoutControlChars(text).replace(/,\s*([}\]])/g, '$1')) as Json
    } catch {
      return undefined
    }
  }
}

/** Raw control characters (a newline inside a string is invalid JSON) become spaces. */
function withoutControlChars(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out += c < 32 ? ' ' : text[i]
  }
  return out
}

/** Every object in the document, flattening arrays, `@graph` and nested values, iteratively. */
function collectNodes(root: Json, out: JsonObject[]): void {
  const stack: Json[] = [root]
  let budget = 10_000
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop() as Json
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i] as Json)
    } else if (isObject(value)) {
      if ('@type' in value) out.push(value)
      const graph = value['@graph']
      if (graph !== undefined) stack.push(graph)
      for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
        const inner = value[key]
        if (typeof inner === 'object' && inner !== null) stack.push(inner)
      }
    }
  }
}

function articleRank(node: JsonObject): number {
  let rank = 0
  for (const type of typeOf(node)) {
    const known = ARTICLE_TYPES[type]
    const r = known ?? (/(?:article|posting)$/.test(type) ? 3 : 0)
    if (r > rank) rank = r
  }
  // Among equals, a node with a headline and a date is the story itself.
  if (rank > 0 && typeof node['headline'] === 'string') rank += 0.5
  if (rank > 0 && typeof node['datePublished'] === 'string') rank += 0.25
  return rank
}

function readBreadcrumbs(
  nodes: JsonObject[],
  resolve: (value: Json | undefined) => Json | undefined,
): string[] {
  const list = nodes.find((n) => typeOf(n).includes('breadcrumblist'))
  if (list === undefined) return []
  const items = listOf(list['itemListElement'])
    .map((item) => resolve(item))
    .filter(isObject)
    .sort((a, b) => Number(a['position'] ?? 0) - Number(b['position'] ?? 0))
  const names: string[] = []
  for (const item of items) {
    const inner = resolve(item['item'])
    const name = stringOf(item['name']) ?? (isObject(inner) ? stringOf(inner['name']) : null)
    if (name !== null) names.push(name.trim())
  }
  return names
}

function typeOf(node: JsonObject): string[] {
  return listOf(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase().replace(/^.*[/#:]/, ''))
}

function listOf(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string value, or the first string of a list; HTML entities left by CMSs stay for later. */
function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'string' && v.trim() !== '') return v.trim()
  }
  return null
}
