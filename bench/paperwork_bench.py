"""Making certificates in bulk: time per document (numbering + content, and the PDF) and peak memory.

Creates the volunteers and their hours in a database of its own (SQLite file by default), issues one
certificate per volunteer through paperwork.issuing, renders each PDF with WeasyPrint, and prints the
median and 95th-percentile times and the process's peak resident memory after every tenth of the run:
flat figures mean nothing accumulates per document.

Usage: .venv/bin/python bench/paperwork_bench.py [--count 1000]
Environment: DATABASE_URL (default sqlite:////tmp/paperwork-bench.sqlite3, recreated on each run).
"""

import argparse
import datetime
import os
import resource
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DB = Path("/tmp/paperwork-bench.sqlite3")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{DEFAULT_DB}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")

import django  # noqa: E402


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_database():
    from django.core.management import call_command

    if os.environ["DATABASE_URL"] == f"sqlite:///{DEFAULT_DB}" and DEFAULT_DB.exists():
        DEFAULT_DB.unlink()
    call_command("migrate", verbosity=0)


def seed(count):
    from django.contrib.auth import get_user_model

    from registry.models import ServiceRecord, Volunteer
    from tests.registry.factories import AreaFactory, OrganisationFactory

    user = get_user_model().objects.create_user("bench-coordinator", first_name="Zofia", last_name="Żak")
    area = AreaFactory(name="Bezpieczeństwo nad wodą")
    organisation = OrganisationFactory(name="Komenda Miejska Policji w Kielcach")
    volunteers = Volunteer.objects.bulk_create(
        Volunteer(
            first_name="Łucja", last_name=f"Gąsiorowska {n}", email=f"bench{n}@example.org", preferred_language="pl"
        )
        for n in range(count)
    )
    ServiceRecord.objects.bulk_create(
        ServiceRecord(
            volunteer=volunteer,
            date=datetime.date(2026, 5, 1 + day),
            area=area,
            organisation=organisation,
            hours=Decimal("3.5"),
        )
        for volunteer in volunteers
        for day in range(3)
    )
    return user, volunteers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    django.setup()
    setup_database()
    from paperwork import issuing, pdf

    user, volunteers = seed(args.count)
    issue_times, render_times, sizes = [], [], []
    checkpoints = []
    step = max(1, args.count // 10)
    started = time.perf_counter()
    for index, volunteer in enumerate(volunteers, start=1):
        t0 = time.perf_counter()
        document = issuing.issue_certificate(volunteer, user)
        t1 = time.perf_counter()
        sizes.append(len(pdf.render_pdf(document)))
        t2 = time.perf_counter()
        issue_times.append(t1 - t0)
        render_times.append(t2 - t1)
        if index % step == 0:
            checkpoints.append((index, peak_rss_mib()))
    total = time.perf_counter() - started

    def ms(values, q):
        return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else values[0] * 1000

    print(f"paperwork bench: {args.count} certificates in {total:.1f} s ({total / args.count * 1000:.0f} ms each)")
    print(f"  issue (number, content, log): median {ms(issue_times, 50):.1f} ms, p95 {ms(issue_times, 95):.1f} ms")
    print(f"  PDF (WeasyPrint, PDF/UA-1):   median {ms(render_times, 50):.1f} ms, p95 {ms(render_times, 95):.1f} ms")
    print(f"  PDF size: median {statistics.median(sizes) / 1024:.1f} KiB")
    print("  peak resident memory after n documents: " + ", ".join(f"{n}: {rss:.0f} MiB" for n, rss in checkpoints))


if __name__ == "__main__":
    main()
