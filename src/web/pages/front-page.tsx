import type { Child } from 'hono/jsx'
import { ArticleList, Dateline, type ArticleCard } from '../components/article-list.js'
import { Pagination } from '../components/pagination.js'

/**
 * The home page and each section page: newest first, paginated. The first article of the
 * first page leads with its opening paragraph; `aside` holds the workspace panels.
 */
export function FrontPage(props: {
  heading: string
  /** Shown under the heading of a section page. */
  intro?: string
  articles: readonly ArticleCard[]
  lead?: { article: ArticleCard; standfirst: string }
  page: number
  pageSize: number
  total: number
  href: (page: number) => string
  feeds?: { rss: string; atom: string }
  aside?: Child
}) {
  const rest = props.lead
    ? props.articles.filter((article) => article.id !== props.lead?.article.id)
    : props.articles
  return (
    <div class="front">
      <div class="front-main">
        <div class="page-heading">
          <h1>{props.heading}</h1>
          {props.intro && <p class="intro">{props.intro}</p>}
          {props.feeds && (
            <p class="feed-links">
              <a href={props.feeds.rss}>RSS</a> · <a href={props.feeds.atom}>Atom</a>
            </p>
          )}
        </div>
        {props.total === 0 ? (
          <p class="empty-state">
            No articles yet. Ingest some with <code>lodestone ingest PATH</code>; they appear here
            without a restart.
          </p>
        ) : props.articles.length === 0 ? (
          <p class="empty-state">
            There is no page {props.page}: the last page is{' '}
            <a href={props.href(Math.ceil(props.total / props.pageSize))}>
              page {Math.ceil(props.total / props.pageSize)}
            </a>
            .
          </p>
        ) : (
          <>
            {props.lead && (
              <article class="lead-story">
                <h2 class="headline">
                  <a href={`/articles/${props.lead.article.id}`}>{props.lead.article.title}</a>
                </h2>
                <Dateline article={props.lead.article} />
                <p class="standfirst">{props.lead.standfirst}</p>
              </article>
            )}
            <ArticleList articles={rest} />
          </>
        )}
        <Pagination
          page={props.page}
          pageSize={props.pageSize}
          total={props.total}
          href={props.href}
        />
      </div>
      {props.aside && <aside class="front-aside">{props.aside}</aside>}
    </div>
  )
}
