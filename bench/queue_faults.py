"""Fault drill for the task queue: a worker killed mid-send and the broker stopped for 30 s while 100
applications arrive; afterwards every confirmation must have been sent exactly once (counted in the outbox
and at the SMTP sink), none lost.

Usage: .venv/bin/python bench/queue_faults.py [--applications 100] [--outage 30]
Runs its own redis-server on BENCH_FAULT_REDIS_PORT (6391), so stopping it disturbs nobody else; the database
is BENCH_MAIL_DATABASE (cv_bench_mail, migrated, its outbox emptied); the sink answers slowly (50 ms per
message) so the kill lands mid-send. Two workers and beat run with production settings.
"""

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DATABASE_SERVER, PYTHON, ROOT, django_env, manage, say  # noqa: E402

DATABASE = os.environ.get("BENCH_MAIL_DATABASE", "cv_bench_mail")
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", 8126))
REDIS_PORT = int(os.environ.get("BENCH_FAULT_REDIS_PORT", 6391))
BROKER_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"


class SlowSink:
    def __init__(self):
        self.received = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        await asyncio.sleep(0.05)
        with self.lock:
            self.received.update(envelope.rcpt_tos)
        return "250 OK"


def start_redis():
    return subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )


def ensure_database():
    import psycopg

    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{DATABASE}"')


def celery(env, *args):
    return subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "celery", "-A", "website", *args, "--loglevel=WARNING"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )


def stop(process, signum=signal.SIGTERM):
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        return
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=100)
    parser.add_argument("--outage", type=int, default=30, help="seconds the broker is down")
    options = parser.parse_args()

    env = django_env(
        DATABASE_URL=f"{DATABASE_SERVER}/{DATABASE}",
        REDIS_URL=BROKER_URL,
        CELERY_BROKER_URL=BROKER_URL,
        EMAIL_URL=f"smtp://127.0.0.1:{SMTP_PORT}",
        CELERY_BEAT_SCHEDULE_FILENAME="/tmp/cv-bench-queue-faults-beat",  # noqa: S108
    )
    ensure_database()
    say("migrating")
    manage("migrate", "--noinput", "-v0", env=env)
    os.environ.update(env)
    import django

    django.setup()
    from aiosmtpd.controller import Controller
    from django.db import transaction

    from outbox import queue_email
    from outbox.models import Email

    Email.objects.all().delete()
    redis_server = start_redis()
    time.sleep(1)
    sink = SlowSink()
    controller = Controller(sink, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    workers = [celery(env, "worker", "--concurrency=1", "-n", f"fault{index}@%h") for index in range(2)]
    beat = celery(env, "beat")
    time.sleep(8)

    def apply(index):
        # An application: the record's e-mail written in its transaction, dispatched after commit.
        with transaction.atomic():
            queue_email(key=f"fault:{index}", kind="join.confirmation", to=f"app{index}@example.org",
                        subject="Twoje zgłoszenie", text="Dzień dobry,\n\nDziękujemy.")  # fmt: skip

    start = time.monotonic()
    spacing = (options.outage + 20) / options.applications
    events = []
    try:
        for index in range(options.applications):
            elapsed = time.monotonic() - start
            if not events and elapsed >= 5:
                os.killpg(workers[0].pid, signal.SIGKILL)  # mid-send: the sink holds each message 50 ms
                workers[0].wait()
                workers[0] = celery(env, "worker", "--concurrency=1", "-n", "fault-replacement@%h")
                events.append(f"{elapsed:.0f}s worker killed (SIGKILL) and replaced")
            if len(events) == 1 and elapsed >= 10:
                stop(redis_server, signal.SIGKILL)
                down_at = time.monotonic()
                events.append(f"{elapsed:.0f}s Redis stopped")
            if len(events) == 2 and time.monotonic() - down_at >= options.outage:
                redis_server = start_redis()
                events.append(f"{time.monotonic() - start:.0f}s Redis started again (empty: queued tasks lost)")
            apply(index)
            time.sleep(spacing)
        if len(events) == 2:
            time.sleep(max(0, options.outage - (time.monotonic() - down_at)))
            redis_server = start_redis()
            events.append(f"{time.monotonic() - start:.0f}s Redis started again (empty: queued tasks lost)")
        say("applications in; waiting for every confirmation (the sweep runs every minute)")
        deadline = time.monotonic() + 15 * 60
        while Email.objects.filter(state=Email.State.SENT).count() < options.applications:
            if time.monotonic() > deadline:
                break
            time.sleep(1)
        time.sleep(5)  # anything sent twice would arrive now
        finished = time.monotonic() - start
    finally:
        for process in [*workers, beat]:
            stop(process)
        controller.stop()
        stop(redis_server)

    sent = Email.objects.filter(state=Email.State.SENT).count()
    counts = Counter(sink.received[f"app{index}@example.org"] for index in range(options.applications))
    for event in events:
        print(event)
    print(f"applications: {options.applications}  outbox rows: {Email.objects.count()}  marked sent: {sent}")
    print(f"at the sink: received once {counts[1]}, twice or more {sum(n for c, n in counts.items() if c > 1)}, "
          f"never {counts[0]}  (all done after {finished:.0f} s)")  # fmt: skip
    ok = sent == options.applications and counts[1] == options.applications
    print("every confirmation exactly once: " + ("yes" if ok else "NO"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
