"""Production settings come from the environment, pass check --deploy, and refuse to start without a secret."""

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEY_ALPHABET = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"


def production_environment(**overrides):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        DJANGO_SECRET_KEY="".join(secrets.choice(KEY_ALPHABET) for _ in range(50)),
        DJANGO_ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/civic_volunteering",
        REDIS_URL="redis://127.0.0.1:6379/0",
        WAGTAILADMIN_BASE_URL="https://example.org",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(*args, env):
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy_with_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env=production_environment(DJANGO_SECRET_KEY=None))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env=production_environment(DJANGO_ALLOWED_HOSTS=None))
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def production_settings(names, env):
    """The repr of each named setting, read in one production process."""
    code = "from django.conf import settings\n" + "".join(f"print(repr(settings.{name}))\n" for name in names)
    output = manage("shell", "--no-imports", "-c", code, env=env).stdout.strip().splitlines()
    return dict(zip(names, output, strict=True))


def test_production_reads_proxies_email_and_https_settings_from_the_environment():
    env = production_environment(
        TRUSTED_PROXIES="10.0.0.0/8,192.0.2.1", EMAIL_URL="smtp+tls://mailer:secret@smtp.example.org:587"
    )
    values = production_settings(
        [
            "TRUSTED_PROXIES",
            "EMAIL_HOST",
            "EMAIL_USE_TLS",
            "SECURE_PROXY_SSL_HEADER",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "REGISTRY_REQUIRE_2FA",
            "WAGTAILADMIN_BASE_URL",
        ],
        env,
    )
    assert values == {
        "TRUSTED_PROXIES": "['10.0.0.0/8', '192.0.2.1']",
        "EMAIL_HOST": "'smtp.example.org'",
        "EMAIL_USE_TLS": "True",
        "SECURE_PROXY_SSL_HEADER": "('HTTP_X_FORWARDED_PROTO', 'https')",
        "SESSION_COOKIE_SECURE": "True",
        "CSRF_COOKIE_SECURE": "True",
        "REGISTRY_REQUIRE_2FA": "True",
        "WAGTAILADMIN_BASE_URL": "'https://example.org'",
    }


EMAIL_SETTINGS = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD"]


def test_production_without_email_url_sends_to_the_mail_server_on_this_machine():
    values = production_settings([*EMAIL_SETTINGS, "EMAIL_USE_TLS", "EMAIL_USE_SSL"], production_environment())
    assert values == {
        "EMAIL_BACKEND": "'django.core.mail.backends.smtp.EmailBackend'",
        "EMAIL_HOST": "'localhost'",
        "EMAIL_PORT": "25",
        "EMAIL_HOST_USER": "''",
        "EMAIL_HOST_PASSWORD": "''",
        "EMAIL_USE_TLS": "False",
        "EMAIL_USE_SSL": "False",
    }


def test_every_part_of_email_url_becomes_its_setting():
    env = production_environment(EMAIL_URL="smtp+ssl://mailer:p%40ss@smtp.example.org:465")
    values = production_settings([*EMAIL_SETTINGS, "EMAIL_USE_SSL", "EMAIL_USE_TLS"], env)
    assert values == {
        "EMAIL_BACKEND": "'django.core.mail.backends.smtp.EmailBackend'",
        "EMAIL_HOST": "'smtp.example.org'",
        "EMAIL_PORT": "465",
        "EMAIL_HOST_USER": "'mailer'",
        "EMAIL_HOST_PASSWORD": "'p@ss'",
        "EMAIL_USE_SSL": "True",
        "EMAIL_USE_TLS": "False",
    }


def test_images_from_an_s3_bucket_are_allowed_by_the_public_policy_and_nothing_else_is():
    env = production_environment(AWS_STORAGE_BUCKET_NAME="media", AWS_S3_CUSTOM_DOMAIN="media.example.org")
    values = production_settings(['CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]'], env)
    assert values == {
        'CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]': "[\"'self'\", 'data:', 'https://media.example.org']"
    }
