/** The two body metrics, implemented from each benchmark's PROVENANCE.md. */

const WORD = /[\p{L}\p{N}_]+/gu

export function tokens(text: string): string[] {
  return text.match(WORD) ?? []
}

export interface CorpusScore {
  precision: number
  recall: number
  f1: number
  /** Scrapinghub only: share of pages whose token sequence equals the truth's. */
  accuracy: number
  /** Per-page F1 (for finding the worst pages). */
  perPage: number[]
}

function countShingles(text: string): Map<string, number> {
  const toks = tokens(text)
  const counts = new Map<string, number>()
  if (toks.length === 0) return counts
  if (toks.length < 4) {
    counts.set(toks.join('\u0001'), 1)
    return counts
  }
  for (let i = 0; i + 4 <= toks.length; i++) {
    const key = `${toks[i]}\u0001${toks[i + 1]}\u0001${toks[i + 2]}\u0001${toks[i + 3]}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * Scrapinghub: 4-token shingles as multisets; per-page P and R (both 1 when nothing is wrong),
 * corpus P = mean over pages with a prediction, corpus R = mean over pages with a truth, and
 * F1 = harmonic mean of the corpus P and R.
 */
export function scoreShingles(pairs: { truth: string; predicted: string }[]): CorpusScore {
  let pSum = 0
  let pN = 0
  let rSum = 0
  let rN = 0
  let exact = 0
  const perPage: number[] = []
  for (const { truth, predicted } of pairs) {
    const t = countShingles(truth)
    const p = countShingles(predicted)
    let tp = 0
    let fp = 0
    let fn = 0
    for (const [k, ct] of t) {
      const cp = p.get(k) ?? 0
      tp += Math.min(ct, cp)
      fn += Math.max(0, ct - cp)
    }
    for (const [k, cp] of p) fp += Math.max(0, cp - (t.get(k) ?? 0))
    const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp)
    const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn)
    if (tp + fp > 0) {
      pSum += precision
      pN++
    }
    if (tp + fn > 0) {
      rSum += recall
      rN++
    }
    perPage.push(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall))
    const tt = tokens(truth)
    const pt = tokens(predicted)
    if (tt.length === pt.length && tt.every((tok, i) => tok === pt[i])) exact++
  }
  const precision = pN === 0 ? 0 : pSum / pN
  const recall = rN === 0 ? 0 : rSum / rN
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, accuracy: exact / Math.max(pairs.length, 1), perPage }
}

/**
 * WCXB: lower-cased bag of words; per page P = overlap / predicted tokens, R = overlap / true
 * tokens, F1 of those; P, R and F1 are each averaged over pages. An empty prediction scores 0.
 */
export function scoreBagOfWords(pairs: { truth: string; predicted: string }[]): CorpusScore {
  let pSum = 0
  let rSum = 0
  let fSum = 0
  const perPage: number[] = []
  for (const { truth, predicted } of pairs) {
    const t = new Map<string, number>()
    for (const tok of tokens(truth.toLowerCase())) t.set(tok, (t.get(tok) ?? 0) + 1)
    const pt = tokens(predicted.toLowerCase())
    let trueCount = 0
    for (const c of t.values()) trueCount += c
    let overlap = 0
    const seen = new Map<string, number>()
    for (const tok of pt) {
      const used = seen.get(tok) ?? 0
      if (used < (t.get(tok) ?? 0)) overlap++
      seen.set(tok, used + 1)
    }
    const precision = pt.length === 0 ? 0 : overlap / pt.length
    const recall = trueCount === 0 ? 0 : overlap / trueCount
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    pSum += precision
    rSum += recall
    fSum += f1
    perPage.push(f1)
  }
  const n = Math.max(pairs.length, 1)
  return { precision: pSum / n, recall: rSum / n, f1: fSum / n, accuracy: NaN, perPage }
}
