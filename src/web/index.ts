/**
 * @module web
 * The site's views: pure functions from data to HTML (Hono JSX, which escapes every value
 * unless told otherwise), the site configuration's schema and the static assets. Reads
 * nothing and writes nothing: `src/server` fetches the data and sends the pages.
 */
export { Layout, type Chrome, type PageMeta } from './layout.js'
export {
  SiteConfig,
  SiteSection,
  sectionNavigation,
  sectionOf,
  slugify,
  type SectionNav,
  type TextPageName,
} from './site.js'
export type { ArticleCard } from './components/article-list.js'
export { ErrorPage } from './pages/error-page.js'
export { TextPage } from './pages/text-page.js'
export { FrontPage } from './pages/front-page.js'
export { FactWords } from './fact-words.js'
export { ArticleList, Dateline } from './components/article-list.js'
export { Pagination } from './components/pagination.js'
export {
  SearchPage,
  Snippet,
  searchHref,
  type SearchFilters,
  type SearchFilterOptions,
  type SearchResult,
  type MatchingEntity,
  type FilterOption,
} from './pages/search-page.js'
export { ArticleBody, type BodyMention, type BodyEvidence } from './article-body.js'
export {
  ArticlePage,
  type ShownArticle,
  type ArticleEntity,
  type RelatedCard,
} from './pages/article-page.js'
export {
  EntityPage,
  ENTITY_TYPE_LABELS,
  type DossierData,
  type DossierEntity,
  type ReferenceNotes,
  dossierCharts,
  shownFactIds,
  type PinnedPlace,
} from './pages/entity-page.js'
export { EntitiesPage, ENTITY_TYPES, type EntityRow } from './pages/entities-page.js'
export type { DossierType } from './pages/dossier/parts.js'
export {
  TimelinePage,
  type TimelineFilters,
  type TimelineEntityOption,
} from './pages/timeline-page.js'
export { MapPage, type MapMeasure, type MapCountryRow, type MapPlaceRow } from './pages/map-page.js'
export { TimelineChart, type TimelineChartProps } from './charts/timeline-chart.js'
export {
  WorldMap,
  focusOf,
  prepareMaps,
  type WorldMapProps,
  type MapCountry,
  type MapPin,
  type MapView,
} from './charts/world-map.js'
export {
  FactsPage,
  FACT_SORTS,
  FACT_STATUSES,
  type FactFilterOption,
  type FactFilters,
  type FactSort,
} from './pages/facts-page.js'
export { HomePanels } from './components/home-panels.js'
