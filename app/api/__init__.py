"""The partner and staff JSON API (CONTRACT "Partner and staff API")."""
