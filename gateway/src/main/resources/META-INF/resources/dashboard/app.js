// The dashboard's state lives in the address (?province=&period=&group=&unit=&view=&lang=&embed=1),
// so every page can be linked, bookmarked and embedded.
import { setLanguage, t } from './i18n.js';
import { h, message } from './dom.js';
import { startAuth, login, logout, user as signedInUser } from './auth.js';
import { publicView, draftView, campaignsView, mineView } from './views.js';

const KEYS = ['view', 'province', 'period', 'group', 'unit', 'campaign', 'lang', 'embed'];
const VIEWS = {
  public: { render: publicView, allowed: () => true },
  draft: { render: draftView, allowed: u => hasRole(u, 'reviewer', 'council', 'admin') },
  campaigns: { render: campaignsView, allowed: u => hasRole(u, 'reviewer', 'admin') },
  mine: { render: mineView, allowed: u => hasRole(u, 'reporter') },
};

let state = readState();
let user = null;
let renderCount = 0;

function hasRole(u, ...roles) {
  return !!u && roles.some(role => u.roles.includes(role));
}

function readState() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map(key => [key, params.get(key) || null]));
}

function writeUrl(replace) {
  const params = new URLSearchParams();
  KEYS.forEach(key => { if (state[key]) params.set(key, state[key]); });
  const url = `${location.pathname}${params.toString() ? '?' + params : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
  }
}

/** Changes part of the state; the address follows, and the view is drawn again unless told not to. */
function navigate(changes, { replace = false, render = true } = {}) {
  state = { ...state, ...changes };
  writeUrl(replace);
  if (render) draw();
}

function currentView() {
  const wanted = VIEWS[state.view] ? state.view : 'public';
  return VIEWS[wanted].allowed(user) ? wanted : 'public';
}

function drawTabs(active) {
  const tabs = document.getElementById('tabs');
  const available = Object.keys(VIEWS).filter(name => VIEWS[name].allowed(user));
  tabs.replaceChildren(...(available.length > 1 ? available : []).map(name => h('a', {
    href: `?view=${name}`, id: `tab-${name}`, class: name === active ? 'active' : null,
    'aria-current': name === active ? 'page' : null,
    onclick: event => { event.preventDefault(); navigate({ view: name, unit: null, campaign: null }); },
  }, t(`tab.${name}`))));
}

function drawUser() {
  document.getElementById('login').hidden = !!user || state.embed === '1';
  document.getElementById('logout').hidden = !user;
  document.getElementById('user').textContent = user ? `${user.name}${user.unit ? ' · ' + user.unit : user.province ? ' · ' + user.province : ''}` : '';
  document.querySelectorAll('[data-lang]').forEach(b => b.classList.toggle('active', b.dataset.lang === (state.lang ?? 'vi')));
}

async function draw() {
  const mine = ++renderCount;
  setLanguage(state.lang ?? 'vi');
  const view = currentView();
  drawTabs(view);
  drawUser();
  const root = document.getElementById('view');
  root.setAttribute('aria-busy', 'true');
  root.dataset.view = view;
  const stage = h('div', {}, message(t('loading')));
  root.replaceChildren(stage);
  try {
    await VIEWS[view].render(stage, state, navigate, user);
  } catch (error) {
    stage.replaceChildren(message(t('error.load', { status: error.status ?? error.message }), 'error'));
  }
  if (mine === renderCount) {
    root.removeAttribute('aria-busy');
    root.dataset.ready = String(mine);
  }
}

async function boot() {
  if (state.embed === '1') document.body.classList.add('embed');
  document.querySelectorAll('[data-lang]').forEach(button =>
    button.addEventListener('click', () => navigate({ lang: button.dataset.lang === 'vi' ? null : button.dataset.lang })));
  document.getElementById('login').addEventListener('click', () => login());
  document.getElementById('logout').addEventListener('click', () => logout());
  window.addEventListener('popstate', () => { state = readState(); draw(); });
  if (state.embed !== '1') {
    try {
      user = await startAuth();
    } catch {
      const notice = document.getElementById('notice');
      notice.textContent = t('error.signin');
      notice.hidden = false;
    }
  }
  await draw();
}

boot();
