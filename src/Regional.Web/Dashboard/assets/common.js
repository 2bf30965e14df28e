// What every page shares: the words of the page in both languages (names of regions, indicators and red lines come
// from the API, never from here), number and date formats of the language, the header with the language switch and,
// in Development mode only, "view as".
import { get, viewAs, setViewAs, encodePrincipal } from './api.js';

const words = {
  zh: {
    site: '区域比较', province: '全省比较', alerts: '预警', region: '地区', language: 'English', languageLabel: '切换到英文',
    period: '期间', peerGroup: '同类地区组', allRegions: '全部地区', indicator: '指标', show: '显示',
    rank: '排名', rankChange: '排名变化', value: '数值', target: '目标', gap: '差距（百分点）', band: '状态', composite: '综合得分（0–10）',
    redLines: '红线', quality: '数据质量', streak: '连续落后', regionName: '地区', noData: '无数据', none: '无',
    leagueTable: '排名表', chart: '排名图', board: '红线看板', counts: '概况', downloadCsv: '下载 CSV', print: '打印',
    lagging: '落后', behind: '稍落后', onTrack: '达标', leading: '领先', seriouslyLagging: '严重落后',
    green: '绿色', yellow: '黄色', orange: '橙色', red: '红色', breach: '突破', normal: '正常',
    ok: '正常', warn: '存疑', fail: '未通过', median: '中位数', sd: '±1 标准差', targetLine: '目标线',
    quarters: '个季度', evaluatedAt: '评估时间', notEvaluated: '该期间尚未评估。', sortBy: '按此列排序',
    scorecard: '记分卡', trend: '累计增速与目标', peers: '同类地区', history: '历史', revised: '已修订', vintage: '版本',
    acknowledge: '确认预警', note: '说明', owner: '负责人', commitment: '承诺措施', dueDate: '完成期限', submit: '提交确认',
    acknowledged: '已确认', status: '状态', severity: '级别', startedPeriod: '开始期间', message: '内容', firing: '触发中', resolved: '已解除',
    response: '处置', next: '下一页', first: '第一页', any: '全部', viewAs: '以此身份查看（仅开发模式）', apply: '应用',
    provinceViewer: '全省查看者', administrator: '管理员', cityViewer: '城市查看者', citySubmitter: '城市报送者', cityResponder: '城市预警处置人',
    city: '城市', noAlerts: '没有符合条件的预警。', notAllowed: '您的角色不能查看该地区的预警。', loading: '加载中…',
    info: '提示', warning: '一般', major: '较重', critical: '严重', new: '新', closed: '已关闭', kind: '事件', at: '时间',
    syntheticNote: '数据来自 API；示例数据为合成数据，并非官方统计。', signedInAs: '当前身份', saved: '已保存确认。', error: '出错了',
    unit: '单位', region_page_link: '查看地区', indicatorValue: '指标值', all: '全部', periodLabel: '选择期间',
  },
  en: {
    site: 'Regional comparison', province: 'Province', alerts: 'Alerts', region: 'Region', language: '中文', languageLabel: 'Switch to Chinese',
    period: 'Period', peerGroup: 'Peer group', allRegions: 'All regions', indicator: 'Indicator', show: 'Show',
    rank: 'Rank', rankChange: 'Rank change', value: 'Value', target: 'Target', gap: 'Gap (pp)', band: 'Band', composite: 'Composite (0–10)',
    redLines: 'Red lines', quality: 'Data quality', streak: 'Lagging streak', regionName: 'Region', noData: 'No data', none: 'None',
    leagueTable: 'League table', chart: 'Ranked chart', board: 'Red-line board', counts: 'Summary', downloadCsv: 'Download CSV', print: 'Print',
    lagging: 'Lagging', behind: 'Behind', onTrack: 'On track', leading: 'Leading', seriouslyLagging: 'Seriously lagging',
    green: 'Green', yellow: 'Yellow', orange: 'Orange', red: 'Red', breach: 'Breach', normal: 'Normal',
    ok: 'OK', warn: 'Doubtful', fail: 'Failed', median: 'Median', sd: '±1 SD', targetLine: 'Target',
    quarters: 'quarters', evaluatedAt: 'Evaluated', notEvaluated: 'This period has not been evaluated.', sortBy: 'Sort by this column',
    scorecard: 'Scorecard', trend: 'Year-to-date growth against target', peers: 'Peers', history: 'History', revised: 'revised', vintage: 'vintage',
    acknowledge: 'Acknowledge alert', note: 'Note', owner: 'Owner', commitment: 'Commitment', dueDate: 'Due date', submit: 'Acknowledge',
    acknowledged: 'Acknowledged', status: 'Status', severity: 'Severity', startedPeriod: 'Started', message: 'Message', firing: 'Firing', resolved: 'Resolved',
    response: 'Response', next: 'Next page', first: 'First page', any: 'Any', viewAs: 'View as (Development mode only)', apply: 'Apply',
    provinceViewer: 'Province viewer', administrator: 'Administrator', cityViewer: 'City viewer', citySubmitter: 'City submitter', cityResponder: 'City alert responder',
    city: 'City', noAlerts: 'No alerts match.', notAllowed: 'Your roles do not let you see this region’s alerts.', loading: 'Loading…',
    info: 'Info', warning: 'Warning', major: 'Major', critical: 'Critical', new: 'New', closed: 'Closed', kind: 'Event', at: 'Time',
    syntheticNote: 'Figures from the API; the sample data is synthetic, not official statistics.', signedInAs: 'Signed in as', saved: 'Acknowledgement saved.', error: 'Something went wrong',
    unit: 'Unit', region_page_link: 'Open region', indicatorValue: 'Value', all: 'All', periodLabel: 'Choose a period',
  },
};

