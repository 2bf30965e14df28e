// The region page: its scorecard, its year-to-date growth against its target over the stored periods (revisions
// marked), its peers side by side, its alerts with their history, and for its alert responder the acknowledge form.
import { get, post, ApiError } from './api.js';
import { t, name, number, signed, dateTime, unitOf, el, bandChip, stateChip, severityChip, chip, message, renderHeader, chosenPeriod, covers } from './common.js';

const params = new URLSearchParams(window.location.search);
const main = document.getElementById('main');
const code = params.get('code') ?? '';
let trend = null;

async function render() {
  const caller = await renderHeader('region', render);
  const period = await chosenPeriod();
  const [regions, indicators] = await Promise.all([get('regions'), get('indicators')]);
  const region = regions.regions.find(r => r.code === code);
  if (!region) {
    main.replaceChildren(el('h1', {}, t('region')), message(`${t('error')}: ${code}`, 'error'));
    return;
  }
  document.title = `${name(region)} ${period} — ${t('site')}`;
  const [own, all] = await Promise.all([
    get(`regions/${code}/scorecard/${period}`).catch(e => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    get(`periods/${period}/scorecard`).catch(e => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  ]);
  const headline = indicators.indicators.find(i => own?.scorecard.indicators.some(s => s.indicatorId === i.id && s.target)) ?? indicators.indicators[0];
  const mayRead = covers(caller, regions.regions, code);
  const mayAcknowledge = covers(caller, regions.regions, code, ['alert-responder']);
  main.replaceChildren(
    el('p', { class: 'back' }, el('a', { href: `./?period=${period}` }, `← ${t('province')}`)),
    el('h1', {}, `${name(region)} · ${period}`),
    own ? scorecard(own, indicators) : message(t('notEvaluated'), 'warning'),
    el('section', { 'aria-labelledby': 'trend-title' }, el('h2', { id: 'trend-title' }, `${t('trend')}: ${name(headline)}`), el('div', { id: 'trend', class: 'chart', role: 'img', 'aria-label': `${t('trend')}: ${name(headline)}` })),
    all && own ? peers(all, own, headline) : '',
    el('section', { 'aria-labelledby': 'alerts-title', id: 'alerts' }, el('h2', { id: 'alerts-title' }, t('alerts')), mayRead ? el('p', {}, t('loading')) : message(t('notAllowed'))));
  await trendChart(region, headline, period);
  if (mayRead) await alerts(mayAcknowledge);
  document.body.dataset.ready = 'true';
}

function scorecard(document_, indicators) {
  const card = document_.scorecard;
  const byId = new Map(indicators.indicators.map(i => [i.id, i]));
  return el('section', { 'aria-labelledby': 'scorecard-title' },
    el('h2', { id: 'scorecard-title' }, t('scorecard')),
    el('ul', { class: 'summary' },
      el('li', {}, `${t('composite')}: `, el('strong', {}, number(card.compositeScore)), card.compositeRank ? ` (${t('rank')} ${card.compositeRank})` : ''),
      el('li', {}, `${t('redLines')}: `, severityChip(card.worstRedLine)),
      el('li', {}, `${t('quality')}: `, chip(card.quality === 'ok' ? 'good' : card.quality === 'warn' ? 'watch' : 'bad', t(card.quality))),
      el('li', {}, `${t('streak')}: ${card.laggingStreak > 0 ? `${card.laggingStreak} ${t('quarters')}` : '—'}`)),
    el('div', { class: 'table-wrap' }, el('table', { id: 'scorecard' },
      el('caption', {}, `${t('scorecard')} ${document_.period}`),
      el('thead', {}, el('tr', {}, ...['indicator', 'value', 'unit', 'target', 'gap', 'band', 'rank', 'rankChange'].map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, ...card.indicators.map(s => el('tr', {},
        el('th', { scope: 'row' }, name(byId.get(s.indicatorId) ?? { nameEn: s.indicatorId })),
        el('td', { class: 'num' }, number(s.value, 2)),
        el('td', {}, unitOf(byId.get(s.indicatorId))),
        el('td', { class: 'num' }, number(s.target?.target)),
        el('td', { class: 'num' }, signed(s.target?.gap)),
        el('td', {}, s.target ? bandChip(s.target.band) : '—'),
        el('td', { class: 'num' }, s.comparison ? `${s.comparison.rank}/${s.comparison.rankOf}` : '—'),
        el('td', { class: 'num' }, s.comparison?.rankChange ? signed(s.comparison.rankChange, 0) : '–')))))),
    card.redLines.length > 0 && el('ul', { class: 'findings' }, ...card.redLines.map(f => el('li', {}, stateChip(f.state), ' ', document.documentElement.lang.startsWith('zh') ? f.detailZh ?? f.detail : f.detail))),
    card.qualityFlags.length > 0 && el('ul', { class: 'findings' }, ...card.qualityFlags.map(f => el('li', {}, severityChip(f.severity), ' ', document.documentElement.lang.startsWith('zh') ? f.detailZh ?? f.detail : f.detail))));
}

function peers(all, own, headline) {
  const group = own.scorecard.peerGroup;
  const cards = all.regions.filter(r => r.peerGroup && r.peerGroup === group);
  return el('section', { 'aria-labelledby': 'peers-title' },
    el('h2', { id: 'peers-title' }, `${t('peers')}: ${group}`),
    el('div', { class: 'table-wrap' }, el('table', { id: 'peers' },
      el('caption', {}, `${t('peers')} · ${name(headline)}`),
      el('thead', {}, el('tr', {}, ...['regionName', 'value', 'target', 'gap', 'band', 'composite'].map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, ...cards.map(c => {
        const s = c.indicators.find(i => i.indicatorId === headline.id);
        return el('tr', { class: c.regionCode === code ? 'current' : null, 'aria-current': c.regionCode === code ? 'true' : null },
          el('th', { scope: 'row' }, el('a', { href: `region.html?code=${c.regionCode}&period=${all.period}` }, name(c))),
          el('td', { class: 'num' }, number(s?.value)),
          el('td', { class: 'num' }, number(s?.target?.target)),
          el('td', { class: 'num' }, signed(s?.target?.gap)),
          el('td', {}, bandChip(s?.target?.band)),
          el('td', { class: 'num' }, number(c.compositeScore)));
      })))));
}

async function trendChart(region, indicator, period) {
  const year = Number.parseInt(period, 10);
  const history = await get(`regions/${region.code}/history?indicator=${indicator.id}&from=${year - 1}-Q1&to=${period}`);
  const latest = history.points.filter(p => p.latest);
  const revised = new Set(history.points.filter(p => p.vintage > 1 && p.latest).map(p => p.period));
  const years = [...new Set(latest.map(p => Number.parseInt(p.period, 10)))];
  const targets = new Map();
  for (const y of years) {
    const list = await get(`catalog/targets/${y}`).catch(() => ({ targets: [] }));
    const found = list.targets.find(x => x.regionCode === region.code && x.indicatorId === indicator.id);
    if (found) targets.set(y, found.value);
  }
  trend?.dispose();
  trend = echarts.init(document.getElementById('trend'), null, { locale: document.documentElement.lang.startsWith('zh') ? 'ZH' : 'EN' });
  trend.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [name(indicator), t('target')], top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: latest.map(p => p.period) },
    yAxis: { type: 'value', name: unitOf(indicator), scale: true },
    series: [
      {
        name: name(indicator), type: 'line', data: latest.map(p => ({ value: p.value, symbol: revised.has(p.period) ? 'diamond' : 'circle', symbolSize: revised.has(p.period) ? 14 : 6 })),
        itemStyle: { color: '#1d70b8' }, lineStyle: { width: 3 },
        markPoint: { data: latest.filter(p => revised.has(p.period)).map(p => ({ coord: [p.period, p.value], value: `${t('revised')} v${p.vintage}`, symbol: 'pin', symbolSize: 36 })) },
      },
      { name: t('target'), type: 'line', step: 'middle', data: latest.map(p => targets.get(Number.parseInt(p.period, 10)) ?? null), lineStyle: { type: 'dashed', color: '#0b0c0c' }, itemStyle: { color: '#0b0c0c' }, symbol: 'none' },
    ],
  });
}

async function alerts(mayAcknowledge) {
  const section = document.getElementById('alerts');
  const page = await get(`alerts?region=${code}&pageSize=50`);
  const list = page.alerts.length === 0 ? message(t('noAlerts')) : el('ul', { class: 'alert-list' }, ...await Promise.all(page.alerts.map(a => alertItem(a, mayAcknowledge))));
  section.replaceChildren(el('h2', { id: 'alerts-title' }, t('alerts')), list);
}

async function alertItem(alert, mayAcknowledge) {
  const zh = document.documentElement.lang.startsWith('zh');
  const item = el('li', { class: 'alert-item', 'data-alert': alert.id },
    el('h3', {}, severityChip(alert.severity), ' ', zh ? alert.messageZh : alert.messageEn),
    el('p', { class: 'meta' }, `${t('status')}: ${t(alert.condition)} · ${t('response')}: ${t(alert.response.status)} · ${t('startedPeriod')}: ${alert.startedPeriod}`));
  const documentOf = await get(`alerts/${encodeURIComponent(alert.id)}`);
  item.append(history(documentOf));
  if (mayAcknowledge && alert.response.status !== 'closed') item.append(acknowledgeForm(alert, item));
  return item;
}

function history(document_) {
  const zh = document.documentElement.lang.startsWith('zh');
  return el('details', { class: 'history' }, el('summary', {}, `${t('history')} (${document_.history.length})`),
    el('table', { class: 'history-table' },
      el('caption', { class: 'visually-hidden' }, t('history')),
      el('thead', {}, el('tr', {}, ...['kind', 'period', 'at', 'message'].map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, ...document_.history.map(h => el('tr', { 'data-kind': h.kind },
        el('td', {}, h.kind), el('td', {}, h.period ?? ''), el('td', {}, dateTime(h.at)),
        el('td', {}, (zh ? h.messageZh : h.messageEn) ?? h.note ?? h.detail ?? ''))))));
}

function acknowledgeForm(alert, item) {
  const id = alert.id.replace(/[^a-zA-Z0-9]/g, '-');
  const field = (key, input) => el('div', { class: 'field' }, el('label', { for: `${key}-${id}` }, t(key)), input);
  const form = el('form', { class: 'acknowledge', 'data-alert': alert.id },
    el('fieldset', {}, el('legend', {}, t('acknowledge')),
      field('note', el('textarea', { id: `note-${id}`, name: 'note', required: true, rows: 2 })),
      field('owner', el('input', { id: `owner-${id}`, name: 'owner', type: 'text' })),
      field('commitment', el('input', { id: `commitment-${id}`, name: 'commitment', type: 'text' })),
      field('dueDate', el('input', { id: `dueDate-${id}`, name: 'dueDate', type: 'date' })),
      el('button', { type: 'submit' }, t('submit')),
      el('div', { class: 'result', 'aria-live': 'polite' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { note: data.get('note') };
    for (const key of ['owner', 'commitment', 'dueDate']) if (data.get(key)) body[key] = data.get(key);
    const result = form.querySelector('.result');
    try {
      const answer = await post(`alerts/${encodeURIComponent(alert.id)}/acknowledge`, body);
      item.querySelector('details.history')?.replaceWith(history(answer));
      item.querySelector('details.history').open = true;
      result.replaceChildren(message(`${t('saved')} ${t('acknowledged')}: ${answer.alert.response.note ?? ''}`));
    } catch (error) {
      result.replaceChildren(message(`${t('error')}: ${error.message}`, 'error'));
    }
  });
  return form;
}

render().catch(error => { main.append(message(`${t('error')}: ${error.message}`, 'error')); console.warn(error); });
