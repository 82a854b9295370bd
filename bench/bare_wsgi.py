"""The ceiling: a WSGI app that returns the article's bytes, nothing else, under the same gunicorn config."""

import os
from pathlib import Path

BODY = Path(os.environ["BENCH_ARTICLE_FILE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
