"""Without Redis (development) the cache is shared by every process on the machine, so a change made by a
command (an import, the demo loader) shows at once on the running development server."""

import os
import subprocess
import sys

from django.conf import settings


def in_development(code, cache_dir):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.dev", "CACHE_DIR": str(cache_dir)}
    env.pop("REDIS_URL", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_a_generation_bumped_by_one_process_is_seen_by_another(tmp_path):
    read = "from core.cache import generation; print(generation.current())"
    first = in_development(read, tmp_path)
    assert first != "None"
    assert in_development(read, tmp_path) == first
    bumped = in_development(
        "from core.cache import generation; generation.bump(); print(generation.current())", tmp_path
    )
    assert bumped != first
    assert in_development(read, tmp_path) == bumped
