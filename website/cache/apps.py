from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "website.cache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import signals

        signals.connect()