const languageKey = 'regional.language';
let current = localStorage.getItem(languageKey) === 'en' ? 'en' : 'zh';
export const lang = () => current;
export const t = key => words[lang()][key] ?? key;
export const locale = () => (lang() === 'zh' ? 'zh-CN' : 'en-GB');
/** The name of a thing the API names in both languages. */
export const name = thing => (lang() === 'zh' ? thing.nameZh : thing.nameEn) ?? thing.nameEn ?? thing.nameZh;
// Formatters are costly to make and a page of 3,000 regions formats tens of thousands of numbers: one per kind.
const formats = new Map();
function format(digits, sign) {
  const key = `${locale()}|${digits}|${sign}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: sign }));
  return formats.get(key);
}
export const number = (value, digits = 1) => (value === null || value === undefined ? '—' : format(digits, 'auto').format(value));
export const signed = (value, digits = 1) => (value === null || value === undefined ? '—' : format(digits, 'exceptZero').format(value));
export const dateTime = text => (text ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(text)) : '—');
export const unitOf = indicator => (lang() === 'zh' ? indicator?.unitZh ?? indicator?.unit : indicator?.unit) ?? '';

/** Element builder: el('td', { class: 'num' }, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false).map(c => (c instanceof Node ? c : document.createTextNode(String(c)))));
  return node;
}

/** Bands and red-line states: a word and a symbol beside the colour, never the colour alone. */
const symbols = { good: '●', watch: '▲', bad: '◆', worst: '✖', empty: '○' };
const bandTone = { 'on-track': 'good', behind: 'watch', lagging: 'bad', 'seriously-lagging': 'worst' };
const bandWord = { 'on-track': 'onTrack', behind: 'behind', lagging: 'lagging', 'seriously-lagging': 'seriouslyLagging' };
export function bandChip(band) {
  if (!band) return chip('empty', t('noData'));
  return chip(bandTone[band] ?? 'watch', t(bandWord[band] ?? band));
}

const stateTone = { green: 'good', yellow: 'watch', orange: 'bad', red: 'worst', breach: 'worst' };
export function stateChip(state, label) {
  if (state === null || state === undefined) return chip('empty', label ?? t('noData'));
  return chip(stateTone[state] ?? (state === 'normal' ? 'good' : 'bad'), label ?? (words[lang()][state] ?? state));
}

const severityTone = { none: 'good', info: 'good', warning: 'watch', major: 'bad', critical: 'worst' };
export const severityChip = severity => chip(severityTone[severity] ?? 'watch', t(severity));

export function chip(tone, text) {
  return el('span', { class: `chip chip-${tone}` }, el('span', { class: 'chip-symbol', 'aria-hidden': 'true' }, symbols[tone]), ' ', text);
}

export function message(text, kind = 'info') {
  return el('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** The caller as the API sees it (GET /api/me). */
export const me = () => get('me');

/** Whether the caller's roles cover a region: province-wide roles, or a regional role of it or an ancestor. */
export function covers(caller, regions, code, kinds = ['region-viewer', 'region-submitter', 'alert-responder']) {
  if (kinds.length === 3 && caller.roles.some(r => r === 'province-viewer' || r === 'administrator')) return true;
  const byCode = new Map(regions.map(r => [r.code, r]));
  const scopes = caller.roles.map(r => r.split(':')).filter(([kind, scope]) => scope && kinds.includes(kind)).map(([, scope]) => scope);
  for (let region = byCode.get(code), depth = 0; region && depth < 64; region = byCode.get(region.parentCode), depth++) {
    if (scopes.includes(region.code)) return true;
  }
  return false;
}

/** The header of every page: title, navigation, language switch and (Development mode) "view as". */
export async function renderHeader(active, rerender) {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  const header = document.getElementById('site-header');
  header.replaceChildren(
    el('a', { class: 'skip-link', href: '#main' }, lang() === 'zh' ? '跳到主要内容' : 'Skip to main content'),
    el('div', { class: 'header-bar' },
      el('span', { class: 'site-name' }, t('site')),
      el('nav', { 'aria-label': lang() === 'zh' ? '主导航' : 'Main' },
        el('ul', {},
          el('li', {}, el('a', { href: './', 'aria-current': active === 'province' ? 'page' : null }, t('province'))),
          el('li', {}, el('a', { href: 'alerts.html', 'aria-current': active === 'alerts' ? 'page' : null }, t('alerts'))))),
      el('button', {
        type: 'button', class: 'language', lang: lang() === 'zh' ? 'en' : 'zh-CN', title: t('languageLabel'),
        onclick: () => { current = current === 'zh' ? 'en' : 'zh'; localStorage.setItem(languageKey, current); rerender(); },
      }, t('language'))));
  const caller = await me();
  if (caller.authMode === 'development') header.append(await viewAsForm(caller, rerender));
  else header.append(el('p', { class: 'signed-in' }, `${t('signedInAs')}: ${caller.name ?? caller.roles.join(', ')}`));
  return caller;
}

async function viewAsForm(caller, rerender) {
  const regions = (await get('regions')).regions.filter(r => r.compared);
  const chosen = JSON.parse(sessionStorage.getItem('regional.viewAsChoice') ?? '{"kind":"province-viewer","city":""}');
  const kind = el('select', { id: 'view-as-kind', name: 'kind' },
    ...[['province-viewer', 'provinceViewer'], ['administrator', 'administrator'], ['region-viewer', 'cityViewer'], ['region-submitter', 'citySubmitter'], ['alert-responder', 'cityResponder']]
      .map(([value, label]) => el('option', { value, selected: chosen.kind === value }, t(label))));
  const city = el('select', { id: 'view-as-city', name: 'city' },
    ...regions.map(r => el('option', { value: r.code, selected: chosen.city === r.code }, name(r))));
  const form = el('form', {
    class: 'view-as',
    onsubmit: event => {
      event.preventDefault();
      const choice = { kind: kind.value, city: city.value };
      sessionStorage.setItem('regional.viewAsChoice', JSON.stringify(choice));
      const global = choice.kind === 'province-viewer' || choice.kind === 'administrator';
      const role = global ? choice.kind : `${choice.kind}:${choice.city}`;
      setViewAs(encodePrincipal(global ? choice.kind : `${choice.kind}-${choice.city}`, [role]));
      rerender();
    },
  },
  el('fieldset', {},
    el('legend', {}, t('viewAs')),
    el('label', { for: 'view-as-kind' }, t('signedInAs')), kind,
    el('label', { for: 'view-as-city' }, t('city')), city,
    el('button', { type: 'submit', class: 'secondary' }, t('apply')),
    el('span', { class: 'current-caller' }, viewAs() ? caller.roles.join(', ') : '')));
  return form;
}

/** The evaluated period to show: ?period=, else the latest the API says was evaluated. */
export async function chosenPeriod() {
  const asked = new URLSearchParams(window.location.search).get('period');
  if (asked) return asked;
  const health = await get('health');
  return health.lastEvaluatedPeriod;
}

/** Quarters of the year of a period and the year before, newest first, for the period picker. */
export function nearbyPeriods(period) {
  const year = Number.parseInt(period, 10);
  const list = [];
  for (const y of [year, year - 1]) for (const q of [4, 3, 2, 1]) list.push(`${y}-Q${q}`);
  return list.includes(period) ? list : [period, ...list];
}
