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
  chart.setOption({
    animation: false,
    color: [COLORS.unit, COLORS.best, COLORS.median],
    tooltip: { trigger: 'axis', valueFormatter: value => number(value, 2) },
    legend: { top: 0, data: [t('card.unit'), t('card.best'), t('card.median'), t('card.max')] },
    grid: { left: 44, right: 12, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map(r => r.code),
      axisLabel: { interval: 0 }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: t('card.points'), nameTextStyle: { align: 'left' } },
    series: [
      { name: t('card.unit'), type: 'bar', data: rows.map(r => r.unit), barGap: '10%' },
      { name: t('card.best'), type: 'bar', data: rows.map(r => r.best) },
      { name: t('card.median'), type: 'bar', data: rows.map(r => r.median) },
      { name: t('card.max'), type: 'scatter', data: rows.map(r => r.max), symbol: 'rect', symbolSize: [26, 3],
        itemStyle: { color: '#5b6475' }, z: 1 },
    ],
  });
  return chart;
}

/** Rank over periods: rank 1 on top; a point ranked under a former code says so. */
export function trendChart(element, items, currentCode) {
  const chart = chartIn(element);
  const worst = Math.max(...items.map(i => i.of), 1);
  chart.setOption({
    animation: false,
    color: [COLORS.unit],
    tooltip: {
      trigger: 'axis',
      formatter: params => {
        const item = items[params[0].dataIndex];
        const former = item.unitCode !== currentCode ? ` (${item.unitCode})` : '';
        return `${item.periodLabel}${former}<br>${t('card.rank')}: ${item.rank}/${item.of}`
          + `<br>${t('card.index')}: ${number(item.index, 4)}`;
      },
    },
    grid: { left: 36, right: 16, top: 20, bottom: 28 },
    xAxis: { type: 'category', data: items.map(i => i.periodLabel), boundaryGap: false },
    yAxis: { type: 'value', inverse: true, min: 1, max: worst, minInterval: 1, name: t('card.rank') },
    series: [{
      type: 'line', name: t('card.rank'), data: items.map(i => i.rank), symbolSize: 9,
      label: { show: true, formatter: p => `${items[p.dataIndex].rank}/${items[p.dataIndex].of}`, position: 'top' },
      itemStyle: { color: COLORS.unit },
    }],
  });
  return chart;
}
