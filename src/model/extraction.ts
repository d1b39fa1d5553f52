import { z } from 'zod'
import { ArticleDraft } from './article.js'
import { Entity } from './entity.js'
import { Fact } from './fact.js'

/** The article fields of the public extraction document (FACTS.md); field names are exact. */
export const ExtractedArticle = ArticleDraft.pick({
  title: true,
  byline: true,
  published: true,
  section: true,
  site: true,
  url: true,
  language: true,
  text: true,
})
export type ExtractedArticle = z.infer<typeof ExtractedArticle>

/** What `lodestone extract --json` prints for one page: the stable public shape. */
export const ExtractionDocument = z.object({
  article: ExtractedArticle,
  entities: z.array(Entity),
  facts: z.array(Fact),
  warnings: z.array(z.string()),
})
export type ExtractionDocument = z.infer<typeof ExtractionDocument>
