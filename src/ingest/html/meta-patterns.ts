/**
 * Regular expressions of the metadata pass that the shared `patterns.ts` does not hold, built
 * once. Each says why it exists; the fixtures under test/fixtures/ingest/html/meta-* show the
 * markup that needed it.
 */
export const META_PATTERNS = {
  /**
   * A link to an author's profile page ("/author/jane-doe", "/authors/jane-doe/",
   * "/contributors/jane-doe"): when its text is the name in the slug, it is a byline.
   */
  authorHref:
    /\/(?:author|authors|writers?|contributors?|people|staff|profiles?|journalists?|reporters?|team)\/([^/?#]+)\/?(?:[?#].*)?$/i,
  /**
   * Labels that introduce the publication date in a line of text, wherever on the page it sits:
   * "Published on", "Posted:", "Last updated:", "Published On:".
   */
  dateLabelLine:
    /^(?:published|posted|last updated|updated|date published|publication date|released)(?:\s+on)?(?:\s+the)?\s*:?\s*\S/i,
  /**
   * Class words of a kicker above a headline: the section label ("rubric", "eyebrow",
   * "kicker", "overline", "category label").
   */
  kickerClass:
    /(?:^|[\s_-])(?:rubric|rubrika|eyebrow|kicker|overline|supertitle|category-?label|section-?label|article-?category|post-?category|topic-?label)(?:$|[\s_-])/,
  /** A trail introduced by words instead of a class: "You are here: Main » Resources » Article". */
  breadcrumbLead: /^(?:you are here|вы здесь|sie sind hier|vous êtes ici)\s*:?/i,
  /** A path like /2024/05/17/ or /2024-05-17- in a URL: the publication day many CMSs use. */
  urlDate: /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_+-]|$)/,
} as const
