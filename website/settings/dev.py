"""Local development: debug on, SQLite, mail printed to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
