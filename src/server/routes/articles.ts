import type { Hono } from 'hono'
import { ArticleId } from '../../model/index.js'
import { ArticlePage, sectionOf, type BodyMention } from '../../web/index.js'
import { entityIdsOf, type ShownFact } from '../../model/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { entityLabels } from '../labels.js'
import { BadRequest } from '../params.js'
import { notFound } from './errors.js'

const RELATED_ARTICLES = 6
const DESCRIPTION_LENGTH = 200

/**
 * `/articles/<id>`: the current revision (or `?revision=N`), with the facts drawn from it;
 * `?fact=<id>` marks that fact's evidence, so selecting a fact works without JavaScript.
 */
export function registerArticles(app: Hono, ctx: RouteContext): void {
  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id')
    if (!ArticleId.safeParse(id).success) return notFound(c, ctx, `There is no article "${id}".`)
    const askedRevision = revisionNumber(c.req.query('revision'))
    const chosenFact = c.req.query('fact') || undefined

    const current = await ctx.store.articles.get(id)
    if (!current) return notFound(c, ctx, `There is no article "${id}".`)
    const article =
      askedRevision === undefined || askedRevision === current.revision
        ? current
        : await ctx.store.articles.getRevision(id, askedRevision)
    if (!article)
      return notFound(c, ctx, `The article "${current.title}" has no revision ${askedRevision}.`)

    const [chrome, facts, forArticle, related, revisions] = await Promise.all([
      loadChrome(ctx),
      ctx.store.facts.list({ articleId: id }),
      ctx.store.entities.forArticle(id),
      ctx.store.articles.related(id, RELATED_ARTICLES),
      ctx.store.articles.revisions(id),
    ])
    const shownFacts: ShownFact[] = facts
    const nameOf = await entityLabels(ctx.store, [
      ...shownFacts.flatMap(entityIdsOf),
      ...related.flatMap((item) => item.sharedEntities),
    ])

    // Offsets index one revision's text: only that revision's mentions and evidence apply.
    const mentions: BodyMention[] = forArticle.flatMap(({ entity, mentions: found }) =>
      found
        .filter((mention) => mention.articleId === id && mention.revision === article.revision)
        .map((mention) => ({
          start: mention.start,
          end: mention.end,
          entityId: entity.id,
          name: entity.name,
          type: entity.type,
        })),
    )
    const evidence = shownFacts.flatMap((fact) =>
      fact.evidence
        .filter((span) => span.articleId === id && span.revision === article.revision)
        .map((span) => ({ factId: fact.id, start: span.start, end: span.end })),
    )
    const isKnownFact =
      chosenFact !== undefined && shownFacts.some((fact) => fact.id === chosenFact)
    const section = sectionOf(chrome.navigation, article.section)

    const body = ArticlePage({
      article,
      currentRevision: current.revision,
      revisions: revisions.map(({ revision, ingestedAt }) => ({ revision, ingestedAt })),
      section: section && { slug: section.slug, name: section.name },
      facts: shownFacts,
      nameOf,
      mentions,
      evidence,
      chosenFact: isKnownFact ? chosenFact : undefined,
      missingFact: chosenFact !== undefined && !isKnownFact ? chosenFact : undefined,
      entities: forArticle.map(({ entity, mentions: found }) => ({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        mentions: found.length,
      })),
      related: related.map((item) => ({
        article: item.summary,
        sharedNames: item.sharedEntities.map((entityId) => nameOf(entityId).name),
        sharedFacts: item.sharedFacts,
      })),
    })
    return renderPage(
      c,
      chrome,
      {
        title: article.title,
        description: standfirstOf(article.text) || undefined,
        section: section?.slug,
      },
      body,
    )
  })
}

/** `?revision=` as a positive integer; absent or empty is the current revision. */
function revisionNumber(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
    throw new BadRequest(
      'revision',
      `expected a revision number (1, 2, …), got "${raw.slice(0, 40)}"`,
    )
  return Number(raw)
}

/** The opening of the text, for search engines and link previews. */
function standfirstOf(text: string): string {
  const opening = (text.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim()
  return opening.length <= DESCRIPTION_LENGTH
    ? opening
    : `${opening.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`
}
