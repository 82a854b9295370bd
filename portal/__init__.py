"""The volunteer's own page on the public site: sign-in by e-mailed link, status, hours, own data.

The registry owns volunteer data; this app only reads and changes it on the volunteer's behalf.
"""
