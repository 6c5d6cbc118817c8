import { GridSorter } from '@vaadin/grid/src/vaadin-grid-sorter.js';

/*
 * Vaadin 25.2's grid connector labels every sort header "Sort by <header>", in English whatever the UI's language
 * (Vaadin 25.3 brings GridI18n#setSorter for it). MainLayout puts the translated label on <body> as
 * data-kp-sort-by ("Sortieren nach {0}"); this replaces the English label with it on every sorter: on those already
 * there, and on each new one at its first render (the connector sets the label before it adds the sorter). That
 * hook is Lit's firstUpdated, as the browser keeps the connectedCallback it saw when the element was defined.
 */
const ENGLISH = 'Sort by ';

function translate(sorter) {
  const template = document.body.dataset.kpSortBy;
  const label = sorter.getAttribute('aria-label');
  if (template && label && label.startsWith(ENGLISH)) {
    sorter.setAttribute('aria-label', template.replace('{0}', label.substring(ENGLISH.length)));
  }
}

const firstUpdated = GridSorter.prototype.firstUpdated;
GridSorter.prototype.firstUpdated = function (changedProperties) {
  firstUpdated.call(this, changedProperties);
  translate(this);
};
document.querySelectorAll('vaadin-grid-sorter').forEach(translate);
