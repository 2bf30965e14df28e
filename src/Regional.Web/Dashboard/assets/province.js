// The province page: for one evaluated period, every region side by side (league table), ranked on one indicator
// against the target line and the median ±1 SD, the red-line board and the counts; CSV download, print, refresh.
import { get, download, traffic, ApiError } from './api.js';
import { t, name, number, signed, dateTime, unitOf, el, bandChip, stateChip, chip, message, renderHeader, chosenPeriod, nearbyPeriods } from './common.js';

const params = new URLSearchParams(window.location.search);
const main = document.getElementById('main');
const state = { sort: 'rank', descending: false, chart: null };

async function render() {
  const caller = await renderHeader('province', render);
  const period = await chosenPeriod();
  const peerGroup = params.get('peerGroup') ?? '';
  const [regions, indicators] = await Promise.all([get('regions'), get('indicators')]);
  let card;
  try {
    performance.mark('scorecard-requested');
    card = await get(`periods/${encodeURIComponent(period)}/scorecard${peerGroup ? `?peerGroup=${encodeURIComponent(peerGroup)}` : ''}`);
    performance.mark('scorecard-arrived');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.replaceChildren(el('h1', {}, t('province')), controls(period, peerGroup, regions, [], ''), message(t('notEvaluated'), 'warning'));
      return;
    }
    throw error;
  }
  const targeted = indicators.indicators.filter(i => card.regions.some(r => r.indicators.some(s => s.indicatorId === i.id && s.target)));
  const indicator = targeted.find(i => i.id === params.get('indicator')) ?? targeted[0] ?? indicators.indicators[0];
  const rows = card.regions.map(r => ({ region: r, score: r.indicators.find(s => s.indicatorId === indicator.id) }));
  document.title = `${t('province')} ${card.period} — ${t('site')}`;
  main.replaceChildren(
    el('h1', {}, `${t('province')} · ${card.period}`),
    el('p', { class: 'lede' }, `${name(indicator)} · ${t('evaluatedAt')} ${dateTime(card.evaluatedAt)} · ${t('unit')}: ${unitOf(indicator)}`),
    controls(card.period, peerGroup, regions, targeted, indicator.id),
    actions(card.period, peerGroup),
    counts(rows),
    el('section', { 'aria-labelledby': 'chart-title' }, el('h2', { id: 'chart-title' }, t('chart')), el('div', { id: 'chart', class: 'chart', role: 'img', 'aria-label': `${t('chart')}: ${name(indicator)}` })),
    el('section', { 'aria-labelledby': 'table-title' }, el('h2', { id: 'table-title' }, t('leagueTable')), leagueTable(rows, indicator, new Map((indicators.redLines ?? []).map(l => [l.id, l])))),
    el('section', { 'aria-labelledby': 'board-title' }, el('h2', { id: 'board-title' }, t('board')), board(card.regions, indicators)),
    el('p', { class: 'footnote' }, t('syntheticNote')));
  chart(rows, indicator, regions, card);
  // Drawn means laid out and painted: the mark waits for the frame after the one that shows the page.
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  performance.mark('rendered');
  document.body.dataset.ready = 'true';
  document.body.dataset.caller = caller.roles.join(' ');
}

function controls(period, peerGroup, regions, targeted, indicatorId) {
  const groups = [...new Set(regions.regions.map(r => r.peerGroup).filter(Boolean))].sort();
  return el('form', { class: 'controls', method: 'get', action: '' },
    el('div', { class: 'field' }, el('label', { for: 'period' }, t('period')),
      el('select', { id: 'period', name: 'period' }, ...nearbyPeriods(period).map(p => el('option', { value: p, selected: p === period }, p)))),
    el('div', { class: 'field' }, el('label', { for: 'peerGroup' }, t('peerGroup')),
      el('select', { id: 'peerGroup', name: 'peerGroup' }, el('option', { value: '' }, t('allRegions')), ...groups.map(g => el('option', { value: g, selected: g === peerGroup }, g)))),
    targeted.length > 0 && el('div', { class: 'field' }, el('label', { for: 'indicator' }, t('indicator')),
      el('select', { id: 'indicator', name: 'indicator' }, ...targeted.map(i => el('option', { value: i.id, selected: i.id === indicatorId }, name(i))))),
    el('button', { type: 'submit' }, t('show')));
}

