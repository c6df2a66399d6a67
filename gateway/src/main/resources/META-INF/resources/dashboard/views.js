// The four views: published rankings (anyone), draft ranking and campaign progress (reviewers),
// own unit's scores with what-if simulation (reporters).
import { h, select, message } from './dom.js';
import { t, number, date, language } from './i18n.js';
import { publicApi, signedApi, itemsOf } from './api.js';
import { leagueTable, scorecard, scorecardHeader, groupLabel, pillarRows } from './league.js';
import { pillarChart, groupChart } from './charts.js';
import { explanationTree } from './explain.js';

const failure = error => message(t('error.load', { status: error.status ?? error.message }), 'error');

function decisionLine(ranking) {
  if (ranking.status !== 'PUBLISHED') {
    return h('p', { class: 'meta', id: 'ranking-meta' }, h('span', { class: 'badge draft', id: 'draft-badge' }, t('ranking.draft')),
      ` · ${t('ranking.units', { n: ranking.entries.length })} · ${t('ranking.updated', { date: date(ranking.updatedAt) })}`);
  }
  return h('p', { class: 'meta', id: 'ranking-meta' },
    h('span', { class: 'badge published', id: 'decision' }, t('ranking.decision', { no: ranking.decisionNo, date: date(ranking.decisionDate) })),
    ` · ${t('ranking.revision', { n: ranking.revision })} · ${t('ranking.units', { n: ranking.entries.length })}`);
}

function labelFrom(periods) {
  return code => {
    const period = periods.find(p => p.code === code);
    if (!period) return code;
    return (language() === 'en' ? period.labelEn : period.labelVi) ?? code;
  };
}

/** Anyone: province, period and peer group from the URL or the pickers; table; scorecard. */
export async function publicView(root, state, navigate) {
  const provinces = await publicApi.provinces();
  if (!provinces.length) {
    root.replaceChildren(message(t('ranking.nothingPublished')));
    return;
  }
  const province = provinces.some(p => p.code === state.province) ? state.province : provinces[0].code;
  const periods = await publicApi.periods(province);
  const period = periods.some(p => p.code === state.period) ? state.period : periods[0]?.code;
  const groups = period ? await publicApi.groups(province, period) : [];
  const group = groups.some(g => g.code === state.group) ? state.group : groups[0]?.code;
  navigate({ province, period, group }, { replace: true, render: false });
  const provinceName = p => (language() === 'en' && p.nameEn ? p.nameEn : p.name);
  const periodLabel = labelFrom(periods);
  const filters = h('div', { class: 'filters' },
    select('province', t('filter.province'), provinces.map(p => ({ value: p.code, label: provinceName(p) })), province,
      value => navigate({ province: value, period: null, group: null, unit: null })),
    select('period', t('filter.period'), periods.map(p => ({ value: p.code, label: periodLabel(p.code) })), period,
      value => navigate({ period: value, group: null, unit: null })),
    select('group', t('filter.group'), groups.map(g => ({ value: g.code, label: groupLabel(g.code) })), group,
      value => navigate({ group: value, unit: null })));
  root.replaceChildren(filters);
  if (!group) {
    root.append(message(t('ranking.none')));
    return;
  }
  let ranking;
  try {
    ranking = await publicApi.ranking(province, period, group);
  } catch (error) {
    root.append(error.status === 404 ? message(t('ranking.none')) : failure(error));
    return;
  }
  const downloads = h('div', { class: 'downloads' },
    h('a', { class: 'button', id: 'download-csv', href: publicApi.exportUrl(province, period, group, 'csv'), download: '' }, t('download.csv')),
    h('a', { class: 'button', id: 'download-xlsx', href: publicApi.exportUrl(province, period, group, 'xlsx'), download: '' }, t('download.xlsx')));
  const card = h('aside', { class: 'scorecard', id: 'scorecard' });
  const unit = ranking.entries.some(e => e.unitCode === state.unit) ? state.unit : null;
  root.append(h('div', { class: 'headline' },
    h('h1', {}, `${groupLabel(group)} · ${periodLabel(period)}`), decisionLine(ranking), downloads),
  h('div', { class: unit ? 'board with-card' : 'board' },
    leagueTable(ranking, unit, code => navigate({ unit: code }, { render: true })), card));
  if (unit) {
    await scorecard(card, ranking, unit, periodLabel, () => navigate({ unit: null }));
    if (window.matchMedia('(max-width: 900px)').matches) card.scrollIntoView({ block: 'start' });
  } else {
    const overview = h('div', { class: 'chart overview', id: 'group-chart', style: `height:${80 + ranking.entries.length * 24}px` });
    card.append(h('h3', {}, t('card.overview')), overview, h('p', { class: 'note' }, t('ranking.clickUnit')));
    groupChart(overview, ranking.entries, code => navigate({ unit: code }));
  }
}

