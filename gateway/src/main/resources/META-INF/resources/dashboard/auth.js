// Sign-in with the realm's public client: authorization code + PKCE through keycloak-js.
// The gateway's /dashboard/config.json says where the realm is, so any port works.
let keycloak = null;
const SIGNED_IN = 'dti.signedIn';

export async function startAuth() {
  const settings = await (await fetch('/dashboard/config.json')).json();
  keycloak = new window.Keycloak({ url: settings.url, realm: settings.realm, clientId: settings.clientId });
  const returning = location.hash.includes('state=') || sessionStorage.getItem(SIGNED_IN) === '1';
  await keycloak.init({
    pkceMethod: 'S256',
    checkLoginIframe: false,
    onLoad: returning ? 'check-sso' : undefined,
    silentCheckSsoRedirectUri: `${location.origin}/silent-check-sso.html`,
  });
  sessionStorage.setItem(SIGNED_IN, keycloak.authenticated ? '1' : '0');
  return user();
}

/** Who is signed in: roles, unit and province claims; null when nobody is. */
export function user() {
  if (!keycloak?.authenticated) return null;
  const token = keycloak.tokenParsed;
  return {
    name: token.preferred_username,
    roles: token.realm_access?.roles ?? [],
    unit: token.unit ?? null,
    province: token.province ?? null,
  };
}

export function login() {
  sessionStorage.setItem(SIGNED_IN, '1');
  return keycloak.login({ redirectUri: location.href, locale: document.documentElement.lang });
}

export function logout() {
  sessionStorage.setItem(SIGNED_IN, '0');
  const url = new URL(location.href);
  url.searchParams.delete('view');
  return keycloak.logout({ redirectUri: url.toString() });
}

export async function bearerToken() {
  await keycloak.updateToken(30);
  return keycloak.token;
}
