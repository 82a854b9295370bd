"""Index a page whenever its stored version changes: publishing, unpublishing, moving, deleting."""

from django.db.models.signals import post_migrate, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page

from .indexing import index_page, remove

# A save that touches none of these (a draft revision's bookkeeping, a lock) changes nothing public.
PUBLIC_FIELDS = {"title", "live", "url_path", "path", "first_published_at", "last_published_at", "locale"}


@receiver(post_save)
def index_saved_page(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not PUBLIC_FIELDS.intersection(update_fields):
        return
    index_page(instance)


@receiver(pre_delete)
def unindex_deleted_page(sender, instance, **kwargs):
    """A deleted page (and each of its subpages, which Wagtail deletes with it) leaves the index before its row
    goes: the database's cascade would drop its index rows without counting them out of the frequencies."""
    if isinstance(instance, Page):
        remove([instance.pk])


@receiver(post_migrate)
def build_an_empty_index(sender, app_config=None, using="default", **kwargs):
    """A site upgraded to this version has pages but no index yet: build it once, after migrating."""
    from .indexing import rebuild
    from .models import SearchDocument

    if app_config is None or app_config.name != "sitesearch":
        return
    if (
        not SearchDocument.objects.using(using).exists()
        and Page.objects.using(using).live().filter(depth__gt=1).exists()
    ):
        rebuild()
