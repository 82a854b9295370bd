"""Search quality on both databases: recall@10 and mean reciprocal rank over bench/search/queries.py.

For SQLite (a fresh file) and PostgreSQL (database cv_search_bench, recreated): migrate, load the demo
content, import bench/search/posts.py as WordPress exports (one Polish, one English), then ask every query
through the search page a visitor uses and check the pages it must find (first ten) and must not put first.

Usage: .venv/bin/python bench/search_quality.py [--sqlite-only] [--dump FOLDER]
    --dump: also write each query's first ten titles per database to FOLDER/<database>.json, to compare
    databases or two versions of the engine (`diff`).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import PYTHON  # noqa: E402
from search.posts import ENGLISH, POLISH  # noqa: E402

PG_SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
PG_DATABASE = os.environ.get("BENCH_SEARCH_DATABASE", "cv_search_bench")


def export(posts, language, first_id):
    items = []
    for number, (title, day, paragraphs) in enumerate(posts, start=first_id):
        content = "\n\n".join(paragraphs)
        items.append(
            f"""<item><title>{escape(title)}</title><link>http://stary.example.org/?p={number}</link>
<pubDate>{day}</pubDate><content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{number}</wp:post_id>
<wp:post_date><![CDATA[{day} 10:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[{day} 08:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[wpis-{number}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type></item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Stary serwis</title>
<link>http://stary.example.org</link><language>{language}</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>http://stary.example.org</wp:base_site_url><wp:base_blog_url>http://stary.example.org</wp:base_blog_url>
{"".join(items)}</channel></rss>"""


MEASURE = r"""
import json, re, sys
import django
django.setup()
from django.test import Client
from django.urls import reverse
from django.utils import translation
sys.path.insert(0, "bench")
from search.queries import ENGLISH, POLISH

client = Client()
dump = {}
for language, queries in (("pl", POLISH), ("en", ENGLISH)):
    with translation.override(language):
        url = reverse("search")
    found = total = 0
    reciprocal = []
    failures = []
    for query, must, not_first in queries:
        html = client.get(url, {"q": query}, HTTP_HOST="localhost").content.decode()
        titles = re.findall(r'class="search-results__link" href="[^"]+">([^<]+)</a>', html)[:10]
        import html as h
        titles = [h.unescape(t) for t in titles]
        dump[f"{language} {query}"] = titles
        ranks = [next((i for i, t in enumerate(titles) if fragment in t), None) for fragment in must]
        found += sum(rank is not None for rank in ranks)
        total += len(must)
        hit_ranks = [rank for rank in ranks if rank is not None]
        reciprocal.append(1 / (min(hit_ranks) + 1) if hit_ranks else 0.0)
        missing = [fragment for fragment, rank in zip(must, ranks) if rank is None]
        wrong_first = titles and any(fragment in titles[0] for fragment in not_first)
        if missing or wrong_first:
            failures.append(f"    {query!r}: missing {missing}{' / wrong first: ' + titles[0] if wrong_first else ''}")
    print(f"{language}: {len(queries)} queries, recall@10 {found / total:.3f} ({found}/{total}), "
          f"MRR {sum(reciprocal) / len(reciprocal):.3f}")
    for line in failures:
        print(line)
print("DUMP " + json.dumps(dump, ensure_ascii=False))
"""


def run(label, env, dump=None):
    def manage(*args):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)

    manage("migrate", "--noinput")
    manage("load_demo")
    with tempfile.TemporaryDirectory() as folder:
        for name, posts, language, first in (("pl.xml", POLISH, "pl-PL", 1000), ("en.xml", ENGLISH, "en-GB", 2000)):
            path = Path(folder) / name
            path.write_text(export(posts, language, first), encoding="utf-8")
            manage("import_wordpress", str(path), "--no-fetch", "--locale", language[:2])
    result = subprocess.run([PYTHON, "-c", MEASURE], cwd=ROOT, env=env, capture_output=True, text=True)
    print(f"== {label}")
    lines = result.stdout.strip().splitlines()
    print("\n".join(line for line in lines if not line.startswith("DUMP ")) or result.stderr[-3000:])
    if dump:
        titles = json.loads(next(line for line in lines if line.startswith("DUMP "))[5:])
        Path(dump).mkdir(parents=True, exist_ok=True)
        Path(dump, f"{label}.json").write_text(json.dumps(titles, ensure_ascii=False, indent=1), encoding="utf-8")


def main():
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    base = dict(os.environ, DJANGO_SETTINGS_MODULE="website.settings.dev", PAGE_CACHE_SECONDS="0")
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", dict(base, DATABASE_URL=f"sqlite:///{folder}/search.sqlite3", CACHE_DIR=f"{folder}/cache"), dump)
    if "--sqlite-only" in sys.argv:
        return
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {PG_DATABASE}")
    with tempfile.TemporaryDirectory() as folder:
        run("PostgreSQL", dict(base, DATABASE_URL=f"{PG_SERVER}/{PG_DATABASE}", CACHE_DIR=f"{folder}/cache"), dump)


if __name__ == "__main__":
    main()
