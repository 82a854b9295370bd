import pytest

from tests.site_tree import TEST_MEDIA_ROOT


@pytest.fixture(autouse=True)
def _media_storage(settings):
    """The shared tree's images live in one folder for the whole run."""
    settings.MEDIA_ROOT = TEST_MEDIA_ROOT
