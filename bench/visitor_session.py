"""Prints `name=key` of a fresh session belonging to nobody logged in, stored the way production stores sessions.

A visitor who carries a session cookie (an editor who signed out, someone who opened the admin's sign-in
page) is never served from the page cache: every page is built, and the session is read. The benchmark
sends this cookie to measure pages built without the page cache the way such a visitor arrives.
"""

import sys
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402


def main():
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    # Something a visitor's session may hold, and no user: the visitor is not logged in.
    session["bench_visitor"] = True
    session.save()
    print(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")


if __name__ == "__main__":
    main()
