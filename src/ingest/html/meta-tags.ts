/** `<meta>` tags by lower-cased name, property, itemprop or http-equiv; first value wins. */
export type MetaTags = Map<string, string[]>

export function indexMetaTags(metas: Record<string, string>[]): MetaTags {
  const index: MetaTags = new Map()
  for (const attrs of metas) {
    const content = attrs['content']
    if (content === undefined || content.trim() === '') continue
    for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attrs[keyAttr]
      if (key === undefined) continue
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (k === '') continue
        const list = index.get(k)
        if (list === undefined) index.set(k, [content.trim()])
        else list.push(content.trim())
      }
    }
  }
  return index
}

/** The first value among `keys`, in the order given (the order is the trust order). */
export function firstMeta(index: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const values = index.get(key)
    if (values !== undefined && values.length > 0) return values[0] as string
  }
  return null
}

/** Meta keys per field, most trusted first: OpenGraph and article:*, then the CMS families. */
export const META_KEYS = {
  title: [
    'og:title',
    'twitter:title',
    'parsely-title',
    'sailthru.title',
    'dc.title',
    'dcterms.title',
    'citation_title',
    'title',
    'headline',
  ],
  author: [
    'article:author',
    'author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'byl',
  ],
  published: [
    'article:published_time',
    'og:published_time',
    'article:published',
    'datepublished',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.date',
    'dcterms.created',
    'citation_publication_date',
    'citation_date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'published',
    'published-date',
    'published_date',
    'w-published-date',
    'article.published',
    'date',
    'og:updated_time',
    'article:modified_time',
  ],
  section: [
    'article:section',
    'parsely-section',
    'section',
    'article.section',
    'sailthru.section',
    'category',
  ],
  site: [
    'og:site_name',
    'application-name',
    'publisher',
    'dc.publisher',
    'twitter:app:name:iphone',
  ],
  url: ['og:url', 'twitter:url', 'parsely-link'],
  language: ['content-language', 'language', 'dc.language', 'og:locale', 'inlanguage'],
} as const
