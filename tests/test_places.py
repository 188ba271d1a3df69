"""The place resolver: from a resident's words to one of Chicago's 77 community areas."""

from __future__ import annotations

import pytest

from app.places import COMMUNITY_AREAS, Place, community_area_name, locate
from app.places.areas import area_at
from app.places.data.areas import BOUNDARIES
from app.places.data.names import NEIGHBORHOODS
from app.places.data.streets import EAST_WEST, NORTH_SOUTH, PATHS
from app.places.data.zips import ZIP_AREAS
from app.places.geometry import contains

NOWHERE = Place(None, None, None, "none")


def test_all_77_community_areas_by_the_citys_numbers() -> None:
    assert sorted(COMMUNITY_AREAS) == list(range(1, 78))
    assert COMMUNITY_AREAS[1] == "Rogers Park"
    assert COMMUNITY_AREAS[2] == "West Ridge"
    assert COMMUNITY_AREAS[30] == "South Lawndale"
    assert COMMUNITY_AREAS[32] == "Loop"
    assert COMMUNITY_AREAS[76] == "O'Hare"
    assert COMMUNITY_AREAS[77] == "Edgewater"
    assert community_area_name(31) == "Lower West Side"
    with pytest.raises(KeyError):
        community_area_name(78)


@pytest.mark.parametrize("number", sorted(COMMUNITY_AREAS))
def test_every_community_area_is_found_by_its_name(number: int) -> None:
    name = COMMUNITY_AREAS[number]
    place = locate(f"They were detained in {name} this morning.")
    assert place == Place(number, name, None, "community_area")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rogers park", 1),
        ("ROGERS PARK", 1),
        ("ohare", 76),
        ("O'Hare", 76),
        ("O’Hare airport", 76),
        ("o hare", 76),
        ("en el aeropuerto O'Hare", 76),
        ("Belmont-Cragin", 19),
        ("belmont cragin", 19),
        ("mckinley park", 59),
        ("Mt. Greenwood", 74),
        ("lakeview", 6),
        ("Lake View", 6),
        ("Nörth Lawndale", 29),
        ("Humboldt Park", 23),
        ("near the Loop", 32),
        ("en el loop", 32),
        ("THE LOOP", 32),
        ("downtown loop", 32),
    ],
)
def test_community_area_names_in_any_case_accent_or_spelling(text: str, number: int) -> None:
    assert locate(text).community_area == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Little Village", 30),
        ("la villita", 30),
        ("Pilsen", 31),
        ("Back of the Yards", 61),
        ("back-of-the-yards", 61),
        ("Wicker Park", 24),
        ("Bucktown", 22),
        ("Ukrainian Village", 24),
        ("Chinatown", 34),
        ("el Barrio Chino", 34),
        ("Andersonville", 77),
        ("Little Italy", 28),
        ("University Village", 28),
        ("Greektown", 28),
        ("Streeterville", 8),
        ("River North", 8),
        ("Gold Coast", 8),
        ("the Magnificent Mile", 8),
        ("South Loop", 33),
        ("Bronzeville", 38),
        ("Marquette Park", 66),
        ("Boystown", 6),
        ("Wrigleyville", 6),
        ("Roscoe Village", 5),
        ("Sauganash", 12),
        ("Edgebrook", 12),
        ("Koreatown", 14),
        ("Six Corners", 15),
        ("Old Irving Park", 16),
        ("Galewood", 25),
        ("West Loop", 28),
        ("Canaryville", 61),
        ("Altgeld Gardens", 54),
        ("Midway Airport", 56),
        ("Pill Hill", 48),
        ("Douglas Park", 29),
        ("Garfield Park", 27),
        ("West Garfield Park", 26),
        ("West Pullman", 53),
        ("Pullman", 50),
    ],
)
def test_neighbourhoods_give_their_community_area(text: str, number: int) -> None:
    place = locate(f"ICE agents in {text} right now")
    assert place.community_area == number
    assert place.area_name == COMMUNITY_AREAS[number]


