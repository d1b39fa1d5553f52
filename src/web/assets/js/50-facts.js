/* global document, window */
// Facts explorer: on a phone the filter form folds behind its summary so the facts come first.
// Without this script it simply stays open.
const filters = document.querySelector('details.facts-filters-fold')
if (filters && window.matchMedia('(max-width: 700px)').matches) filters.open = false

// The "Actor name" field offers the people and organizations whose names match what is typed,
// from the same endpoint as the search box. Without this script it is a plain text filter.
const whoInput = document.getElementById('facts-who')
const whoList = document.getElementById('facts-who-suggestions')
if (whoInput && whoList) suggestActors(whoInput, whoList)

function suggestActors(input, list) {
  let timer = 0
  let controller = null
  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(update, 150)
  })

  async function update() {
    const query = input.value.trim()
    if (controller) controller.abort()
    controller = null
    if (query.length < 2) return
    const current = new window.AbortController()
    controller = current
    try {
      const response = await window.fetch(
        `/search/suggest?${new window.URLSearchParams([
          ['q', query],
          ['type', 'person'],
          ['type', 'organization'],
        ])}`,
        { signal: current.signal, headers: { accept: 'application/json' } },
      )
      if (!response.ok) return
      const data = await response.json()
      if (current.signal.aborted) return
      const actors = Array.isArray(data.entities) ? data.entities : []
      list.replaceChildren(
        ...actors.map((entity) => {
          const option = document.createElement('option')
          option.value = String(entity.name)
          return option
        }),
      )
    } catch {
      // Suggestions are a convenience: the field still filters by the words typed.
    }
  }
}
