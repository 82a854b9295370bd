"""Grow the demo site into a large one, fast: run after `migrate` and `load_demo` on the bench database.

2,000 news articles in each language, 200 partners (pages in each language and registry organisations),
100,000 volunteers with service records. Pages are written with computed tree paths and bulk inserts
(treebeard's materialised path), so no per-page save, revision or search indexing happens.

Usage: DJANGO_SETTINGS_MODULE=... python bench/seed.py
"""

import datetime
import json
import os
import random
import sys
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from home.models import PartnerIndexPage, PartnerPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from registry.models import Organisation, ServiceRecord, Volunteer  # noqa: E402

ARTICLES_PER_LANGUAGE = int(os.environ.get("BENCH_ARTICLES", 2000))
PARTNERS = int(os.environ.get("BENCH_PARTNERS", 200))
VOLUNTEERS = int(os.environ.get("BENCH_VOLUNTEERS", 100_000))
STEPLEN = Page.steplen
ALPHABET = Page.alphabet

PARAGRAPH = (
    "<p>Wolontariusze programu spotkali się z mieszkańcami, rozmawiali o bezpieczeństwie nad wodą "
    "i o tym, jak chronić się przed czadem. Spotkanie przygotowała komenda miejska policji.</p>"
)


def step(number):
    """The treebeard path segment of the number-th child (1-based)."""
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEPLEN, ALPHABET[0])


def bulk_children(parent, model, count, build, translation_keys):
    """Insert `count` live children of `parent`: base Page rows by bulk_create, then the subclass rows."""
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    last_child = parent.get_last_child()
    start = int(last_child.path[-STEPLEN:], len(ALPHABET)) if last_child else 0
    pages = []
    for index in range(count):
        title, slug = build["title"](index), build["slug"](index)
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                path=parent.path + step(start + index + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                content_type=content_type,
                locale_id=parent.locale_id,
                translation_key=translation_keys[index],
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=start + count)
    columns, rows = build["columns"], [build["row"](page, index) for index, page in enumerate(pages)]
    table = model._meta.db_table
    placeholders = ", ".join(["%s"] * (len(columns) + 1))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (page_ptr_id, {', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608
            [(page.pk, *row) for page, row in zip(pages, rows, strict=True)],
        )
    return pages


def in_each_language(page_model):
    """The page of this type in each locale, Polish first."""
    parents = {}
    for locale in Locale.objects.order_by("pk"):
        parent = page_model.objects.filter(locale=locale).first()
        if parent:
            parents[locale.language_code] = parent
    return parents


def seed_news():
    keys = [uuid.uuid4() for _ in range(ARTICLES_PER_LANGUAGE)]
    first_day = datetime.date(2016, 1, 1)
    body = json.dumps([{"type": "paragraph", "value": PARAGRAPH, "id": str(uuid.uuid4())}] * 3)
    for language, index_page in in_each_language(NewsIndexPage).items():
        word = "Wiadomość" if language == "pl" else "News story"
        build = {
            "title": lambda n, word=word: f"{word} {n + 1}",
            "slug": lambda n, language=language: f"bench-{language}-{n + 1}",
            "columns": ["date", "lead", "body", "listing_image_id"],
            "row": lambda page, n: (
                first_day + datetime.timedelta(days=n % 3650),
                "Wolontariusze pomagali mieszkańcom.",
                body,
                None,
            ),
        }
        bulk_children(index_page, NewsPage, ARTICLES_PER_LANGUAGE, build, keys)
        print(f"  news in {language}: {ARTICLES_PER_LANGUAGE}")


def seed_partners():
    keys = [uuid.uuid4() for _ in range(PARTNERS)]
    roles = [PartnerPage.Role.COOPERATING, PartnerPage.Role.SUPPORTER]
    for language, index_page in in_each_language(PartnerIndexPage).items():
        build = {
            "title": lambda n: f"Partner {n + 1}",
            "slug": lambda n, language=language: f"bench-partner-{language}-{n + 1}",
            "columns": ["role", "logo_id", "website", "description"],
            "row": lambda page, n: (roles[n % 2], None, f"https://partner{n + 1}.example.org/", "<p>Partner.</p>"),
        }
        bulk_children(index_page, PartnerPage, PARTNERS, build, keys)
        print(f"  partners in {language}: {PARTNERS}")


def seed_registry():
    organisations = Organisation.objects.bulk_create(
        [Organisation(name=f"Organizacja {n + 1}", kind=Organisation.Kind.NGO, city="Kielce") for n in range(PARTNERS)]
    )
    random.seed(6)
    statuses = [Volunteer.Status.ACTIVE] * 4 + [Volunteer.Status.APPLIED, Volunteer.Status.INACTIVE]
    batch = []
    for n in range(VOLUNTEERS):
        batch.append(
            Volunteer(
                first_name="Wolontariusz",
                last_name=f"Testowy {n}",
                email=f"bench{n}@example.org",
                status=random.choice(statuses),
                organisation=random.choice(organisations),
                source=Volunteer.Source.IMPORT,
            )
        )
        if len(batch) == 10_000:
            Volunteer.objects.bulk_create(batch)
            batch = []
    Volunteer.objects.bulk_create(batch)
    volunteer_ids = list(Volunteer.objects.values_list("pk", flat=True)[: VOLUNTEERS // 2])
    today = timezone.localdate()
    ServiceRecord.objects.bulk_create(
        [
            ServiceRecord(
                volunteer_id=volunteer_id,
                date=today - datetime.timedelta(days=random.randint(0, 700)),
                organisation=random.choice(organisations),
                hours=Decimal(random.randint(1, 8)),
            )
            for volunteer_id in volunteer_ids
        ],
        batch_size=10_000,
    )
    print(f"  organisations: {PARTNERS}, volunteers: {VOLUNTEERS}, service records: {len(volunteer_ids)}")


def main():
    with transaction.atomic():
        seed_news()
        seed_partners()
        seed_registry()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


if __name__ == "__main__":
    main()