function actions(period, peerGroup) {
  const status = el('span', { id: 'refresh-status', class: 'refresh-status', role: 'status' });
  return el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'secondary', id: 'download-csv', onclick: () => download(`periods/${period}/scorecard?format=csv${peerGroup ? `&peerGroup=${peerGroup}` : ''}`, `scorecard-${period}${peerGroup ? `-${peerGroup}` : ''}.csv`) }, t('downloadCsv')),
    el('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('print')),
    el('button', {
      type: 'button', class: 'secondary', id: 'refresh',
      onclick: async () => {
        const before = traffic.revalidated;
        await render();
        document.getElementById('refresh-status').textContent = traffic.revalidated > before ? '✓ 304' : '↻ 200';
      },
    }, '↻'),
    status);
}

function counts(rows) {
  const bands = rows.map(r => r.score?.target?.band);
  const tally = [
    ['lagging', bands.filter(b => b === 'lagging' || b === 'seriously-lagging').length, 'bad'],
    ['behind', bands.filter(b => b === 'behind').length, 'watch'],
    ['onTrack', bands.filter(b => b === 'on-track').length, 'good'],
    ['leading', rows.filter(r => r.region.standing === 'leading').length, 'good'],
  ];
  return el('section', { 'aria-labelledby': 'counts-title' }, el('h2', { id: 'counts-title', class: 'visually-hidden' }, t('counts')),
    el('ul', { class: 'counts' }, ...tally.map(([key, count, tone]) => el('li', { class: `count count-${tone}`, 'data-count': key }, el('span', { class: 'count-number' }, String(count)), el('span', { class: 'count-label' }, t(key))))));
}

const columns = [
  ['rank', 'rank', r => r.score?.comparison?.rank ?? Infinity],
  ['rankChange', 'rankChange', r => -(r.score?.comparison?.rankChange ?? 0)],
  ['region', 'regionName', r => name(r.region)],
  ['value', 'value', r => -(r.score?.value ?? -Infinity)],
  ['target', 'target', r => r.score?.target?.target ?? Infinity],
  ['gap', 'gap', r => -(r.score?.target?.gap ?? -Infinity)],
  ['band', 'band', r => ['seriously-lagging', 'lagging', 'behind', 'on-track'].indexOf(r.score?.target?.band ?? '')],
  ['composite', 'composite', r => -(r.region.compositeScore ?? -Infinity)],
  ['redLines', 'redLines', r => -['none', 'info', 'warning', 'major', 'critical'].indexOf(r.region.worstRedLine)],
  ['quality', 'quality', r => ['fail', 'warn', 'ok'].indexOf(r.region.quality)],
  ['streak', 'streak', r => -r.region.laggingStreak],
];

function leagueTable(rows, indicator, lines) {
  const column = columns.find(c => c[0] === state.sort) ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    const x = column[2](a), y = column[2](b);
    const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
    return state.descending ? -order : order;
  });
  const body = el('tbody');
  const fragment = document.createDocumentFragment();
  for (const { region, score } of sorted) fragment.append(row(region, score, lines));
  body.append(fragment);
  return el('div', { class: 'table-wrap' }, el('table', { class: 'league', id: 'league' },
    el('caption', {}, `${t('leagueTable')}: ${name(indicator)} (${unitOf(indicator)})`),
    el('thead', {}, el('tr', {}, ...columns.map(([key, label]) => el('th', { scope: 'col', 'aria-sort': key === state.sort ? (state.descending ? 'descending' : 'ascending') : null },
      el('button', { type: 'button', class: 'sort', title: t('sortBy'), onclick: () => { state.descending = state.sort === key ? !state.descending : false; state.sort = key; document.querySelector('.table-wrap').replaceWith(leagueTable(rows, indicator, lines)); } }, t(label)))))),
    body));
}

function row(region, score, lines) {
  const change = score?.comparison?.rankChange;
  const changeText = change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '–';
  const redLines = region.redLines.length === 0 ? stateChip('green', t('none')) : region.redLines.map(f => stateChip(f.state, `${lines.has(f.ruleId) ? name(lines.get(f.ruleId)) : f.ruleId}: ${t(f.state)}`));
  const flags = region.qualityFlags.length === 0 ? chip('good', t('ok')) : region.qualityFlags.map(f => chip(region.quality === 'fail' ? 'bad' : 'watch', f.ruleId.replace(/^quality-/, '')));
  return el('tr', { 'data-region': region.regionCode, 'data-band': score?.target?.band ?? 'none' },
    el('td', { class: 'num' }, score?.comparison ? `${score.comparison.rank}/${score.comparison.rankOf}` : '—'),
    el('td', { class: `num change ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`, 'aria-label': change ? `${t('rankChange')} ${signed(change, 0)}` : null }, changeText),
    el('th', { scope: 'row' }, el('a', { href: `region.html?code=${region.regionCode}&period=${encodeURIComponent(new URLSearchParams(window.location.search).get('period') ?? '')}` }, name(region))),
    el('td', { class: 'num' }, number(score?.value)),
    el('td', { class: 'num' }, number(score?.target?.target)),
    el('td', { class: 'num' }, signed(score?.target?.gap)),
    el('td', {}, bandChip(score?.target?.band)),
    el('td', { class: 'num' }, number(region.compositeScore)),
    el('td', {}, redLines),
    el('td', {}, flags),
    el('td', { class: 'num' }, region.laggingStreak > 0 ? `${region.laggingStreak} ${t('quarters')}` : '—'));
}

