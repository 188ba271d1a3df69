"""Place names residents use: community-area spellings, neighbourhoods and landmarks.

Every key is folded: lower case, no accents, apostrophes, full stops or possessive 's, and
single spaces between words ("O'Hare" is "ohare", "St. Ben's" is "st ben"). A neighbourhood
that straddles two community areas is either given the area most people mean by it (with a
note) or left out.
"""

from __future__ import annotations

# Spellings of community-area names beyond the official ones in areas.COMMUNITY_AREAS.
AREA_VARIANTS: dict[str, int] = {
    "lakeview": 6,
    "northcenter": 5,
    "belmont craigin": 19,
    "mc kinley park": 59,
    "mt greenwood": 74,
    "o hare": 76,
    "ohare airport": 76,
    "o hare airport": 76,
    "aeropuerto ohare": 76,
    "aeropuerto o hare": 76,
    "grand crossing": 69,
    "near north": 8,
    "near west": 28,
    "near south": 33,
    "lawndale": 29,  # "Lawndale" on its own means North Lawndale; the other is Little Village.
}

NEIGHBORHOODS: dict[str, int] = {
    # 1 Rogers Park
    "east rogers park": 1,
    # 2 West Ridge
    "west rogers park": 2,
    "peterson park": 2,
    "arcadia terrace": 2,
    "nortown": 2,
    "little india": 2,
    # 3 Uptown
    "buena park": 3,
    "sheridan park": 3,
    "margate park": 3,
    "little saigon": 3,
    "little vietnam": 3,
    # 4 Lincoln Square
    "ravenswood": 4,
    "bowmanville": 4,
    "budlong woods": 4,
    "ravenswood gardens": 4,
    "rockwell crossing": 4,
    # 5 North Center
    "roscoe village": 5,
    "st ben": 5,
    "st bens": 5,
    "saint ben": 5,
    "saint bens": 5,
    "hamlin park": 5,
    # 6 Lake View
    "boystown": 6,
    "northalsted": 6,
    "wrigleyville": 6,
    "lakeview east": 6,
    "east lakeview": 6,
    "west lakeview": 6,
    "southport corridor": 6,
    "wrigley field": 6,
    # 7 Lincoln Park. Old Town is left out: its name covers the Triangle north of North
    # Avenue (Lincoln Park) and the Wells Street strip south of it (Near North Side).
    "old town triangle": 7,
    "depaul": 7,
    "ranch triangle": 7,
    "sheffield neighbors": 7,
    "wrightwood neighbors": 7,
    "lincoln park zoo": 7,
    # 8 Near North Side
    "streeterville": 8,
    "river north": 8,
    "gold coast": 8,
    "magnificent mile": 8,
    "mag mile": 8,
    "cabrini green": 8,
    "goose island": 8,
    "navy pier": 8,
    "river east": 8,
    # 10 Norwood Park
    "union ridge": 10,
    "oriole park": 10,
    "big oaks": 10,
    "old norwood": 10,
    # 11 Jefferson Park
    "gladstone park": 11,
    "jeff park": 11,
    # 12 Forest Glen
    "sauganash": 12,
    "edgebrook": 12,
    "old edgebrook": 12,
    # 13 North Park
    "hollywood park": 13,
    "north park university": 13,
    # 14 Albany Park
    "ravenswood manor": 14,
    "north mayfair": 14,
    "koreatown": 14,
    "seoul drive": 14,
    # 15 Portage Park
    "six corners": 15,
    # 16 Irving Park
    "old irving park": 16,
    "old irving": 16,
    "independence park": 16,
    "west walker": 16,
    # 17 Dunning
    "schorsch village": 17,
    "irving woods": 17,
    "belmont heights": 17,
    # 19 Belmont Cragin
    "cragin": 19,
    "hanson park": 19,
    "belmont central": 19,
    # 20 Hermosa
    "kelvyn park": 20,
    # 21 Avondale
    "polish village": 21,
    "jackowo": 21,
    # 22 Logan Square. Bucktown is in Logan Square; Wicker Park, across Bloomingdale, is not.
    "bucktown": 22,
    "palmer square": 22,
    # 23 Humboldt Park
    "west humboldt park": 23,
    # 24 West Town. The blocks east of the park that many call Humboldt Park are in West Town.
    "wicker park": 24,
    "ukrainian village": 24,
    "east village": 24,
    "noble square": 24,
    "river west": 24,
    "polish triangle": 24,
    "east humboldt park": 24,
    # 25 Austin
    "galewood": 25,
    "south austin": 25,
    # 26, 27 Garfield Park. The park and its conservatory are in East Garfield Park.
    "west garfield": 26,
    "garfield park": 27,
    "garfield park conservatory": 27,
    # 28 Near West Side
    "west loop": 28,
    "greektown": 28,
    "little italy": 28,
    "university village": 28,
    "tri taylor": 28,
    "illinois medical district": 28,
    "medical district": 28,
    "fulton market": 28,
    "fulton river district": 28,
    "united center": 28,
    "uic": 28,
    "union station": 28,
    # 29 North Lawndale
    "douglas park": 29,
    "homan square": 29,
    # 30 South Lawndale
    "little village": 30,
    "la villita": 30,
    "villita": 30,
    # 31 Lower West Side
    "pilsen": 31,
    "east pilsen": 31,
    "heart of chicago": 31,
    "heart of italy": 31,
    # 32 Loop
    "downtown chicago": 32,
    "chicago downtown": 32,
    "printers row": 32,
    "printer row": 32,
    "grant park": 32,
    "millennium park": 32,
    "lakeshore east": 32,
    "lake shore east": 32,
    "new eastside": 32,
    "federal plaza": 32,
    "daley plaza": 32,
    "daley center": 32,
    # 33 Near South Side. The South Loop runs from the Loop's south end past Roosevelt; most of
    # what people call by that name lies south of Roosevelt, so it goes here.
    "south loop": 33,
    "prairie district": 33,
    "museum campus": 33,
    "mccormick place": 33,
    "soldier field": 33,
    "motor row": 33,
    # 34 Armour Square
    "chinatown": 34,
    "barrio chino": 34,
    "wentworth gardens": 34,
    # 35 Douglas
    "lake meadows": 35,
    "prairie shores": 35,
    # 38 Grand Boulevard. Bronzeville spans Douglas, Grand Boulevard and Oakland; its centre,
    # 47th and King Drive, is in Grand Boulevard.
    "bronzeville": 38,
    # 39 Kenwood
    "north kenwood": 39,
    "south kenwood": 39,
    # 41 Hyde Park
    "east hyde park": 41,
    "university of chicago": 41,
    "uchicago": 41,
    # 42 Woodlawn
    "west woodlawn": 42,
    # 43 South Shore
    "jackson park highlands": 43,
    # 44 Chatham
    "west chatham": 44,
    # 45 Avalon Park
    "marynook": 45,
    # 48 Calumet Heights
    "pill hill": 48,
    # 51 South Deering
    "trumbull park": 51,
    "jeffery manor": 51,
    # 54 Riverdale
    "altgeld gardens": 54,
    # 56 Garfield Ridge
    "midway airport": 56,
    "aeropuerto midway": 56,
    # 61 New City
    "back of the yards": 61,
    "back o the yards": 61,
    "canaryville": 61,
    # 65 West Lawn
    "ford city": 65,
    # 66 Chicago Lawn
    "marquette park": 66,
    # 69 Greater Grand Crossing
    "park manor": 69,
    # 73 Washington Heights
    "brainerd": 73,
    # 77 Edgewater
    "andersonville": 77,
    "edgewater glen": 77,
    "edgewater beach": 77,
    "lakewood balmoral": 77,
}

