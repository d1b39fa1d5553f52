/**
 * Reads the publication date and byline from inline app state (`__NEXT_DATA__`, Nuxt, Ghost,
 * Substack preloads, WordPress REST objects) for pages whose markup shows neither. App state
 * also lists other posts, so a value counts only when it is this story's: it sits near the
 * page's title or URL slug, or it is the only one of its kind on the page.
 */
import type { PublishedDate } from '../../model/index.js'
import { normalizeDate } from './dates.js'
import { META_PATTERNS } from './meta-patterns.js'
import { cleanByline } from './names.js'

export interface ScriptState {
  published: PublishedDate | null
  byline: string | null
}

/** How far (in characters) a value may sit from the story's title or slug to be the story's. */
const NEAR_CHARS = 1_500
/** The generic key `"date"` only counts this close to the title (a WordPress REST post). */
const NEAR_GENERIC_CHARS = 400

export function readScriptState(
  scripts: string[],
  title: string,
  url: string | null,
  want: { date: boolean; byline: boolean },
): ScriptState {
  const state: ScriptState = { published: null, byline: null }
  if (scripts.length === 0 || (!want.date && !want.byline)) return state
  const anchors = storyAnchors(title, url)
  if (want.date) state.published = scriptDate(scripts, anchors)
  if (want.byline) state.byline = scriptByline(scripts, anchors)
  return state
}

/** The strings that mark this story in app state: its title and its URL's last path part. */
function storyAnchors(title: string, url: string | null): string[] {
  const anchors: string[] = []
  if (title.length >= 12) anchors.push(title.slice(0, 60))
  if (url !== null) {
    try {
      const slug = new URL(url).pathname
        .split('/')
        .filter((p) => p !== '')
        .pop()
      if (slug !== undefined && slug.length >= 8) anchors.push(slug)
    } catch {
      // Not a URL: the title alone anchors.
    }
  }
  return anchors
}

/** Where the story's anchors occur in one script. */
function anchorPositions(script: string, anchors: string[]): number[] {
  const out: number[] = []
  for (const anchor of anchors) {
    for (let i = script.indexOf(anchor); i >= 0; i = script.indexOf(anchor, i + anchor.length)) {
      out.push(i)
    }
  }
  return out
}

/**
 * Characters from the nearest anchor to `index`; Infinity with none. A post's other keys follow
 * its title in app state, so a value before the anchor (the end of the previous post) counts
 * double.
 */
function distance(positions: number[], index: number): number {
  let best = Infinity
  for (const p of positions) best = Math.min(best, index >= p ? index - p : (p - index) * 2)
  return best
}

function scriptDate(scripts: string[], anchors: string[]): PublishedDate | null {
  const days = new Set<string>()
  let only: PublishedDate | null = null
  let nearest: PublishedDate | null = null
  let nearestDistance = Infinity
  for (const script of scripts) {
    const positions = anchorPositions(script, anchors)
    for (const m of script.matchAll(META_PATTERNS.scriptDate)) {
      const [, key, text, epoch] = m
      const date = text !== undefined ? normalizeDate(text) : epochDate(epoch)
      if (date === null) continue
      const generic = key === 'date'
      // The value closest to the title or slug is the story's, not a related post's.
      const d = distance(positions, m.index)
      if (d <= (generic ? NEAR_GENERIC_CHARS : NEAR_CHARS) && d < nearestDistance) {
        nearest = date
        nearestDistance = d
      }
      if (generic) continue
      days.add(date.slice(0, 10))
      only ??= date
    }
  }
  if (nearest !== null) return nearest
  // No value beside the title: trust one only when every publication key agrees on the day.
  return days.size === 1 ? only : null
}

function scriptByline(scripts: string[], anchors: string[]): string | null {
  let nearest: string | null = null
  let nearestDistance = Infinity
  // `"author":{"@type":"Organization","name":"Example.org"}` (schema.org copied into app
  // state) is the site; a person's author object elsewhere in the state is the byline.
  let organisation: string | null = null
  for (const script of scripts) {
    const positions = anchorPositions(script, anchors)
    if (positions.length === 0) continue
    for (const m of script.matchAll(META_PATTERNS.scriptAuthor)) {
      const name = m[1] ?? m[2]
      const d = distance(positions, m.index)
      if (name === undefined || d > NEAR_CHARS || d >= nearestDistance) continue
      const cleaned = cleanByline(name)
      if (cleaned === null) continue
      if (META_PATTERNS.organisationType.test(m[0])) {
        organisation ??= cleaned
        continue
      }
      nearest = cleaned
      nearestDistance = d
    }
  }
  return nearest ?? organisation
}

/** Unix time in seconds or milliseconds, as a UTC day. */
function epochDate(value: string | undefined): PublishedDate | null {
  if (value === undefined) return null
  const ms = value.length === 13 ? Number(value) : Number(value) * 1000
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : normalizeDate(date.toISOString())
}
