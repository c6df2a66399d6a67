// A score's explanation: main index → component → the figures it used and where they came from.
import { h } from './dom.js';
import { t, number, language } from './i18n.js';

const nameOf = node => (language() === 'en' && node.nameEn ? node.nameEn : node.nameVi);

function flags(list) {
  return (list ?? []).map(flag => h('span', { class: `flag f-${flag.toLowerCase()}` }, t(`tree.flag.${flag}`)));
}

function inputs(component) {
  return h('ul', { class: 'inputs' }, (component.inputs ?? []).map(input => h('li', {},
    h('code', {}, input.element), ' = ', h('strong', {}, input.value === null || input.value === undefined ? '—' : String(input.value)),
    input.reportId ? h('span', { class: 'source' }, ` — ${t('tree.source', { id: input.reportId.slice(0, 8), v: input.reportVersion })}`) : null,
    input.adjusted ? h('span', { class: 'flag f-adjusted' }, t('tree.flag.ADJUSTED')) : null)));
}

export function explanationTree(score) {
  return h('div', { class: 'tree', id: 'explanation' },
    h('h3', {}, t('tree.title')),
    (score.explanation ?? []).map(index => h('details', { class: 'tree-index' },
      h('summary', {}, h('span', { class: 'tree-code' }, index.code), ' ', nameOf(index),
        h('span', { class: 'tree-points' }, `${number(index.points, 2)} / ${number(index.applicableMax ?? index.maxPoints, 0)}`)),
      h('table', { class: 'components' }, h('tbody', {}, (index.components ?? []).map(component => h('tr', {},
        h('td', { class: 'tree-code' }, component.code),
        h('td', {}, h('div', {}, nameOf(component), ' ', flags(component.flags)),
          h('div', { class: 'method' }, `${component.method}${component.formula ? ' · ' + component.formula : ''}`),
          inputs(component)),
        h('td', { class: 'num' }, `${number(component.points, 2)} / ${number(component.maxPoints, 0)}`))))))));
}
