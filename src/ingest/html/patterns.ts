/**
 * Every regular expression the HTML reader uses, built once. Each says why it exists; the
 * fixtures under test/fixtures/ingest/html/ show the markup that needed it.
 */
export const PATTERNS = {
  /** `<script type="application/ld+json">` holds schema.org metadata. */
  jsonLdType: /^\s*application\/ld\+json\s*$/i,
  /** Inline styles that hide an element; hidden text is never part of what a reader sees. */
  hiddenStyle: /display\s*:\s*none|visibility\s*:\s*hidden/i,

  /**
   * Class or id words of page furniture around an article: menus, share bars, related and
   * most-read lists, cookie and newsletter prompts, comment threads, author boxes, ads.
   * Readability's `unlikelyCandidates` is the starting point; the words after it come from
   * news templates (cookie banners, paywall prompts, "read next" rails, photo credits).
   */
  boilerplateClass:
    /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|ad-?slot|ad-?container|ad-?unit|agegate|author-?bio|author-?box|author-?card|about-?the-?author|banner|breadcrumbs?|byline|caption|captions|carousel|comments?|commentlist|community|consent|cookies?|credit|credits|crumbs|disqus|dateline|follow|footer|gallery|gdpr|kicker|lightbox|masthead|menu|meta|modal|more-?news|most-?(?:read|popular|viewed)|nav|navbar|navigation|newsletter|next-?prev|outbrain|pager|pagination|paywall|popular|popup|post-?meta|promo|rating|recirc|recommend(?:ed|ations)?|related|remark|replies|reply|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|slideshow|social|sponsor(?:ed)?|subscribe|subscription|supplemental|taboola|toolbar|tools|trending|yom-remote)(?:$|[\s_-])/,
  /**
   * Class or id words that name the article body itself. They outweigh a furniture word on the
   * same element ("article-body has-share-bar") and earn a bonus when choosing the container.
   */
  contentClass:
    /(?:^|[\s_-])(?:article-?(?:body|content|text|main)|articlebody|body-?(?:text|copy|content)|entry-?(?:content|body|text)|post-?(?:body|content|text|entry)|story-?(?:body|content|text)|main-?content|content-?body|rich-?text|prose|text-?content)(?:$|[\s_-])/,
  /** `itemprop` values of the article body in schema.org microdata. */
  contentItemprop: /^(?:articlebody|text|description)$/i,

  /** A short block that only points elsewhere or asks for something: not article prose. */
  calloutText:
    /^(?:advertisement|ad|sponsored|read more|read next|read also|also read|see also|more:|related:|related stories|related articles|continue reading|click here|sign up|subscribe|follow us|share this|share on|share article|copy link|get the newsletter|newsletter|listen to this article|this article is more than|image:|photo:|image source|photograph:|getty images|loading)/i,
  /**
   * A short block after the story that sells or points elsewhere: subscriptions, newsletters,
   * "follow him on Twitter", "tell us what you think", news-tip requests (magazine reviews,
   * finance newsletters, space news pages). Read only on the last blocks of the body.
   */
  promoText:
    /(?:\bsign up\b|\bsubscribe\b|\bnewsletters?\b|delivered (?:to|through) your (?:inbox|letterbox|door)|\bclick here\b|\bfollow (?:us|him|her|them|me)\b|tell us what you think|\blet us know\b|join (?:our|the) (?:conversation|discussion|community|forums?)|share your (?:thoughts|comments|views)|\bemail (?:him|her|us|them)\b|\bnews tip\b|send (?:us|me) (?:a )?tip|download (?:our|the) app)/i,
  /** A block that is a byline: "By Jane Doe", "Written by ...". */
  bylineText:
    /^(?:by|written by|posted by|words by|reporting by|von|par|por|di|door|av|автор:?|contributors?:|authors?:)\s+\S/i,
  /** Text cut off for a teaser: "...may soon..." or "…" at the end. */
  truncatedText: /(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/,
  /** A block that is only a web address (print-friendly URL lines). */
  urlText: /^(?:https?:\/\/|www\.)\S+$/i,
  /** Copyright and rights lines at the foot of a story. */
  copyrightText: /^(?:©|\(c\)|copyright\b|all rights reserved)/i,
  /**
   * Zones that hold other stories or readers' words: metadata found there (a related story's
   * date, a commenter's name) is not this article's. A "newsletter" box is a sign-up form, but
   * "newsletter-post" / "newsletter-article" is the story itself on a newsletter platform.
   */
  otherStoriesClass:
    /(?:^|[\s_-])(?:related|comments?|commentlist|recirc|most-?(?:read|popular|viewed)|trending|teasers?|more-?news|other-?news|more-?stories|recommend(?:ed|ations)?|outbrain|taboola|newsletter(?![-_](?:post|article|issue|content|body)))(?:$|[\s_-])/,
  /**
   * Whole class or id tokens of a readers' comment thread (WordPress `comments-area`,
   * `comment-list`, `#respond`; Disqus). Stricter than `boilerplateClass`: a zone is removed
   * whatever its share of the text, because a long thread outweighs a short post.
   */
  commentZoneClass:
    /(?:^|\s)(?:comments|comment-?list|commentlist|comments?-(?:area|section|wrapper|container|block|thread)|disqus_thread|disqus|respond|comment-respond)(?:$|\s)/,
  /**
   * A heading that only labels other stories, in the languages of the benchmark pages (the
   * related-posts <article> after a Portuguese WordPress story is titled "Você pode gostar...").
   * Anchored at both ends: a headline that merely contains "related" is not a label.
   */
  relatedHeading:
    /^(?:related(?: (?:articles?|posts?|stories|news|content|coverage|reading))?|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles)?|more (?:stories|news|articles|headlines)|most (?:read|popular|viewed)|trending(?: now| stories)?|latest (?:news|stories|posts|headlines)|popular (?:posts|stories|articles)|read (?:next|also)|also read|você (?:também )?pode gostar|veja também|leia também|(?:posts|artigos|notícias) relacionad[oa]s|(?:à )?lire aussi|sur le même sujet|ver también|te puede interesar|(?:noticias|artículos) relacionad[oa]s|leggi anche|articoli correlati|mehr zum thema|das könnte sie auch interessieren|читайте также|похожие (?:статьи|новости|записи))\s*[:.…!]*$/i,
  /** A heading that labels readers' comments: "Comments", "12 Responses", "Leave a Reply". */
  commentHeading:
    /^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|комментарии|comentários|commentaires|comentarios|kommentare)(?:\s*\(\d+\))?\s*[:.…!]*$/i,
  /** Breadcrumb trails by class, id or label. */
  breadcrumbClass: /breadcrumb|crumbs/i,
  /** Class or id words of a byline element (not the author box at the foot). */
  bylineClass:
    /(?:^|[\s_-])(?:byline|by-?line|author|authors|author-?name|writer|contributor|byl|article-?author|post-?author)(?:$|[\s_-])/,
  /**
   * Author boxes and avatars share words with bylines but hold bios and photos; "vcard" (the
   * hCard microformat on a byline) is not a card.
   */
  authorBoxClass: /bio|box|avatar|image|photo|description|about|(?<!v)card|more|follow|social/,
  /**
   * Class words of the job title printed inside a byline ("author-title", "job_title",
   * "author-position"): "Written by Jane Doe <span class=author-title>Gardener</span>".
   */
  bylineRoleClass:
    /(?:^|[\s_-])(?:job-?title|jobtitle|title|position|role|designation|occupation)(?:$|[\s_-])/,
  /** A link to a tag or category listing: "/tag/travel", "/category/news/", "/topics/x". */
  topicHref: /\/(?:tags?|category|categories|topics?)\/[^/?#]+/i,
  /** Class or id words of a publication-date element. */
  dateClass:
    /(?:^|[\s_-])(?:date|dated|time|timestamp|published|pubdate|posted|post-?date|publish-?date|entry-?date|dateline|article-?date|meta-?date)(?:$|[\s_-])/,
  /** First breadcrumb or menu entries that name the front page, not a section. */
  homeCrumb:
    /^(?:home|homepage|main|start|index|news home|главная|accueil|inicio|startseite|início)$/i,
  /** A label whose value (a name or a date) sits in the next element: "Written by", "Published". */
  metaLabel:
    /^(?:written by|posted by|article by|words by|story by|by|author|authors|autor|auteur|published|published on|posted|posted on|date|last updated|updated|updated on)\s*:?$/i,
  /** A label that introduces an author name rather than a date. */
  authorLabel:
    /^(?:written by|posted by|article by|words by|story by|by|author|authors|autor|auteur)\s*:?$/i,
  /** Separators inside a metadata line: "By Jane Doe | Business | 17 September 2024". */
  infoLineSeparator: /\s*[|·•]\s*|\s+\/\s+/,
  /** What follows the name at the start of an author's bio: " is a reporter", " has written". */
  bioOpening: /^\s+(?:is|was|has|writes|covers|joined|serves)\s/,
  /** A link to the front page: "/", "./", or a bare origin "https://jane.example/". */
  homeHref: /^(?:\.?\/|https?:\/\/[^/]+\/?)$/,
  /** A bare domain name as a title part: "Newegg.com", "latimes.com", "www.example.co.uk". */
  domainName: /^(?:[a-z0-9-]+\.)+(?:com|org|net|co|io|dev|uk|de|fr|info|edu|gov|news)$/i,
  /** Separators between a headline and the site name in `<title>`. */
  titleSeparator: /\s+(?:[|\-–—·•»/]|::)\s+/,
  /** A vertical bar between a headline and its section or topic tail: "Headline | Opinion". */
  titleBar: /\s+\|\s+/,
  /** A character reference left in text that was escaped twice: "SQL &#x26; AI", "&amp;amp;". */
  leftoverEntity: /&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]{1,31});/i,
  /** A heading that introduces what follows ("A message from our editor:"), not a headline. */
  leadInHeading: /:\s*$/,
  /** A character lost in transcoding, shown as "?" or U+FFFD inside a line of text. */
  lostCharacter: /[?\uFFFD](?=[\s\p{L}\p{N}]*[\p{L}\p{N}])/u,
  /** Sentence-final punctuation in any script we meet: a sign a block is prose. */
  sentenceEnd: /[.!?。！？؟…]["'”’»)]?(?:\s|$)/,
} as const
