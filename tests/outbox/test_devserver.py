"""`make run`: a worker and beat beside the server where Redis answers, tasks in-process where it does not."""

import os
import subprocess
import sys
from pathlib import Path

from outbox.management.commands.devserver import plan

ROOT = Path(__file__).resolve().parents[2]


def test_with_redis_it_starts_the_server_a_worker_and_beat_on_that_broker():
    chosen = plan("127.0.0.1:8123", {"REDIS_URL": "redis://cache:6379/2"}, answers=lambda url: True)
    assert chosen.with_queue
    assert [command[-2:] for command in chosen.commands][0] == ["runserver", "127.0.0.1:8123"]
    assert any("worker" in command for command in chosen.commands)
    assert any("beat" in command for command in chosen.commands)
    assert chosen.env["CELERY_BROKER_URL"] == "redis://cache:6379/2"
    assert chosen.env["CELERY_TASK_ALWAYS_EAGER"] == "false"


def test_without_redis_tasks_run_in_the_server_and_it_says_so():
    chosen = plan("127.0.0.1:8123", {}, answers=lambda url: False)
    assert not chosen.with_queue
    assert len(chosen.commands) == 1
    assert chosen.env["CELERY_TASK_ALWAYS_EAGER"] == "true"
    assert "No Redis" in chosen.message


def test_make_run_gives_the_server_its_port_for_links_in_emails():
    command = ["make", "--no-print-directory", "-n", "run", "PORT=8123"]
    # Run as a top-level make even when the suite itself runs under `make test` (.ci/run).
    env = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    dry_run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603,S607
    last = dry_run.strip().splitlines()[-1]
    assert "WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:8123}" in last
    assert "devserver 127.0.0.1:8123" in last


def settings_seen_by_make_run(**environ):
    """The development settings as `make run` loads them, with the given environment."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("EMAIL_", "DJANGO_"))}
    script = (
        "import website.settings.dev as s; "
        "print(s.EMAIL_BACKEND, getattr(s, 'EMAIL_HOST', '-'), getattr(s, 'EMAIL_PORT', '-'))"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env={**env, **environ}, capture_output=True, text=True, check=True
    ).stdout.split()


def test_make_run_sends_through_the_mail_server_in_email_url_when_it_is_set():
    """A mail server that refuses (#15's check) can be tried from a fresh clone: EMAIL_URL=smtp://… make run."""
    assert settings_seen_by_make_run(EMAIL_URL="smtp://127.0.0.1:2526") == [
        "django.core.mail.backends.smtp.EmailBackend",
        "127.0.0.1",
        "2526",
    ]
    assert settings_seen_by_make_run()[0] == "django.core.mail.backends.console.EmailBackend"
