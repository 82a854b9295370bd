from django.urls import path
from wagtail import hooks

from . import dashboard, views

hooks.register("construct_homepage_panels", dashboard.add_outbox_panel)


@hooks.register("register_admin_urls")
def outbox_admin_urls():
    return [path("outbox/<int:pk>/try-again/", views.try_again_view, name="outbox_try_again")]
