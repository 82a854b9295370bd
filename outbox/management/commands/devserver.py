"""`make run`: the development server, plus a Celery worker and celery beat where Redis answers.

One process tree: Ctrl-C (or any one process ending) stops them all. Without Redis, tasks run inside the
server's process at once (CELERY_TASK_ALWAYS_EAGER) and scheduled jobs wait for their commands to be run.
"""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

import redis
from django.core.management.base import BaseCommand

DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/0"


def broker_url(environ):
    return environ.get("CELERY_BROKER_URL") or environ.get("REDIS_URL") or DEFAULT_BROKER_URL


def redis_answers(url):
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5).ping())
    except (redis.RedisError, ValueError):
        return False


@dataclass
class Plan:
    with_queue: bool
    message: str
    env: dict
    commands: list = field(default_factory=list)


def plan(addrport, environ, answers=redis_answers):
    """What to start and with which environment, decided by whether the broker answers."""
    url = broker_url(environ)
    python = sys.executable
    server = [python, "manage.py", "runserver", addrport]
    if answers(url):
        env = {**environ, "CELERY_BROKER_URL": url, "CELERY_TASK_ALWAYS_EAGER": "false"}
        celery = [python, "-m", "celery", "-A", "website"]
        return Plan(
            True,
            f"Redis answers at {url}: starting a Celery worker and celery beat beside the server.",
            env,
            [server, [*celery, "worker", "--loglevel=INFO", "--concurrency=2"], [*celery, "beat", "--loglevel=INFO"]],
        )
    env = {**environ, "CELERY_BROKER_URL": "", "CELERY_TASK_ALWAYS_EAGER": "true"}
    return Plan(
        False,
        f"No Redis at {url}: tasks (e-mails) run inside the server at once; scheduled jobs do not run "
        "(run their management commands by hand, or start Redis and `make run` again).",
        env,
        [server],
    )


class Command(BaseCommand):
    help = "Run the development server, with a Celery worker and beat when Redis answers."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        chosen = plan(addrport, dict(os.environ))
        self.stdout.write(chosen.message)
        # Ctrl-C and SIGTERM both end the loop below; the children are stopped in `finally`.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, raise_interrupt)
        # Each child leads its own process group, so stopping it also stops what it started (the
        # autoreloader's server, the worker's pool).
        processes = [
            subprocess.Popen(command, env=chosen.env, start_new_session=True)  # noqa: S603
            for command in chosen.commands
        ]
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            stop(processes)


def raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def stop(processes, grace=10):
    """SIGTERM to every child's process group (a worker's warm shutdown), SIGKILL to what outlives the grace."""
    for process in processes:
        signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for process in processes:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            signal_group(process, signal.SIGKILL)
            process.wait()
    for process in processes:
        signal_group(process, signal.SIGKILL)


def signal_group(process, signum):
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass
