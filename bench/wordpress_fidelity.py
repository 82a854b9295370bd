"""Does the WordPress import keep every character and every link? (issue 14's check, as a new user runs it)

For each export: a fresh SQLite database (a copy of one migrated with `load_demo`, as `make run` leaves it),
then `import_wordpress --dry-run`, the import, and the import again, each as its own `manage.py` process.
Then every page made and every redirect is opened with Django's test client and compared with the post's
own text, read here independently of the importer:

- the post's visible text: comments (Gutenberg's block markers) dropped, `[caption]`'s text kept, the code
  shortcodes' content kept as written, `[gallery]`/`[audio]`/`[video]`/`[playlist]`/`[embed]` left out, any
  other bracketed text kept as written (what WordPress does with shortcodes nobody registered), `<pre>` and
  `<code>` taken literally; scripts, styles, frames and forms left out (README "Moving from WordPress");
- missing characters: every word and punctuation mark of that text, as a multiset, must be on the page
  (its <main>: title, lead, body);
- bracketed expressions, code lines (each non-blank line of every <pre>, multi-line <code> and code
  shortcode, inside the page's <pre>) and captions must each be found whole;
- links: every link of the page's body to this site answers 200, or 301/302 to a 200; a link of the post
  to another imported post goes to that post's new page; every redirect made answers 301 to a page that
  answers 200;
- the dry run's figures equal the import's, and the second import reports every item unchanged.

Usage (from the repository root):
    .venv/bin/python bench/wordpress_fidelity.py [--template /tmp/wpv-template.sqlite3] EXPORT.xml ...
The SQLite template is made once (migrate + load_demo) when it does not exist. With `--postgres
postgres://…/cv_name` each export gets that PostgreSQL database instead, dropped, made anew, migrated and
given the demo content. Prints one table, and the losses of each export in detail (`--details N` lines each).
"""

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
IMPORT_OPTIONS = ["--pages", "--no-fetch", "--progress-every", "0"]

CORE_DROPPED_SHORTCODES = ("gallery", "audio", "video", "playlist", "embed")
INVISIBLE = (
    "script", "style", "iframe", "object", "embed", "applet", "form", "noscript", "template", "svg", "math",
    "canvas", "audio", "video", "select", "textarea", "button", "input", "head", "title", "map",
)  # fmt: skip
HOST = "127.0.0.1"  # not "localhost": an old site may have been on localhost (small-export.xml)
# Elements a browser shows apart from their neighbours; inline ones (<sub>, <b>, <a>) join the text around them.
BLOCKS = (
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "figure", "figcaption", "table", "tr", "td", "th", "section", "article", "header", "footer", "cite", "time",
    "hr", "br", "details", "summary", "address", "aside", "nav", "main",
)  # fmt: skip
TOKEN = re.compile(r"\w+|[^\w\s]")
BRACKETED = re.compile(r"\[[^\[\]\n]{1,120}\]")
# The report's figures by their place (the command speaks the site's language, Polish by default).
SUMMARY_LINES = (
    (r"^(?:Posts and pages|Wpisy i strony):", ("created", "updated", "unchanged", "recreated", "drafts")),
    (r"^(?:Skipped|Pominięte)", ("skipped",)),
    (r"^(?:Categories created|Utworzone kategorie):", ("categories", "redirects", "redirects_updated")),
)


# Running the import as a user would


def database_url(database):
    return database if "://" in database else f"sqlite:///{database}"


def manage(database, *args):
    env = {**os.environ, "DATABASE_URL": database_url(database), "DJANGO_SETTINGS_MODULE": "website.settings.dev"}
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)


def summary_of(output):
    figures = {}
    for pattern, names in SUMMARY_LINES:
        line = next((line for line in output.splitlines() if re.match(pattern, line)), "")
        numbers = [int(number) for number in re.findall(r"\d+", line)]
        figures.update({name: numbers[index] if index < len(numbers) else None for index, name in enumerate(names)})
    return figures