# How a name must appear to count. "cue": only with a place word around it ("in Austin",
# "en Austin", "Austin neighborhood"), because it is also a person's name, another city or
# an ordinary word. "capitals": only written with capitals, as a proper name. "street":
# also a street, so "on Irving Park" or "Austin Blvd" is the street, not the area.
# "not of": not followed by "of" ("the East Side of the building").
# "loop": the Loop's own test (see names.py in the package).
NAME_RULES: dict[str, tuple[str, ...]] = {
    "austin": ("cue", "street"),
    "south austin": ("cue",),
    "uptown": ("cue",),
    "riverdale": ("cue",),
    "beverly": ("cue",),
    "edison park": ("cue",),
    "oakland": ("cue",),
    "douglas": ("cue",),
    "dunning": ("cue",),
    "burnside": ("cue", "street"),
    "hermosa": ("cue",),
    "new city": ("cue",),
    "clearing": ("cue", "capitals"),
    "south chicago": ("capitals", "street"),
    "east side": ("capitals", "not of"),
    "lake view": ("capitals",),
    "loop": ("loop",),
    "irving park": ("street",),
    "lawndale": ("street",),
    "ravenswood": ("street",),
    "woodlawn": ("street",),
    "garfield park": ("street",),
    "grand boulevard": ("street",),
    "villita": ("cue",),
}
