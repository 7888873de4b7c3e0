"""Where the tests' Neo4j server is, and waiting until it answers.

`make test` (tools/run-tests.sh) starts a local server with `tools/neo4j/neo4j.sh start`
and exports its Bolt URI as TIANGRAPH_NEO4J_URI; the password is NEO4J_PASSWORD.
Plain functions, no fixtures: conftest.py decides what to do with them.
"""

from __future__ import annotations

import os
import time

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "tiangraph-test"  # the local test server's default (tools/neo4j/neo4j.sh)


def server_uri() -> str | None:
    """The Bolt URI of the tests' server from TIANGRAPH_NEO4J_URI, or None when unset or empty."""
    uri = os.environ.get("TIANGRAPH_NEO4J_URI", "").strip()
    return uri or None


def server_auth() -> tuple[str, str]:
    """(user, password) for the tests' server: NEO4J_USER / NEO4J_PASSWORD, else the local defaults."""
    user = os.environ.get("NEO4J_USER") or DEFAULT_USER
    password = os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD
    return user, password


def wait_for_bolt(
    uri: str,
    user: str = DEFAULT_USER,
    password: str = DEFAULT_PASSWORD,
    timeout: float = 60.0,
    *,
    interval: float = 0.5,
    auth_grace: float = 5.0,
) -> float:
    """Retry `verify_connectivity` until the server at `uri` accepts these credentials.

    Returns the seconds waited. Connection errors (nothing listening yet, server still
    starting) are retried until `timeout`; the last one is then raised. A wrong password
    is retried only for `auth_grace` seconds (a server on its first start may answer before
    its password is set) and then raised as the driver's `neo4j.exceptions.AuthError`.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired, TransientError

    start = time.monotonic()
    deadline = start + timeout
    first_auth_error: float | None = None
    while True:
        remaining = deadline - time.monotonic()
        try:
            with GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=max(0.5, min(5.0, remaining)),
                max_connection_lifetime=60,
            ) as driver:
                driver.verify_connectivity()
            return time.monotonic() - start
        except AuthError:
            now = time.monotonic()
            if first_auth_error is None:
                first_auth_error = now
            if now - first_auth_error >= auth_grace or now >= deadline:
                raise
        except (ServiceUnavailable, SessionExpired, TransientError, OSError) as exc:
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"Neo4j at {uri} did not answer within {timeout:g}s: {type(exc).__name__}: {exc}"
                ) from exc
        time.sleep(max(0.0, min(interval, deadline - time.monotonic())))
