"""Index a page whenever its stored version changes: publishing, unpublishing, moving, deleting."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from .indexing import index_page

# A save that touches none of these (a draft revision's bookkeeping, a lock) changes nothing public.
PUBLIC_FIELDS = {"title", "live", "url_path", "path", "first_published_at", "last_published_at", "locale"}


@receiver(post_save)
def index_saved_page(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not PUBLIC_FIELDS.intersection(update_fields):
        return
    index_page(instance)
