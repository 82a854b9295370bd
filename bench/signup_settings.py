"""Production settings plus one bench-only address (bench/signup_urls.py); never used outside bench/."""

from website.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.signup_urls"
