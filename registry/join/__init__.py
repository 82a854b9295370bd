"""The public join form: validation, spam and abuse guards, storing applications and the emails they trigger."""
