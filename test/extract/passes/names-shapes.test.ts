import { describe, expect, it } from 'vitest'
import { entitiesOf, find, ofType, mentionTexts } from './entities-of.js'

describe('people: titles that open before the span', () => {
  it('keeps "Deputy" in the role ("Kazakh Deputy Prime Minister Serik Talgatov")', () => {
    const one = entitiesOf('Kazakh Deputy Prime Minister Serik Talgatov visited the plant.')
    expect(find(one, 'Serik Talgatov')).toMatchObject({
      type: 'person',
      role: 'Kazakh Deputy Prime Minister',
    })
    const two = entitiesOf('On Monday, Deputy Minister Aruzhan Bekova opened the talks.')
    expect(find(two, 'Aruzhan Bekova')?.role).toBe('Deputy Minister')
    const three = entitiesOf('Talks went on. Vice Minister Timur Oskenbay said they were useful.')
    expect(find(three, 'Timur Oskenbay')?.role).toBe('Vice Minister')
  })
})

describe('people: the role of a clause before the name', () => {
  it('gives the role the clause states, without a verb of saying or an article', () => {
    const mining = entitiesOf(
      "Uzbekistan's mining minister, Dilnoza Karimova, said the deal was close.",
    )
    expect(find(mining, 'Dilnoza Karimova')?.role).toBe("Uzbekistan's mining minister")
    const minister = entitiesOf('The minister, Ravshan Umarov, said the talks would resume.')
    expect(find(minister, 'Ravshan Umarov')?.role).toBe('Minister')
    const chief = entitiesOf("Exports rose, said the company's chief executive, Yerlan Sadykov.")
    expect(find(chief, 'Yerlan Sadykov')?.role).toBe('Chief executive')
  })
})

describe('people: particles, hyphens and initials', () => {
  it('reads a hyphened particle as part of the name ("Omar al-Rashid")', () => {
    const titled = entitiesOf('Spokesman Omar al-Rashid said the ministry agreed.')
    expect(find(titled, 'Omar al-Rashid')).toMatchObject({ type: 'person', role: 'Spokesman' })
    const apposed = entitiesOf('The envoy, Hamid bin-Tariq, said the talks were useful.')
    expect(find(apposed, 'Hamid bin-Tariq')?.type).toBe('person')
  })

  it('links a later particle surname, in either case ("Al-Rashid", "al-Rashid")', () => {
    const entities = entitiesOf(
      'The spokesman, Omar al-Rashid, said the talks were useful. Al-Rashid added that al-Rashid would return.',
    )
    expect(ofType(entities, 'person')).toHaveLength(1)
    expect(mentionTexts(find(entities, 'Omar al-Rashid'))).toEqual([
      'Omar al-Rashid',
      'Al-Rashid',
      'al-Rashid',
    ])
  })

  it('links "De la Cruz" to "Anna-Maria de la Cruz" instead of making a second person', () => {
    const entities = entitiesOf(
      'The envoy, Anna-Maria de la Cruz, said talks went well. De la Cruz added more. Later de la Cruz left.',
    )
    expect(ofType(entities, 'person').map((p) => p.name)).toEqual(['Anna-Maria de la Cruz'])
    expect(mentionTexts(find(entities, 'Anna-Maria de la Cruz'))).toEqual([
      'Anna-Maria de la Cruz',
      'De la Cruz',
      'de la Cruz',
    ])
  })

  it('reads initials inside and at the start of a name ("Kel T. Morrow", "A. J. Brandt")', () => {
    const entities = entitiesOf(
      'Vice President Kel T. Morrow and Senator A. J. Brandt met in Astana. Morrow said little.',
    )
    expect(find(entities, 'Kel T. Morrow')).toMatchObject({ role: 'Vice President' })
    expect(mentionTexts(find(entities, 'Kel T. Morrow'))).toEqual(['Kel T. Morrow', 'Morrow'])
    expect(find(entities, 'A. J. Brandt')).toMatchObject({ type: 'person', role: 'Senator' })
    const said = entitiesOf('"We are ready," said Dana R. Holt, an analyst at the fund.')
    expect(find(said, 'Dana R. Holt')?.type).toBe('person')
  })

  it('does not read a letter ending a programme\'s name as an initial ("Plan B. Tavan agreed")', () => {
    const entities = entitiesOf('He chose Plan B. Tavan agreed to it, officials said.')
    expect(ofType(entities, 'person')).toEqual([])
  })
})

