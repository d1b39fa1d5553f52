/* global document, window, fetch, AbortController, URLSearchParams, setTimeout, clearTimeout */
// As-you-type suggestions under the search box: a combobox over /search/suggest. Without this
// script the box is a plain GET form, so everything here is an enhancement.
// Stored text only ever reaches the page through textContent, never as markup.

const DEBOUNCE_MS = 150
const MIN_QUERY_LENGTH = 2
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const input = document.getElementById('search-input')
const listbox = document.getElementById('search-suggestions')
if (input && listbox && input.form) enhance(input, listbox, input.form)

function enhance(input, listbox, form) {
  let timer = 0
  let controller = null
  /** The selectable options (links), in the order the arrow keys visit them. */
  let options = []
  let active = -1
  let shownQuery = ''

  // Screen readers hear how many suggestions there are without leaving the box.
  const status = document.createElement('div')
  status.className = 'visually-hidden'
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  form.appendChild(status)

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(update, DEBOUNCE_MS)
  })
  input.addEventListener('keydown', onKeyDown)
  input.addEventListener('focus', () => {
    if (options.length > 0 && input.value.trim() === shownQuery) open()
  })
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target)) close()
  })
  document.addEventListener('focusin', (event) => {
    if (!form.contains(event.target)) close()
  })

  async function update() {
    const query = input.value.trim()
    // A newer keystroke makes the answer to an older one stale: stop waiting for it.
    if (controller) controller.abort()
    controller = null
    if (query.length < MIN_QUERY_LENGTH) {
      empty()
      close()
      return
    }
    const current = new AbortController()
    controller = current
    try {
      const response = await fetch(`/search/suggest?${new URLSearchParams({ q: query })}`, {
        signal: current.signal,
        headers: { accept: 'application/json' },
      })
      if (!response.ok) throw new Error(`suggest answered ${response.status}`)
      const data = await response.json()
      if (current.signal.aborted || input.value.trim() !== query) return
      render(query, data)
    } catch {
      if (current.signal.aborted) return
      // Suggestions are a convenience: on failure the form still submits as usual.
      empty()
      close()
    }
  }

  function render(query, data) {
    empty()
    shownQuery = query
    const entities = Array.isArray(data.entities) ? data.entities : []
    const articles = Array.isArray(data.articles) ? data.articles : []
    if (entities.length > 0) {
      addGroup(
        'Entities',
        entities.map((entity) => optionLink(entity.href, entity.name, entity.type)),
      )
    }
    if (articles.length > 0) {
      addGroup(
        'Articles',
        articles.map((article) =>
          optionLink(article.href, article.title, article.published ? day(article.published) : ''),
        ),
      )
    }
    if (entities.length === 0 && articles.length === 0) {
      const none = document.createElement('div')
      none.className = 'suggest-empty'
      none.setAttribute('role', 'option')
      none.setAttribute('aria-disabled', 'true')
      none.textContent = `No results for “${query}”`
      listbox.appendChild(none)
    }
    const viewAll = optionLink(
      typeof data.viewAll === 'string'
        ? data.viewAll
        : `/search?${new URLSearchParams({ q: query })}`,
      `View all results for “${query}”`,
      data.total > 0 ? `${data.total} ${data.total === 1 ? 'article' : 'articles'}` : '',
    )
    viewAll.classList.add('suggest-all')
    listbox.appendChild(viewAll)

    options = Array.from(listbox.querySelectorAll('a[role="option"]'))
    options.forEach((option, index) => {
      option.id = `search-suggestion-${index}`
      option.setAttribute('aria-selected', 'false')
      option.tabIndex = -1
    })
    const found = entities.length + articles.length
    status.textContent =
      found === 0 ? `No suggestions for ${query}` : `${found} suggestions; use the arrow keys`
    open()
  }

  function addGroup(label, links) {
    const group = document.createElement('div')
    group.setAttribute('role', 'group')
    const heading = document.createElement('div')
    heading.id = `search-suggestions-${label.toLowerCase()}`
    heading.className = 'suggest-group'
    heading.setAttribute('role', 'presentation')
    heading.textContent = label
    group.setAttribute('aria-labelledby', heading.id)
    group.appendChild(heading)
    for (const link of links) group.appendChild(link)
    listbox.appendChild(group)
  }

  function optionLink(href, text, kind) {
    const link = document.createElement('a')
    link.setAttribute('role', 'option')
    // Only our own addresses: a stored value can never turn into a javascript: link.
    link.href = typeof href === 'string' && href.startsWith('/') ? href : '/search'
    const title = document.createElement('span')
    title.className = 'suggest-title'
    title.textContent = String(text ?? '')
    link.appendChild(title)
    if (kind) {
      const detail = document.createElement('span')
      detail.className = 'suggest-kind'
      detail.textContent = kind
      link.appendChild(detail)
    }
    return link
  }

  function onKeyDown(event) {
    const isOpen = !listbox.hidden
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (!isOpen) {
          if (options.length > 0 && input.value.trim() === shownQuery) open()
          else update()
          return
        }
        select(active + 1 >= options.length ? 0 : active + 1)
        return
      case 'ArrowUp':
        if (!isOpen) return
        event.preventDefault()
        select(active <= -1 ? options.length - 1 : active - 1)
        return
      case 'Enter':
        if (isOpen && active >= 0 && options[active]) {
          event.preventDefault()
          window.location.assign(options[active].href)
        } else close()
        return
      case 'Escape':
        if (!isOpen) return
        // Keep the typed text: in a search field Escape would otherwise clear it.
        event.preventDefault()
        close()
        return
      case 'Tab':
        close()
        return
      default:
    }
  }

  function select(index) {
    active = index
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)))
    const chosen = options[index]
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id)
      chosen.scrollIntoView({ block: 'nearest' })
    } else input.removeAttribute('aria-activedescendant')
  }

  function open() {
    listbox.hidden = false
    input.setAttribute('aria-expanded', 'true')
  }

  function close() {
    select(-1)
    listbox.hidden = true
    input.setAttribute('aria-expanded', 'false')
  }

  function empty() {
    options = []
    active = -1
    input.removeAttribute('aria-activedescendant')
    listbox.replaceChildren()
  }
}

/** "5 Nov 2025", "Nov 2025" or "2025", as the site writes dates. */
function day(value) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(value))
  if (!match) return ''
  const [, year, month, date] = match
  if (!month) return year
  const name = MONTHS[Number(month) - 1] ?? month
  return date ? `${Number(date)} ${name} ${year}` : `${name} ${year}`
}