def test_neighbourhood_coverage() -> None:
    assert len(NEIGHBORHOODS) >= 120
    assert set(NEIGHBORHOODS.values()) <= set(COMMUNITY_AREAS)


@pytest.mark.parametrize(
    "text",
    [
        "Austin told me they took his brother",
        "my cousin Austin saw it",
        "they moved to Austin, Texas",
        "they were looping around the block",
        "please keep me in the loop",
        "una mujer muy hermosa",
        "agents were clearing the street",
        "We moved to a new city last year",
        "Beverly called the lawyer",
        "went uptown",
        "Riverdale was the name of the show",
        "pilsner cans everywhere",
        "the car had Oakland plates",
        "they took him to Cicero",
        "on Cicero Ave",
        "stopped on Irving Park near the gas station",
        "on the east side of the street",
        "from south chicago area",
    ],
)
def test_look_alike_words_are_not_places(text: str) -> None:
    assert locate(text) == NOWHERE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("in Austin by the church", 25),
        ("en Austin", 25),
        ("the Austin neighborhood", 25),
        ("Austin area", 25),
        ("in Beverly", 72),
        ("in Uptown near the Aragon", 3),
        ("en Hermosa", 20),
        ("in Edison Park", 9),
        ("in Riverdale", 54),
        ("in New City", 61),
        ("Agents were in Clearing", 64),
        ("on the East Side by the bridge", 52),
        ("in South Chicago", 46),
    ],
)
def test_ambiguous_names_count_with_a_place_cue(text: str, number: int) -> None:
    assert locate(text).community_area == number


# Well-known corners, with the community area each one is in.
INTERSECTIONS = [
    ("26th and Pulaski", 30),
    ("26th St & Pulaski Rd", 30),
    ("en la 26 y Pulaski", 30),
    ("W. 26th Street and S. Pulaski Road", 30),
    ("18th & Blue Island", 31),
    ("18th and Ashland", 31),
    ("corner of Lawrence and Kedzie", 14),
    ("Belmont/Central", 19),
    ("47th & Ashland", 61),
    ("63rd and Kedzie", 66),
    ("Milwaukee & Damen", 24),
    ("Devon & Western", 2),
    ("Fullerton and Pulaski", 20),
    ("Cermak y Western", 31),
    ("Archer & Pulaski", 57),
    ("79th and Cottage Grove", 44),
    ("State and Madison", 32),
    ("Madison & Pulaski", 26),
    ("Chicago Ave & Laramie", 25),
    ("16th and Kedzie", 29),
    ("Jackson and Halsted", 28),
    ("Taylor & Racine", 28),
    ("Michigan Ave and Chicago Ave", 8),
    ("Cermak & Wentworth", 34),
    ("35th and Halsted", 60),
    ("63rd & Halsted", 68),
    ("Lawrence and Western", 4),
    ("Division & Kedzie", 23),
    ("55th and Kedzie", 63),
    ("63rd & Pulaski", 65),
    ("Kedzie & Armitage", 22),
    ("47th & King Dr", 38),
    ("55th and Woodlawn", 41),
    ("71st & Jeffery", 43),
    ("87th and Commercial", 46),
    ("111th and Michigan", 49),
    ("95th & Western", 72),
    ("111th & Kedzie", 74),
    ("Clark and Addison", 6),
    ("Lawrence & Broadway", 3),
    ("Clark & Foster", 77),
    ("Milwaukee, Irving Park and Cicero", 15),
    ("Irving Park and Pulaski", 16),
    ("Archer & Kedzie", 58),
    ("Halsted & Grand", 24),
    ("Touhy & Western", 2),
    ("Howard & Clark", 1),
]


@pytest.mark.parametrize(("text", "number"), INTERSECTIONS)
def test_intersections_land_in_their_community_area(text: str, number: int) -> None:
    place = locate(f"ICE stopped a van at {text} around 7am")
    assert place == Place(number, COMMUNITY_AREAS[number], None, "intersection")