describe('people: patronymics', () => {
  it('links the name without its patronymic to the full name', () => {
    const entities = entitiesOf(
      'Deputy Prime Minister Serik Zhaksylykovich Talgatov chaired the meeting. Serik Talgatov said it went well, Talgatov added.',
    )
    expect(ofType(entities, 'person')).toHaveLength(1)
    expect(mentionTexts(find(entities, 'Serik Zhaksylykovich Talgatov'))).toEqual([
      'Serik Zhaksylykovich Talgatov',
      'Serik Talgatov',
      'Talgatov',
    ])
    const female = entitiesOf(
      'Minister Dilnoza Rustamovna Karimova spoke first. Dilnoza Karimova said exports grew, analyst Timur Ilyasov said.',
    )
    expect(find(female, 'Dilnoza Karimova')).toBeUndefined()
    expect(mentionTexts(find(female, 'Dilnoza Rustamovna Karimova'))).toContain('Dilnoza Karimova')
  })

  it('keeps two people apart when the middle word is no patronymic', () => {
    const entities = entitiesOf(
      'Analyst Dara Lynn Kell spoke first. Later, analyst Dara Kell said exports grew.',
    )
    expect(ofType(entities, 'person').map((p) => p.name)).toEqual(['Dara Lynn Kell', 'Dara Kell'])
  })
})

describe('organisations: "for" names, legal forms, acronyms', () => {
  it('reads "Institute for …", "Centre for …", "Fund for …" as one organisation', () => {
    const think = entitiesOf(
      'Researchers at the Astana Institute for Policy Studies said the plan was weak.',
    )
    expect(find(think, 'Astana Institute for Policy Studies')?.type).toBe('organization')
    expect(ofType(think, 'person')).toEqual([])
    const centre = entitiesOf('The Zorvath Centre for Strategic and International Studies said so.')
    expect(find(centre, 'Zorvath Centre for Strategic and International Studies')?.type).toBe(
      'organization',
    )
    const fund = entitiesOf('The Korvath Fund for Regional Development pledged money.')
    expect(find(fund, 'Korvath Fund for Regional Development')?.type).toBe('organization')
  })

  it('does not take "for" after a company into its name ("Korvath Capital for the first time")', () => {
    const entities = entitiesOf('Korvath Capital for the first time bought a stake.')
    expect(find(entities, 'Korvath Capital')?.type).toBe('organization')
  })

  it('reads a legal form before the name ("JSC National Company Korvath Samruk", "LLP Tavan Steppe")', () => {
    const entities = entitiesOf(
      'JSC National Company Korvath Samruk and LLP Tavan Steppe signed a deal on Monday.',
    )
    expect(find(entities, 'JSC National Company Korvath Samruk')?.type).toBe('organization')
    expect(find(entities, 'LLP Tavan Steppe')?.type).toBe('organization')
  })

  it('reads company suffixes after the name', () => {
    const entities = entitiesOf(
      'Zorvath Mining Ltd and Ridgefield Holdings PLC agreed terms, as did Altenberg Metall AG, Kessler Rohstoffe GmbH and Qaratau Minerals Corp.',
    )
    for (const name of [
      'Zorvath Mining Ltd',
      'Ridgefield Holdings PLC',
      'Altenberg Metall AG',
      'Kessler Rohstoffe GmbH',
      'Qaratau Minerals Corp.',
    ])
      expect(find(entities, name)?.type).toBe('organization')
  })

  it('links an acronym defined in brackets and used later ("KMC")', () => {
    const entities = entitiesOf(
      'The Korvath Mining Company (KMC) said it would expand. KMC has 300 workers, KMC said.',
    )
    const kmc = find(entities, 'Korvath Mining Company')
    expect(kmc?.aliases).toEqual(['KMC'])
    expect(mentionTexts(kmc)).toEqual(['Korvath Mining Company', 'KMC', 'KMC', 'KMC'])
  })

  it('links acronyms of "of" names and programmes ("DBT", "KDP")', () => {
    const bank = entitiesOf('The Development Bank of Tavania (DBT) will lend. DBT declined to say.')
    expect(mentionTexts(find(bank, 'Development Bank of Tavania'))).toEqual([
      'Development Bank of Tavania',
      'DBT',
      'DBT',
    ])
    const plan = entitiesOf(
      'The fund was set up under the Korvath Development Program (KDP). KDP spending rose.',
    )
    expect(find(plan, 'Korvath Development Program')?.aliases).toEqual(['KDP'])
  })

  it('reads a name whose acronym spells it as an organisation ("the Tavan Samruk (TS)")', () => {
    const entities = entitiesOf('The Tavan Samruk (TS) said it would invest, and TS agreed.')
    expect(find(entities, 'Tavan Samruk')).toMatchObject({ type: 'organization', aliases: ['TS'] })
  })

  it('takes no bracket that does not spell the name', () => {
    const entities = entitiesOf(
      'The Korvath Mining Company (KZ) said it would expand. The budget (USD) was set. Tavan Steppe (TSX) rose.',
    )
    expect(find(entities, 'Korvath Mining Company')?.aliases).toBeUndefined()
    expect(find(entities, 'Tavan Steppe')).toBeUndefined()
  })

  it('gives a found government body the id of the same name in the reference data', () => {
    const entities = entitiesOf(
      "The Ministry of Mining and Geology of Uzbekistan said so. Uzbekistan's Ministry of Mining Industry and Geology agreed.",
    )
    const ministries = ofType(entities, 'organization').filter((e) => e.name.startsWith('Ministry'))
    expect(ministries).toHaveLength(1)
  })
})

