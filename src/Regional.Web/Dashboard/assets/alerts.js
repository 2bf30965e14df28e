// The alerts page: firing and resolved alerts with the API's filters, one page at a time by continuation token.
import { get } from './api.js';
import { t, el, severityChip, message, renderHeader, dateTime } from './common.js';

const params = new URLSearchParams(window.location.search);
const main = document.getElementById('main');
const filters = ['status', 'severity', 'region', 'period'];
const choices = { status: ['firing', 'resolved', 'new', 'acknowledged', 'closed'], severity: ['info', 'warning', 'major', 'critical'] };

async function render() {
  await renderHeader('alerts', render);
  const regions = (await get('regions')).regions;
  const byCode = new Map(regions.map(r => [r.code, r]));
  const query = new URLSearchParams();
  for (const key of filters) if (params.get(key)) query.set(key, params.get(key));
  query.set('pageSize', params.get('pageSize') ?? '20');
  if (params.get('continuationToken')) query.set('continuationToken', params.get('continuationToken'));
  const page = await get(`alerts?${query}`);
  const zh = document.documentElement.lang.startsWith('zh');
  document.title = `${t('alerts')} — ${t('site')}`;
  const next = new URLSearchParams(params);
  if (page.continuationToken) next.set('continuationToken', page.continuationToken);
  const first = new URLSearchParams(params);
  first.delete('continuationToken');
  main.replaceChildren(
    el('h1', {}, t('alerts')),
    el('form', { class: 'controls', method: 'get', action: '' },
      ...filters.map(key => el('div', { class: 'field' }, el('label', { for: key }, t(key === 'region' ? 'regionName' : key === 'period' ? 'period' : key)),
        choices[key]
          ? el('select', { id: key, name: key }, el('option', { value: '' }, t('any')), ...choices[key].map(v => el('option', { value: v, selected: params.get(key) === v }, t(v))))
          : key === 'region'
            ? el('select', { id: key, name: key }, el('option', { value: '' }, t('any')), ...regions.filter(r => r.compared).map(r => el('option', { value: r.code, selected: params.get(key) === r.code }, zh ? r.nameZh : r.nameEn)))
            : el('input', { id: key, name: key, type: 'text', value: params.get(key) ?? '', placeholder: '2025-Q3', size: 8 }))),
      el('button', { type: 'submit' }, t('show'))),
    page.alerts.length === 0 ? message(t('noAlerts')) : el('div', { class: 'table-wrap' }, el('table', { id: 'alerts-table' },
      el('caption', {}, t('alerts')),
      el('thead', {}, el('tr', {}, ...['severity', 'regionName', 'message', 'status', 'response', 'startedPeriod', 'at'].map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, ...page.alerts.map(a => el('tr', { 'data-alert': a.id, 'data-region': a.regionCode },
        el('td', {}, severityChip(a.severity)),
        el('td', {}, el('a', { href: `region.html?code=${a.regionCode}` }, byCode.has(a.regionCode) ? (zh ? byCode.get(a.regionCode).nameZh : byCode.get(a.regionCode).nameEn) : a.regionCode)),
        el('td', {}, zh ? a.messageZh : a.messageEn),
        el('td', { class: 'nowrap' }, t(a.condition)),
        el('td', { class: 'nowrap' }, t(a.response.status)),
        el('td', { class: 'nowrap' }, a.startedPeriod),
        el('td', { class: 'nowrap' }, dateTime(a.startedAt))))))),
    el('nav', { class: 'pager', 'aria-label': t('next') },
      params.get('continuationToken') ? el('a', { href: `?${first}` }, t('first')) : '',
      page.continuationToken ? el('a', { href: `?${next}`, id: 'next-page', rel: 'next' }, `${t('next')} →`) : ''));
  document.body.dataset.ready = 'true';
}

render().catch(error => { main.append(message(`${t('error')}: ${error.message}`, 'error')); console.warn(error); });
