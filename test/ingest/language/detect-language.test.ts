import { describe, expect, it } from 'vitest'
import { detectLanguage, languageName } from '../../../src/ingest/language/index.js'

const ENGLISH =
  'Zorvath Capital said on Thursday it would invest over a billion dollars in the Qaratau ' +
  'tungsten project, the largest foreign investment in the region this decade.'
const RUSSIAN =
  'Компания Zorvath Capital объявила в четверг, что вложит более миллиарда долларов в ' +
  'вольфрамовый проект Каратау, крупнейшую иностранную инвестицию в регионе за десятилетие.'
const KAZAKH =
  'Zorvath Capital компаниясы бейсенбі күні Қаратау вольфрам жобасына бір миллиард доллардан ' +
  'астам инвестиция салатынын мәлімдеді. Бұл өңірдегі соңғы он жылдағы ең ірі шетелдік инвестиция.'

describe('detectLanguage', () => {
  it('reads English as en', () => {
    expect(detectLanguage(ENGLISH)).toBe('en')
  })

  it('reads Russian as ru', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru')
  })

  it('reads Kazakh as kk, not Russian, from its own letters', () => {
    expect(detectLanguage(KAZAKH)).toBe('kk')
  })

  it('says nothing (null) about a two-word string', () => {
    expect(detectLanguage('Qaratau tungsten')).toBeNull()
    expect(detectLanguage('')).toBeNull()
    expect(detectLanguage('2025 — 14:05')).toBeNull()
  })

  it('prefers a declared language written in the same script, and ignores one that is not', () => {
    expect(detectLanguage(RUSSIAN, 'kk-KZ')).toBe('kk')
    expect(detectLanguage(ENGLISH, 'ru')).toBe('en')
    expect(detectLanguage(ENGLISH, 'en-GB')).toBe('en')
  })

  it('names CJK text by its script', () => {
    expect(detectLanguage('扎尔瓦斯资本周四表示，将向卡拉套钨矿项目投资逾十亿美元。')).toBe('zh')
    expect(
      detectLanguage('ザルヴァス・キャピタルはカラタウのタングステン事業に投資すると発表した。'),
    ).toBe('ja')
  })

  it('names language codes for messages', () => {
    expect(languageName('kk')).toBe('Kazakh')
    expect(languageName('uz')).toBe('Uzbek')
    expect(languageName('xx')).toBeNull()
  })
})
