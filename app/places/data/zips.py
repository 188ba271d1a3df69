"""Chicago's residential ZIP codes and the community area holding most of each one's land.

A ZIP code often spans several community areas; the table names the one with the largest
share, judged from the ZIP and community-area maps. Post-office-box and single-building
ZIP codes (60664 and up, other than 60666) are left out: residents give the ZIP code of a
place, not of a mailbox. 60707 and 60827 are listed for their Chicago parts only
(Montclare/Galewood and Riverdale); most of their land is in Elmwood Park and Calumet Park.
"""

from __future__ import annotations

ZIP_AREAS: dict[str, int] = {
    "60601": 32,
    "60602": 32,
    "60603": 32,
    "60604": 32,
    # Grant Park and Printer's Row outweigh the part south of Roosevelt.
    "60605": 32,
    "60606": 32,
    "60607": 28,
    "60608": 31,
    "60609": 61,
    "60610": 8,
    "60611": 8,
    "60612": 28,
    "60613": 6,
    "60614": 7,
    # Hyde Park north of 55th with Kenwood and part of Washington Park; closest call here.
    "60615": 41,
    # The Near South Side, with Chinatown and Douglas to the south.
    "60616": 33,
    # South Chicago, the East Side and the north of South Deering.
    "60617": 46,
    "60618": 21,
    "60619": 44,
    "60620": 71,
    "60621": 68,
    "60622": 24,
    "60623": 30,
    "60624": 27,
    "60625": 4,
    "60626": 1,
    "60628": 49,
    "60629": 66,
    "60630": 11,
    "60631": 10,
    "60632": 58,
    "60633": 55,
    "60634": 17,
    "60636": 67,
    "60637": 42,
    "60638": 56,
    "60639": 19,
    "60640": 3,
    "60641": 15,
    "60642": 24,
    "60643": 72,
    "60644": 25,
    "60645": 2,
    "60646": 12,
    "60647": 22,
    "60649": 43,
    "60651": 23,
    "60652": 70,
    "60653": 38,
    "60654": 8,
    "60655": 74,
    "60656": 10,
    "60657": 6,
    "60659": 2,
    "60660": 77,
    "60661": 28,
    "60666": 76,
    "60707": 18,
    "60827": 54,
}