def make_template(template):
    if Path(template).exists():
        return
    for args in (("migrate", "--noinput"), ("load_demo",)):
        result = manage(template, *args)
        if result.returncode:
            sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-2000:]}")


def fresh_postgres(url):
    """An empty PostgreSQL database at `url`, migrated with the demo content."""
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    for args in (("migrate", "--noinput"), ("load_demo",)):
        result = manage(url, *args)
        if result.returncode:
            sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-2000:]}")


def run_export(export, number, template, postgres=None):
    if postgres:
        database = postgres
        fresh_postgres(postgres)
    else:
        database = f"/tmp/wpv-{number}-{Path(export).stem}.sqlite3"
        shutil.copyfile(template, database)
    runs = {}
    for name, extra in (("dry", ["--dry-run"]), ("import", []), ("again", [])):
        result = manage(database, "import_wordpress", str(export), *IMPORT_OPTIONS, *extra)
        runs[name] = {"code": result.returncode, "out": result.stdout, "err": result.stderr}
        if result.returncode:
            break
    row = {"export": Path(export).name, "database": database, "runs": runs}
    if runs["dry"]["code"]:
        row["refused"] = (runs["dry"]["err"].strip().splitlines() or ["?"])[-1][:160]
        return row
    dry, done, again = (summary_of(runs[name]["out"]) for name in ("dry", "import", "again"))
    row["dry_matches"] = {key: (dry[key], done[key]) for key in dry if dry[key] != done[key]}
    total = (done["created"] or 0) + (done["updated"] or 0) + (done["recreated"] or 0)
    keys = ("created", "updated", "recreated", "categories", "redirects", "redirects_updated")
    changed = {key: again[key] for key in keys if again[key]}
    if again["unchanged"] != total:
        changed["unchanged"] = f"{again['unchanged']} of {total}"
    row["rerun_changed"] = changed
    checked = subprocess.run(
        [PYTHON, __file__, "--check", str(export)],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url(database), "DJANGO_SETTINGS_MODULE": "website.settings.dev"},
        capture_output=True,
        text=True,
    )
    if checked.returncode:
        row["check_error"] = checked.stderr[-3000:]
        return row
    row.update(json.loads(checked.stdout.strip().splitlines()[-1]))
    return row


# Reading the post's text independently of the importer


def set_aside_verbatim(html, kept):
    """<pre> and <code> as written (their text only), kept aside so no shortcode inside is read."""

    def keep(match):
        kept.append(("pre" if match.group(1).lower() == "pre" else "code", match.group(0)))
        return f" \x00{len(kept) - 1}\x00 "

    return re.sub(r"<(pre|code)\b[^>]*>.*?</\1\s*>", keep, html, flags=re.IGNORECASE | re.DOTALL)


def shortcode_pattern(names):
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"\[({alternatives})(?![\w-])([^\]]*?)(?:/\]|\](?:(.*?)\[/\1\])?)",
        re.DOTALL,
    )


