// Calls to the gateway's API. Signed-in calls carry the access token; public ones never do.
import { bearerToken } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function call(path, { method = 'GET', body, signedIn = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (signedIn) headers.Authorization = `Bearer ${await bearerToken()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

const q = params => new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();

export const publicApi = {
  provinces: () => call('/api/v1/public/provinces'),
  periods: province => call(`/api/v1/public/periods?${q({ province })}`),
  groups: (province, period) => call(`/api/v1/public/groups?${q({ province, period })}`),
  ranking: (province, period, group) => call(`/api/v1/public/rankings?${q({ province, period, group })}`),
  rankHistory: unit => call(`/api/v1/public/units/${encodeURIComponent(unit)}/rank-history`),
  exportUrl: (province, period, group, format) => `/api/v1/public/rankings/export?${q({ province, period, group, format })}`,
};

export const signedApi = {
  ranking: (province, period, group) => call(`/api/v1/rankings?${q({ province, period, group })}`, { signedIn: true }),
  campaigns: province => call(`/api/v1/campaigns?${q({ province })}`, { signedIn: true }),
  completeness: id => call(`/api/v1/campaigns/${encodeURIComponent(id)}/completeness`, { signedIn: true }),
  score: (unit, period) => call(`/api/v1/scores/${encodeURIComponent(unit)}/${encodeURIComponent(period)}`, { signedIn: true }),
  simulate: (unitCode, period, overrides) => call('/api/v1/scores/simulate',
    { method: 'POST', body: { unitCode, period, overrides }, signedIn: true }),
};

/** A list answer, whether it is a bare array or a page {items: [...]}. */
export function itemsOf(answer) {
  return Array.isArray(answer) ? answer : (answer?.items ?? []);
}
