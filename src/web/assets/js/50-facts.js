/* global document, window */
// Facts explorer: on a phone the filter form folds behind its summary so the facts come first.
// Without this script it simply stays open.
const filters = document.querySelector('details.facts-filters-fold')
if (filters && window.matchMedia('(max-width: 700px)').matches) filters.open = false
