// The league table and a unit's public scorecard.
import { h, message } from './dom.js';
import { t, number, language, has } from './i18n.js';
import { pillarChart, trendChart } from './charts.js';
import { publicApi } from './api.js';

export function groupLabel(code) {
  return has(`group.${code}`) ? t(`group.${code}`) : code;
}

function movement(entry) {
  if (entry.trend === 'NEW' || entry.previousRank === null || entry.previousRank === undefined) {
    return h('span', { class: 'move new', title: t('move.new') }, t('move.new'));
  }
  if (entry.movement > 0) return h('span', { class: 'move up', title: t('move.up', { n: entry.movement }) }, `▲ ${entry.movement}`);
  if (entry.movement < 0) return h('span', { class: 'move down', title: t('move.down', { n: -entry.movement }) }, `▼ ${-entry.movement}`);
  return h('span', { class: 'move same', title: t('move.same') }, '=');
}

function intervalBar(entry) {
  if (!entry.rankInterval) return '—';
  const [best, worst] = entry.rankInterval;
  const span = Math.max(entry.of - 1, 1);
  const left = ((best - 1) / span) * 100;
  const width = Math.max(((worst - best) / span) * 100, 0);
  const mark = ((entry.rank - 1) / span) * 100;
  const title = t('rank.interval', { best, worst });
  return h('span', { class: 'interval', title, 'aria-label': title },
    h('span', { class: 'track' },
      h('span', { class: 'range', style: `left:${left}%;width:${width}%` }),
      h('span', { class: 'mark', style: `left:${mark}%` })),
    h('span', { class: 'interval-text' }, best === worst ? `${best}` : `${best}–${worst}`));
}

function gradeOf(entry) {
  return language() === 'en' && entry.gradeEn ? entry.gradeEn : entry.grade;
}

function gradeClass(entry) {
  return `grade g-${(entry.gradeEn || '').toLowerCase().replace(/[^a-z]/g, '')}`;
}

/** Rank "k/N" (shared ranks marked), movement, index, points, grade, rank interval. */
export function leagueTable(ranking, selectedUnit, onUnit) {
  const counts = new Map();
  ranking.entries.forEach(entry => counts.set(entry.rank, (counts.get(entry.rank) ?? 0) + 1));
  const rows = ranking.entries.map(entry => {
    const shared = counts.get(entry.rank) > 1;
    return h('tr', {
      class: entry.unitCode === selectedUnit ? 'selected' : null,
      dataset: { unit: entry.unitCode, rank: entry.rank, of: entry.of },
      tabindex: 0,
      onclick: () => onUnit(entry.unitCode),
      onkeydown: event => { if (event.key === 'Enter') onUnit(entry.unitCode); },
    },
    h('td', { class: 'rank' }, h('strong', {}, `${entry.rank}/${entry.of}`),
      shared ? h('span', { class: 'shared', title: t('rank.shared') }, t('rank.shared')) : null),
    h('td', { class: 'unit' }, h('span', { class: 'unit-name' }, entry.unitName), h('span', { class: 'unit-code' }, entry.unitCode)),
    h('td', { class: 'movement' }, movement(entry)),
    h('td', { class: 'num index' }, number(entry.index, 4)),
    h('td', { class: 'num points' }, number(entry.points, 2)),
    h('td', {}, entry.grade ? h('span', { class: gradeClass(entry) }, gradeOf(entry)) : '—'),
    h('td', { class: 'interval-cell' }, intervalBar(entry)));
  });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'league', id: 'league' },
    h('thead', {}, h('tr', {},
      ['col.rank', 'col.unit', 'col.movement', 'col.index', 'col.points', 'col.grade', 'col.interval']
        .map(key => h('th', { scope: 'col', class: key === 'col.index' || key === 'col.points' ? 'num' : null }, t(key))))),
    h('tbody', {}, rows)));
}