def test_intersection_words_are_streets_not_area_names() -> None:
    # Irving Park Road and Austin Boulevard, not the community areas of the same names.
    assert locate("Irving Park and Kedzie").community_area == 16
    assert locate("Irving Park & Pulaski").source == "intersection"
    assert locate("Chicago and Austin").source == "intersection"
    assert locate("Lawndale and 26th").community_area == 30


@pytest.mark.parametrize(
    "text",
    [
        "chicago and cicero",  # the city and the town, not Chicago Ave & Cicero Ave
        "state and Chicago police were there",
        "Pulaski and Chicago police blocked the street",
        "between 25th and 26th",  # two parallel streets meet nowhere
        "Madison and Monroe",
        "15 agents and 3 cars",
    ],
)
def test_street_names_that_are_not_a_corner(text: str) -> None:
    assert locate(text).source != "intersection"


def test_corners_of_two_common_names_need_support() -> None:
    assert locate("chicago and central").source == "none"
    assert locate("at chicago and central").community_area == 25
    assert locate("Chicago Ave y Central").community_area == 25
    assert locate("Chicago & Central").community_area == 25


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60623", Place(30, "South Lawndale", "60623", "zip")),
        ("my zip is 60647", Place(22, "Logan Square", "60647", "zip")),
        ("60623-1234", Place(30, "South Lawndale", "60623", "zip")),
        ("12345", NOWHERE),
        ("60627", NOWHERE),  # not a Chicago ZIP code
        ("call me at 6062345", NOWHERE),
        ("773-606-2345", NOWHERE),
        ("(773) 606 2345", NOWHERE),
    ],
)
def test_only_real_chicago_zip_codes_count(text: str, expected: Place) -> None:
    assert locate(text) == expected


def test_zip_table() -> None:
    assert len(ZIP_AREAS) >= 55
    assert all(code.isdigit() and len(code) == 5 for code in ZIP_AREAS)
    assert set(ZIP_AREAS.values()) <= set(COMMUNITY_AREAS)
    assert ZIP_AREAS["60623"] == 30
    assert ZIP_AREAS["60608"] == 31
    assert ZIP_AREAS["60666"] == 76


def test_a_corner_wins_over_a_name_and_a_name_over_a_zip() -> None:
    assert locate("Pilsen, at 26th and Pulaski, 60608") == Place(
        30, "South Lawndale", "60608", "intersection"
    )
    assert locate("in Pilsen 60623") == Place(31, "Lower West Side", "60623", "neighborhood")
    assert locate("La Villita, 60623") == Place(30, "South Lawndale", "60623", "neighborhood")


def test_a_neighbourhood_is_preferred_to_a_wider_area_name() -> None:
    assert locate("Logan Square, by Wicker Park").community_area == 24
    assert locate("in Humboldt Park").source == "community_area"
    assert locate("in Wicker Park").source == "neighborhood"


def test_nothing_found() -> None:
    assert locate("") == NOWHERE
    assert locate("I don't know where, sorry") == NOWHERE
    assert locate("Pulaski") == NOWHERE  # a street alone crosses many areas


def test_long_messages_in_spanish() -> None:
    text = (
        "Hoy en la mañana vimos dos camionetas sin placas de ICE en la esquina de la 26 y "
        "Kedzie, enfrente de la panadería. Se llevaron a un señor. Mi código postal es 60623."
    )
    assert locate(text) == Place(30, "South Lawndale", "60623", "intersection")


def test_boundaries_do_not_overlap_and_cover_the_city() -> None:
    assert sorted(BOUNDARIES) == list(range(1, 78))
    for x in range(-9500, 4100, 200):
        for y in range(-13700, 7600, 200):
            inside = [n for n, polygon in BOUNDARIES.items() if contains(polygon, x + 7, y + 7)]
            assert len(inside) <= 1, (x, y, inside)
    # Points well inside the city all land somewhere.
    for x, y in [(0, 0), (-4000, -2600), (-6000, 3000), (2000, -12000), (-3000, -11000)]:
        assert area_at(x, y) is not None


def test_street_table_size() -> None:
    assert len(NORTH_SOUTH) + len(EAST_WEST) + len(PATHS) >= 80
