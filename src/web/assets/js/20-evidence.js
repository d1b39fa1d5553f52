/* global document, window, history */
// Article page: choosing a fact highlights the words it was drawn from, without a reload.
// Without this script each fact is a plain link to ?fact=<id>, which the server marks.
const articleBody = document.querySelector('.article-body')
const factLinks = [...document.querySelectorAll('.article-fact-link[data-fact]')]

if (articleBody && factLinks.length > 0) {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches

  const evidenceOf = (factId) =>
    [...articleBody.querySelectorAll('.evidence[data-facts]')].filter((span) =>
      span.dataset.facts.split(' ').includes(factId),
    )

  const select = (factId, { scroll }) => {
    // The server's <mark>s (from ?fact=) give way to classes the script can toggle.
    for (const mark of articleBody.querySelectorAll('mark')) mark.replaceWith(...mark.childNodes)
    for (const span of articleBody.querySelectorAll('.evidence.is-selected'))
      span.classList.remove('is-selected')
    for (const link of factLinks) {
      if (link.dataset.fact === factId) link.setAttribute('aria-current', 'true')
      else link.removeAttribute('aria-current')
    }
    if (!factId) return
    const spans = evidenceOf(factId)
    for (const span of spans) span.classList.add('is-selected')
    if (scroll && spans[0])
      spans[0].scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' })
  }

  const remember = (factId) => {
    const url = new URL(window.location.href)
    if (factId) url.searchParams.set('fact', factId)
    else url.searchParams.delete('fact')
    url.hash = ''
    history.pushState({ fact: factId }, '', url)
  }

  for (const link of factLinks) {
    link.addEventListener('click', (event) => {
      // A new tab or window still gets the server-marked page.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return
      event.preventDefault()
      const factId = link.getAttribute('aria-current') === 'true' ? null : link.dataset.fact
      select(factId, { scroll: true })
      remember(factId)
    })
    // Links answer Enter; the fact also acts as a toggle button, so Space works too.
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault()
        link.click()
      }
    })
  }

  // Arriving with ?fact=, the page has jumped to the marked words; show the fact beside them
  // too, scrolling only the facts panel (on a wide screen it scrolls on its own).
  const panel = document.querySelector('.article-facts-panel')
  const chosen = factLinks.find((link) => link.getAttribute('aria-current') === 'true')
  if (panel && chosen && panel.scrollHeight > panel.clientHeight) {
    const offset = chosen.getBoundingClientRect().top - panel.getBoundingClientRect().top
    panel.scrollTop += offset - panel.clientHeight / 3
  }

  window.addEventListener('popstate', () => {
    select(new URL(window.location.href).searchParams.get('fact'), { scroll: true })
  })
}
