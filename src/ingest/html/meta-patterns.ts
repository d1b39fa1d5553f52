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
  /** A date line that gives the last update, not the first publication. */
  updatedLine: /^\W*(?:page\s+)?(?:last\s+)?(?:updated|modified|revised|edited)\b/i,
  /** Class words of an element that holds the date of the last update. */
  updatedClass: /(?:^|[\s_-])(?:updated|modified|last-?updated|date-?modified)(?:$|[\s_-])/,
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
  /**
   * A publication-date key in inline app state (Next.js, Nuxt, Ghost, Substack, WordPress REST),
   * quoted plainly or escaped inside a JSON string: `"datePublished":"2024-04-07T14:11:18Z"`,
   * `\"published_at\":\"...\"`, `"post_date":1717000000`. Group 1 is the key, 2 the value.
   */
  scriptDate:
    /\\?"(datePublished|publishDate|publishedDate|published_at|publishedAt|published_date|publish_date|date_published|post_date|postDate|firstPublishedAt|first_published_at|date)\\?"\s*:\s*(?:\\?"([^"\\]{8,40})\\?"|(\d{10}(?:\d{3})?)\b)/g,
  /**
   * An author key in inline app state with a plain name or a `{"name": ...}` object:
   * `"author":"Jane Doe"`, `"authors":[{"id":3,"name":"Jane Doe"}]`, `"byline":"Jane Doe"`.
   */
  scriptAuthor:
    /\\?"(?:author|authors|byline|publishedBylines)\\?"\s*:\s*(?:\[\s*)?(?:\\?"([^"\\]{3,80})\\?"|\{[^{}]{0,300}?\\?"name\\?"\s*:\s*\\?"([^"\\]{3,80})\\?")/g,
  /** An author object in app state typed as an organisation, not a person. */
  organisationType: /\\?"@type\\?"\s*:\s*\\?"Organi[sz]ation\\?"/,
  /**
   * A person's name as a byline shows it: two to four capitalised words ("Jane Doe",
   * "Shelia R. Cotten", "Mary-Ann O'Neil", "Aoife O'Riordan", "Rory McNally"), so not "Full Bio"
   * (a one-word label) or "byClemson".
   */
  personName:
    /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:(?:['’-]\p{Lu}?|\p{Lu})\p{Ll}+)*(?:\s\p{Lu}(?:\.|(?:['’]\p{Lu})?\p{Ll}+(?:(?:['’-]\p{Lu}?|\p{Lu})\p{Ll}+)*)){1,3}$/u,
  /**
   * The holder in a copyright line: "© 2025 Jane Doe. All rights reserved.", "Copyright ©
   * 2019-2025 Jane Doe", "(c) Jane Doe". Group 1 is up to four capitalised words.
   */
  copyrightHolder:
    /^(?:©|\([cC]\)|[cC]opyright\b|COPYRIGHT\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|[pP]resent))?\s*,?\s*)?(?:by\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]*){0,3})/u,
  /** Capitalised words that open a title or a label, never a person's name. */
  notNameStart:
    /^(?:the|a|an|our|my|your|how|why|what|when|get|posted|written|updated|published|read|share|table|about|print|download|save|email|listen|watch|view|see|follow|subscribe|sign|log|shop|buy|learn|back|next|previous|skip|jump)\s/i,
  /** Words of an organisation's name, not a person's ("Parkview Health", "Gurus Solutions"). */
  organisationWord:
    /\b(?:health|solutions|media|group|news|blog|magazine|studio|labs?|company|clinic|shop|store|press|digital|tech|fitness|yoga|travel|insurance|geographic|winners|data)\b/i,
  /** A path like /2024/05/17/ or /2024-05-17- in a URL: the publication day many CMSs use. */
  urlDate: /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_+-]|$)/,
} as const