describe('organisations: quoted names and longer names around a known body', () => {
  it('reads a legal form before a quoted name as the quoted company', () => {
    const entities = entitiesOf(
      'The deal was signed with JSC “Korvath Samruk” and LLP "Tavan Steppe Metals". National Company «Korvath Zholy» agreed.',
    )
    expect(mentionTexts(find(entities, 'Korvath Samruk'))).toEqual(['Korvath Samruk'])
    expect(find(entities, 'Tavan Steppe Metals')?.type).toBe('organization')
    expect(find(entities, 'Korvath Zholy')?.type).toBe('organization')
    expect(find(entities, 'National Company')).toBeUndefined()
  })

  it('reads no quoted phrase without a legal form as a company', () => {
    const entities = entitiesOf('He called it a “Golden Age” for the sector, officials said.')
    expect(ofType(entities, 'organization')).toEqual([])
  })

  it('keeps an unknown name that ends in a known body\'s name whole ("the Tavan Geology Committee")', () => {
    const entities = entitiesOf(
      'The acting head of the Tavan Geology Committee, Bolat Amanov, spoke on Monday.',
    )
    expect(find(entities, 'Tavan Geology Committee')?.type).toBe('organization')
    expect(find(entities, 'Committee of Geology (Kazakhstan)')).toBeUndefined()
  })

  it('keeps the longer name after "The" opening a sentence, not after another opener', () => {
    const entities = entitiesOf(
      'Now Geology Committee officials say more. The Tavan Geology Committee agreed.',
    )
    expect(find(entities, 'Tavan Geology Committee')?.type).toBe('organization')
    expect(find(entities, 'Now Geology Committee')).toBeUndefined()
    expect(mentionTexts(find(entities, 'Committee of Geology (Kazakhstan)'))).toEqual([
      'Geology Committee',
    ])
  })

  it('leaves the known body alone after an opener or a possessive', () => {
    const entities = entitiesOf(
      "The Geology Committee issued licences. Kazakhstan's Geology Committee agreed. Yesterday Geology Committee officials met.",
    )
    expect(mentionTexts(find(entities, 'Committee of Geology (Kazakhstan)'))).toHaveLength(3)
    expect(ofType(entities, 'organization')).toHaveLength(1)
  })
})

