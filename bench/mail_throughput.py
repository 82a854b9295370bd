"""Throughput of the outbox's mail task: N e-mails through real Celery workers on Redis to a local SMTP sink.

Usage: .venv/bin/python bench/mail_throughput.py [--messages 1000] [--workers 1]
Needs PostgreSQL and Redis on 127.0.0.1. Recreates the database BENCH_MAIL_DATABASE (cv_bench_mail),
runs an aiosmtpd sink on BENCH_SMTP_PORT (8125) and the workers with production settings
(EMAIL_URL pointing at the sink, broker BENCH_BROKER_URL). Prints messages/s overall and per worker.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DATABASE_SERVER, PYTHON, ROOT, django_env, manage, say  # noqa: E402

DATABASE = os.environ.get("BENCH_MAIL_DATABASE", "cv_bench_mail")
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", 8125))
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/13")


class CountingSink:
    """aiosmtpd handler that accepts every message and counts it."""

    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        with self.lock:
            self.count += 1
        return "250 OK"


def recreate_database():
    import psycopg

    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (each --concurrency=1)")
    options = parser.parse_args()

    env = django_env(
        DATABASE_URL=f"{DATABASE_SERVER}/{DATABASE}",
        REDIS_URL=BROKER_URL,
        CELERY_BROKER_URL=BROKER_URL,
        EMAIL_URL=f"smtp://127.0.0.1:{SMTP_PORT}",
    )
    say(f"recreating {DATABASE} and migrating")
    recreate_database()
    manage("migrate", "--noinput", "-v0", env=env)
    os.environ.update(env)

    import django

    django.setup()
    import redis
    from aiosmtpd.controller import Controller

    from outbox.models import Email
    from outbox.tasks import deliver

    redis.Redis.from_url(BROKER_URL).flushdb()
    sink = CountingSink()
    controller = Controller(sink, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    workers = [
        subprocess.Popen(  # noqa: S603
            [
                PYTHON,
                "-m",
                "celery",
                "-A",
                "website",
                "worker",
                "--concurrency=1",
                "--loglevel=WARNING",
                "-n",
                f"bench{index}@%h",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        for index in range(options.workers)
    ]
    try:
        rows = Email.objects.bulk_create(
            Email(
                key=f"bench:{index}",
                kind="bench",
                to=f"sink{index}@example.org",
                from_email="Bench <b@example.org>",
                subject="Bench",
                body_text="Dzień dobry,\n\nTreść.\n",
                body_html="<p>Dzień dobry,</p>",
            )
            for index in range(options.messages)
        )
        time.sleep(5)  # the workers' start-up is not measured
        say(f"{options.messages} e-mails to {options.workers} worker(s)")
        start = time.monotonic()
        for row in rows:
            deliver.delay(row.pk)
        while Email.objects.filter(state=Email.State.SENT).count() < options.messages:
            if time.monotonic() - start > 1800:
                raise SystemExit("timed out")
            time.sleep(0.2)
        elapsed = time.monotonic() - start
    finally:
        for worker in workers:
            os.killpg(worker.pid, 15)
        for worker in workers:
            worker.wait(30)
        controller.stop()
    rate = options.messages / elapsed
    print(f"messages: {options.messages}  workers: {options.workers}  seconds: {elapsed:.1f}")
    print(f"messages/s: {rate:.1f}  per worker: {rate / options.workers:.1f}  received by the sink: {sink.count}")
    print(f"sent twice: {sink.count - options.messages}")


if __name__ == "__main__":
    main()
