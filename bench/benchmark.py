"""The benchmark behind `make bench` (run it through bench/run). See bench/README.md."""

import argparse
import json
import subprocess
import tempfile
import time

import psycopg
from common import DATABASE_NAME, DATABASE_SERVER, REDIS_URL, ROOT, Gunicorn, get, manage, say, script, wrk

TARGET_CACHED_FRACTION = 0.5
TARGET_P99_MS = 50
TARGET_UNCACHED_RATE = 300
TARGET_QUERIES = 10


def recreate_database():
    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def flush_redis():
    database = REDIS_URL.rsplit("/", 1)[-1]
    subprocess.run(["redis-cli", "-n", database, "flushdb"], check=True, capture_output=True)


def seed():
    started = time.monotonic()
    say(f"Recreating the database {DATABASE_NAME}, migrating and loading the demo content…")
    recreate_database()
    manage("migrate", "--noinput", capture=True)
    manage("load_demo", capture=True)
    manage("collectstatic", "--noinput", capture=True)
    small = json.loads(script("pages.py"))["queries"]
    say("Seeding 2,000 articles per language, 200 partners, 100,000 volunteers…")
    say(script("seed.py").rstrip())
    say(f"Seeded in {time.monotonic() - started:.0f} s.")
    return small


def measure(pages, seconds, session_cookie):
    """Each page as a visitor without a session (page cache hits) and with one (built every time)."""
    cached, uncached = {}, {}
    with Gunicorn(PAGE_CACHE_SECONDS=300):
        for name, url in pages.items():
            for _warm in range(3):
                get(url)
                get(url, headers={"Cookie": session_cookie})
            cached[name] = wrk(url, seconds)
            say(f"  cached {name}: {cached[name]['rate']:.0f} req/s")
            uncached[name] = wrk(url, seconds, cookie=session_cookie)
            say(f"  uncached (session cookie) {name}: {uncached[name]['rate']:.0f} req/s")
    return cached, uncached


def measure_bare(path, article_file, seconds):
    with Gunicorn(GUNICORN_APP="bench.bare_wsgi:application", BENCH_ARTICLE_FILE=article_file):
        return wrk(path, seconds)


def table(pages, queries_small, queries, queries_after_change, cached, uncached, bare):
    ceiling = bare["rate"]
    lines = [
        f"Ceiling: bare WSGI app returning the article's bytes: {ceiling:.0f} req/s, "
        f"p50 {bare['p50']:.2f} ms, p99 {bare['p99']:.2f} ms, errors {bare['errors']:.0f} "
        "(mean of one run before the pages and one after)",
        "",
        f"{'page':<11} {'mode':<9} {'req/s':>8} {'x bare':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
        f"{'queries: demo / large / after a change':>38}  target",
    ]
    for name in pages:
        for mode, result in (("cached", cached[name]), ("uncached", uncached[name])):
            if mode == "cached":
                ok = result["rate"] >= TARGET_CACHED_FRACTION * ceiling and result["p99"] < TARGET_P99_MS
                if name == "join":
                    ok = None  # never cached: it carries a fresh form token
            else:
                ok = result["rate"] >= TARGET_UNCACHED_RATE and queries[name] <= TARGET_QUERIES
            ok = ok and result["errors"] == 0 if ok is not None else None
            verdict = {True: "met", False: "MISSED", None: "n/a (never cached)"}[ok]
            query_text = (
                f"{queries_small.get(name, '?')} / {queries[name]} / {queries_after_change[name]}"
                if mode == "uncached"
                else ""
            )
            lines.append(
                f"{name:<11} {mode:<9} {result['rate']:>8.0f} {result['rate'] / ceiling:>7.2f} "
                f"{result['p50']:>7.2f} {result['p99']:>7.2f} {result['errors']:>6} {query_text:>38}  {verdict}"
            )
    lines.append("")
    lines.append(
        f"Targets: cached >= {TARGET_CACHED_FRACTION} x bare and p99 < {TARGET_P99_MS} ms; "
        f"uncached >= {TARGET_UNCACHED_RATE} req/s and <= {TARGET_QUERIES} queries; 0 errors.\n"
        "Uncached: a visitor with a session cookie (a real session in the database, nobody logged in), so the page\n"
        "cache is skipped and the session is read; what is kept per content generation is warm, as between two\n"
        "edits. Queries are counted with that cookie too. 'after a change': the first request after any edit."
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-seed", action="store_true", help="reuse the bench database as it is")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page (default 10)")
    args = parser.parse_args()

    if args.skip_seed:
        # The code may have new migrations since the database was seeded.
        manage("migrate", "--noinput", capture=True)
        manage("collectstatic", "--noinput", capture=True)
    queries_small = {} if args.skip_seed else seed()
    article_file = tempfile.NamedTemporaryFile(prefix="cv-bench-article-", suffix=".html", delete=False)
    session_cookie = script("visitor_session.py").strip()
    found = json.loads(script("pages.py", "--save-article", article_file.name, "--cookie", session_cookie))
    pages, queries, queries_after_change = found["pages"], found["queries"], found["queries_after_change"]
    say(f"Pages: {pages}")
    flush_redis()

    say("Measuring with wrk at 16 connections, gunicorn with 2 workers…")
    # The ceiling is measured before and after the pages and averaged, so a machine whose load drifts
    # during the run skews the fractions less.
    bare_before = measure_bare(pages["article"], article_file.name, args.seconds)
    cached, uncached = measure(pages, args.seconds, session_cookie)
    bare_after = measure_bare(pages["article"], article_file.name, args.seconds)
    bare = {key: (bare_before[key] + bare_after[key]) / 2 for key in bare_before}
    say(f"  bare WSGI app: {bare_before['rate']:.0f} req/s before, {bare_after['rate']:.0f} req/s after")
    flush_redis()
    print(table(pages, queries_small, queries, queries_after_change, cached, uncached, bare))
    (ROOT / "bench" / "last-run.json").write_text(
        json.dumps(
            {
                "pages": pages,
                "queries": queries,
                "queries_after_change": queries_after_change,
                "cached": cached,
                "uncached": uncached,
                "bare": bare,
            }
        )
    )


if __name__ == "__main__":
    main()
