"""The one exception a job raises to be tried again later."""


class JobFailed(RuntimeError):
    """A job that should be tried again later; the message names no resident, URL or SID."""