function years() {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2020 }, (_, i) => String(now - i));
}

/** Reviewers, council and admins: the province's current ranking (draft first) and a unit's explanation. */
export async function draftView(root, state, navigate, user) {
  const province = user.province ?? state.province ?? 'BDI';
  const period = state.period ?? String(new Date().getFullYear() - 2);
  const group = state.group ?? 'so-ban-nganh';
  const periods = years().includes(period) ? years() : [period, ...years()];
  root.replaceChildren(h('div', { class: 'filters' },
    h('label', { class: 'field' }, h('span', {}, t('filter.province')), h('output', { id: 'draft-province' }, province)),
    select('period', t('filter.period'), periods.map(p => ({ value: p, label: p })), period, value => navigate({ period: value, unit: null })),
    select('group', t('filter.group'), ['so-ban-nganh', 'huyen', 'xa'].map(g => ({ value: g, label: groupLabel(g) })), group,
      value => navigate({ group: value, unit: null }))));
  let ranking;
  try {
    ranking = await signedApi.ranking(province, period, group);
  } catch (error) {
    root.append(error.status === 404 ? message(t('ranking.noDraft')) : failure(error));
    return;
  }
  const card = h('aside', { class: 'scorecard', id: 'scorecard' });
  const unit = ranking.entries.some(e => e.unitCode === state.unit) ? state.unit : null;
  root.append(h('div', { class: 'headline' }, h('h1', {}, `${groupLabel(group)} · ${period}`), decisionLine(ranking)),
    h('div', { class: unit ? 'board with-card' : 'board' },
      leagueTable(ranking, unit, code => navigate({ unit: code })), card));
  if (!unit) {
    card.append(message(t('ranking.clickUnit')));
    return;
  }
  const entry = ranking.entries.find(e => e.unitCode === unit);
  card.append(scorecardHeader(entry, () => navigate({ unit: null })));
  try {
    const score = await signedApi.score(unit, period);
    const chartBox = h('div', { class: 'chart pillars', id: 'pillar-chart' });
    card.append(h('h3', {}, t('card.pillars')), chartBox, explanationTree(score));
    pillarChart(chartBox, pillarRows(ranking, entry));
  } catch (error) {
    card.append(failure(error));
  }
}

const TIMELINESS_ORDER = { MISSING: 0, LATE: 1, ON_TIME: 2 };

/** Reviewers: each campaign's completeness, the missing and late units first. */
export async function campaignsView(root, state, navigate, user) {
  const province = user.province ?? state.province ?? 'BDI';
  let campaigns;
  try {
    campaigns = itemsOf(await signedApi.campaigns(province));
  } catch (error) {
    root.replaceChildren(failure(error));
    return;
  }
  if (!campaigns.length) {
    root.replaceChildren(message(t('campaign.none')));
    return;
  }
  campaigns.sort((a, b) => String(b.deadline).localeCompare(String(a.deadline)));
  const chosen = campaigns.find(c => c.id === state.campaign) ?? campaigns[0];
  root.replaceChildren(h('div', { class: 'filters' },
    select('campaign', t('filter.campaign'), campaigns.map(c => ({ value: c.id, label: `${c.periodLabel ?? c.period} — ${c.title}` })),
      chosen.id, value => navigate({ campaign: value }))));
  try {
    const progress = await signedApi.completeness(chosen.id);
    const units = [...(progress.units ?? [])].sort((a, b) =>
      TIMELINESS_ORDER[a.timeliness] - TIMELINESS_ORDER[b.timeliness] || a.unitCode.localeCompare(b.unitCode));
    root.append(h('div', { class: 'headline' }, h('h1', {}, chosen.title),
      h('p', { class: 'meta' }, t('campaign.deadline', { date: date(progress.deadline) }))),
    h('div', { class: 'tiles', id: 'completeness' },
      tile(t('campaign.expected'), progress.expected, 'expected'),
      tile(t('campaign.onTime'), progress.onTime, 'on-time'),
      tile(t('campaign.late'), progress.late, 'late'),
      tile(t('campaign.missing'), progress.missing, 'missing')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'league progress', id: 'progress' },
      h('thead', {}, h('tr', {}, [t('col.unit'), t('campaign.status'), t('campaign.submittedAt')].map(x => h('th', {}, x)))),
      h('tbody', {}, units.map(u => h('tr', { dataset: { unit: u.unitCode, timeliness: u.timeliness } },
        h('td', { class: 'unit' }, h('span', { class: 'unit-name' }, u.unitName ?? u.unitCode), h('span', { class: 'unit-code' }, u.unitCode)),
        h('td', {}, h('span', { class: `badge t-${u.timeliness.toLowerCase()}` }, t(`timeliness.${u.timeliness}`))),
        h('td', {}, u.submittedAt ? date(u.submittedAt) : '—')))))));
  } catch (error) {
    root.append(failure(error));
  }
}

