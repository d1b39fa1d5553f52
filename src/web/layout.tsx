import type { Child } from 'hono/jsx'
import { formatToday } from '../model/index.js'
import type { SectionNav, SiteConfig } from './site.js'

/** What every page shares: the site, its sections, the latest headlines and today's date. */
export interface Chrome {
  site: SiteConfig
  navigation: SectionNav[]
  flash: ReadonlyArray<{ id: string; title: string }>
  /** Today as YYYY-MM-DD, for the masthead. */
  today: string
}

export interface PageMeta {
  title: string
  description?: string
  /** The section slug to mark as current in the navigation. */
  section?: string
  /** The search box's value. */
  query?: string
  /** Feeds to announce in <head> (a section page announces its own). */
  feeds?: { title: string; rss: string; atom: string }
  /** Pages that should not be indexed (search results, 404). */
  noindex?: boolean
}

export function Layout(props: { chrome: Chrome; meta: PageMeta; children: Child }) {
  const { chrome, meta } = props
  const { site } = chrome
  const fullTitle = meta.title === site.name ? site.name : `${meta.title} · ${site.name}`
  const feeds = meta.feeds ?? { title: site.name, rss: '/rss.xml', atom: '/atom.xml' }
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {meta.noindex && <meta name="robots" content="noindex" />}
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/rss+xml" title={feeds.title} href={feeds.rss} />
        <link rel="alternate" type="application/atom+xml" title={feeds.title} href={feeds.atom} />
        <script src="/assets/site.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <div class="topbar">
            <div class="wrap topbar-inner">
              <time datetime={chrome.today}>{formatToday(chrome.today)}</time>
              <nav aria-label="Workspace" class="workspace-nav">
                <a href="/facts">Facts</a>
                <a href="/entities">Entities</a>
                <a href="/timeline">Timeline</a>
                <a href="/map">Map</a>
              </nav>
            </div>
          </div>
          <div class="wrap brand-row">
            <a class="brand" href="/">
              <span class="brand-name">{site.name}</span>
            </a>
            {site.tagline && <p class="tagline">{site.tagline}</p>}
            <SearchBox query={meta.query} />
          </div>
          <nav aria-label="Sections" class="sections-nav">
            <ul class="wrap">
              <li>
                <a
                  href="/"
                  aria-current={
                    meta.section === undefined && meta.title === site.name ? 'page' : undefined
                  }
                >
                  Home
                </a>
              </li>
              {chrome.navigation
                .filter((nav) => nav.articles > 0)
                .map((nav) => (
                  <li>
                    <a
                      href={`/sections/${nav.slug}`}
                      aria-current={meta.section === nav.slug ? 'page' : undefined}
                    >
                      {nav.name}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          {chrome.flash.length > 0 && (
            <section class="flash" aria-label="Flash news">
              <div class="wrap flash-inner">
                <h2 class="flash-label">Flash News</h2>
                <ul>
                  {chrome.flash.map((item) => (
                    <li>
                      <a href={`/articles/${item.id}`}>{item.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          )}
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap footer-inner">
            <p class="footer-brand">{site.name}</p>
            <nav aria-label="About this site">
              <ul>
                <li>
                  <a href="/about">About</a>
                </li>
                <li>
                  <a href="/contact">Contact</a>
                </li>
                <li>
                  <a href="/legal">Legal notice</a>
                </li>
                <li>
                  <a href="/rss.xml">RSS</a>
                </li>
                <li>
                  <a href="/atom.xml">Atom</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}

/**
 * A plain GET form, so search works without JavaScript; site.js adds the as-you-type list
 * (a combobox whose options come from /search/suggest).
 */
export function SearchBox(props: { query?: string }) {
  return (
    <form class="search-box" role="search" action="/search" method="get">
      <label for="search-input" class="visually-hidden">
        Search articles and entities
      </label>
      <input
        id="search-input"
        type="search"
        name="q"
        value={props.query ?? ''}
        placeholder="Search: Kazakhstan, tungsten, Rubio…"
        autocomplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls="search-suggestions"
      />
      <button type="submit">Search</button>
      <div
        id="search-suggestions"
        class="suggestions"
        role="listbox"
        aria-label="Suggestions"
        hidden
      ></div>
    </form>
  )
}
