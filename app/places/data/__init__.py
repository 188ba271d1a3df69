"""Bundled tables for the place resolver: areas, ZIP codes, neighbourhoods, streets."""