def source_parts(html, code_names):
    """The post's visible text, its code blocks (as written), captions, bracketed expressions and links."""
    from bs4 import BeautifulSoup

    html = re.sub(r"<!--.*?(-->|\Z)", "", html.replace("\r\n", "\n"), flags=re.DOTALL)
    kept, codes, captions = [], [], []
    html = set_aside_verbatim(html, kept)

    def code_shortcode(match):
        if match.group(3) is None:
            return match.group(0)
        body = match.group(3)
        if re.search(r"<br\s*/?>|</?p[\s>]", body, flags=re.IGNORECASE):  # the visual editor's markup
            body = re.sub(r"<br\s*/?>\n?", "\n", body, flags=re.IGNORECASE)
            body = re.sub(r"</p>\s*<p[^>]*>", "\n\n", body, flags=re.IGNORECASE)
            body = unescape(re.sub(r"<[^>]*>", "", body)).strip("\n")
        elif "<" not in body:
            body = unescape(body)
        kept.append(("shortcode", body))
        return f" \x00{len(kept) - 1}\x00 "

    html = re.sub(r"\[\[([^\[\]]+)\]\]", lambda match: f"\x01{match.group(1)}\x02", html)  # [[x]] prints [x]
    html = shortcode_pattern(code_names).sub(code_shortcode, html)

    def caption(match):
        attributes, inner = match.group(2), match.group(3) or ""
        named = re.search(r"""caption=(?:"([^"]*)"|'([^']*)')""", attributes)
        text = unescape(BeautifulSoup(named.group(1) or named.group(2), "html.parser").get_text(" ")) if named else ""
        if not text:
            text = BeautifulSoup(re.sub(r"<img\b[^>]*>", "", inner), "html.parser").get_text(" ")
        captions.append(" ".join(text.split()))
        return f"{inner} {text if named else ''} "

    html = shortcode_pattern(("caption", "wp_caption")).sub(caption, html)
    html = shortcode_pattern(CORE_DROPPED_SHORTCODES).sub(" ", html)
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(INVISIBLE):
        element.decompose()
    links = [
        (" ".join(link.get_text(" ").split()), link["href"].strip())
        for link in soup.find_all("a", href=True)
        if link.get_text(" ").strip() and not re.sub(r"\x00\d+\x00", "", link.get_text(" ")).isspace()
    ]
    for figcaption in soup.find_all("figcaption"):
        captions.append(" ".join(figcaption.get_text(" ").split()))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    text = text_of(soup)
    # Auto-embedded addresses (a URL alone on its line) are shown as a player or a link, not as text.
    text = re.sub(r"^\s*https?://\S+\s*$", " ", text, flags=re.MULTILINE)

    def restore(match):
        kind, markup = kept[int(match.group(1))]
        if kind == "shortcode":
            code = markup
        else:
            inner = BeautifulSoup(re.sub(r"<br\s*/?>", "\n", markup, flags=re.IGNORECASE), "html.parser")
            for element in inner.find_all(INVISIBLE):
                element.decompose()
            code = inner.get_text()
        if kind != "code" or len(code.strip().split("\n")) > 1:
            codes.append(code.removeprefix("\n").rstrip())
        return " " + code + " "

    text = re.sub("\x00(\\d+)\x00", restore, text)
    text = text.replace("\x01", "[").replace("\x02", "]")
    brackets = sorted(set(" ".join(match.split()) for match in BRACKETED.findall(text)))
    return text, codes, [caption for caption in captions if caption], brackets, links


# Checking the pages (inside Django)


def text_of(soup):
    """The text as a browser lays it out: block elements apart, inline ones joined to their neighbours."""
    buttons = [
        link
        for link in soup.find_all("a")
        if link.has_attr("download") or "button" in " ".join(link.get_attribute_list("class", []) or [])
    ]
    for element in [*soup.find_all(BLOCKS), *buttons]:  # a theme's CSS shows a button apart
        element.insert_before(" ")
        element.insert_after(" ")
    return soup.get_text("")


def normalise(text):
    return " ".join(text.replace("\xa0", " ").split())


