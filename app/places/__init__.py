"""Where a report happened, as one of Chicago's 77 community areas: pure, no I/O, no network."""

from app.places.areas import COMMUNITY_AREAS, community_area_name
from app.places.resolver import Place, locate

__all__ = ["COMMUNITY_AREAS", "Place", "community_area_name", "locate"]
