import type { Child } from 'hono/jsx'

/** Where an entity is named in the body: [start, end) JavaScript string indices into the text. */
export interface BodyMention {
  start: number
  end: number
  entityId: string
  name: string
  /** The entity's type in words ("country", "person"), for the link's title. */
  type: string
}

/** Where a fact's evidence lies in the body. */
export interface BodyEvidence {
  factId: string
  start: number
  end: number
}

/** A run of the body that one block shows: [start, end) into the text. */
interface Range {
  start: number
  end: number
}

type Block =
  | { kind: 'paragraph'; range: Range }
  | { kind: 'subhead'; range: Range }
  | { kind: 'list'; ordered: boolean; items: Range[] }
  | { kind: 'table'; rows: Range[][] }

/** The same words name several entities ("the five Central Asian states"): one span, many ids. */
interface MentionGroup {
  start: number
  end: number
  entities: BodyMention[]
}

/** "- item", "* item", "• item", "1. item", "2) item": the marker is dropped, the words kept. */
const LIST_MARKER = /^[ \t]*(?:([-*•·–—])|(\d{1,3})[.)])[ \t]+(?=\S)/
/** A one-line paragraph that ends without sentence punctuation reads as a subheading. */
const SENTENCE_END = /[.!?:;,"“”'’)\]…]$/
const SUBHEAD_MAX_LENGTH = 100
const CELL_SEPARATOR = ' | '

/**
 * The article's body from its plain text: paragraphs split on blank lines, list lines as
 * lists, `a | b` rows as a table, short unpunctuated lines as subheadings. Entity mentions
 * become dossier links and fact evidence is wrapped in `span.evidence[data-facts]`; both
 * overlap freely, so each block is cut at every boundary and wrapped piece by piece. Every
 * piece of text goes through JSX, which escapes it: no markup from the source page survives.
 */
export function ArticleBody(props: {
  text: string
  mentions: readonly BodyMention[]
  evidence: readonly BodyEvidence[]
  /** The fact whose evidence is marked (`?fact=`); its first piece gets id="fact-text". */
  chosenFact?: string
}) {
  const { text } = props
  const inText = ({ start, end }: Range) =>
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= text.length
  const mentions = chooseMentions(props.mentions.filter(inText))
  const evidence = props.evidence.filter(inText)
  const state = { anchored: false }
  const render = (range: Range) =>
    renderRange(text, range, mentions, evidence, props.chosenFact, state)

  return (
    <div class="article-body">
      {blocksOf(text).map((block) => {
        switch (block.kind) {
          case 'paragraph':
            return <p>{render(block.range)}</p>
          case 'subhead':
            return <h2 class="article-subhead">{render(block.range)}</h2>
          case 'list': {
            const items = block.items.map((item) => <li>{render(item)}</li>)
            return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
          }
          case 'table':
            return (
              <div class="table-wrap">
                <table class="data article-table">
                  <tbody>
                    {block.rows.map((row) => (
                      <tr>
                        {row.map((cell) => (
                          <td>{render(cell)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
        }
      })}
    </div>
  )
}

/** Splits the text into blocks, keeping each block's offsets into the whole text. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  const paragraphs = rangesSplitBy(text, /\n[ \t]*\n\s*/g, { start: 0, end: text.length })
  paragraphs.forEach((paragraph, index) => {
    const lines = rangesSplitBy(text, /\n/g, paragraph)
    const lineText = (line: Range) => text.slice(line.start, line.end)

    if (lines.length >= 2 && lines.every((line) => lineText(line).includes(CELL_SEPARATOR))) {
      blocks.push({ kind: 'table', rows: lines.map((line) => rangesSplitBy(text, / \| /g, line)) })
      return
    }
    if (
      lines.length === 1 &&
      index > 0 &&
      index < paragraphs.length - 1 &&
      paragraph.end - paragraph.start <= SUBHEAD_MAX_LENGTH &&
      /^\p{Lu}/u.test(lineText(paragraph)) &&
      !SENTENCE_END.test(lineText(paragraph))
    ) {
      blocks.push({ kind: 'subhead', range: paragraph })
      return
    }
    // Lines that are not list items stay together as one paragraph; list lines break it.
    let prose: Range | undefined
    let list: Extract<Block, { kind: 'list' }> | undefined
    for (const line of lines) {
      const marker = LIST_MARKER.exec(lineText(line))
      if (marker) {
        prose = undefined
        const ordered = marker[2] !== undefined
        if (!list || list.ordered !== ordered) {
          list = { kind: 'list', ordered, items: [] }
          blocks.push(list)
        }
        list.items.push({ start: line.start + marker[0].length, end: line.end })
      } else if (prose) {
        prose.end = line.end
      } else {
        list = undefined
        prose = { ...line }
        blocks.push({ kind: 'paragraph', range: prose })
      }
    }
  })
  return blocks
}

/** The non-blank pieces of `within` between matches of `separator`, trimmed, as offsets. */
function rangesSplitBy(text: string, separator: RegExp, within: Range): Range[] {
  const ranges: Range[] = []
  const part = text.slice(within.start, within.end)
  let from = 0
  const push = (start: number, end: number) => {
    const piece = part.slice(start, end)
    const leading = piece.length - piece.trimStart().length
    const trailing = piece.length - piece.trimEnd().length
    if (piece.trim() !== '')
      ranges.push({ start: within.start + start + leading, end: within.start + end - trailing })
  }
  for (const match of part.matchAll(separator)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, part.length)
  return ranges
}

/**
 * Mentions that do not overlap: where two would, the longer (then the earlier) wins. Mentions
 * of several entities with the same offsets become one group.
 */
function chooseMentions(mentions: readonly BodyMention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>()
  for (const mention of mentions) {
    const key = `${mention.start}:${mention.end}`
    const group = groups.get(key) ?? { start: mention.start, end: mention.end, entities: [] }
    if (!group.entities.some((entity) => entity.entityId === mention.entityId))
      group.entities.push(mention)
    groups.set(key, group)
  }
  const byPriority = [...groups.values()].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const chosen: MentionGroup[] = []
  for (const group of byPriority) {
    if (chosen.every((other) => group.end <= other.start || group.start >= other.end))
      chosen.push(group)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** Cuts the range at every mention and evidence boundary and wraps each piece. */
function renderRange(
  text: string,
  range: Range,
  mentions: readonly MentionGroup[],
  evidence: readonly BodyEvidence[],
  chosenFact: string | undefined,
  state: { anchored: boolean },
): Child[] {
  const overlaps = (span: Range) => span.start < range.end && span.end > range.start
  const localMentions = mentions.filter(overlaps)
  const localEvidence = evidence.filter(overlaps)
  const cuts = new Set([range.start, range.end])
  for (const span of [...localMentions, ...localEvidence]) {
    if (span.start > range.start) cuts.add(span.start)
    if (span.end < range.end) cuts.add(span.end)
  }
  const points = [...cuts].sort((a, b) => a - b)

  // Neighbouring pieces with the same facts share one evidence span, and within it
  // neighbouring pieces of the same mention share one link.
  interface Piece {
    start: number
    end: number
    facts: string[]
    mention: MentionGroup | undefined
  }
  const runs: Piece[][] = []
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number
    const end = points[index + 1] as number
    const facts = [
      ...new Set(
        localEvidence
          .filter((span) => span.start <= start && span.end >= end)
          .map((span) => span.factId),
      ),
    ]
    const mention = localMentions.find((group) => group.start <= start && group.end >= end)
    const piece: Piece = { start, end, facts, mention }
    const run = runs.at(-1)
    const last = run?.at(-1)
    if (run && last && sameFacts(last.facts, facts)) run.push(piece)
    else runs.push([piece])
  }

  return runs.map((run) => {
    const facts = (run[0] as Piece).facts
    const content = linkMentions(text, run)
    if (facts.length === 0) return content
    const isChosen = chosenFact !== undefined && facts.includes(chosenFact)
    const id = isChosen && !state.anchored ? 'fact-text' : undefined
    if (isChosen) state.anchored = true
    return (
      <span class={isChosen ? 'evidence is-selected' : 'evidence'} data-facts={facts.join(' ')}>
        {isChosen ? <mark id={id}>{content}</mark> : content}
      </span>
    )
  })
}

/** The pieces' words, with neighbouring pieces of one mention joined into one link. */
function linkMentions(
  text: string,
  pieces: ReadonlyArray<{ start: number; end: number; mention: MentionGroup | undefined }>,
): Child[] {
  const joined: Array<{ start: number; end: number; mention: MentionGroup | undefined }> = []
  for (const piece of pieces) {
    const last = joined.at(-1)
    if (last && last.mention === piece.mention && last.end === piece.start) last.end = piece.end
    else joined.push({ ...piece })
  }
  return joined.map(({ start, end, mention }) => {
    const words = text.slice(start, end)
    if (!mention) return words
    const [only, ...others] = mention.entities
    if (only && others.length === 0)
      return (
        <a
          href={`/entities/${only.entityId}`}
          class="entity-link"
          title={`${only.name} (${only.type})`}
        >
          {words}
        </a>
      )
    // One phrase, several entities: no single dossier to link to, so name them all.
    const names = mention.entities.map((entity) => entity.name).join(', ')
    return (
      <span class="mention-group" title={`Refers to ${names}`}>
        {words}
      </span>
    )
  })
}

function sameFacts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((fact, index) => fact === b[index])
}
