import pytest


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    """Uploaded files go to a temporary folder, never the developer's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
