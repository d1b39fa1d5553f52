import { ArticleBody, type BodyEvidence, type BodyMention } from '../article-body.js'
import { Dateline, type ArticleCard } from '../components/article-list.js'
import { FactWords } from '../fact-words.js'
import { FACT_TYPE_LABELS, type NameOf, type ShownFact } from '../../model/index.js'
import { formatDay, formatPercent } from '../../model/index.js'

/** The article as the page shows it: the revision asked for, with where it came from. */
export interface ShownArticle {
  id: string
  title: string
  byline: string | null
  published: string | null
  site: string | null
  url: string | null
  text: string
  revision: number
  source: { kind: string; location: string }
  ingestedAt: string
}

export interface ArticleEntity {
  id: string
  name: string
  type: string
  mentions: number
}

export interface RelatedCard {
  article: ArticleCard
  /** Names of the entities both articles mention, weightiest first. */
  sharedNames: string[]
  sharedFacts: number
}

const ENTITY_GROUPS: ReadonlyArray<[string, string]> = [
  ['country', 'Countries'],
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['mineral', 'Minerals'],
  ['initiative', 'Initiatives'],
]
const SHARED_NAMES_SHOWN = 4

/**
 * One article: its header, the body with mentions linked and evidence marked, the facts
 * drawn from it (each selects its evidence: a link without JavaScript, a toggle with it),
 * the entities it names and the articles that share them.
 */
