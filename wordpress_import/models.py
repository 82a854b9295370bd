"""What an import remembers, so running it again updates instead of duplicating."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string


class ImportedPost(models.Model):
    """One WordPress post or page of one source site, and the page made from it."""

    source = models.CharField(_("source site"), max_length=255)
    wp_id = models.PositiveBigIntegerField(_("WordPress post ID"))
    post_type = models.CharField(_("post type"), max_length=20)
    # Kept when an editor deletes the page, so the next import knows to make it again.
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    # Images the post used that could not be had: the next run tries them again.
    missing_images = models.JSONField(_("missing images"), default=list, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress post")
        verbose_name_plural = _("imported WordPress posts")
        constraints = [
            models.UniqueConstraint(fields=["source", "wp_id"], name="wordpress_import_unique_post_per_source"),
        ]

    def __str__(self):
        return f"{self.source} #{self.wp_id}"


class ImportedImage(models.Model):
    """A WordPress upload, by its original address, and the Wagtail image made from it."""

    source_url = models.URLField(_("source address"), max_length=1000, unique=True)
    image = models.ForeignKey(
        get_image_model_string(), verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("imported WordPress image")
        verbose_name_plural = _("imported WordPress images")

    def __str__(self):
        return self.source_url
