"""Every e-mail the site sends: stored as a row in the same transaction as its cause, sent by a task after commit.

Public entry point: `outbox.api.queue_email(...)` (also re-exported as `outbox.queue_email`).
"""


def queue_email(*args, **kwargs):
    from .api import queue_email as _queue_email

    return _queue_email(*args, **kwargs)
