"""The Celery application: settings from Django's (CELERY_* names), tasks from every installed app.

Workers: `celery -A website worker`; the scheduler: `celery -A website beat` (README "Task queue").
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

app = Celery("website")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
