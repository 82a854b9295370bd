"""Where an uncached page's SQL queries come from: one line per calling line of project code.

Usage (same environment as the benchmark, e.g. after `make bench`):
    DJANGO_SETTINGS_MODULE=website.settings.production DATABASE_URL=... REDIS_URL=... \\
        .venv/bin/python bench/explain.py /pl/aktualnosci/
"""

import sys
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

CALLERS = Counter()


def project_caller():
    """The innermost frame in our own code (not .venv, not this script)."""
    frames = [
        frame
        for frame in traceback.extract_stack()
        if frame.filename.startswith(str(ROOT)) and ".venv" not in frame.filename and "bench/" not in frame.filename
    ]
    if not frames:
        return "Django/Wagtail internals"
    frame = frames[-1]
    return f"{Path(frame.filename).relative_to(ROOT)}:{frame.lineno} {frame.name}"


def record(execute, sql, params, many, context):
    table = sql.split(" FROM ", 1)[1].split()[0].strip('"') if " FROM " in sql else sql.split()[0]
    CALLERS[f"{project_caller()}  [{table}]"] += 1
    return execute(sql, params, many, context)


def main(url):
    settings.PAGE_CACHE_SECONDS = 0
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.get(url, secure=True)
    with connection.execute_wrapper(record):
        response = client.get(url, secure=True)
    print(f"{url}: {response.status_code}, {sum(CALLERS.values())} queries, {len(response.content)} bytes")
    for caller, count in CALLERS.most_common():
        print(f"{count:>3}  {caller}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/pl/")