describe('organisations: a state before a government body', () => {
  it("names another state's body after that state, not as the known body of the form", () => {
    const entities = entitiesOf(
      "The Kyrgyz Geology Committee said so. Tajikistan's Committee of Geology agreed.",
    )
    expect(find(entities, 'Committee of Geology (Kazakhstan)')).toBeUndefined()
    expect(find(entities, 'Geology Committee of Kyrgyzstan')?.type).toBe('organization')
    expect(find(entities, 'Committee of Geology of Tajikistan')?.type).toBe('organization')
  })

  it('keeps the known body after its own state ("Kazakhstan\'s Geology Committee")', () => {
    for (const text of [
      "Kazakhstan's Geology Committee issued licences.",
      'The Kazakh Geology Committee issued licences.',
    ]) {
      const entities = entitiesOf(text)
      expect(find(entities, 'Committee of Geology (Kazakhstan)')?.type).toBe('organization')
    }
  })

  it('reads a demonym before a ministry as its state ("the Uzbek Ministry of Energy")', () => {
    const entities = entitiesOf('The Uzbek Ministry of Energy said output rose.')
    expect(find(entities, 'Ministry of Energy of Uzbekistan')?.type).toBe('organization')
    expect(find(entities, 'Ministry of Energy')).toBeUndefined()
  })
})

describe('people and places: more real-news shapes', () => {
  it('reads an age before the apposition ("Bolat Amanov, 52, a geologist at …")', () => {
    const entities = entitiesOf(
      'Bolat Amanov, 52, a geologist at the plant, said the ore was rich.',
    )
    expect(find(entities, 'Bolat Amanov')).toMatchObject({ type: 'person', role: 'Geologist' })
  })

  it('reads a role clause whose name ends the sentence (", the chief executive, Yerlan Sadykov.")', () => {
    const entities = entitiesOf(
      "Exports rose, said the company's chief executive, Yerlan Sadykov. Sadykov added more.",
    )
    expect(mentionTexts(find(entities, 'Yerlan Sadykov'))).toEqual(['Yerlan Sadykov', 'Sadykov'])
    const minister = entitiesOf(
      "Output fell, according to Uzbekistan's mining minister, Dilnoza Karimova.",
    )
    expect(find(minister, 'Dilnoza Karimova')?.type).toBe('person')
  })

  it('reads no person after a comma without a title in the clause', () => {
    const entities = entitiesOf('Exports went to Japan, Korea and, later, Tavan Steppe.')
    expect(ofType(entities, 'person')).toEqual([])
  })

  it('reads a settlement head after a name ("Tavanbulak village", "Qaratobe village in Kazakhstan")', () => {
    const entities = entitiesOf(
      'Work began near Tavanbulak village, officials said. Residents of Qaratobe village in Kazakhstan agreed.',
    )
    expect(find(entities, 'Tavanbulak')?.type).toBe('place')
    expect(find(entities, 'Qaratobe')).toMatchObject({ type: 'place', country: 'KZ' })
  })

  it('reads no settlement when the head goes on as a noun ("the Korvath town council")', () => {
    const entities = entitiesOf('The Korvath town council met on Monday.')
    expect(ofType(entities, 'place')).toEqual([])
  })
})

describe('people and organisations named again', () => {
  it('reads a full name as a person when "Mr" or "Ms" gives its surname elsewhere', () => {
    const entities = entitiesOf(
      'Bolat Amanov runs the mine. Mr Amanov expects output to double. Dilnoza Karimova has led the firm since 2019, and Ms. Karimova plans to expand.',
    )
    expect(mentionTexts(find(entities, 'Bolat Amanov'))).toEqual(['Bolat Amanov', 'Amanov'])
    expect(find(entities, 'Dilnoza Karimova')?.type).toBe('person')
  })

  it('reads no person without the honorific ("Korvath Steppe bought the mine")', () => {
    const entities = entitiesOf('Korvath Steppe bought the mine. Amanov Street was closed.')
    expect(ofType(entities, 'person')).toEqual([])
  })

  it('reads the name before a post and a person as the organisation ("Tulpar coach Andrei Volkov")', () => {
    const team = entitiesOf(
      'Tulpar coach Andrei Volkov said his players were tired. The result leaves Tulpar first.',
    )
    expect(mentionTexts(find(team, 'Tulpar'))).toEqual(['Tulpar', 'Tulpar'])
    expect(find(team, 'Andrei Volkov')?.type).toBe('person')
    const firm = entitiesOf(
      'The deal closed. Korvath Steppe chief executive Yerlan Sadykov said so.',
    )
    expect(find(firm, 'Korvath Steppe')?.type).toBe('organization')
  })

  it('reads no organisation from an adjective opening a sentence ("Senior analyst Dana Holt")', () => {
    const entities = entitiesOf(
      'Senior analyst Dana Holt said prices rose. Former chairman Bolat Amanov agreed.',
    )
    expect(ofType(entities, 'organization')).toEqual([])
    expect(ofType(entities, 'person').map((p) => p.name)).toEqual(['Dana Holt', 'Bolat Amanov'])
  })

  it('links an organisation\'s short form read again by a post ("Hanbit chief executive …")', () => {
    const entities = entitiesOf(
      "The ministry signed with South Korea's Hanbit Materials on Wednesday. Hanbit chief executive Kang Tae-ho said the plant would open.",
    )
    expect(find(entities, 'Hanbit')).toBeUndefined()
    expect(find(entities, 'Hanbit Materials')?.aliases).toEqual(['Hanbit'])
  })
})

