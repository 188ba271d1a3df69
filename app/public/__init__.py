"""Public pages: health, landing, rights and transparency."""
