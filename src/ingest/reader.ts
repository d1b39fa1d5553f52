import type { ArticleDraft } from '../model/index.js'

/**
 * What a reader makes of one decoded page: the article draft plus what it could not do
 * ("no byline found", "no article: the page is a list of links"). Readers are pure.
 */
export interface ReadOutput {
  draft: ArticleDraft
  warnings: string[]
  /** False when the page holds no article (a list page, an error page, an empty shell). */
  hasArticle: boolean
}

export interface HtmlReadOptions {
  /** The address the page was fetched from, to resolve relative links and as a fallback URL. */
  baseUrl?: string | null
}