function median(values) {
  const sorted = values.filter(v => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round2 = value => (value === null ? null : Math.round(value * 100) / 100);

/** Per main index: the unit's points, the group's best and median, the unit's applicable maximum. */
export function pillarRows(ranking, entry) {
  const codes = [];
  ranking.entries.forEach(e => (e.groups ?? []).forEach(g => { if (!codes.includes(g.code)) codes.push(g.code); }));
  return codes.map(code => {
    const of = e => (e.groups ?? []).find(g => g.code === code);
    const all = ranking.entries.map(e => of(e)?.points).filter(v => v !== undefined && v !== null).map(Number);
    const own = of(entry);
    return {
      code,
      unit: own ? Number(own.points) : null,
      max: own ? Number(own.max) : null,
      best: all.length ? Math.max(...all) : null,
      median: round2(median(all)),
    };
  });
}

function pillarName(code) {
  return has(`pillar.${code}`) ? t(`pillar.${code}`) : '';
}

/** Where a unit has most to gain: its gap to the maximum, largest first. */
function gains(rows) {
  return rows.filter(r => r.max !== null && r.unit !== null)
    .map(r => ({ ...r, gain: r.max - r.unit }))
    .filter(r => r.gain > 0.005)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3);
}

function stat(label, value, id) {
  return h('div', { class: 'stat', id }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
}

export function scorecardHeader(entry, onClose) {
  return h('div', { class: 'card-head' },
    h('div', {}, h('h2', { id: 'card-unit' }, entry.unitName), h('span', { class: 'unit-code' }, entry.unitCode)),
    onClose ? h('button', { type: 'button', class: 'close', onclick: onClose, 'aria-label': t('card.close') }, '×') : null);
}

/** The public scorecard: stats, points by main index against the group, gains, rank trend. */
export async function scorecard(container, ranking, unitCode, periodLabels, onClose) {
  const entry = ranking.entries.find(e => e.unitCode === unitCode);
  container.replaceChildren();
  if (!entry) return;
  const rows = pillarRows(ranking, entry);
  const trendBox = h('div', { class: 'chart trend', id: 'trend-chart' });
  const pillarsBox = h('div', { class: 'chart pillars', id: 'pillar-chart' });
  const trendNote = h('p', { class: 'note', id: 'trend-note' });
  container.append(
    scorecardHeader(entry, onClose),
    h('div', { class: 'stats' },
      stat(t('card.rank'), `${entry.rank}/${entry.of}`, 'card-rank'),
      stat(t('card.index'), number(entry.index, 4)),
      stat(t('card.points'), number(entry.points, 2)),
      stat(t('card.grade'), gradeOf(entry) ?? '—')),
    h('h3', {}, t('card.pillars')), pillarsBox,
    h('h3', {}, t('card.gain')),
    h('ol', { class: 'gains', id: 'gains' }, gains(rows).map(r => h('li', {},
      t('card.gainLine', { code: r.code, name: pillarName(r.code), gain: number(r.gain, 2), best: number(r.best, 2) })))),
    h('h3', {}, t('card.trend')), trendBox, trendNote);
  pillarChart(pillarsBox, rows);
  try {
    const history = inForce(await publicApi.rankHistory(unitCode));
    if (!history.length) {
      trendBox.replaceWith(message(t('card.noTrend')));
      return;
    }
    const periods = [...new Set(history.map(i => i.period))].map(code => ({ code, label: periodLabels(code) }));
    trendChart(trendBox, periods, history, unitCode);
    const former = [...new Set(history.map(i => i.unitCode).filter(code => code !== unitCode))];
    if (former.length) trendNote.textContent = t('card.trendNote', { codes: former.join(', ') });
  } catch (error) {
    trendBox.replaceWith(message(t('error.load', { status: error.status ?? '?' }), 'error'));
  }
}

/** One item per period and unit code: the last one the history gives (the revision in force). */
function inForce(items) {
  const latest = new Map();
  items.forEach(item => latest.set(`${item.period}|${item.unitCode}`, item));
  return [...latest.values()];
}
