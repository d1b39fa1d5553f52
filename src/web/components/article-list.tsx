import { formatDay } from '../../model/index.js'

/** The fields a list of articles shows; the store's article summaries have them. */
export interface ArticleCard {
  id: string
  title: string
  byline: string | null
  published: string | null
  section: string | null
  site: string | null
}

/** One line of dateline under a headline: "5 Nov 2025 · By Jane Roe · Mining · Northline". */
export function Dateline(props: { article: ArticleCard }) {
  const { article } = props
  const parts = [
    article.byline && `By ${article.byline.replace(/^by\s+/i, '')}`,
    article.section,
    article.site,
  ].filter((part): part is string => Boolean(part))
  return (
    <p class="dateline">
      {article.published ? (
        <time datetime={article.published}>{formatDay(article.published)}</time>
      ) : (
        <span>Undated</span>
      )}
      {parts.map((part) => (
        <span> · {part}</span>
      ))}
    </p>
  )
}

export function ArticleList(props: {
  articles: readonly ArticleCard[]
  /** Heading level of each headline inside the list (the page's own h1 sits above). */
  headingLevel?: 2 | 3
  /** Extra text under a headline, such as a search snippet, keyed by article id. */
  extra?: (article: ArticleCard) => unknown
}) {
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2'
  return (
    <ol class="article-list">
      {props.articles.map((article) => (
        <li class="article-card">
          <Heading class="headline">
            <a href={`/articles/${article.id}`}>{article.title}</a>
          </Heading>
          <Dateline article={article} />
          {props.extra?.(article)}
        </li>
      ))}
    </ol>
  )
}