function tile(label, value, kind) {
  return h('div', { class: `tile ${kind}`, id: `tile-${kind}` }, h('span', { class: 'tile-value' }, String(value ?? 0)), h('span', {}, label));
}

/** Reporters: their own unit's score, explanation and a what-if simulation. Another unit: not found. */
export async function mineView(root, state, navigate, user) {
  const unit = state.unit ?? user.unit;
  if (!unit) {
    root.replaceChildren(message(t('mine.noUnit')));
    return;
  }
  const candidates = state.period ? [state.period] : years();
  let score = null;
  let lastError = null;
  for (const period of candidates) {
    try {
      score = await signedApi.score(unit, period);
      break;
    } catch (error) {
      lastError = error;
      if (error.status !== 404) break;
    }
  }
  if (!score) {
    root.replaceChildren(lastError?.status === 404 || lastError?.status === 403
      ? message(t('mine.forbidden', { unit }), 'error', 'mine-forbidden') : failure(lastError));
    return;
  }
  const chartBox = h('div', { class: 'chart pillars', id: 'pillar-chart' });
  const simulation = h('section', { class: 'simulation', id: 'simulation' });
  root.replaceChildren(h('div', { class: 'filters' },
    select('period', t('filter.period'), years().map(p => ({ value: p, label: p })), score.period, value => navigate({ period: value }))),
  h('div', { class: 'headline' }, h('h1', { id: 'mine-unit' }, `${score.unitName ?? unit} · ${score.period}`),
    h('p', { class: 'meta' }, t('mine.stage', { stage: score.stage }))),
  h('div', { class: 'stats' },
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, t('card.index')), h('span', { class: 'stat-value', id: 'mine-index' }, number(score.index, 4))),
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, t('card.points')), h('span', { class: 'stat-value' }, `${number(score.points, 2)} / ${number(score.applicableMax, 0)}`))),
  h('div', { class: 'board with-card' },
    h('div', {}, h('h3', {}, t('card.pillars')), chartBox, simulation),
    h('aside', { class: 'scorecard' }, explanationTree(score))));
  pillarChart(chartBox, (score.groups ?? []).map(g => ({ code: g.code, unit: Number(g.points), max: Number(g.max), best: null, median: null })));
  await simulationForm(simulation, score);
}

async function simulationForm(container, score) {
  container.replaceChildren(h('h3', {}, t('sim.title')), h('p', { class: 'note' }, t('sim.hint')));
  let advice;
  try {
    advice = (await signedApi.simulate(score.unitCode, score.period, [])).advice ?? [];
  } catch (error) {
    container.append(failure(error));
    return;
  }
  const nameOf = a => (language() === 'en' && a.nameEn ? a.nameEn : a.nameVi);
  const fields = advice.slice(0, 6).flatMap(a => (a.elements ?? []).map(element => ({ element, advice: a })));
  const result = h('p', { class: 'sim-result', id: 'sim-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'sim-form', onsubmit: async event => {
    event.preventDefault();
    const overrides = fields.map(f => ({ element: f.element, value: form.elements[f.element].value.trim() }))
      .filter(o => o.value !== '').map(o => ({ element: o.element, value: parseValue(o.value) }));
    try {
      const simulated = (await signedApi.simulate(score.unitCode, score.period, overrides)).score;
      result.textContent = t('sim.result', { points: number(simulated.points, 2), index: number(simulated.index, 4),
        delta: (simulated.points >= score.points ? '+' : '') + number(simulated.points - score.points, 2) });
    } catch (error) {
      result.textContent = error.problem?.errors?.map(e => `${e.field}: ${e.message}`).join('; ') || error.message;
    }
  } },
  fields.map(f => h('label', { class: 'field' },
    h('span', {}, `${f.advice.component} ${nameOf(f.advice)} — ${t('sim.gain', { gain: number(f.advice.pointsToGain, 2) })}`),
    h('input', { name: f.element, id: `sim-${f.element}`, placeholder: f.element, autocomplete: 'off' }))),
  h('button', { type: 'submit', class: 'primary', id: 'sim-run' }, t('sim.run')));
  container.append(form, result);
}

/** "true"/"có" → true, "64,39" → 64.39; anything else is sent as typed for the service to judge. */
function parseValue(text) {
  const lower = text.toLowerCase();
  if (['true', 'có', 'co', 'yes'].includes(lower)) return true;
  if (['false', 'không', 'khong', 'no'].includes(lower)) return false;
  const normalized = text.replace(/\s/g, '').replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}
