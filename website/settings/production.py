"""Production: everything from the environment, no insecure defaults."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
# No default on purpose: production refuses to start without a secret key.
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
