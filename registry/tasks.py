"""The registry's scheduled jobs (celery beat, times in Europe/Warsaw); each is also a management command."""

from celery import shared_task
from django.core.management import call_command

from . import digests


@shared_task(name="registry.vetting_digest", ignore_result=True)
def vetting_digest():
    digests.send_vetting_digest()


@shared_task(name="registry.unanswered_digest", ignore_result=True)
def unanswered_digest():
    digests.send_unanswered_digest()


@shared_task(name="registry.retention", ignore_result=True)
def retention():
    call_command("registry_retention")


@shared_task(name="registry.data_requests_digest", ignore_result=True)
def data_requests_digest():
    digests.send_data_requests_digest()