/** Regions × red lines: the state of each line, "no data" when the region reported nothing it could be judged on. */
function board(cards, indicators) {
  const lines = indicators.redLines ?? [];
  const body = el('tbody');
  for (const card of cards) {
    body.append(el('tr', { 'data-region': card.regionCode },
      el('th', { scope: 'row' }, name(card)),
      ...lines.map(line => {
        const finding = card.redLines.find(f => f.ruleId === line.id);
        const reported = card.indicators.some(s => s.indicatorId === line.indicatorId && s.value !== null && s.value !== undefined);
        const cell = finding ? stateChip(finding.state) : reported ? stateChip('green') : stateChip(null);
        return el('td', { 'data-rule': line.id, 'data-state': finding?.state ?? (reported ? 'green' : 'no-data') }, cell);
      })));
  }
  return el('div', { class: 'table-wrap' }, el('table', { class: 'board', id: 'board' },
    el('caption', {}, t('board')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('regionName')), ...lines.map(line => el('th', { scope: 'col' }, name(line))))),
    body));
}

/** Ranked bars of the indicator, each region's target as a mark, the province's target line and the median ±1 SD band. */
function chart(rows, indicator, regions, card) {
  const ranked = rows.filter(r => r.score?.value !== undefined && r.score?.value !== null).sort((a, b) => b.score.value - a.score.value);
  const values = ranked.map(r => r.score.value);
  const median = ranked.length ? ranked[0].score.value - (ranked[0].score.comparison?.gapToMedian ?? 0) : 0;
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(values.length, 1));
  const province = regions.regions.find(r => !r.parentCode);
  const provinceTarget = ranked.find(r => r.score.target)?.score.target.target;
  const colour = { 'on-track': '#00703c', behind: '#b58800', lagging: '#d4351c', 'seriously-lagging': '#942514' };
  const node = document.getElementById('chart');
  state.chart?.dispose();
  const chart = echarts.init(node, null, { renderer: 'canvas', locale: document.documentElement.lang.startsWith('zh') ? 'ZH' : 'EN' });
  state.chart = chart;
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 24, top: 32, bottom: ranked.length > 40 ? 24 : 96 },
    tooltip: { trigger: 'axis' },
    legend: { data: [name(indicator), t('target')], top: 0 },
    xAxis: { type: 'category', data: ranked.map(r => name(r.region)), axisLabel: { rotate: 60, interval: ranked.length > 40 ? 'auto' : 0, show: ranked.length <= 200 } },
    yAxis: { type: 'value', name: unitOf(indicator), scale: true },
    series: [
      {
        name: name(indicator), type: 'bar', large: ranked.length > 500,
        data: ranked.map(r => ({ value: r.score.value, itemStyle: { color: colour[r.score.target?.band] ?? '#505a5f' } })),
        markLine: { symbol: 'none', silent: true, data: [
          provinceTarget !== undefined && { yAxis: provinceTarget, name: t('targetLine'), lineStyle: { color: '#0b0c0c', type: 'solid', width: 2 }, label: { formatter: `${province ? name(province) : ''} ${t('targetLine')} ${number(provinceTarget)}` } },
          { yAxis: median, name: t('median'), lineStyle: { color: '#1d70b8', type: 'dashed' }, label: { formatter: `${t('median')} ${number(median)}`, position: 'insideStartTop' } },
        ].filter(Boolean) },
        markArea: { silent: true, itemStyle: { color: 'rgba(29,112,184,0.12)' }, label: { formatter: t('sd'), position: 'insideTopRight' }, data: [[{ yAxis: median - sd }, { yAxis: median + sd }]] },
      },
      { name: t('target'), type: 'scatter', symbol: 'rect', symbolSize: [14, 3], itemStyle: { color: '#0b0c0c' }, data: ranked.map(r => r.score.target?.target ?? null) },
    ],
  });
  window.addEventListener('resize', () => chart.resize(), { once: true });
}

render().catch(error => { main.append(message(`${t('error')}: ${error.message}`, 'error')); console.warn(error); });