def main_of(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("main") or soup
    for element in main.select(".article__footer, .visually-hidden, script, style"):
        element.decompose()
    return main


def on_old_site(url, export):
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host == (urlsplit(export.site_url).hostname or "").removeprefix("www.")


def open_link(client, href, cache, final_url=False):
    """200, or 301/302 to a 200: the final status (or address), following at most 5 steps."""
    if urlsplit(href).netloc not in ("", HOST):
        return None
    if (href, final_url) in cache:
        return cache[(href, final_url)]
    status, url = None, href
    for _step in range(5):
        response = client.get(url)
        status = response.status_code
        if status in (301, 302) and response.get("Location"):
            url = response["Location"]
            if urlsplit(url).netloc not in ("", HOST):
                status = "off-site"
                break
            continue
        break
    cache[(href, final_url)] = urlsplit(url).path if final_url and status == 200 else status
    return cache[(href, final_url)]


def check(export_path):
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page

    from wordpress_import import wxr
    from wordpress_import.importer import old_paths
    from wordpress_import.models import ImportedPost
    from wordpress_import.shortcodes import CODE_SHORTCODES

    export = wxr.parse(export_path)
    client = Client(HTTP_HOST=HOST)
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    public = Client(HTTP_HOST=HOST)
    records = {record.wp_id: record for record in ImportedPost.objects.filter(source=export.source)}
    first_items = {}
    for item in export.items:
        first_items.setdefault(item.wp_id, item)
    new_url_of_old = {}
    for record in records.values():
        if record.page_id and record.page.live:
            for path in old_paths(first_items[record.wp_id], export.site_url):
                new_url_of_old[path] = record.page.url
    result = Counter()
    details, link_cache = [], {}
    for wp_id, record in records.items():
        item = first_items[wp_id]
        page = record.page
        if page is None:
            details.append(f"#{wp_id}: no page")
            result["missing pages"] += 1
            continue
        page = page.specific
        if page.live:
            response = public.get(page.url)
            kind = "posts" if item.post_type == "post" else "pages"
        else:
            response = client.get(f"/admin/pages/{page.pk}/view_draft/")
            kind = "drafts"
        result[kind] += 1
        if response.status_code != 200:
            details.append(f"#{wp_id}: page answers {response.status_code}")
            result["pages not 200"] += 1
            continue
        main = main_of(response.content.decode())
        shown = normalise(text_of(copy.copy(main)))
        code_shown = "\n".join(pre.get_text() for pre in main.find_all("pre"))
        code_lines = {line.strip() for line in code_shown.split("\n")}
        code_shown = "\n".join(line.rstrip() for line in code_shown.split("\n"))
        text, codes, captions, brackets, links = source_parts(item.content, CODE_SHORTCODES)
        text = f"{item.title} {text}"
        missing = Counter(TOKEN.findall(text)) - Counter(TOKEN.findall(shown))
        if missing:
            result["missing characters"] += sum(missing.values())
            result["posts with missing characters"] += 1
            details.append(f"#{wp_id} missing {dict(missing.most_common(12))}")
        for bracket in brackets:
            if bracket not in shown:
                result["lost brackets"] += 1
                details.append(f"#{wp_id} lost bracketed {bracket!r}")
        for code in codes:
            for line in (line.strip() for line in code.split("\n")):
                if line and line not in code_lines and not any(line in shown_line for shown_line in code_lines):
                    result["lost code lines"] += 1
                    details.append(f"#{wp_id} lost code line {line[:80]!r}")
            whole = "\n".join(line.rstrip() for line in code.split("\n"))
            if "\n" in whole and whole not in code_shown:
                result["code blocks not as written"] += 1
                details.append(f"#{wp_id} code not as written (spaces, blank lines): {whole[:60]!r}")
        for caption in captions:
            if normalise(caption) not in shown:
                result["lost captions"] += 1
                details.append(f"#{wp_id} lost caption {caption[:80]!r}")
        shown_links = {}
        for link in main.find_all("a", href=True):
            shown_links.setdefault(" ".join(link.get_text(" ").split()), []).append(urljoin(page.url, link["href"]))
        for label, href in links:
            target = urljoin(item.link or export.site_url, href)
            if href.startswith("#") or urlsplit(target).scheme not in ("http", "https", "mailto"):
                continue
            result["links in the post"] += 1
            if label not in shown_links:
                # Joined to the link beside it (same address) or moved into a source link: found by its address.
                joined = [shown for text, hrefs in shown_links.items() if label in text for shown in hrefs]
                if not any(shown.split("#")[0] == target.split("#")[0] for shown in joined):
                    result["lost links"] += 1
                    details.append(f"#{wp_id} lost link {label[:40]!r} -> {href}")
                continue
            new_url = new_url_of_old.get(Redirect.normalise_path(target)) if on_old_site(target, export) else None
            if new_url and not any(
                urlsplit(shown).path == new_url or open_link(public, shown, link_cache, final_url=True) == new_url
                for shown in shown_links[label]
            ):
                result["links not to the new page"] += 1
                details.append(f"#{wp_id} link {label[:40]!r} ({href}) does not lead to {new_url}")
        body = main.select_one(".page-body") or main
        for link in body.find_all("a", href=True):
            href = urljoin(page.url, link["href"])
            parts = urlsplit(href)
            if parts.scheme in ("http", "https") and parts.netloc != HOST:
                result["links off-site"] += 1
                continue
            if parts.scheme == "mailto":
                continue
            result["links on this site"] += 1
            status = open_link(client if not page.live else public, href, link_cache)
            if status != 200:
                result["broken links"] += 1
                details.append(f"#{wp_id} link {href} answers {status}")
    for redirect in Redirect.objects.filter(redirect_page__isnull=False):
        record = next((r for r in records.values() if r.page_id == redirect.redirect_page_id), None)
        if record is None:
            continue
        result["redirects"] += 1
        response = public.get(redirect.old_path)
        if response.status_code != 301 or open_link(public, response["Location"], link_cache) != 200:
            result["broken redirects"] += 1
            details.append(f"redirect {redirect.old_path} answers {response.status_code}")
    result["pages total"] = Page.objects.count()
    print(json.dumps({"figures": dict(result), "details": details}))


# The table


def row_losses(row):
    figures = row.get("figures", {})
    keys = (
        "missing characters",
        "lost brackets",
        "lost code lines",
        "lost captions",
        "broken links",
        "broken redirects",
        "lost links",
        "links not to the new page",
        "code blocks not as written",
        "pages not 200",
        "missing pages",
    )
    return {key: figures[key] for key in keys if figures.get(key)}


def print_table(rows, details):
    header = f"{'export':32} {'posts':>5} {'pages':>5} {'drafts':>6} {'redir':>5} {'links':>5}"
    header += "  dry=import  rerun  losses"
    print(header)
    print("-" * len(header))
    for row in rows:
        if "refused" in row:
            print(f"{row['export']:32} refused cleanly: {row['refused']}")
            continue
        if "check_error" in row:
            print(f"{row['export']:32} CHECK FAILED: {row['check_error'][-300:]}")
            continue
        figures = row["figures"]
        losses = row_losses(row)
        print(
            f"{row['export']:32} {figures.get('posts', 0):5} {figures.get('pages', 0):5} {figures.get('drafts', 0):6}"
            f" {figures.get('redirects', 0):5} {figures.get('links on this site', 0):5}"
            f"  {'yes' if not row['dry_matches'] else row['dry_matches']!s:10}"
            f" {'nothing' if not row['rerun_changed'] else row['rerun_changed']!s:6}"
            f"  {json.dumps(losses, ensure_ascii=False) if losses else 'none'}"
        )
    for row in rows:
        if row.get("details") and details:
            print(f"\n{row['export']}:")
            for line in row["details"][:details]:
                print(f"  {line}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("exports", nargs="+")
    parser.add_argument("--template", default="/tmp/wpv-template.sqlite3")
    parser.add_argument("--postgres", help="a PostgreSQL URL to use (dropped and made anew for each export)")
    parser.add_argument("--check", action="store_true", help="(internal) check the current DATABASE_URL")
    parser.add_argument("--details", type=int, default=15)
    parser.add_argument("--json", help="also write the rows here")
    args = parser.parse_args()
    if args.check:
        check(args.exports[0])
        return
    if not args.postgres:
        make_template(args.template)
    rows = [
        run_export(export, number, args.template, args.postgres) for number, export in enumerate(args.exports, start=1)
    ]
    print_table(rows, args.details)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
