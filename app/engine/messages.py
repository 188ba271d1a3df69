"""What the engine itself says, outside any one flow (help, menus, confirmations)."""

from __future__ import annotations

from app.engine.markers import N_

HELP = N_(
    "Testigo is an anonymous line to report immigration agents or police. "
    "Answer the question, or reply SKIP. DELETE erases your report. STOP ends."
)
NOT_UNDERSTOOD = N_("Sorry, I did not understand. Reply with a number from the list, or SKIP.")
LANGUAGE_MENU = N_("Reply with the number of your language:")
RESTARTED = N_("Starting again from the first question.")
DELETED = N_("Your report was deleted. Nothing was kept. Text us any time to start again.")
NOTHING_TO_DELETE = N_("There is no report in progress to delete.")
MEDIA_RECEIVED = N_("Photo or video received. Thank you.")
STATUS_HOW = N_("To check a report, send STATUS and your 16-digit receipt number.")
STATUS_NOT_FOUND = N_("No report has that receipt. Check the 16 digits and try again.")
STATUS_LIMITED = N_("Too many receipt checks. Please try again in an hour.")
STATUS_REPLY = N_("Report %(receipt)s: %(status)s. Received %(date)s.")
STAFF_REPLY = N_("Message from staff: %(message)s")

YES_NO = (N_("Yes"), N_("No"), N_("Not sure"))
CONSENT = (N_("Yes"), N_("No"))

# How a ticket's status is told to a resident.
STATUS_WORDS = {
    "new": N_("received, waiting for review"),
    "in_review": N_("being reviewed"),
    "needs_info": N_("staff need more information"),
    "verified": N_("reviewed and confirmed"),
    "referred": N_("sent to the agency that investigates"),
    "closed": N_("closed"),
}
