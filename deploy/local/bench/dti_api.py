"""Small client of the DTI suite for the benchmark scripts: the gateway and Keycloak of deploy/local
(the same DTI_* port variables), standard library only."""
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

GATEWAY = f"http://localhost:{os.environ.get('DTI_GATEWAY_PORT', '8080')}"
KEYCLOAK = f"http://localhost:{os.environ.get('DTI_KEYCLOAK_PORT', '8180')}"


def token(user="admin"):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "dti-cli", "username": user,
                                   "password": user}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/dti/protocol/openid-connect/token", data) as answer:
        return json.load(answer)["access_token"]


class Api:
    def __init__(self, user="admin"):
        self.user = user
        self.bearer = token(user)
        self.fetched = time.monotonic()

    def call(self, method, path, body=None, content_type="application/json"):
        if time.monotonic() - self.fetched > 200:
            self.bearer, self.fetched = token(self.user), time.monotonic()
        data = None
        if body is not None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        request = urllib.request.Request(GATEWAY + path, data=data, method=method,
                                         headers={"Authorization": "Bearer " + self.bearer,
                                                  "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                text = answer.read()
                return answer.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as error:
            text = error.read()
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, text

    def ok(self, method, path, body=None, content_type="application/json", accept=(200, 201)):
        status, answer = self.call(method, path, body, content_type)
        if status == 503 and (method == "GET" or 409 in accept):
            # as a client should: a read, or a create whose repetition answers 409, is simply sent again
            time.sleep(0.5)
            status, answer = self.call(method, path, body, content_type)
        if status not in accept:
            raise RuntimeError(f"{method} {path} answered {status}: {str(answer)[:400]}")
        return answer


def free_year(api, province, start=2025):
    year = start
    while api.ok("GET", f"/api/v1/reports?province={province}&period={year}")["total"] > 0:
        year += 1
    return str(year)


def percentile(values, p):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[rank]
