"""Polish word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Written for Polish as Chicago's Polish community texts it (Jackowo on Milwaukee Avenue,
Archer Heights, Garfield Ridge, Portage Park, the northwest suburbs): often without Polish
letters on an American phone ("zabrali meza", "policja zatrzymala"), with slang ("gliny",
"ajs" for ICE, "zgarnęli", "zwinęli") and English mixed in ("ICE przyszło last night",
"mieli tylko administrative warrant"). The English list is always read too, so English words
inside Polish sentences are found there.

Polish declines nouns and conjugates verbs, so many entries are stems ("aresztow*":
aresztowali, aresztowany, aresztowanie). A stem is only used where nothing unrelated starts
the same way: "polic*" would swallow "policzek" (cheek), "syn*" "synagoga", "kości*" "kości"
(bones), "celow*" "celowo" (on purpose), so those are spelled out. Folding strips accents
(ą ę ó ś ż ź ć ń), but "ł" has no accent to strip and is typed as "l" on phones without a
Polish keyboard, so every phrase with "ł" is also read with "l" (see `_plain_l`).

"Zatrzymać" is both "to stop" and "to detain": a police officer who "zatrzymał mnie do
kontroli" stopped the resident, while "imigracja zatrzymała sąsiada" or "został zatrzymany"
is a detention. Stopping the writer ("zatrzymał mnie") is read as a stop; stopping someone
else, or the passive, as a detention.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.triage.lexicon.model import Lexicon, TimeWords


def _plain_l(phrases: Iterable[str]) -> tuple[str, ...]:
    """Each phrase, and the same phrase with "ł" typed as "l" ("zabrał" and "zabral")."""
    out: list[str] = []
    for phrase in phrases:
        out.append(phrase)
        if "ł" in phrase:
            out.append(phrase.replace("ł", "l"))
    return tuple(dict.fromkeys(out))


def _plain_l_keys(mapping: Mapping[str, int]) -> dict[str, int]:
    return {variant: value for key, value in mapping.items() for variant in _plain_l([key])}


# People a resident says were taken, in the accusative or genitive that follows a verb of
# taking ("zabrali męża", "zgarnęli sąsiadów"): "zabrali mi telefon" is not a detention, and
# "jego"/"jej" are left out because they are also "his"/"her" ("zabrali jej telefon").
_PEOPLE = (
    "(męża|żonę|syna|synów|synka|córkę|córki|córeczkę|brata|braci|siostrę|mamę|matkę|tatę"
    "|ojca|rodziców|sąsiada|sąsiadkę|sąsiadów|sąsiadki|kolegę|kolegów|koleżankę|przyjaciela"
    "|przyjaciół|przyjaciółkę|kuzyna|kuzynkę|kuzynów|wujka|wujków|wuja|ciocię|ciotkę|szwagra"
    "|szwagierkę|teścia|teściową|dziadka|babcię|chłopaka|chłopaków|chłopców|chłopca"
    "|dziewczynę|dziewczyny|dziecko|dzieci|ludzi|osoby|osób|osobę|faceta|facetów|pana|panią"
    "|kobietę|kobiety|kobiet|mężczyznę|mężczyzn|pracownika|pracowników|robotników|robotnika"
    "|szefa|wszystkich|kogoś|kilku|dwóch|trzech|czterech|go|ją|ich|je|nas"
    "|narzeczonego|narzeczoną|partnera|partnerkę|bratanka|siostrzeńca|wnuka|wnuczkę)"
)
# Possessives and numbers that may stand between a verb and the person ("zabrali mojego męża",
# "zabrali z 6 chłopaków").
_OF = (
    "(mojego|moją|moich|moje|mojej|naszego|naszą|naszych|nasze|jego|jej|ich|swojego|swoją"
    "|swoich|tego|tę|tych|jednego|jedną|dwóch|trzech|kilku|paru|z|około|ok|ze|chyba|też|tez"
    "|mi|nam|jeszcze|całą|cała|wczoraj|dzisiaj|dziś|rano|1|2|3|4|5|6|7|8|9|10|11|12|15|20)"
)
# Verbs of taking someone, third person as they are reported (never the writer's own "I took").
_TAKE = (
    "(zabrali|zabrały|zabrał|zabrała|zabrało|zabierają|zabiera|zabierali|zabierało|wzięli"
    "|wzięła|wziął|wzięło|zgarnęli|zgarnął|zgarnęła|zgarnęło|zgarniają|zgarniali|złapali"
    "|złapał|złapała|złapało|łapią|łapali|łapie|łapało|zwinęli|zwinął|zwinęła|capnęli"
    "|aresztowali|aresztowała|aresztował|aresztowało|aresztują|zatrzymali|zatrzymała"
    "|zatrzymał|zatrzymało|zatrzymały|zatrzymują|zatrzymywali|skuli|skuła|zakuli|zakuwają"
    "|wyprowadzili|wyprowadziła|wyprowadził|wyprowadzało|wyprowadzają|wyprowadzali|wywlekli"
    "|wywlókł|wywieźli|wywiózł|wywożą|porwali|porywają|zamknęli|przymknęli|zapakowali"
    "|wsadzili|wrzucili|deportowali|deportowała|deportują|odstawili|zawinęli|pakują"
    "|wywozili|zwijają|zgarnia|wyciągają|wyciągnęli|wyciągnął|wyciągnęła|wyciągali|wywlekają"
    "|wyprowadziło|zgarnęły|złapały|wzięły|aresztowały|zamknęła|zamknęło|wsadziła|wsadziło"
    "|zapakowała|zapakowało|porwała|porwało|wywiozła|wywiozło|wywieziono|zabrano|aresztowano"
    "|zatrzymano|wyciągało|wyciągały|zatrzymywało|zatrzymywały|wyprowadzały|skuło|zakuło"
    "|wywlekło|wywlekła|łapało|deportowało|zabierała|zabierały|wsadzają|wsadza|zabiera"
    "|wyprowadza|zatrzymuje|aresztuje|skuwają|skuwa|zakuwa|wyciąga)"
)
# Who can be the subject of an enforcement verb said right after it ("zabrali agenci").
_AGENTS = (
    "(ice|ajs|ajsy|ajsu|imigracja|imigracji|imigrację|imigracją|agenci|agentów|agentami"
    "|agentom|federalni|federalnych|federalnymi|federalsi|straż graniczna|straży granicznej"
    "|migra|la migra|służby imigracyjne|służb imigracyjnych|urzędnicy imigracyjni)"
)
_POLICE = (
    "(policja|policji|policję|policją|policjant|policjanci|policjantów|policjantka|gliny"
    "|glina|gliniarze|cpd|szeryf|szeryfa|szeryfowie|policaje|policaj|radiowozy|drogówka)"
)
_WEEKDAYS = (
    "(poniedziałek|wtorek|środę|sroda|środa|czwartek|piątek|sobotę|sobota|niedzielę|niedziela)"
)
_AGES = "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17)"
# Vehicles agents arrive in ("czarne SUVy", "białe vany", "furgonetka bez oznaczeń").
_VEHICLES = (
    "(van|vany|vana|vanem|vanów|vanach|suv|suvy|suva|suvem|suvów|tahoe|furgonetk*|busy|busa"
    "|busem|auta|auto|aut|samochody|samochód|samochodów|samochodem|samochodu|terenówk*"
    "|pickupy|pickup|dżipy|jeepy|durango)"
)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "now": (
        "w tej chwili",
        "w tym momencie",
        "właśnie teraz",
        "akurat teraz",
        "teraz właśnie",
        # Not "dzieje się" alone: "nie wiem co się dzieje z mężem" is about the aftermath.
        "dzieje się (teraz|właśnie|w tej chwili|na żywo)",
        "(teraz|właśnie|wlasnie) się dzieje",
        "na żywo",
        # "Still" with where they are; not "nadal jest w areszcie", which is the aftermath.
        "(nadal|wciąż|ciągle|jeszcze) (tu|tutaj|tam|stoją|stoi|czekają|siedzą|krążą|są tu"
        "|są tutaj|są pod|są przed|są na|jest pod|jest przed|nie odjechali|nie odjechał"
        "|nie pojechali)",
        # "Teraz" with an action in progress: "byli tu rano, teraz stoją pod szkołą".
        "teraz (stoją|stoi|czekają|siedzą|krążą|łapią|zabierają|pukają|walą|wchodzą|sprawdzają"
        "|aresztują|zatrzymują|biją|strzelają|są pod|są przed|są na|są tu|są tutaj|jest pod"
        "|jest przed|są u)",
        "od rana (stoją|stoi|są|jest|czekają|siedzą|krążą|jeżdżą)",
        "(stoją|stoi|są|czekają|siedzą|krążą) od rana",
        "teraz teraz",
        "w tej sekundzie",
        # A child alone at home, said in the present, is alone now even if the parents were
        # taken in the morning ("córka jest sama w domu, zabrali nas rano").
        "(jest|są|sa) (same|sam|sama|sami) w domu",
        "(dzieci|dziecko|córka|corka|syn|synek|córeczka|mała|mały|maluchy) (same|sam|sama|sami)"
        " w domu",
    ),
    # "Teraz" also says where things stand after a past event ("zabrali go wczoraj, nie wiem
    # gdzie jest teraz"), so on its own it yields to a past marker.
    "now_weak": ("teraz", "tera", "obecnie", "aktualnie"),
    # Polish puts an action in progress in the plain present tense: "pukają", "łapią".
    "now_implied": (
        "(pukają|pukaja|puka|walą|wali|łomoczą|dobijają się|dobija się|łapią|zabierają"
        "|zatrzymują|aresztują|zakuwają|wyprowadzają|wywlekają|sprawdzają|legitymują"
        "|przeszukują|wypytują|przesłuchują|otaczają|otoczyli|blokują|obstawiają|czekają"
        "|krążą|obserwują|śledzą|biją|pchają|szarpią|strzelają|celują|gonią|goni|krzyczą"
        "|wchodzą|wyważają|włamują się|pakują|stoją|stoi|siedzą|leży|leżą|krwawi|krwawią"
        "|płaczą|płacze|zamykają|robią nalot|robią łapankę|jeżdżą|wyciągają|ciągną|wsadzają"
        "|wsadza|wyprowadza|zabiera|zatrzymuje|łapie|aresztuje|skuwają|skuwa|zakuwa|wchodzi"
        "|wyciąga|przeszukuje|sprawdza|pakuje|strzela|biegają|legitymuje|legitymują)",
        # "w szkole są agenci", "są agenci pod blokiem": they are there now.
        "(są|sa|jest|stoją|chodzą|biegają|kręcą się) (agenci|ice|ajs|ajsy|imigracja|federalni"
        "|policja)",
        "(jest|są|sa|stoją|stoja|stoi|czekają|siedzą) (tu|tutaj|tam|pod|przed|na|w|u|koło"
        "|obok|przy|na zewnątrz|na dworze|na ulicy|na podwórku|na klatce|za drzwiami)",
        # "ICE na Jackowie", "ajs pod domem": the agency then where, as an alert. Not "w",
        # which also describes them ("agenci w maskach").
        "(ice|ajs|imigracja|migra|la migra) (tu|tutaj|pod|przed|na|koło|obok|przy|u|na zewnątrz)",
        "(tu|tutaj) (jest|są|sa) (ice|ajs|agenci|imigracja|policja|federalni)",
        "już (są|sa|jest|przyjechali|przyjechało|podjechali|weszli)",
        "(właśnie|wlasnie) (przyjechali|podjechali|weszli|wchodzą|przyszli)",
        "(nikt nie może|nie możemy|nie można|nie mogę|nie dają) (wyjść|wyjechać|wejść|wrócić"
        "|przejść)",
        "uważajcie",
        "uwazajcie",
        "uwaga (ice|ajs|agenci|imigracja)",
        "(same|sam|sama|sami) w domu",
        "w domu (same|sam|sama|sami)",
    ),
    "recent": (
        "_ (minut|minuty|minutę|min) temu",
        "(minutę|minut|min) temu",
        "parę minut temu",
        "kilka minut temu",
        "kilkanaście minut temu",
        "pół godziny temu",
        "(godzinę|godzine|1 godzinę|jedną godzinę|godzinkę) temu",
        "przed chwilą",
        "przed chwilka",
        "chwilę temu",
        "chwilkę temu",
        "dopiero co",
        "(właśnie|wlasnie) (zabrali|zabrał|zabrała|zatrzymali|aresztowali|zgarnęli|złapali"
        "|odjechali|odjechał|pojechali|wywieźli)",
    ),
    "past": (
        "wczoraj",
        "przedwczoraj",
        "(zeszłej|ostatniej|tej) nocy",
        "w nocy",
        "(w|we) (zeszły|zeszłą|ostatni|ostatnią|ubiegły|ubiegłą)? " + _WEEKDAYS,
        "(w|we) (zeszłym|ostatnim|ubiegłym|poprzednim) (tygodniu|miesiącu|roku|weekendzie)",
        "(zeszły|ostatni|ubiegły) (weekend|tydzień|miesiąc)",
        "_ (dni|dzień|dnia|tygodnie|tygodni|tydzień|miesiąc|miesiące|miesięcy|lata|lat|rok"
        "|godziny|godzin|godz) temu",
        "(tydzień|miesiąc|rok|dzień|dobę) temu",
        "(dziś|dzisiaj) (rano|w nocy|po południu|wieczorem|przed południem|z rana|nad ranem)",
        "rano",
        "z rana",
        "nad ranem",
        "rankiem",
        "wcześniej",
        "kiedyś",
        "ostatnio",
        "onegdaj",
        "od (tygodnia|tygodni|miesiąca|miesięcy|kilku dni|paru dni|dni)",
        "(byli|był|była|było|stali|stał|stała|czekali|siedzieli) (tu|tutaj|tam|pod|przed|na|u"
        "|koło|obok|przy|w)",
        "to było",
    ),
    "agency_ice": (
        # "ICE" itself is in the English list; these are its Polish spellings and endings
        # ("ICE'u" folds to "iceu").
        "iceu",
        "icea",
        "icem",
        "iceowcy",
        "iceowców",
        "(ajs|ajsy|ajsu|ajsie|ajsem|ajsowcy|ajsowców|ajsiarze)",
        "imigracj*",
        "imigracyjn*",
        "urząd imigracyjny",
        "urzędu imigracyjnego",
        "służb* imigracyjn*",
        "(agenci|agentów|agentami|agent|agenta) (imigracyjni|imigracyjnych|imigracyjny)",
    ),
    "agency_cbp": (
        "(straż|straży|strażą|strażnicy|strażników) graniczn*",
        "patrol* graniczn*",
        "pograniczni*",
        "pogranicznik*",
        "border patrolu",
        "border patrolem",
    ),
    "agency_other_federal": (
        "federaln*",
        "federalsi",
        "federalsów",
        "fbi",
        "gwardi* narodow*",
        "departament* bezpieczeństwa (krajowego|wewnętrznego)",
        "us marshals",
    ),
    "agency_cpd": (
        "(policja|policji|policję|policją|policjant|policjanci|policjantów|gliny|glina) (z|w)?"
        " chicago",
        "chicagowsk* (policj*|gliny|policjanci|policjantów)",
        "policja miejska",
        "policji miejskiej",
        "cpd",
    ),
    "agency_other_police": (
        "policj*",
        "policyjn*",
        "policaj*",
        "(glina|gliny|glinę|gliną|glin|glinom|glinami|gliniarz|gliniarze|gliniarzy)",
        "szeryf*",
        "radiowóz*",
        "radiowozy",
        "radiowozu",
        "radiowozem",
        "radiowozów",
        "drogówk*",
        "komisariat*",
        "(policja|policji|policję) stanow*",
    ),
    "agents_present": (
        "(agent|agenci|agenta|agentów|agentami|agentom|agentka|agentki)",
        "(czarn*|biał*|szar*|ciemn*|przyciemnian*|srebrn*) " + _VEHICLES,
        "nieoznakowan* " + _VEHICLES,
        _VEHICLES + " bez (oznaczeń|oznakowania|tablic|logo)",
        "kamizelk*",
        "(w|z) (mundurach|kamizelkach|kamizelkami|kuloodpornych)",
        "kuloodporn*",
        "(konwój|kolumna|kolumnę) (aut|samochodów|vanów|suvów)",
        "(widziałam|widziałem|widzieliśmy|widzieli|widziała|widział) (ice|ajs|agentów"
        "|imigrację|federalnych|straż graniczną)",
    ),
    "detention": (
        f"{_TAKE} {_OF}? {_OF}? {_PEOPLE}",
        f"{_PEOPLE} (też|tez|już|juz|wczoraj|dzisiaj|dziś|teraz)? {_TAKE}",
        f"{_TAKE} {_AGENTS}",
        # Said of the writer: "aresztowali mnie", "zakuli mnie" (a stop is "zatrzymał mnie").
        "(aresztowali|aresztował|zakuli|skuli|zamknęli|wsadzili|zabrali|zgarnęli|zwinęli"
        "|porwali|deportowali) mnie",
        "aresztow*",
        "areszcie",
        "aresztu",
        "(zatrzymany|zatrzymana|zatrzymani|zatrzymanego|zatrzymaną|zatrzymanych|zatrzymanie"
        "|zatrzymania|zatrzymaniu|zatrzymaniem)",
        "(zabrany|zabrana|zabranego|zabraną)",
        "(skuty|skuta|skuci|skutego|zakuty|zakuta|zakuci)",
        "kajdank*",
        "(deportowan*|deportowali|deportowała|deportacj*)",
        "(w|do) broadview",
        "(wsadzili|wrzucili|zapakowali|wciągnęli|wepchnęli|wpakowali|pakują|wsadzają) _? _? _?"
        " (do|w) _? " + _VEHICLES,
        "(wsadzili|wrzucili|zapakowali|wciągnęli|wepchnęli|wpakowali|pakują|wsadzają) _? _? _?"
        " (do|w) _? (radiowozu|furgonetki|vana|suva|busa|auta|samochodu|więźniarki)",
        "(łapią|łapali|zgarniają|zabierają|wyłapują|wyłapywali) (ludzi|wszystkich|imigrantów"
        "|pracowników|robotników|każdego|facetów|chłopaków)",
        "(porwali|porwanie|uprowadzili)",
        f"(przymknęli|zapuszkowali|zamknęli) {_OF}? {_PEOPLE}",
        "pod kluczem",
    ),
    "raid": (
        "nalot*",
        "obław*",
        "łapank*",
        "masow* (aresztowani*|zatrzymani*)",
        "(akcj*|operacj*) (ice|ajs|imigracyjn*|służb|agentów|federaln*)",
        # A workplace surrounded is a raid: "agenci otoczyli myjnię na 47".
        "(otoczyli|otoczyła|otoczyło|otoczyły|otaczają|otacza|okrążyli|obstawili|obstawiła)"
        " _? (myjni*|fabryk*|zakład*|budow*|sklep*|restaurac*|firm*|magazyn*|teren|parking*"
        "|plac|targ*|market*)",
    ),
    "id_check": (
        "(sprawdzają|sprawdzali|sprawdzał|sprawdzała|sprawdzili|sprawdzić|sprawdzać|sprawdza"
        "|żądali|żądają|żądał|żądała|chcieli|chcą|chciał|chciała|prosili|prosił|prosiła"
        "|kazali pokazać|kazał pokazać|pokaż|pokażcie|pokazać) (o)? (wszystkim|wszystkich"
        "|ludziom|nam|mi|mu|jej|im|każdemu|od wszystkich)? (dokument*|dowód|dowody|dowodu"
        "|dowodów|dowód osobisty|id|ajdi|prawo jazdy|prawa jazdy|paszport*|legitymacj*)",
        "legitymow*",
        "legitymuj*",
        "wylegitymow*",
        "kontrol* dokumentów",
        "dokument* (sprawdzają|sprawdzali|sprawdzał|sprawdzili)",
    ),
    "status_question": (
        "czy (mam|ma|mamy|masz|macie|mają|maja|miał|miała|mieli|posiadam|posiada) (jakieś)?"
        " (papiery|dokumenty|zieloną kartę|zielona karte|green card|green carda|wizę|status"
        "|obywatelstwo|legalny pobyt|pozwolenie na pracę)",
        "(pytali|pytał|pytała|pytają|pyta|zapytali|zapytał|zapytała|wypytywali|wypytywał"
        "|chcieli|chciał|chciała|żądali|żądał|sprawdzali|sprawdzał) (mnie|go|ją|ich|nas|ludzi"
        "|wszystkich)? (o)? (papiery|zieloną kartę|zielona karte|green card|green carda|wizę"
        "|wizy|status|obywatelstwo|pochodzenie|legalny pobyt)",
        "(pokaż*|pokazać|pokazał*|pokażcie) (zieloną kartę|zielonej karty|zielona karte|zielonej"
        " karty|green card|green carda|wizę|wizy|papiery)",
        "skąd (jestem|jest|są|jesteś|jesteście|jesteśmy|pochodzę|pochodzi|pochodzą|pochodzisz)",
        "status* imigracyjn*",
        "czy (jestem|jest|są|jesteś|jesteście|jesteśmy) (tu)? (legalnie|nielegalnie|legalny"
        "|nielegalny|legalna|nielegalna|obywatel*)",
        "(jesteś|jesteście|jest) (tu)? (nielegalnie|legalnie)",
    ),
    "at_door": (
        "pod (moimi|naszymi|jej|jego|ich|moje|nasze)? drzwi*",
        "(przed|u|za) (moimi|naszymi)? drzwiami",
        "(do|w) (moich|naszych)? drzwi",
        "(pukają|pukaja|pukali|pukał|puka|zapukali|zapukał|walą|walili|wali|łomoczą|łomotali)",
        "(dobijają się|dobijali się|dobija się|dobijał się)",
        "(każą|kazali|kazał|krzyczą|krzyczeli|krzyczał|żądają|żądali|chcą|chcieli|chciał)"
        " (żeby|żebyśmy|żebym|by|abyśmy|żeby ktoś)? (otworzyć|otworzyli|otworzył|otworzyła"
        "|otwierać|otworzyć drzwi|otworzyli drzwi|wpuścić|wpuścili)",
        # Shouted at the door. Not the bare infinitive "otwierać", which is also the question
        # "czy muszę otwierać drzwi?".
        "(otwórzcie|otwieraj|otwórz|otwierajcie) (drzwi)?",
        "(policja|ice|imigracja) otwierać",
        "(chcą|chcieli|chciał|próbują|próbowali) (wejść|wejśc|się dostać|wtargnąć|się włamać)",
        "(weszli|weszła|weszło|wszedł|wchodzą|wchodzi|wtargnęli|wtargnęła|wdarli się|wdarła się"
        "|wdzierają się|wpadli|wpadła|wparowali|włamali się|wbili się) (do|na) (naszego|mojego"
        "|naszej|mojej|jej|jego|ich|sąsiedniego)? (domu|mieszkania|środka|budynku|pokoju"
        "|piwnicy|sypialni|klatki|bloku|kamienicy|lokalu|garażu|podwórka)",
        "(weszli|wchodzą|wtargnęli|wdarli się|wpadli|włamali się) (do)? (nas|mnie|niej|niego"
        "|nich|sąsiadów|sąsiada|kowalskich)",
        "(wyważyli|wyważył*|wyważają|wyłamali|wyłamał*|wyłamują|wywalili|wywalił*|wybili|wybił*"
        "|wybijają|rozwalili|rozwalił*|rozwalają) (nam|mi|im|jej|mu)? (drzwi|zamek|okno)",
        "od drzwi do drzwi",
        "(chodzą|chodzili) po (domach|mieszkaniach|klatkach|drzwiach)",
        "(otoczyli|otoczyła|otoczyło|otoczyły|otacza|otaczają|obstawili|obstawiła|obstawiło"
        "|obstawiają) (cały)? (dom|budynek|blok|mieszkanie|kamienicę|posesję|podwórko|klatkę)",
    ),
    "roadblock": (
        "punkt* kontroln*",
        "blokad* drogow*",
        "checkpoint*",
        "(sprawdzają|sprawdzali|zatrzymują|zatrzymywali|kontrolują|kontrolowali) (wszystkie"
        "|każdy|każde|każdego)? (auta|samochody|samochód|auto|kierowców|kierowcę)",
        "zatrzymują wszystkich",
    ),
    "questioning": (
        "przesłuch*",
        "wypytyw*",
        "wypytuj*",
        "(zadawali|zadawał|zadawała|zadają) (mi|nam|jej|mu|im)? (pytania|dużo pytań|pytań)",
        "(pytali|pytał|pytała|pytają|pyta|zapytali|zapytał|zapytała|wypytali) (o|czy|gdzie"
        "|kto|skąd|jak|co|kiedy|mnie|go|ją|ich|ludzi|nas|pielęgniarki|sąsiadów|wszystkich)",
        "(zatrzymał|zatrzymali|zatrzymała|zatrzymały|zatrzymują|zatrzymało|zatrzymuje) (mnie|nas"
        "|moje auto|mój samochód|moje|mój|nasz|nasze|auto|samochód)",
        "(mnie|nas) (zatrzymał|zatrzymali|zatrzymała|zatrzymały|zatrzymało|zatrzymuje|zatrzymują)",
        "kontrol* drogow*",
        "(do|na|przy|podczas) kontroli",
        "przeszuk*",
        "obszuk*",
        "rewizj*",
        "(legitymowali|wylegitymowali) (mnie|nas)",
    ),
    "surveillance": (
        "(śledzą|śledzili|śledził|śledziła|śledzi|śledzenie|śledzić)",
        "(obserwują|obserwowali|obserwował|obserwowała|obserwuje|obserwacj*)",
        "(krążą|krążył|krążyli|krążyła|krąży) (po|wokół|koło|w kółko)?",
        "(jeździ|jeżdżą|jeździł|jeździli|jeździła) (w kółko|w koło|wokół|tam i z powrotem)",
        "(robi|robią|robił|robili|robiła) zdjęcia (domów|domom|ludziom|ludzi|samochodów|tablic"
        "|aut|bloków|naszym)",
        "(fotografują|fotografowali|fotografował|filmują|filmowali|filmował) (domy|ludzi"
        "|samochody|nas|tablice|bloki|wszystko)",
        "(zaparkowan*|parkują|parkowali|stoi zaparkowany|stoją zaparkowane)",
        "(siedzą|siedzieli) (w|we) (aucie|samochodzie|vanie|suvie|środku)",
        "(siedzą|siedzieli|stoją|stali) i (patrzą|patrzyli|obserwują|obserwowali|czekają)",
        "dron*",
        "(jechali|jechał|szli|szedł) za (mną|nami|nim|nią)",
    ),
    "force": (
        "(bili|bił|biła|biło|biły|biją|bije|pobili|pobił|pobiła|pobiło|pobity|pobita|pobici"
        "|pobicie|pobiciu"
        "|bicie|biciem|tłukli|tłuką|skatowali|zbili)",
        "uderz*",
        "(pchnął|pchnęli|pchnęła|pchnęło|popchnął|popchnęli|popchnęła|popchnęło|popychali"
        "|popychał*|pchają"
        "|pchali|odepchnął|odepchnęli|pchnięty)",
        "(szarpali|szarpał*|szarpią|szarpnął|szarpnęli|szarpnęła|szarpanin*)",
        "(powalili|powalił*|przewrócili|przewrócił*|obalili|obalił*)",
        "(rzucili|rzucił*|rzucają|cisnęli|przycisnęli|przycisnął|przycisnęła|przyciskali"
        "|docisnęli) (go|ją"
        "|mnie|nas|ich|nim|nią)? (na|o|do) (ziemię|ziemie|glebę|chodnik|ścianę|maskę|auto"
        "|samochód|podłogę|asfalt|ziemi|ściany|płot)",
        "twarzą (do|w) (ziemi|ziemię|asfalt|chodnik|podłogę)",
        "(kopali|kopał|kopała|kopią|kopnął|kopnęli|kopnęła|skopali|skopał*|kopniak*)",
        "(dusili|dusił*|przydusili|przydusił*|duszenie|udusić)",
        "(gaz|gazem|gazu) (pieprzowym|pieprzowy|łzawiącym|łzawiący)",
        "(gazu|gaz|gazem) w (twarz|oczy)",
        "pałk*",
        "(wykręcili|wykręcił*|wykręcali|wykręcają) (mu|jej|mi)? (ręce|rękę|ręka)",
        "(przemoc|przemocy|przemocą|siłą|siłę|siły fizycznej|brutaln*)",
        "(poturbowali|poturbował*|poturbowany|poturbowana)",
        "(wywlekli|wywlókł|wlekli|ciągnęli|ciągnął|ciągną) (go|ją|ich|mnie)? (po|z|za)",
        "(paralizatorem|paraliżatorem|taserem)",
        "(razili|raził*) (go|ją|mnie)? (paralizatorem|prądem)",
        "(policzkowali|spoliczkował*|spoliczkowali)",
        "(kolano|kolanem) na (szyi|karku|plecach)",
    ),
    "injury": (
        "(ranny|ranna|ranni|rannych|rannego|rannej|ranne)",
        "(zraniony|zraniona|zranieni|zranił|zranili|zraniło)",
        "(krew|krwi|krwią|krwawi|krwawią|krwawił|krwawiła|krwawienie|zakrwawion*|we krwi)",
        "kontuzj*",
        "(siniak*|siniaki|sińce|siniec|posiniaczon*)",
        "(złamaną|złamaną|złamana|złamany|złamane|złamali|złamał|połamane|połamali) (rękę|ręka"
        "|nogę|noga|nos|żebro|żebra|szczękę|palec|palce|rękę|kość|kości|zęby|ząb|nadgarstek)",
        "(ręka|noga|nos|żebro|żebra|szczęka|palec|nadgarstek) (złamana|złamany|złamane)",
        "(nieprzytomny|nieprzytomna|nieprzytomnego|nieprzytomną|stracił przytomność|straciła"
        " przytomność|zemdlał|zemdlała)",
        "(rozbit*|rozcięt*) (głow*|nos|wargę|warga|łuk brwiowy|czoło|twarz)",
        "(rozbili|rozbił|rozcięli) (mu|jej|mi)? (głowę|nos|wargę|łuk|czoło|twarz)",
        "obrażeni*",
        "(poszkodowany|poszkodowana|poszkodowani|poszkodowanych)",
        "(opuchnięt*|spuchnięt*|opuchlizn*)",
        "(guz|guza) na (głowie|czole)",
        "(rana|rany|ranę) (na|od|cięta|kłuta|postrzałowa|głowy|ręki|nogi)",
    ),
    "medical_now": (
        "(potrzebna|potrzebny|potrzebujemy|potrzebuje|potrzebuję|wezwijcie|wezwać|dzwońcie po"
        "|zadzwońcie po|wołajcie|przyślijcie|wyślijcie|zamówcie) (karetk*|ambulans*|lekarz*"
        "|pogotowi*|pomocy medycznej|pomoc medyczną|medyka|ratowników|911|sanitariuszy)",
        "karetk* (teraz|szybko|natychmiast|pilnie)",
        "(dzwońcie|dzwonić|zadzwońcie) (na|po)? 911",
        "nie (może|moze|mogą) oddychać",
        "nie oddycha",
        "(dusi się|dławi się)",
        "(atak serca|ataku serca|zawał|zawału|zawale)",
        "(atak|ataku) (padaczki|epilepsji|astmy)",
        "drgawk*",
        "(jest|leży|lezy|leżą) (nieprzytomny|nieprzytomna|nieprzytomni|bez przytomności|bez ruchu)",
        "(leży|lezy|leżą|leza) (i|w)? (krwawi|krwi|krwawią|kałuży krwi)",
        "(wykrwawia się|mocno krwawi|bardzo krwawi|dużo krwi|mnóstwo krwi|pełno krwi)",
        "(jest|są) w karetce",
        "(wiozą|zabiera) (go|ją)? karetka",
    ),
    "weapon": (
        "(broń|bronią|broni palnej|długą broń|długa broń|bronie|z bronią)",
        "uzbrojen*",
        "pistolet*",
        "karabin*",
        "(strzelb*|rewolwer*|spluw*|gnat|gnaty|giwer*)",
        "(paralizator*|taser*)",
        "(z|ze) (bronią|bronia|karabinami|pistoletami|długą bronią)",
    ),
    "weapon_pointed": (
        "(celował|celowała|celowali|celowały|celują|celuje|wycelował|wycelowała|wycelowali"
        "|wycelowany|wycelowana|wycelowane|wymierzył|wymierzyli|wymierzona|mierzył|mierzyli"
        "|mierzą)",
        "(pistolet*|broń|karabin*|lufę|lufa|spluwę) (w|do|przy) (głowy|głowie|głowę|twarz*"
        "|mnie|nas|niego|niej|ludzi|plecy|skroni|kierunku)",
        "(wyciągnęli|wyciągnął|wyciągnęła|wyciąga|wyciągają|wyjęli|wyjął|wyjęła|dobyli)"
        " (broń|pistolet*|bron|pistolety"
        "|karabiny|spluwę)",
        "na muszce",
        "pod lufą",
        "(przyłożył*|przyłożyli|przystawił*|przystawili) (mu|jej|mi)? (pistolet|broń|lufę)",
    ),
    "weapon_fired": (
        # Not "strzel*", which would take "strzelba" (a shotgun) for a shot.
        "strzela*",
        "strzeli*",
        "(strzał|strzały|strzałów|strzałem|wystrzał*|wystrzel*)",
        "(postrzel*|zastrzel*|odstrzel*)",
        "padły strzały",
        "(otworzyli|otworzył*) ogień",
    ),
    "minor": (
        "(dziecko|dziecka|dziecku|dzieckiem|dzieci|dzieciom|dziećmi|dzieciach|dzieciak*"
        "|dzieciaczk*)",
        "(syn|syna|synem|synowi|synu|synek|synka|synkiem|synowie|synów|synami|synkowi)",
        "(córka|córkę|córki|córce|córką|córeczka|córeczkę|córeczki|córek|córkami)",
        "(nieletni*|małoletni*|niepełnoletni*)",
        "nastolat*",
        "(maluch*|maleństwo|niemowl*|bobas*)",
        "(uczeń|ucznia|uczniów|uczniowie|uczniami|uczennic*)",
        # Not "chłopcy": "chłopcy z budowy" are grown men.
        "(chłopiec|chłopca|chłopczyk*)",
        "dziewczynk*",
        "(wnuk|wnuka|wnuczka|wnuczkę|wnuki|wnuków|wnuczęta)",
        # An age said as an age, not "2 lata temu" or "od 10 lat" (years ago, for years).
        f"(ma|mają|miał|miała|mający|mająca|który ma|która ma|w wieku|ma dopiero|ma tylko)"
        f" {_AGES} (lat|lata|latek|latka|rok|roczek|l)?",
        f"{_AGES} (letni|letnia|letniego|letnią|letnie|latek|latka|letnim|letniej)",
        f"(syn|syna|córka|córkę|chłopak|chłopaka|dziewczyna|dziewczynę|dziecko|brat|brata"
        f"|siostra|siostrę|kuzyn|kuzyna|bratanek|wnuk|wnuczka|dzieciak|uczeń) {_AGES}"
        " (lat|lata|latek|latka|l)",
    ),
    "child_alone": (
        "(same|sam|sama|sami) w domu",
        "w domu (same|sam|sama|sami)",
        "(zostały|został|została|zostali|zostało) (same|sam|sama|sami|bez opieki|w domu sam"
        "|w domu same|w domu sama)",
        "bez opieki",
        "bez (rodziców|mamy|taty|ojca|matki|opiekuna|dorosłych|nikogo)",
        "nie ma kto (odebrać|się zająć|zająć się|przypilnować|pilnować|zaopiekować)",
        "nikt (nie)? (odbierze|odebrał|nie odbierze) (dzieci|dziecka|syna|córki|małej|małego)",
        "(czekają|czeka) (same|sam|sama) (na|przed|pod|w)",
    ),
    "masks": (
        "(w|z) (maskach|maskami|masce|masku|maską|kominiarkach|kominiarkami|kominiarce"
        "|kominiarką|chustach na twarzy|chustami na twarzach)",
        "zamaskowan*",
        "kominiark*",
        "(zakryt*|zasłonięt*|zakrywali|zasłaniali|zasłaniał|zakrywał) (twarz*|twarzach)",
        "(twarz*) (zakryt*|zasłonięt*)",
        "mieli maski",
        "(mieli|miał|mają|ma) (maski|maskę|kominiarki|kominiarkę) na twarz*",
    ),
    "no_id": (
        "bez (identyfikator*|odznak*|legitymacj*|oznaczeń|oznakowania|naszywek|mundurów"
        "|munduru|nazwisk|plakietek|plakietki|napisów)",
        "nie (przedstawił*|przedstawili|przedstawiła)",
        "nie (pokazali|pokazał|pokazała|chcieli pokazać|chciał pokazać) (żadnej|żadnych)?"
        " (odznak*|legitymacj*|identyfikator*|dokumentów)",
        "(nie|nie chcieli|nie chciał) (podali|podał|podać) (nazwisk*|imienia|numeru odznaki)",
        "(po cywilnemu|w cywilu|w cywilnych ubraniach|nieumundurowan*)",
        "(odmówił|odmówili|odmówiła) (podania|pokazania|przedstawienia|się przedstawić)",
    ),
    "badge": (
        "(odznak*|numer odznaki|nr odznaki|numer służbowy|blacha|blachy|blachę|identyfikator*"
        "|plakietk*|legitymacj*) (miał|ma|miała|z|numer|nr|no|#)? (numer|nr|no|#)? <num>",
        "(na|z) (kamizelce|mundurze|odznace|piersi|plakietce|identyfikatorze|koszulce)"
        " (miał|ma|był|było|miała|napis)? (numer|nr|no|#)? <num>",
    ),
    "agent_name": (
        "(nazywał się|nazywała się|nazywa się|przedstawił się jako|przedstawiła się jako"
        "|przedstawił się|przedstawiła się|na nazwisko|o nazwisku)",
        "(jego|jej) nazwisko (to|brzmi)?",
        "na (plakietce|identyfikatorze|mundurze|kamizelce) (było|miał|miała|napisane)?"
        " (nazwisko|imię)",
        "nazwisko (agenta|policjanta|funkcjonariusza)",
    ),
    "plate": (
        "(rejestracj*|tablic* rejestracyjn*|tablic*|numer rejestracyjny|numery rejestracyjne"
        "|nr rej|nr rejestracyjny|blach* rejestracyjn*|numer auta|numer samochodu|numery auta)"
        " (illinois|il|ill|indiana|in|wisconsin|wi|stanowe)? (to|numer|nr|no|#)? <plate>",
    ),
    "plate_hidden": (
        "bez (tablic*|rejestracji|numerów|tablic rejestracyjnych)",
        "(zakryt*|zasłonięt*|zaklejon*|zamazan*) (tablic*|numery|rejestracj*)",
        "(tablic*|rejestracj*|numery) (zakryt*|zasłonięt*|zaklejon*|zamazan*)",
        "(tymczasow*|papierow*) (tablic*|rejestracj*)",
        "nie (było|miał|mieli|mają|ma) (widać)? (tablic*|rejestracji|numerów)",
    ),
    "sensitive_location": (
        "szkoł*",
        "szkol*",
        "(kościół|kościoła|kościele|kościołem|kościoły|kościołów|kościołach|kosciol|kosciola"
        "|kosciele)",
        "parafi*",
        "(msza|mszy|mszą|mszę|mszach|nabożeństw*)",
        "cerk*",
        "synagog*",
        "meczet*",
        "(świątyni|świątynia|świątynię)",
        "(w|pod|przy|przed|koło|obok|do|na) (sądzie|sądu|sądem|sąd|budynku sądu)",
        "sąd* imigracyjn*",
        "szpital*",
        "klinik*",
        "przychodni*",
        "izb* przyjęć",
        "ostr* dyżur*",
        "(przedszkol*|żłob*|żłóbk*|day care|daycare|świetlic*)",
        "(uniwersytet*|uczelni*|college*|kampus*)",
    ),
    "property_damage": (
        "(wyważyli|wyważył*|wyważają|wyważone|wyważona|wyważenie)",
        "(wyłamali|wyłamał*|wyłamują|wyłamane|wyłamany)",
        "(rozwalili|rozwalił*|rozbili|rozbił*|wybili|wybił*|zbili|zbił*|stłukli|stłukł*|potłukli"
        "|rozbiły|wybiły) (nam|mi|im|jej"
        "|mu)? (drzwi|okno|okna|szybę|szyby|zamek|zamki|furtkę|bramę|auto|samochód|lusterko)",
        "(zniszczyli|zniszczył*|zniszczyły|zniszczone|zniszczony|zniszczona|zniszczenia"
        "|zniszczeń|zdemolowali|zdemolował|zdemolowane|zdemolowany|demolowali)",
        "(uszkodzili|uszkodził*|uszkodziły|uszkodzone|uszkodzony|uszkodzona|uszkodzenia|uszkodzeń)",
        "(drzwi|zamek|okno|okna|szyba|szyby|brama|furtka) (wyważone|wyłamane|zniszczone"
        "|rozbite|rozwalone|wybite|połamane)",
        "(wybite|rozbite|połamane|wyważone) (okno|okna|drzwi|szyby|szybę)",
        "(weszli|weszła|weszło|wtargnęli|wtargnęła|wdarli się|wdarła się) (siłą|na siłę)",
        "(włamali się|włamanie)",
        "(wyrwali|wyrwał*) (drzwi|zamek|furtkę)",
        "przewrócili (wszystko|mieszkanie|dom)",
    ),
    "retaliation": (
        "(grozi|grozili|groził|groziła|grożą|grożąc|grożenie|zagrozili|zagroził|pogrozili"
        "|pogroził)",
        "groźb*",
        "zastrasz*",
        "odwet*",
        "(wrócą|wróci|przyjdą|przyjadą|przyjedzie|przyjdzie) (po|za) (mnie|nas|ciebie|was|ciebie"
        " też|nią|niego)",
        "(wiedzą|wie|wiemy) gdzie (mieszkam|mieszkasz|mieszkamy|mieszkacie|mieszka)",
        "(zabrał|zabrali|zabrała|zabrało|wyrwał*|wyrwali|odebrał*|odebrali|wytrącił*|wytrącili"
        "|rozbili|rozbił|zniszczyli|zniszczył|skonfiskowali|skonfiskował|zgarnęli) (mi|nam|jej"
        "|mu|im)? (telefon*|komórk*|kamer*|aparat*|smartfon*)",
        "(kazał*|kazali|krzyczał*|krzyczeli|powiedział*|powiedzieli|żądał*|żądali) (mi|nam"
        "|jej|mu)? (żebym|żebyśmy|żeby|zebym|zebysmy)? (przestać|przestała|przestał|przestali"
        "|przestała|skończyć|przestać) (nagrywać|filmować|kręcić|robić zdjęć|robić zdjęcia)",
        "(przestań|przestańcie|przestać|nie) (nagrywać|nagrywaj|nagrywajcie|filmować"
        "|filmuj|filmujcie|kręcić)",
        "(jak|jeśli|jeżeli|jesli|jezeli) nie (przestanę|przestaniesz|przestaniecie|przestaniemy"
        "|przestanie|przestaną|przestanie nagrywać|skasuję|usunę)",
        "(usuń|usunąć|usunął|usunęli|skasował|skasowali|skasować|kazali usunąć|kazał usunąć)"
        " (nagranie|nagrania|filmik|film|zdjęcia|wideo|video)",
        "(mnie|nas|ciebie|was|ją|jego) (też|tez|także) (zamkną|zabiorą|aresztują|deportują"
        "|zgarną|wsadzą)",
        "(zamkną|zabiorą|aresztują|deportują|zgarną|wsadzą) (mnie|nas|ciebie|was|cię) (też|tez"
        "|także)",
        "nęka*",
    ),
    "immigration_threat": (
        "(zadzwoni|zadzwonią|zadzwonię|zadzwonimy|zadzwonić|dzwonić|wezwie|wezwą|wezwać"
        "|zgłosi|zgłoszą|zgłoszę|zgłosić|doniesie|doniosą|donieść|naśle|naślą|nasłać"
        "|powiadomi|powiadomią|powiadomić) (po|na|do)? (imigracj*|ice|ajs*|urząd imigracyjny"
        "|służby imigracyjne|migrę|la migra|straż graniczną)",
        "(deportują|deportuje|deportować|odeślą|odeśle|wyrzucą) (cię|was|ciebie|go|ją|ich|nas)",
        "(grozi*|groził*|zagroził*|grozili|zagrozili) (mi|nam|jej|mu)? (deportacj*|imigracj*"
        "|ice|wydaleniem)",
    ),
    "police_assist": (
        f"{_POLICE} (stanowa|stanowi|miejska|z chicago|chicagowska)? (pomaga*|pomogli|pomógł"
        "|pomogła|pomagali|współpracuj*|współpracował*|eskortow*|asystow*|osłania*|ochraniał*"
        "|ochraniają|przyjechała z|przyjechali z|była z|byli z)",
        f"(pomaga*|pomagali|pomogli|pomógł|pomogła|pomagała|pomagał|współpracuj*"
        f"|współpracowali|współpracowała) {_AGENTS}",
        "(pomaga*|pomagali|pomogli|pomógł|pomogła) (agentom|ice|ajs|imigracji|federalnym)",
        f"(razem|wspólnie|ramię w ramię) (z)? {_AGENTS}",
        f"(wydali|wydał*|przekazali|przekazał*|oddali|oddał*) {_OF}? {_PEOPLE}? {_AGENTS}",
        "(zadzwonili|zadzwonił*|wezwali|wezwał*|zawiadomili|zawiadomił*)"
        " (po|na|do)? (ice|ajs|imigracj*|federalnych|agentów|straż graniczną)",
        "(pomogli|pomagali|pomógł|pomogła) (zatrzymać|aresztować|zabrać|skuć|złapać|wyprowadzić)",
        # Held by the police and handed over: "zatrzymany przez policję i przekazany ICE".
        "(przekazany|przekazana|przekazani|przekazanego|wydany|wydana|wydani|oddany|oddana"
        "|oddani) (do|dla)? (ice|ajs|imigracji|agentom|federalnym|straży granicznej)",
        # Police and agents as one subject of an enforcement verb: they do it together.
        f"{_POLICE} (stanowa|stanowi|miejska|z chicago)? (i|z|razem z|oraz|a) {_AGENTS}"
        " (federalni|imigracyjni)? (zrobili|zrobiły|robią|ustawili|postawili|łapią|zatrzymują"
        "|zatrzymali|aresztują|aresztowali|zabrali|zabierają|sprawdzają|sprawdzali|blokują"
        "|zablokowali|otoczyli|otaczają|weszli|wchodzą|pobili|biją|skuli|przeszukują"
        "|legitymują)",
    ),
    "police_block": (
        "(zablokowali|zablokowała|zablokował|zablokowało|blokują|blokowali|blokowała|blokowało"
        "|zamknęli|zamknęła|zamknęło|zamykają|zamykali|odcięli|odcięła|odgrodzili|odgrodziła"
        "|odgrodziło|zagrodzili|zagrodziła) (całą)? (ulic*|drog*|ruch|przejazd|skrzyżowani*"
        "|przecznic*|wjazd|wyjazd|kwartał|aleję|alejkę|parking|teren|dojazd)",
        "(ulica|ulice|droga|skrzyżowanie|teren) (zablokowan*|zamknięt*|odgrodzon*|odcięt*)",
        "(trzymali|trzymało|trzymała|trzymają|trzymał|odpychali|odsuwali) (ludzi|gapiów|tłum"
        "|wszystkich|nas|sąsiadów) (za taśmą|z daleka|na dystans|na odległość|z dala|za"
        " barierkami)",
        "(za|policyjną|policyjna) taśm*",
        "taśm* policyjn*",
        "kordon*",
        "nie (puszczali|wpuszczali|przepuszczali|dawali podejść|pozwalali podejść|pozwalali"
        " przejść|dawali przejść|puszczają|wpuszczają|przepuszczają)",
        "(kierowali|kierowała|kierują) ruchem",
    ),
    "police_share": (
        "(dali|dała|dał|dają|daje|przekazali|przekazała|przekazał|przekazują|przekazuje|podali"
        "|podała|podał|udostępnili|udostępniła|wydali|wydała|sprzedali|wysłali) (im|agentom|ice"
        "|ajs|imigracji|federalnym)? (adres*|dane|danych|informacj*|nazwisk*|namiary|zdjęci*)",
    ),
    "police_watch": (
        f"{_POLICE} (tylko|sobie|po prostu)? (patrzyli|patrzyła|patrzą|patrzył|stali|stała"
        "|stało|stoją|stoi|przyglądali się|przyglądała się|obserwowali|obserwowała|nic nie"
        " robili|nic nie robiła|nie reagowali|nie reagowała|nie zareagowali|stali obok"
        "|stali z boku|stała obok|czekali|czekała)",
        "(stali|stoją|stała) (obok|z boku|z tyłu)? i (patrzyli|patrzą|patrzyła|się przyglądali"
        "|nic nie robili)",
    ),
    "no_warrant": (
        "bez (żadnego|jakiegokolwiek)? (nakazu|nakazów)",
        "bez (podpisu|zgody|nakazu) sędziego",
        "nie (mieli|miał|miała|mają|ma|pokazali|pokazał|pokazała|okazali|okazał|przedstawili"
        "|przedstawił|mieli przy sobie) (żadnego)? (nakazu|nakazów|sądowego nakazu)",
        "nie (mieli|miał|mają|ma|pokazali|pokazał) (nakazu)? (sądowego|od sędziego|z sądu"
        "|podpisanego przez sędziego)",
        "nakaz* (nie był|nie była|nie było|nie jest|nie) (od sędziego|sądow*|podpisan*|z sądu)",
        "nie od sędziego",
        "nie (był|było|jest) podpisan* przez sędziego",
        "nakaz* administracyjn*",
        "(nakaz*|papier*) (z ice|od ice|imigracyjn*|ice)",
        "(brak|żadnego) nakaz*",
    ),
    "media": (
        "nagra*",
        "nagryw*",
        "(film|filmik|filmiki|filmiku|filmy|filmów|filmik*|sfilmował*|filmowałam|filmowałem"
        "|filmowała|filmowaliśmy)",
        "wideo",
        "(zdjęcie|zdjęcia|zdjęć|zdjęciach|zdjęciami|fotk*|fotki|foto|fotografi*)",
        "(zrobiłam|zrobiłem|zrobiliśmy|zrobiła) (im)? (zdjęcia|zdjęcie|fotki|fotkę|film|filmik)",
        "kamer* (z|przy|nad) (domu|drzwi|drzwiach|wejścia|sklepu)",
        "kamery ring",
        "monitoring*",
        "(screen*|zrzut* ekranu|skrin*)",
        "(mam|mamy|ma|mają) (to)? (na)? (telefonie|nagraniu|filmie|video|wideo)",
    ),
    "question": (
        "jakie (mam|mamy|ma|mają|są moje|są nasze)? prawa",
        "(moje|nasze|swoje|twoje|wasze) prawa",
        "znaj swoje prawa",
        "czy (muszę|musimy|musi|mam|mamy|trzeba|należy|powinienem|powinnam|powinniśmy|wolno mi)"
        " (im)? (otworzyć|otwierać|wpuścić|wpuszczać|pokazać|pokazywać|odpowiadać|odpowiedzieć"
        "|mówić|podpisać|podpisywać|dawać|podawać|rozmawiać)",
        "czy (mogą|może|wolno) (mi|im|mnie)? (wejść|wchodzić|aresztować|zabrać|zatrzymać|pytać"
        "|sprawdzać|żądać|mnie|nas|go)",
        f"czy {_POLICE} (w chicago|z chicago)? (współpracuj*|pomaga*|może|mogą|ma prawo"
        "|mają prawo|musi|muszą|zgłasza|dzwoni|informuje)",
        "czy (ice|ajs|imigracja|agenci|oni) (może|mogą|ma prawo|mają prawo|musi|muszą)",
        "czy (ma|mają) prawo",
        "co (mam|mamy|należy|powinienem|powinnam|powinniśmy|można)? (robić|zrobić) (jeśli"
        "|jeżeli|jak|gdy|gdyby|kiedy)",
        "mam pytanie",
        "(adwokat*|prawnik*|pomoc prawn*|porad* prawn*)",
        "jak to działa",
        "czy to (jest)? anonimow*",
        "anonimow*",
        "czy to prawda",
        "czy to (jest)? (ta|ten|dobra|dobry|właściwa|właściwy)? (linia|numer|infolinia)",
        "(linia|numer|infolinia) (do|dla) (zgłaszania|zgłoszeń|zgłaszania ice)",
        "(gdzie|jak) (mogę|można|możemy) (zgłosić|znaleźć|sprawdzić|dowiedzieć się)",
        "infolini*",
    ),
    "idiom": (
        # Immigration as a topic, not as agents there: "nic nie pytali o imigrację".
        "(o|na temat|w sprawie|odnośnie|co do) (imigracj*|deportacj*)",
        # A condition, not a report: "czy muszę otworzyć jak ICE puka a nie mają nakazu?"
        "(jak|jeśli|jeżeli|gdy|gdyby|kiedy) _ _? _? _? nie (mają|ma|będą mieli|będzie miał"
        "|mieliby|miałby|pokażą|pokaże) (żadnego)? (nakaz*|sądowego nakazu)",
        "(jak|jeśli|jeżeli|gdy|gdyby|kiedy) (ice|ajs|agenci|imigracja|policja|oni|ktoś)?"
        " (puka|pukają|zapuka|zapukają|przyjdzie|przyjdą|przyjedzie|przyjadą|wejdzie|wejdą"
        "|zatrzyma|zatrzymają|zapyta|zapytają) (ice|ajs|agenci|imigracja|policja)? (a nie mają"
        " nakazu|a nie ma nakazu|i nie mają nakazu|ale nie mają nakazu|a nie mają żadnego"
        " nakazu|bez nakazu)?",
        # Infinitives: "wejść bez nakazu" is what they may do, not what they did ("weszli").
        "(wejść|wchodzić|zabrać|aresztować|zatrzymać|przeszukać|przeszukiwać|wtargnąć"
        "|wkroczyć|wejśc|zabierać|aresztowac) _? _? _? bez (żadnego)? (nakazu|nakazów|nakazu"
        " sądowego|nakazu od sędziego)",
        # "There was no ICE": the agency named only to say it was not there.
        "(ice|ajs|imigracji|agentów|federalnych|straży granicznej) (nie było|nie ma|nie"
        " przyjechało|nie przyjechali)",
        # The bonnet of a car, not a face mask: "pchnął mnie na maskę auta".
        "(na|o) (maskę|masce|maski|maska) (auta|samochodu|radiowozu|wozu|samochód|auto)",
        "(rany|o rany) (boskie|julek|boże)",
        "broń (boże|panie boże)",
        "serce (mi|mu|jej)? (wali|bije|łomocze|pęka)",
        "(walić|wal) to",
        "(ja|my) (odebrałam|odebrałem|odebraliśmy|zabrałam|zabrałem|zabraliśmy) _? (dzieci"
        "|dziecko|syna|córkę|mamę) (ze|z) (szkoły|przedszkola|pracy)",
        "(atak|ataku|ataki) paniki",
        "(zabić|zabiję) czas",
        "strzel* _? (gola|gole|goli|bramkę|bramki|focha)",
        # The resident's own immigration case, not agents: "moja sprawa imigracyjna w sądzie".
        "(sprawa|sprawą|sprawę|sprawie|sprawy|prawnik|prawnika|prawnikiem|adwokat|adwokata"
        "|adwokatem|rozprawa|rozprawę|rozprawie|wniosek|wniosku|formularz|formularze|przesłuchanie"
        "|przesłuchaniu|wizyta|wizytę) imigracyjn*",
    ),
    "spam": (
        "(wygrałeś|wygrałaś|wygraliście|wygrana|wygranej|wygraj)",
        "(nagroda|nagrodę|nagrody|nagrodą|nagród)",
        "(kliknij|kliknąć|klikając|klik)",
        "gratulacj*",
        "(za darmo|darmow*)",
        "(pożyczk*|kredyt*|chwilówk*)",
        "kasyn*",
        "(promocj*|rabat*|zniżk*)",
        "kryptowalut*",
        "bitcoin*",
        "bit ly",
    ),
}

NEGATORS: dict[str, int] = {
    # "Nikt nie został ranny", "nie zabrali go": "nie" stands right before the verb.
    **dict.fromkeys(
        (
            "nie",
            "nikt",
            "nikogo",
            "nikomu",
            "nic",
            "niczego",
            "nigdy",
            "nigdzie",
            "żaden",
            "żadna",
            "żadne",
            "żadnego",
            "żadnej",
            "żadnych",
            "ani",
            "brak",
            "niby",
        ),
        3,
    ),
    # "bez" only reaches its own noun: "bez ICE", "bez imigracji" (and "bez nakazu" is a phrase).
    "bez": 1,
    # Hypotheticals and questions ("czy policja współpracuje z ICE?", "jeśli przyjdą") are not
    # reports.
    **dict.fromkeys(("czy", "jeśli", "jeżeli", "gdyby", "mogą", "może", "ewentualnie"), 2),
}

# "Rannych brak": existence denied after the noun.
POST_NEGATORS: dict[str, int] = {"brak": 1}

TIME = TimeWords(
    now=(
        "teraz",
        "w tej chwili",
        "w tym momencie",
        "właśnie teraz",
        "obecnie",
        "aktualnie",
        "dzieje się teraz",
    ),
    today=(
        "dziś",
        "dzisiaj",
        "dziś rano",
        "dzisiaj rano",
        "dziś wieczorem",
        "dzisiaj wieczorem",
        "dziś po południu",
        "dzisiaj po południu",
    ),
    earlier_today=("rano", "z rana", "wcześniej", "dziś wcześniej", "nad ranem"),
    yesterday=("wczoraj", "wczoraj rano", "wczoraj wieczorem", "wczoraj po południu"),
    day_before_yesterday=("przedwczoraj",),
    last_night=("w nocy", "zeszłej nocy", "ostatniej nocy", "wczoraj w nocy", "tej nocy"),
    vague_past=(
        "w zeszłym tygodniu",
        "w ubiegłym tygodniu",
        "w zeszłym miesiącu",
        "w zeszłym roku",
        "parę dni temu",
        "kilka dni temu",
        "kiedyś",
        "ostatnio",
        "niedawno",
        "w tym tygodniu",
        "onegdaj",
    ),
    while_ago=("przed chwilą", "chwilę temu", "chwilkę temu", "dopiero co"),
    ago_after=("temu",),
    ago_before=(),
    last=("zeszły", "zeszłą", "zeszłym", "ostatni", "ostatnią", "ubiegły", "ubiegłą"),
    future=("jutro", "pojutrze", "w przyszłym tygodniu", "za tydzień", "w przyszłym miesiącu"),
    numbers={
        "jeden": 1,
        "jedna": 1,
        "jedną": 1,
        "jedno": 1,
        "dwa": 2,
        "dwie": 2,
        "dwóch": 2,
        "trzy": 3,
        "trzech": 3,
        "cztery": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
        "piętnaście": 15,
        "dwadzieścia": 20,
        "trzydzieści": 30,
        "czterdzieści": 40,
        "czterdzieści pięć": 45,
        "pięćdziesiąt": 50,
        "parę": 2,
        "kilka": 3,
        "kilku": 3,
        "kilkanaście": 15,
    },
    half=("pół",),
    units={
        "minuta": 1,
        "minuty": 1,
        "minut": 1,
        "minutę": 1,
        "min": 1,
        "godzina": 60,
        "godziny": 60,
        "godzin": 60,
        "godzinę": 60,
        "godzinkę": 60,
        "godz": 60,
        "dzień": 1440,
        "dni": 1440,
        "dnia": 1440,
        "dobę": 1440,
        "tydzień": 10080,
        "tygodnie": 10080,
        "tygodni": 10080,
        "tygodnia": 10080,
    },
    parts_of_day={
        "rano": 8,
        "z rana": 8,
        "rankiem": 8,
        "nad ranem": 5,
        "przed południem": 10,
        "w południe": 12,
        "południe": 12,
        "po południu": 15,
        "popołudniu": 15,
        "wieczorem": 19,
        "wieczór": 19,
        "w nocy": 23,
        "nocą": 23,
        "o północy": 0,
        "północ": 0,
    },
    # "o 2 w nocy" is two in the morning; "o 11 w nocy" is rarer than "o 11 wieczorem".
    am=("rano", "nad ranem", "w nocy"),
    pm=("wieczorem", "po południu"),
    clock_lead=("o", "około", "ok", "koło", "gdzieś o", "od", "przed", "po"),
    weekdays={
        "poniedziałek": 0,
        "wtorek": 1,
        "środa": 2,
        "środę": 2,
        "czwartek": 3,
        "piątek": 4,
        "sobota": 5,
        "sobotę": 5,
        "niedziela": 6,
        "niedzielę": 6,
    },
    # "maja" (of May) is left out: unaccented it is "mają" (they have), as in "mają 3 auta".
    months={
        "stycznia": 1,
        "styczeń": 1,
        "lutego": 2,
        "luty": 2,
        "marca": 3,
        "marzec": 3,
        "kwietnia": 4,
        "kwiecień": 4,
        "maj": 5,
        "czerwca": 6,
        "czerwiec": 6,
        "lipca": 7,
        "lipiec": 7,
        "sierpnia": 8,
        "sierpień": 8,
        "września": 9,
        "wrzesień": 9,
        "października": 10,
        "październik": 10,
        "listopada": 11,
        "listopad": 11,
        "grudnia": 12,
        "grudzień": 12,
    },
    day_first=True,
)


def _plain_l_time(words: TimeWords) -> TimeWords:
    """The time words with "ł" also typed as "l" ("zeszłej nocy", "zeszlej nocy")."""
    return TimeWords(
        now=_plain_l(words.now),
        today=_plain_l(words.today),
        earlier_today=_plain_l(words.earlier_today),
        yesterday=_plain_l(words.yesterday),
        day_before_yesterday=_plain_l(words.day_before_yesterday),
        last_night=_plain_l(words.last_night),
        vague_past=_plain_l(words.vague_past),
        while_ago=_plain_l(words.while_ago),
        ago_after=_plain_l(words.ago_after),
        ago_before=_plain_l(words.ago_before),
        last=_plain_l(words.last),
        future=_plain_l(words.future),
        numbers=_plain_l_keys(words.numbers),
        half=_plain_l(words.half),
        units=_plain_l_keys(words.units),
        parts_of_day=_plain_l_keys(words.parts_of_day),
        am=_plain_l(words.am),
        pm=_plain_l(words.pm),
        clock_lead=_plain_l(words.clock_lead),
        weekdays=_plain_l_keys(words.weekdays),
        months=_plain_l_keys(words.months),
        day_first=words.day_first,
    )


LEXICON = Lexicon(
    locale="pl",
    concepts={name: _plain_l(phrases) for name, phrases in CONCEPTS.items()},
    negators=_plain_l_keys(NEGATORS),
    post_negators=POST_NEGATORS,
    clause_breaks=frozenset(
        _plain_l(
            (
                "ale",
                "a",
                "i",
                "oraz",
                "potem",
                "później",
                "następnie",
                "kiedy",
                "gdy",
                "bo",
                "ponieważ",
                "więc",
                "wtedy",
                "chociaż",
                "choć",
                "lecz",
                "tylko",
                "też",
                "także",
                "jednak",
                "zaś",
                "jak",
            )
        )
    ),
    # Skipped when counting how far a negator reaches: "nikt z nas nie został ranny".
    determiners=frozenset(
        _plain_l(
            (
                "mój",
                "moja",
                "moje",
                "mojego",
                "mojej",
                "moich",
                "moją",
                "nasz",
                "nasza",
                "nasze",
                "naszego",
                "naszej",
                "naszych",
                "naszą",
                "jego",
                "jej",
                "ich",
                "ten",
                "ta",
                "to",
                "tego",
                "tej",
                "tych",
                "został",
                "została",
                "zostało",
                "zostali",
                "był",
                "była",
                "było",
                "byli",
                "jest",
                "są",
                "się",
                "mnie",
                "mi",
                "go",
                "ją",
                "nas",
            )
        )
    ),
    test_words=frozenset(_plain_l(("test", "testowa", "testowe", "testowy", "próba", "testuję"))),
    test_filler=frozenset(
        _plain_l(
            (
                "to",
                "jest",
                "tylko",
                "wiadomość",
                "wiadomosc",
                "raz",
                "dwa",
                "trzy",
                "cześć",
                "proszę",
                "nie",
                "odpowiadać",
                "ignorować",
                "ignorujcie",
                "sprawdzam",
            )
        )
    ),
    titles=frozenset(
        _plain_l(
            (
                "agent",
                "agentka",
                "oficer",
                "funkcjonariusz",
                "policjant",
                "policjantka",
                "sierżant",
                "detektyw",
                "porucznik",
                "kapitan",
                "szeryf",
            )
        )
    ),
    not_names=frozenset(
        _plain_l(
            (
                "był",
                "była",
                "byli",
                "i",
                "z",
                "że",
                "nie",
                "powiedział",
                "numer",
                "odznaka",
                "odznaki",
                "jego",
                "jej",
                "ich",
                "który",
                "która",
                "bez",
                "w",
                "na",
                "u",
                "po",
                "od",
                "do",
                "zabrał",
                "pchnął",
                "stał",
                "imię",
                "nazwisko",
                "nieznany",
                "nazywał",
                "miał",
                "mnie",
                "nas",
                # Verbs that follow "agent" or "policjant" in an answer ("agent pytał o papiery").
                "pytał",
                "krzyczał",
                "przyszedł",
                "podszedł",
                "kazał",
                "chciał",
                "mówił",
                "wziął",
                "złapał",
                "zatrzymał",
                "aresztował",
                "pokazał",
                "uderzył",
                "groził",
                "jest",
                "ma",
                "miała",
                "była",
                "federalny",
                "imigracyjny",
                "ice",
                "policji",
            )
        )
    ),
    unknown_answers=frozenset(
        _plain_l(
            (
                "nie wiem",
                "niewiem",
                "nie wiadomo",
                "nie widziałam",
                "nie widziałem",
                "nie",
                "nikt",
                "nic",
                "brak",
                "pomiń",
                "pomin",
                "nieznany",
                "nie mam pojęcia",
                "bez pojęcia",
            )
        )
    ),
    time=_plain_l_time(TIME),
    # Short, frequent Polish words (folded, with the "ł" typed as "l" too) that English,
    # Spanish, Tagalog, French or Vietnamese messages do not contain.
    common_words=frozenset(
        _plain_l(
            (
                "nie",
                "jest",
                "są",
                "się",
                "że",
                "jak",
                "tak",
                "już",
                "jeszcze",
                "mój",
                "moja",
                "moje",
                "mojego",
                "mnie",
                "jej",
                "oni",
                "ona",
                "tutaj",
                "teraz",
                "był",
                "była",
                "było",
                "byli",
                "przy",
                "przez",
                "dla",
                "bez",
                "który",
                "gdzie",
                "kiedy",
                "dzisiaj",
                "dziś",
                "wczoraj",
                "pomocy",
                "proszę",
                "policja",
                "mąż",
                "męża",
                "żona",
                "syn",
                "córka",
                "dzieci",
                "domu",
                "drzwi",
                "zabrali",
                "ale",
                "albo",
                "czy",
                "bo",
                "więc",
                "tylko",
                "mam",
                "mamy",
                "mają",
                "ktoś",
                "nikt",
                "nic",
                "sąsiad",
                "ulicy",
                "agenci",
                "godzinę",
                "temu",
                "dzień",
                "dobry",
                "cześć",
                "dziękuję",
                "pod",
                "ich",
                "jestem",
            )
        )
    ),
)
