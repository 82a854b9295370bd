import pytest

from tests.site_tree import TEST_MEDIA_ROOT


@pytest.fixture(autouse=True)
def _media_storage(settings):
    """Overrides the suite's per-test media folder: the shared tree's images live in one folder."""
    settings.MEDIA_ROOT = TEST_MEDIA_ROOT
