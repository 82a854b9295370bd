"""gunicorn settings for every environment; each value can be changed from the environment.

https://docs.gunicorn.org/en/stable/settings.html
"""

import os

wsgi_app = os.environ.get("GUNICORN_APP", "website.wsgi:application")
bind = os.environ.get("GUNICORN_BIND", f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}")  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Heartbeat files in memory: a slow disk must not make the arbiter think a worker hung.
worker_tmp_dir = "/dev/shm"  # noqa: S108
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM a worker finishes the requests it holds before leaving (rolling restarts).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# Workers can be recycled after N requests (a guard against slow leaks); off by default because a
# recycle in the middle of a traffic spike stalls that worker's queue (seen as p99 spikes in bench/).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# The app is imported once in the arbiter, so workers start fast and share memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log on stdout without client addresses, query strings or referrers (no personal data):
# time, method, path, status, bytes, duration in milliseconds. "GUNICORN_ACCESSLOG=" turns it off.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# No control socket: it lives at one fixed path per user, so two servers on one machine would clash.
control_socket_disable = True
