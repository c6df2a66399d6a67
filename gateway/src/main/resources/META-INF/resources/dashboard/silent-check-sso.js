// keycloak-js reads the answer of a silent sign-in check from this page's address.
parent.postMessage(location.href, location.origin);
