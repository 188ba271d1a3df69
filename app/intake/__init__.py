"""Intake: conversations become answers, transcripts and triaged tickets."""
