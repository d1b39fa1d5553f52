import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const dependenciesOf = (text: string) => ofType(factsOf(text, {}), 'dependency')

describe('dependencies as news states them', () => {
  it('reads "imports 100% of its gallium, much of it from China"', () => {
    const found = dependenciesOf(
      'The United States imports 100% of its gallium, much of it from China.',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.dependent).toEqual(['country:US'])
    expect(found[0]?.on).toBe('country:CN')
    expect(found[0]?.domain).toBe('supply-chain')
  })

  it('reads "buys nearly all of its antimony from China"', () => {
    const found = dependenciesOf('Japan buys nearly all of its antimony from China.')
    expect(found[0]?.dependent).toEqual(['country:JP'])
    expect(found[0]?.on).toBe('country:CN')
  })

  it('reads "gets about 60 percent of its rare earths from China"', () => {
    const found = dependenciesOf('South Korea gets about 60 percent of its rare earths from China.')
    expect(found[0]?.dependent).toEqual(['country:KR'])
    expect(found[0]?.on).toBe('country:CN')
  })

  it('reads "relies heavily on Russia for its enriched uranium" as energy', () => {
    const found = dependenciesOf(
      'France relies heavily on Russia for about 30% of its enriched uranium fuel.',
    )
    expect(found[0]?.dependent).toEqual(['country:FR'])
    expect(found[0]?.on).toBe('country:RU')
    expect(found[0]?.domain).toBe('energy')
  })

  it('makes one dependency per supplier of a list', () => {
    const found = dependenciesOf('Tajikistan imports most of its fuel from Russia and Kazakhstan.')
    expect(found.map((d) => d.on)).toEqual(['country:RU', 'country:KZ'])
    expect(found.every((d) => d.dependent?.[0] === 'country:TJ')).toBe(true)
  })

  it('reads "China supplies 90% of Japan\'s rare earths" with the buyer as dependent', () => {
    const found = dependenciesOf("China supplies 90% of Japan's rare earths.")
    expect(found).toHaveLength(1)
    expect(found[0]?.dependent).toEqual(['country:JP'])
    expect(found[0]?.on).toBe('country:CN')
    expect(found[0]?.domain).toBe('supply-chain')
  })

  it('reads "remains heavily dependent on Chinese investment"', () => {
    const found = dependenciesOf('Kyrgyzstan remains heavily dependent upon Chinese investment.')
    expect(found[0]?.dependent).toEqual(['country:KG'])
    expect(found[0]?.on).toBe('country:CN')
    expect(found[0]?.domain).toBe('investment')
  })
})

describe('what is not a dependency', () => {
  it('makes none of a share of world output', () => {
    expect(dependenciesOf("China controls 90% of the world's rare earth processing.")).toEqual([])
  })

  it('makes none of exports to a market', () => {
    expect(dependenciesOf('Kazakhstan exports most of its uranium to China.')).toEqual([])
  })

  it('makes none of imports with no share', () => {
    expect(dependenciesOf('Japan imports antimony from China and Vietnam.')).toEqual([])
  })

  it('makes none of a country that supplies a share of the world', () => {
    expect(dependenciesOf("China supplies 90% of the world's gallium.")).toEqual([])
  })
})
