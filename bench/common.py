"""Shared by the benchmark and the fault script: the environment, gunicorn processes, wrk."""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("BENCH_PORT", 8110))
DATABASE_NAME = os.environ.get("BENCH_DATABASE", "cv_bench")
DATABASE_SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
BASE_URL = f"http://127.0.0.1:{PORT}"


def django_env(**overrides):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        DJANGO_SECRET_KEY="bench-only-secret-key-not-for-production-use-0123456789",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        WAGTAILADMIN_BASE_URL=BASE_URL,
        DJANGO_SECURE_SSL_REDIRECT="False",
        DATABASE_URL=f"{DATABASE_SERVER}/{DATABASE_NAME}",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="cvbench",
        PORT=str(PORT),
        HOST="127.0.0.1",
        WEB_CONCURRENCY="2",
        GUNICORN_ACCESSLOG="",
        GUNICORN_LOGLEVEL="warning",
        EMAIL_URL="dummymail://",
        PYTHONPATH=str(ROOT),
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args, env=None, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env or django_env(), check=True, capture_output=capture, text=True
    )


def script(name, *args, env=None):
    result = subprocess.run(
        [PYTHON, str(ROOT / "bench" / name), *args], cwd=ROOT, env=env or django_env(), capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(f"bench/{name} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def get(path, timeout=5.0, data=None, headers=None):
    """(status, body) of one request; (0, error) when the server does not answer."""
    request = urllib.request.Request(BASE_URL + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError) as error:
        return 0, str(error).encode()


class Gunicorn:
    """gunicorn with the repository's gunicorn.conf.py, in its own process group."""

    def __init__(self, **env_overrides):
        self.env = django_env(**env_overrides)
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "--config", str(ROOT / "gunicorn.conf.py")],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status, _body = get("/healthz", timeout=2)
            if status in (200, 503) and self.env.get("GUNICORN_APP", "").startswith("bench.bare"):
                return self
            if status == 200:
                return self
            if self.process.poll() is not None:
                raise SystemExit("gunicorn exited at start")
            time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not become healthy within 60 s")

    def worker_pids(self):
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __exit__(self, *exc):
        self.stop()


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(path, seconds, connections=16, threads=2, cookie=None):
    """Runs wrk against one path; returns rate, p50/p99 in ms and errors (non-2xx/3xx + socket errors).

    cookie: a Cookie header sent with every request (a visitor with a session).
    """
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, BASE_URL + path],
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        return float(match.group(1)) * UNITS[match.group(2)] if match else float("nan")

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, sockets.groups())) if sockets else 0)
    return {"rate": rate, "p50": latency(50), "p99": latency(99), "errors": errors, "requests": requests}


def say(message):
    print(message, file=sys.stderr, flush=True)
