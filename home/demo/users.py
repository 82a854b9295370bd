"""Demo logins: an administrator, a communications editor and a coordinator, sharing one password."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_PASSWORD = "civic-demo-2026"  # noqa: S105 - a published demo password, never used in production

# username, group (None for the superuser), first name, last name.
DEMO_USERS = [
    ("admin", None, "Demo", "Administrator"),
    ("communications", "Communications", "Demo", "Komunikacja"),
    ("coordinator", "Coordinators", "Demo", "Koordynator"),
]


def ensure_demo_users():
    """Create the demo users that are missing; never reset a password someone has changed.

    Returns (username, group or None, whether the demo password still works) for each.
    """
    User = get_user_model()
    logins = []
    for username, group_name, first_name, last_name in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                email=f"{username}@example.org",
                first_name=first_name,
                last_name=last_name,
                is_staff=group_name is None,
                is_superuser=group_name is None,
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
        if group_name is not None:
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                user.groups.add(group)
        logins.append((username, group_name, user.check_password(DEMO_PASSWORD)))
    return logins