describe('more titles and countries', () => {
  it('reads "Vice Premier", "Deputy Akim" and "Chairman of the Board" as titles', () => {
    const entities = entitiesOf(
      'Chinese Vice Premier Ding Xuemin attended. Chairman of the Board Yerlan Sadykov signed. Deputy Akim Bolat Amanov spoke.',
    )
    expect(find(entities, 'Ding Xuemin')?.role).toBe('Chinese Vice Premier')
    expect(find(entities, 'Yerlan Sadykov')?.role).toBe('Chairman of the Board')
    expect(find(entities, 'Bolat Amanov')?.role).toBe('Deputy Akim')
  })

  it('reads no person in "the Kazakhstan Premier League"', () => {
    const entities = entitiesOf('Tulpar leads the Kazakhstan Premier League after Sunday.')
    expect(ofType(entities, 'person')).toEqual([])
  })

  it('gives a cued place the country after ", in"', () => {
    const entities = entitiesOf('The plant opened near Tavanbulak, in Kazakhstan, on Monday.')
    expect(find(entities, 'Tavanbulak')).toMatchObject({ type: 'place', country: 'KZ' })
  })
})

describe('initiatives', () => {
  it('reads programmes, codes, corridors and railways by their head', () => {
    const entities = entitiesOf(
      'The Tavan Mining Code took effect. The Steppe Green Corridor Initiative was launched. The Korvath-Tavan Railway opened.',
    )
    for (const name of [
      'Tavan Mining Code',
      'Steppe Green Corridor Initiative',
      'Korvath-Tavan Railway',
    ])
      expect(find(entities, name)?.type).toBe('initiative')
  })

  it("keeps an unknown programme that ends in a known one's name whole", () => {
    const entities = entitiesOf('Under the Korvath Critical Minerals Dialogue, ministers met.')
    expect(find(entities, 'Korvath Critical Minerals Dialogue')?.type).toBe('initiative')
    expect(find(entities, 'C5+1 Critical Minerals Dialogue')).toBeUndefined()
  })

  it('makes no entity of a forum or a railway word alone (events are meetings)', () => {
    const entities = entitiesOf(
      'Ministers met at the Tavan International Forum. The Railway was closed on Monday.',
    )
    expect(entities.filter((e) => e.type !== 'country')).toEqual([])
  })
})

describe('negatives: capitalised words that are no names', () => {
  it('finds no person in headline-case phrases and sentence openers', () => {
    for (const text of [
      'Critical Minerals Are Key To Growth, Says Report.',
      'Kazakh Miners Rally. Russian Investors said little. American Firms Plan Expansion.',
      "Monday's talks ended. In April officials met them. Several Chinese and Korean firms joined.",
      'Chief Executive Officer said nothing. Deputy Minister said little.',
      'The Minister said nothing. Officials said on Tuesday that January exports rose.',
    ])
      expect(ofType(entitiesOf(text), 'person')).toEqual([])
  })

  it('finds no entity in months, days and nationalities used as adjectives', () => {
    const entities = entitiesOf(
      'On Wednesday, Kazakh and Uzbek officials said March output rose. In December, Japanese buyers agreed.',
    )
    expect(entities.filter((e) => e.type !== 'country')).toEqual([])
  })
})
