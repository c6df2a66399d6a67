// Chart options for Apache ECharts (served from the org.mvnpm:echarts jar); no drawing code here.
import { t, number } from './i18n.js';

const COLORS = { unit: '#c8102e', best: '#1f6f43', median: '#8a94a6', max: '#d9dee7' };

function chartIn(element) {
  const existing = window.echarts.getInstanceByDom(element);
  if (existing) existing.dispose();
  const chart = window.echarts.init(element, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(element);
  return chart;
}

/** Points per main index of one unit against its group's best and median. */
export function pillarChart(element, rows) {
  const chart = chartIn(element);
  const compared = rows.some(r => r.best !== null && r.best !== undefined);
  const series = [
    { name: t('card.unit'), type: 'bar', data: rows.map(r => r.unit), barGap: '10%', itemStyle: { color: COLORS.unit } },
    compared && { name: t('card.best'), type: 'bar', data: rows.map(r => r.best), itemStyle: { color: COLORS.best } },
    compared && { name: t('card.median'), type: 'bar', data: rows.map(r => r.median), itemStyle: { color: COLORS.median } },
    { name: t('card.max'), type: 'scatter', data: rows.map(r => r.max), symbol: 'rect', symbolSize: [26, 3],
      itemStyle: { color: '#5b6475' }, z: 1 },
  ].filter(Boolean);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: value => number(value, 2) },
    legend: { top: 0, data: series.map(x => x.name) },
    grid: { left: 40, right: 12, top: element.clientWidth < 520 ? 58 : 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map(r => r.code),
      axisLabel: { interval: 0 }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value' },
    series,
  });
  return chart;
}

/**
 * Rank over periods, rank 1 on top: one line for the unit, one dashed line for each unit merged
 * into it (ranked under its former code). {@code periods}: [{code, label}] oldest first.
 */
export function trendChart(element, periods, items, currentCode) {
  const chart = chartIn(element);
  const worst = Math.max(...items.map(i => i.of), 1);
  const codes = [currentCode, ...new Set(items.map(i => i.unitCode).filter(code => code !== currentCode))];
  const series = codes.filter(code => items.some(i => i.unitCode === code)).map(code => {
    const own = code === currentCode;
    const points = periods.map(p => items.find(i => i.period === p.code && i.unitCode === code) ?? null);
    return {
      type: 'line', name: code, connectNulls: true, symbolSize: own ? 9 : 6,
      lineStyle: own ? { width: 3 } : { type: 'dashed', width: 2 },
      data: points.map(i => (i ? { value: i.rank, item: i } : null)),
      label: { show: own, position: 'top', formatter: p => (p.data ? `${p.data.item.rank}/${p.data.item.of}` : '') },
    };
  });
  chart.setOption({
    animation: false,
    color: [COLORS.unit, '#175cd3', '#93640b', COLORS.median],
    legend: { show: series.length > 1, top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: p => `${p.seriesName} · ${periods[p.dataIndex].label}<br>${t('card.rank')}: ${p.data.item.rank}/${p.data.item.of}`
        + `<br>${t('card.index')}: ${number(p.data.item.index, 4)}`,
    },
    grid: { left: 36, right: 20, top: series.length > 1 ? 36 : 24, bottom: 28 },
    xAxis: { type: 'category', data: periods.map(p => p.label), boundaryGap: ['8%', '8%'] },
    yAxis: { type: 'value', inverse: true, min: 1, max: worst, interval: Math.max(1, Math.ceil((worst - 1) / 4)) },
    series,
  });
  return chart;
}

/** The whole peer group at a glance: every unit's index, rank 1 on top; a click opens its scorecard. */
export function groupChart(element, entries, onUnit) {
  const chart = chartIn(element);
  const short = name => (name.length > 28 ? name.slice(0, 27) + '…' : name);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: params => `${entries[params[0].dataIndex].rank}/${entries[params[0].dataIndex].of} · `
        + `${entries[params[0].dataIndex].unitName}<br>${t('col.index')}: ${number(params[0].value, 4)}` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1, splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: entries.map(e => `${e.rank}. ${short(e.unitName)}`),
      axisLabel: { fontSize: 11 }, axisTick: { show: false } },
    series: [{ type: 'bar', data: entries.map(e => Number(e.index)), barMaxWidth: 14,
      itemStyle: { color: COLORS.unit, borderRadius: [0, 3, 3, 0] },
      label: { show: true, position: 'right', fontSize: 10, formatter: p => number(p.value, 4) } }],
  });
  chart.on('click', params => onUnit(entries[params.dataIndex].unitCode));
  return chart;
}
