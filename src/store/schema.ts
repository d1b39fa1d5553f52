/**
 * Row types of every table, as Kysely sees them. Values are what both drivers return: text for
 * dates and JSON (parsed through the model's zod schemas at the aggregate edge), Buffer for bytes.
 */
export interface ArticlesTable {
  id: string
  identity_key: string
  revision: number
  url: string | null
  title: string
  byline: string | null
  published: string | null
  /** YYYY-MM-DD: the publisher's calendar day, first day of the period for a partial date. */
  published_day: string | null
  section: string | null
  site: string | null
  language: string | null
  /** The first revision's ingest time (ISO 8601, UTC). */
  created_at: string
  /** The current revision's ingest time (ISO 8601, UTC). */
  updated_at: string
}

export interface ArticleRevisionsTable {
  article_id: string
  revision: number
  draft_hash: string
  content_hash: Buffer
  url: string | null
  title: string
  byline: string | null
  published: string | null
  section: string | null
  site: string | null
  language: string | null
  text: string
  html: string
  source_kind: string
  source_location: string
  source_encoding: string
  source_format: string
  /** JSON array of strings. */
  warnings: string
  ingested_at: string
}

/** PostgreSQL only; SQLite's FTS5 table is reached through raw SQL (its rowid is not a column). */
export interface ArticleSearchTable {
  article_id: string
  title: string
  body: string
}

export interface EntitiesTable {
  id: string
  type: string
  name: string
  aliases: string | null
  role: string | null
  country: string | null
}

export interface MentionsTable {
  entity_id: string
  article_id: string
  revision: number
  start_offset: number
  end_offset: number
  text: string
}

export interface FactsTable {
  id: string
  type: string
  roles: string
  confidence: number
  rule: string | null
  status: string | null
  when_date: string | null
  /** First and last day of `when_date` ("2025" -> 2025-01-01 .. 2025-12-31). */
  when_start: string | null
  when_end: string | null
}

export interface FactEvidenceTable {
  fact_id: string
  article_id: string
  revision: number
  start_offset: number
  end_offset: number
  text: string
}

export interface FactEntitiesTable {
  fact_id: string
  entity_id: string
  role: string
}

export interface ExtractionsTable {
  article_id: string
  revision: number
  engine_version: string
  reference_version: string
  warnings: string
  extracted_at: string
}

export interface Database {
  articles: ArticlesTable
  article_revisions: ArticleRevisionsTable
  article_search: ArticleSearchTable
  entities: EntitiesTable
  mentions: MentionsTable
  facts: FactsTable
  fact_evidence: FactEvidenceTable
  fact_entities: FactEntitiesTable
  extractions: ExtractionsTable
}

export type SqlDialect = 'sqlite' | 'postgres'
