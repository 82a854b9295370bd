"""Messages from coordinators to the volunteers of a filtered list (README "Messages to volunteers").

audience.py: who receives it (the listing's filters, minus everyone whose consent does not cover it);
placeholders.py: the safe placeholders; sending.py: one outbox e-mail per person, once; unsubscribe.py:
the signed link in every message; views.py and hooks.py: the admin screens.
"""
