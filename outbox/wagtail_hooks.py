from django.urls import path
from wagtail import hooks

from . import dashboard, health, views

hooks.register("construct_homepage_panels", dashboard.add_outbox_panel)
# /healthz (core/health.py) reports how long the oldest e-mail has waited.
hooks.register("health_figures", health.figures)


@hooks.register("register_admin_urls")
def outbox_admin_urls():
    return [path("outbox/<int:pk>/try-again/", views.try_again_view, name="outbox_try_again")]