export function ArticlePage(props: {
  article: ShownArticle
  /** The revision now stored; `article.revision` below it means an older one is shown. */
  currentRevision: number
  revisions: ReadonlyArray<{ revision: number; ingestedAt: string }>
  section?: { slug: string; name: string }
  facts: readonly ShownFact[]
  nameOf: NameOf
  mentions: readonly BodyMention[]
  evidence: readonly BodyEvidence[]
  chosenFact?: string
  /** A `?fact=` that this article no longer has (the text changed since the link was made). */
  missingFact?: string
  entities: readonly ArticleEntity[]
  related: readonly RelatedCard[]
}) {
  const { article } = props
  const isOld = article.revision !== props.currentRevision
  return (
    <div class="article-layout">
      <article class="article-main" aria-labelledby="article-title">
        <header class="article-header">
          <p class="article-kicker">
            {props.section ? (
              <a href={`/sections/${props.section.slug}`}>{props.section.name}</a>
            ) : (
              'Article'
            )}
            {article.site && <span class="article-site"> · {article.site}</span>}
          </p>
          <h1 id="article-title">{article.title}</h1>
          <p class="article-meta">
            {article.byline && (
              <span class="byline">By {article.byline.replace(/^by\s+/i, '')}</span>
            )}
            {article.published ? (
              <time datetime={article.published}>{formatDay(article.published, 'long')}</time>
            ) : (
              <span>Undated</span>
            )}
          </p>
          <SourceLine article={article} />
          {isOld && (
            <p class="article-notice" role="note">
              You are reading revision {article.revision}, an earlier version of this article.{' '}
              <a href={`/articles/${article.id}`}>Read the current version</a> (revision{' '}
              {props.currentRevision}).
            </p>
          )}
          {props.missingFact && (
            <p class="article-notice" role="note">
              The fact that link pointed to is no longer drawn from this article; its text may have
              changed since. The facts it gives now are listed beside it.
            </p>
          )}
        </header>
        <ArticleBody
          text={article.text}
          mentions={props.mentions}
          evidence={props.evidence}
          chosenFact={props.chosenFact}
        />
        {props.revisions.length > 1 && (
          <Revisions
            id={article.id}
            shown={article.revision}
            current={props.currentRevision}
            list={props.revisions}
          />
        )}
      </article>

      <aside class="article-aside" aria-labelledby="facts-heading">
        <FactsPanel
          articleId={article.id}
          facts={props.facts}
          nameOf={props.nameOf}
          chosenFact={props.chosenFact}
          isOld={isOld}
        />
      </aside>

      <section class="panel article-entities" aria-labelledby="entities-heading">
        <h2 id="entities-heading">Named in this article</h2>
        {props.entities.length === 0 ? (
          <p class="empty-state">
            No people, places, organisations or minerals were recognised here.
          </p>
        ) : (
          <EntityGroups entities={props.entities} />
        )}
      </section>

      <section class="panel article-related" aria-labelledby="related-heading">
        <h2 id="related-heading">Related articles</h2>
        {props.related.length === 0 ? (
          <p class="empty-state">No other article shares its people, places or facts yet.</p>
        ) : (
          <ol class="article-list article-related-list">
            {props.related.map((related) => (
              <li class="article-card">
                <h3 class="headline">
                  <a href={`/articles/${related.article.id}`}>{related.article.title}</a>
                </h3>
                <Dateline article={related.article} />
                <p class="related-shares">
                  <span class="related-shares-label">Shares:</span> {sharedWords(related)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}

/** Where the text came from: the original page when its address is a web address, else the input. */
function SourceLine(props: { article: ShownArticle }) {
  const { article } = props
  const webAddress = article.url && isWebAddress(article.url) ? article.url : null
  return (
    <p class="article-source">
      {webAddress ? (
        <>
          Source:{' '}
          <a href={webAddress} rel="noopener noreferrer nofollow">
            the original article at {new URL(webAddress).hostname}
          </a>
        </>
      ) : (
        <>
          Source: <span class="article-source-location">{shownLocation(article.source)}</span>
        </>
      )}
      <span class="ingested"> · ingested {formatDay(article.ingestedAt)}</span>
    </p>
  )
}

/** A web address as it is; a file by its name only: the server's folders are not the reader's business. */
function shownLocation(source: { kind: string; location: string }): string {
  if (source.kind === 'url') return source.location
  if (source.kind === 'stdin') return 'standard input'
  return source.location.split(/[\\/]/).pop() ?? source.location
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

function FactsPanel(props: {
  articleId: string
  facts: readonly ShownFact[]
  nameOf: NameOf
  chosenFact?: string
  isOld: boolean
}) {
  // The fact is itself a link, so the names in its sentence are plain words, not links.
  const plainNameOf: NameOf = (id) => ({ name: props.nameOf(id).name, href: null })
  return (
    <section class="panel article-facts-panel">
      <h2 id="facts-heading">Facts in this article</h2>
      {props.facts.length === 0 ? (
        <p class="empty-state">No facts were found in this article.</p>
      ) : (
        <>
          <p class="article-facts-help">
            {props.isOld
              ? 'Facts come from the current revision; select one to see its words there.'
              : 'Select a fact to highlight the words it was drawn from.'}
          </p>
          <ol class="article-fact-list">
            {props.facts.map((fact) => {
              const isChosen = fact.id === props.chosenFact
              const status = 'status' in fact ? fact.status : undefined
              return (
                <li class="article-fact">
                  <a
                    class="article-fact-link"
                    href={`/articles/${props.articleId}?fact=${encodeURIComponent(fact.id)}#fact-text`}
                    data-fact={fact.id}
                    aria-current={isChosen ? 'true' : undefined}
                  >
                    <span class="article-fact-badges">
                      <span class={`badge article-fact-type type-${fact.type}`}>
                        {FACT_TYPE_LABELS[fact.type]}
                      </span>
                      {status && <span class="article-fact-status">{status}</span>}
                      <span class="article-fact-confidence">
                        {formatPercent(Math.round(fact.confidence * 100))} confidence
                      </span>
                    </span>
                    <span class="article-fact-words">
                      <FactWords fact={fact} nameOf={plainNameOf} />
                    </span>
                    {fact.rule && <small class="article-fact-rule">rule {fact.rule}</small>}
                  </a>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
  )
}

function EntityGroups(props: { entities: readonly ArticleEntity[] }) {
  const known = new Set(ENTITY_GROUPS.map(([type]) => type))
  const groups: Array<[string, ArticleEntity[]]> = [
    ...ENTITY_GROUPS.map(([type, heading]): [string, ArticleEntity[]] => [
      heading,
      props.entities.filter((entity) => entity.type === type),
    ]),
    ['Other', props.entities.filter((entity) => !known.has(entity.type))],
  ]
  return (
    <div class="article-entity-groups">
      {groups
        .filter(([, members]) => members.length > 0)
        .map(([heading, members]) => (
          <div class="article-entity-type">
            <h3>{heading}</h3>
            <ul>
              {[...members]
                .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
                .map((entity) => (
                  <li>
                    <a href={`/entities/${entity.id}`}>{entity.name}</a>{' '}
                    <span class="article-mention-count">
                      {entity.mentions === 1 ? '1 mention' : `${entity.mentions} mentions`}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
    </div>
  )
}

function Revisions(props: {
  id: string
  shown: number
  current: number
  list: ReadonlyArray<{ revision: number; ingestedAt: string }>
}) {
  return (
    <footer class="article-revisions">
      <h2>Revisions</h2>
      <ol>
        {props.list.map(({ revision, ingestedAt }) => {
          const href =
            revision === props.current
              ? `/articles/${props.id}`
              : `/articles/${props.id}?revision=${revision}`
          const label = `Revision ${revision}${revision === props.current ? ' (current)' : ''}, ingested ${formatDay(ingestedAt)}`
          return (
            <li>
              {revision === props.shown ? (
                <span aria-current="page">{label}</span>
              ) : (
                <a href={href}>{label}</a>
              )}
            </li>
          )
        })}
      </ol>
    </footer>
  )
}

function sharedWords(related: RelatedCard): string {
  const names = related.sharedNames.slice(0, SHARED_NAMES_SHOWN)
  const more = related.sharedNames.length - names.length
  const parts = [names.join(', ')]
  if (more > 0) parts.push(`and ${more} more`)
  const words = parts.filter((part) => part !== '').join(' ')
  const facts =
    related.sharedFacts === 0
      ? ''
      : related.sharedFacts === 1
        ? '1 fact'
        : `${related.sharedFacts} facts`
  return [words, facts].filter((part) => part !== '').join('; ')
}
