"""The demo's join page and recognitions index, in both languages."""

from registry.models import JoinPage, RecognitionIndexPage

from . import content


def load_pages(loader, home):
    for model, spec in ((JoinPage, content.JOIN), (RecognitionIndexPage, content.RECOGNITIONS)):
        page, changed = loader.upsert(model, home, spec)
        loader.translated(page, spec, changed)
