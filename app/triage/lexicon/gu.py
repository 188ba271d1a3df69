"""Gujarati word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Residents write Gujarati in its own script and, as often, in Latin letters ("ICE vala mara
pati ne lai gaya"), with English and Hindi words mixed in ("raid", "abhi"). Both spellings
are listed side by side. Gujarati puts the verb last and negates after it ("કોઈને વાગ્યું
નથી", "pakdya nathi"), so ``નથી``/``નહીં``/``nathi`` are post-negators.

Gujarati joins case endings to the word ("પતિને", "પોલીસે", "ઘરમાં"), so nouns are listed as
stems (``પોલીસ*``). How the script meets the matcher: after folding (virama and nukta
removed), vowel signs (ા િ ી ુ ે ો ં ...) are not word characters to Python's regular
expressions, so

- a phrase ending in a consonant also matches that word with a vowel ending ("પકડ" matches
  પકડી, પકડો); a ``*`` is needed for consonant endings ("પોલીસવાળા");
- a phrase may match after a vowel sign inside a longer word, so short words are only listed
  together with what comes before or after them, and "મારા" (my) is never a blow;
- a negator or clause word is seen as its first fragment up to the first vowel sign ("નથી"
  is read as "નથ", "નહીં" and "નહોતું" as "નહ"), so those lists carry both forms.
"""

from __future__ import annotations

from app.triage.lexicon.model import Lexicon, TimeWords

_ICE = (
    "(ice|આઈસ|આઇસ|ઇમિગ્રેશન|ઈમિગ્રેશન|ઇમીગ્રેશન|ઈમીગ્રેશન|immigration|imigration|એજન્ટ|એજન્ટો|agents|agent)"
)
_WEEKDAYS = (
    "(સોમવાર*|મંગળવાર*|બુધવાર*|ગુરુવાર*|શુક્રવાર*|શનિવાર*|રવિવાર*|somvar*|mangalvar*"
    "|budhvar*|guruvar*|shukravar*|shanivar*|ravivar*)"
)
# "લઈ ગયા" (took away) and "લઈ જાય છે" (is taking away), in the forms residents use; the
# future "લઈ જઈશું" (we will take you) is a threat, not a detention, and is not listed.
_TAKEN = (
    "(ગયા|ગઈ|ગયો|ગયાં|ગયું|ગયેલા|જાય|જતા|જતી|જઈ રહ્યા|જઈ રહી|જઈ રહ્યો|gaya|gai|gayo"
    "|gayu|jay|jaay|jata|jati|jai rahya|jai rahi)"
)
_POLICE = "(પોલીસ*|પોલિસ*|police*|polis|pulis)"

CONCEPTS: dict[str, tuple[str, ...]] = {
    # "અત્યારે" and "હમણાં" are used like English "now" and lose to a past time word:
    # "કાલે લઈ ગયા, અત્યારે ખબર નથી ક્યાં છે" is about yesterday.
    "now": (
        "અબઘડી",
        "અત્યારે જ",
        "અત્યારેજ",
        "હાલ જ",
        "લાઈવ",
        "atyare j",
        "atyarej",
        "abghadi",
        # "still here", not "still" alone: "હજુ પણ ખબર નથી" is still not knowing.
        "(હજુ|હજી) (પણ)? (અહીં|અહીંયા|અહિયાં|બહાર|ત્યાં|ઊભા|ઊભી|ઉભા|ઉભી|દરવાજે|બારણે)",
        "(haju|haji) (pan)? (ahiya|ahi|bahar|tya|ubha|ubhi|darvaje|barne)",
    ),
    "now_weak": ("અત્યારે", "હમણાં", "હમણા", "હાલમાં", "atyare", "atyre", "hamna", "haman", "abhi"),
    "now_implied": (
        # Progressive and simple present: "કરી રહ્યા છે", "લઈ જાય છે", "રેડ ચાલે છે".
        "(રહ્યા|રહ્યો|રહી|રહ્યાં) (છે|છો)",
        "(rahya|rahyo|rahi|raya) (che|chhe|cho)",
        "(જાય|કરે|ચાલે|પૂછે|ખખડાવે|મારે|ફરે|રોકે|માંગે|તપાસે|લે|જુએ|ઠોકે|પકડે|ઉપાડે|ઘૂસે) (છે)",
        "(jay|jaay|kare|chale|puche|puchhe|khakhdave|mare|fare|roke|mange|tapase|le|jue|thoke"
        "|pakde|upade|ghuse) (che|chhe)",
        "(ઊભા|ઊભી|ઊભો|ઉભા|ઉભી|ઉભો) (છે)",
        "(ubha|ubhi|ubho|ubhaa) (che|chhe)",
        "(અહીં|અહીંયા|અહિયાં|અહિયા|બહાર|દરવાજે|બારણે) (જ)? (છે|ઊભા)",
        "(ahiya|ahiyan|ahi|ahin|bahar|darvaje|barne) (j)? (che|chhe|ubha)",
        "(આવી|aavi|avi) (ગયા|ગઈ|gaya|gai) (છે|che|chhe)",
        "(એકલા|એકલી|એકલો|ekla|ekli|eklo) (છે|che|chhe)",
    ),
    "recent": (
        "(મિનિટ|મિનીટ|min|mins|minute|minutes|minit) (પહેલાં|પહેલા|pahela|pehla|pela)",
        "(એક|1|અડધો|અડધા|ek|adadho|addho|adadha) (કલાક|kalak) (પહેલાં|પહેલા|pahela|pehla|pela)",
        "થોડી (વાર|વાર) (પહેલાં|પહેલા)",
        "thodi (var|vaar) (pahela|pehla|pela)",
        "(હમણાં|હમણા) જ",
        "(hamna|haman) j",
        "hamnaj",
    ),
    "past": (
        "ગઈકાલે",
        "ગઈ કાલે",
        "કાલે",
        "gaikale",
        "gai kale",
        "kale",
        "kaale",
        "ગઈ (રાત્રે|રાતે|રાત)",
        "(gai|kale) (raate|rate|raat|ratre)",
        "(પરમ દિવસે|પરમદિવસે|પરમ દિવસ)",
        "(parmdivse|param divase|param divse|parmdi)",
        "ગયા (અઠવાડિયે|મહિને|વર્ષે|વખતે)",
        f"ગયા {_WEEKDAYS}",
        "gaya (athvadiye|mahine|varshe|vakhte)",
        _WEEKDAYS,
        "(દિવસ|કલાક|અઠવાડિયા|અઠવાડિયું|મહિના|વર્ષ) (પહેલાં|પહેલા)",
        "(divas|kalak|athvadiya|mahina|varas) (pahela|pehla|pela)",
        "(આજે|aaje|aje) (સવારે|બપોરે|savare|bapore)",
        # Past progressive and pluperfect: "ઊભા હતા", "ગયો હતો", "બંધ કરી દીધી હતી".
        "(રહ્યા|રહી|ઊભા|ઊભી|જતા|કરતા|ગયા|ગયો|ગઈ|આવ્યા|આવ્યું|આવ્યો|દીધી|દીધું|દીધા|દીધો|કર્યું"
        "|કરી) (હતા|હતી|હતો|હતું)",
        "(rahya|rahi|ubha|ubhi|jata|karta|gaya|gayo|gai|aavya|avya|aavyu|avyu|didhi|didhu"
        "|didha|karyu|kari) (hata|hati|hato|hatu)",
    ),
    "agency_ice": (
        "આઈસ",
        "આઇસ",
        "આઈ સી ઈ",
        "ઇમિગ્રેશન*",
        "ઈમિગ્રેશન*",
        "ઇમીગ્રેશન*",
        "ઈમીગ્રેશન*",
        "ઇમિગ્રેસન*",
        "imigration",
        "immigation",
        # "ICEવાળા", "ICEને": the English word with a Gujarati ending joined to it.
        "ice*",
    ),
    "agency_cbp": (
        "બોર્ડર પેટ્રોલ",
        "બોર્ડર પોલીસ",
        "બોર્ડર (વાળા|વાળાએ|વાળાઓ)",
        "border (vala|vada|wala)",
        "સીબીપી",
    ),
    "agency_other_federal": (
        "એફબીઆઈ",
        "એફ બી આઈ",
        "ફેડરલ*",
        "federal (vala|vada|wala)",
        "નેશનલ ગાર્ડ",
        "હોમલેન્ડ*",
    ),
    "agency_cpd": ("શિકાગો પોલીસ*", "શિકાગો પોલિસ*", "chicago (polis|pulis)"),
    "agency_other_police": (
        "પોલીસ*",
        "પોલિસ*",
        "police*",
        "polis",
        "pulis",
        "હવાલદાર*",
        "શેરીફ*",
        "havaldar",
    ),
    "agents_present": (
        "એજન્ટ*",
        "એજંટ*",
        "(કાળી|કાળા|સફેદ|kali|kaali|kala|safed|white|black) (ગાડી*|વાન*|કાર*|એસયુવી*|suv*"
        "|van*|gaadi*|gadi*|car*)",
        "(નંબર|number) (વગર*|vagar*) (ની|ni)? (ગાડી*|વાન*|gaadi*|gadi*|van*)",
        "સરકારી (ગાડી*|વાન*)",
        "sarkari (gaadi*|gadi*|van*)",
        "(યુનિફોર્મ|વર્દી) (વાળા|પહેરેલા)",
    ),
    "detention": (
        "પકડ*",
        "ધરપકડ*",
        "અટકાયત*",
        "હાથકડી*",
        "અરેસ્ટ*",
        "ડિટેન*",
        "ડીપોર્ટ*",
        "ડિપોર્ટ*",
        "pakad*",
        "pakd*",
        "dharpakad*",
        "atkayat*",
        "hathkadi*",
        "deport*",
        # "ઉપાડી ગયા" (picked up and took away); "ફોન ઉપાડ્યો" is answering the phone.
        "(ઉપાડી|ઉપાડીને|ઉઠાવી|ઉઠાવીને) (ગયા|ગઈ|ગયો|લીધા|લીધો|લીધી|ને|લઈ)",
        "(upadi|upadine|uthavi|uthavine) (gaya|gai|gayo|lidha|lidho|lidhi|ne|lai)",
        f"લઈ {_TAKEN}",
        f"(lai|lay|lei) {_TAKEN}",
        "(ગાડી*|વાન*|કાર*|gaadi*|gadi*|van*|car*) (બેસાડ*|નાખ*|નાંખ*|besad*|nakh*|nankh*)",
    ),
    "raid": (
        "રેડ (પડી*|પાડી*|ચાલે*|કરી*|થઈ*|પડ*)",
        "દરોડ*",
        "છાપો",
        "છાપા*",
        "darodo",
        "chhapo",
        "(ઘરે ઘરે|ઘર ઘર|દરેક ઘરે) (જાય*|જઈ*|ફરે*|ફરી*)",
        "(ghare ghare|ghar ghar|darek ghare) (jay*|jai*|fare*|fari*)",
    ),
    "id_check": (
        "(કાગળ*|કાગળિયાં|પેપર*|આઈડી|આઇડી|લાયસન્સ|લાઇસન્સ|લાઈસન્સ|ઓળખપત્ર*|ડોક્યુમેન્ટ*|દસ્તાવેજ*"
        "|papers|paper|kagal|kagad|kagaliya|license|licence|laisans|id|ids|documents)"
        " (ચેક*|જોયા|જોયું|જોઈ|માંગ*|માગ*|બતાવ*|તપાસ*|check*|joya|joyu|joi|mang*|maang*|mag*"
        "|batav*|tapas*)",
    ),
    "status_question": (
        "ક્યાંથી (આવ્યા|આવ્યો|આવ્યાં|છો|છે)",
        "(kyathi|kyanthi|kya thi) (aavya|avya|aavyo|cho|che|chho)",
        "(કયા|કયો) દેશ*",
        "(kaya|kayo) desh*",
        # "whether you have papers or not".
        "(પેપર*|કાગળ*|ગ્રીન કાર્ડ|વિઝા|papers|paper|kagal|green card|visa) (છે|che|chhe) (કે|ke)"
        " (નહીં|નહિ|નથી|nahi|nai|nathi)",
        "ગ્રીન કાર્ડ",
        "(ઇમિગ્રેશન|ઈમિગ્રેશન|immigration) (સ્ટેટસ|status)",
        "(લીગલ|ઇલીગલ|નાગરિક|સિટીઝન) (છો|છે)",
        "(legal|illegal|citizen|nagrik) (cho|chho|che)",
        "(સ્ટેટસ|status) (પૂછ*|puch*)",
    ),
    "at_door": (
        "(દરવાજ*|બારણ*|ડોર|door|darvaj*|darwaj*|barn*) (ખખડાવ*|ઠોક*|ખોલો|ખોલાવ*|તોડ*|khakhdav*"
        "|thok*|kholo|kholav*|tod*)",
        "ખખડાવ*",
        "khakhdav*",
        "(દરવાજે|બારણે|દરવાજા પર|દરવાજા પાસે|બારણા પાસે)",
        "(darvaje|darwaje|barne|darvaja par|darvaja pase)",
        "(ઘરમાં|ઘર માં|ઘરની અંદર|ઘરમા) (ઘૂસ*|ઘુસ*|આવી ગયા)",
        "(gharma|ghar ma|ghar ni andar) (ghus*|aavi gaya)",
        "(ઘૂસી|ઘુસી|ghusi) (ગયા|આવ્યા|gaya|aavya|avya)",
    ),
    "roadblock": (
        # "નાકાબંધી" is a checkpoint; "નાકા પર" alone is also a street corner.
        "નાકાબંધી",
        "(નાકું|નાકા) (લગાવ્ય*|ગોઠવ્ય*|બનાવ્ય*)",
        "nakabandi",
        "(naku|naka) (lagavyu|lagavya|gothavyu|gothavya)",
        "ચેકપોસ્ટ*",
        "ચેક પોસ્ટ*",
        "ચેકપોઈન્ટ*",
        "ચેક પોઈન્ટ*",
        "checkpost",
        "(બધી|દરેક|badhi|darek) (ગાડી*|કાર*|gaadi*|gadi*|car*) (રોક*|rok*)",
    ),
    "questioning": (
        "પૂછપરછ*",
        "(puchparach|puchhparachh|puchparchh|puchhparach)",
        "(મને|અમને|એને|તેને|તેમને|લોકોને|બધાને) (રોક*)",
        "(mane|amne|ene|tene|temne|lokone|loko ne|badhane|badha ne) (rok*)",
        "(રોકી|રોક્યો|રોક્યા|રોકીને) (ને)? (પૂછ*)",
        "(roki|rokyo|rokya|rokine) (ne)? (puch*)",
        "(સવાલ*|પ્રશ્ન*) (પૂછ*)",
        "(saval*|sawal*|prashn*) (puch*)",
        "(મારી|અમારી|એની|તેની|ગાડી|ટેક્સી|કાર|mari|amari|eni|gaadi|gadi|taxi|car) (રોકી|રોકાવી"
        "|roki|rokavi)",
        "(તલાશી|ઝડતી|jadti|talashi)",
    ),
    "surveillance": (
        "(પીછો|picho|pichho) (કર*|kar*)",
        "(નજર|najar|nazar) (રાખ*|rakh*)",
        "(લોકોના|અમારા|ઘરના|ઘરોના|અમારો|અમારી|lokona|amara|gharna|gharona) (ફોટા|ફોટો|ફોટોઝ|વિડિયો"
        "|વીડિયો|photo|photos|video|fota|foto) (પાડ*|લે*|ખેંચ*|pad*|khench*)",
        "(આંટા|ચક્કર|aanta|anta|chakkar) (માર*|લગાવ*|mar*|lagav*)",
        "(ઊભી|ઊભા|ઉભી|ઉભા|ubhi|ubha) (રહે|rahe) (છે|che|chhe)",
        "ડ્રોન*",
    ),
    "force": (
        # "માર્યો/માર્યા" (hit), never "મારા/મારી" (my).
        "માર્ય*",
        "માર (માર્ય*|મારે|મારતા)",
        # "મારે છે" (is hitting); "મારે" alone is also "I have to".
        "(મારે|મારતા|મારતો|મારતી) (છે|હતા|હતો|હતી)",
        "મારપીટ",
        "ધક્કો",
        "ધક્કા*",
        "ધક્કે",
        "ઢસડ*",
        "ઘસડ*",
        "(જમીન|ભોંય|નીચે) (પર)? (પાડી*|પાડ્ય*|પટક*|નાખ*)",
        "પટક*",
        "લાત*",
        "લાફ*",
        "તમાચ*",
        "મુક્કો*",
        "મુક્કા*",
        "ગળું (દબાવ*)",
        "(જબરદસ્તી|જબરજસ્તી|બળજબરી*)",
        # Pulled out or dragged; "ફોટો ખેંચી" is taking a photo.
        "(ખેંચી|ખેંચીને) (ને)? (બહાર|નીચે|કાઢ*|લઈ)",
        "(હાથ|વાળ|કોલર) (ખેંચ*)",
        "(maryo|marya|maryu|maaryo|maarya)",
        "(maar|mar) (maryo|marya|mare)",
        "(mare|maare|marta|maarta) (che|chhe|hata|hato)",
        "(maarpit|marpit|marpeet)",
        "(dhakko|dhakka|dhakke)",
        "(ghasdi*|ghasadi*|dhasdi*|dhasadi*)",
        "(kheenchi|khenchi|khechi|kheenchine|khenchine|khechine) (ne)? (bahar|niche|kadh*|lai)",
        "(hath|haath|vaal|collar) (kheench*|khench*|khech*)",
        "(laat|lato|lafo|lafa|tamacho)",
        "(jamin|jameen|zameen) (par)? (padi*|padyo|patak*|nakh*)",
        "(jabardasti|jabarjasti|baljabari)",
    ),
    "injury": (
        "ઈજા*",
        "ઇજા*",
        "ઘાયલ",
        # "વાગ્યું/વાગી" (got hurt); never "વાગ્યા/વાગ્યે", which tell the time.
        "વાગ્યું",
        "વાગી",
        "લોહી",
        "લોહીલુહાણ",
        "સોજો",
        "(હાડકું|હાથ|પગ|નાક|દાંત) (તૂટ*|ભાંગ*)",
        "બેભાન",
        "ફ્રેક્ચર",
        "(ija|eeja|ijaa)",
        "ghayal",
        "(vagyu|vaagyu|vagi|vaagi)",
        "lohi",
        "sojo",
        "bebhan",
        "(haath|hath|pag|naak|dant) (tut*|toot*|bhang*)",
    ),
    "medical_now": (
        "(એમ્બ્યુલન્સ|એમ્બ્યુલેન્સ|એમ્બ્યુલંસ|ડોક્ટર|દવાખાન*|હોસ્પિટલ) (બોલાવો|બોલાવ|મોકલો|જોઈએ|જોઇએ|લઈ જવા*)",
        "(ambulance|ambulans|embulance|doctor|davakhane|dawakhane|hospital) (bolavo|bolav|moklo"
        "|joie|joiye|joye|joiae|lai java*)",
        "(શ્વાસ|શ્વાસ) (નથી|લેતા નથી|લેતો નથી|લેતી નથી)",
        "(swas|shwas|shvas) (nathi|leta nathi|leto nathi|leti nathi)",
        "બેભાન (છે|થઈ ગયા|થઈ ગયો|થઈ ગઈ|પડ્યા)",
        "bebhan (che|chhe|thai gaya|thai gayo|thai gai)",
        "હાર્ટ એટેક",
        "ખેંચ (આવી|આવે)",
    ),
    "weapon": (
        "બંદૂક*",
        "બંદુક*",
        "પિસ્તોલ*",
        "રિવોલ્વર*",
        "હથિયાર*",
        "ગન",
        "ટેઝર*",
        "(bandook*|banduk*|bandukh*)",
        "hathiyar*",
    ),
    "weapon_pointed": (
        "(બંદૂક*|બંદુક*|ગન|પિસ્તોલ*|bandook*|banduk*|gun|guns|pistol) (તાકી*|તાક્ય*|ટાંકી*|ધરી*"
        "|taki*|takya*|taaki*|point*)",
        "(નિશાન|nishan) (તાક*|taak*|tak*)",
    ),
    "weapon_fired": (
        "ગોળી (ચલાવ*|મારી|છોડી|વાગી)",
        "ગોળીઓ",
        "ગોળીબાર",
        "ફાયરિંગ",
        "ફાયર (કર્યું|કર્યા|કર્યો)",
        "goli (chalav*|mari|maari|chhodi|vagi)",
        "golibar",
        "fire (karyu|karya|karyo)",
    ),
    "property_damage": (
        "(દરવાજ*|બારણ*|બારી*|કાચ|તાળ*|ગેટ|ગાડીનો કાચ|darvaj*|darwaj*|barnu|bari|kach|talu"
        "|gate|door) (તોડ*|ફોડ*|tod*|fod*|phod*)",
        "તોડફોડ",
        "(todfod|todphod)",
        "નુકસાન",
        "(nuksan|nuksaan)",
        "(જબરદસ્તી|જબરજસ્તી|બળજબરીથી|zabardasti|jabardasti) (ઘૂસ*|ઘુસ*|અંદર|ghus*|andar)",
        "તોડી નાખ*",
    ),
    "retaliation": (
        "ધમકી*",
        "ધમકાવ*",
        "(dhamki*|dhamkav*)",
        "(ફોન|મોબાઇલ|મોબાઈલ|કેમેરા|phone|mobile|camera|fone) (છીનવ*|ઝૂંટવ*|ઝુંટવ*|તોડી*|લઈ લીધો"
        "|chhinv*|chinv*|jhutv*|todi*|lai lidho)",
        "(વિડિયો|વીડિયો|ફોટા|ફોટો|video|photo|photos|fota) (ડિલીટ*|ભૂંસ*|delete*|bhuns*)",
        "(પાછા|ફરી|ફરીથી|pacha|fari|farithi) (આવીશું|આવશું|આવશે|aavishu|avishu|aavshu|aavshe)",
        "(તને|તમને|tane|tamne) (પણ|pan)? (લઈ જઈશું|પકડી લઈશું|lai jaishu|pakdi laishu)",
        "હેરાન (કર*)",
        "heran (kar*)",
    ),
    "immigration_threat": (
        "(ice|આઈસ|આઇસ|ઇમિગ્રેશન|ઈમિગ્રેશન|immigration) (ને|ne|માં|ma) (બોલાવ*|ફોન|જાણ*|કહી*"
        "|રિપોર્ટ*|bolav*|phone|call|jaan*|report*)",
    ),
    "police_assist": (
        f"{_ICE} (ને|ની|ne|ni) (મદદ|સહાય|help|madad)",
        f"{_ICE} (સાથે|જોડે|sathe|jode) (મળીને|મળી|કામ|mali|maline|kaam)",
        f"{_ICE} (ને|ne) (સોંપી*|સોંપ્ય*|સોપી*|sompi*|sopi*|sonpi*)",
        f"{_ICE} (ના|na) (હવાલે|havale)",
    ),
    "police_block": (
        "(શેરી|રસ્તો|રસ્તા|રોડ|ગલી|ટ્રાફિક|road|rasto|rasta|sheri|gali|traffic) (બંધ|રોક*|બ્લોક*"
        "|band|rok*|block*)",
        "(ઘેરો|ghero) (ઘાલ્યો|બનાવ્યો|ghalyo|banavyo)",
    ),
    "police_share": (
        f"(સરનામું|સરનામુ|એડ્રેસ|માહિતી|જાણકારી|નામ|address|sarnamu|mahiti|info|information"
        f"|details|naam) {_ICE} (ને|ne) (આપી*|આપ્ય*|દીધ*|api*|aapi*|apy*|aapy*)",
        f"{_ICE} (ને|ne) (મારું|અમારું|એનું|તેનું|બધાનું|maru|amaru|enu|tenu|badhanu)? (સરનામું"
        "|સરનામુ|એડ્રેસ|માહિતી|જાણકારી|નામ|address|sarnamu|mahiti|info|information|details"
        "|naam) (આપી*|આપ્ય*|દીધ*|api*|aapi*|apy*|aapy*)",
    ),
    "police_watch": (
        f"{_POLICE} (બસ|ખાલી|માત્ર|bas|khali)? (જોતી|જોતા|જોયા|jota|joti) (રહી|રહ્યા|રહ્યાં|હતી"
        "|હતા|rahi|rahya|hati|hata)",
        f"{_POLICE} (બસ|ખાલી|bas|khali) (ઊભી|ઊભા|ઉભી|ઉભા|ubhi|ubha) (રહી|રહ્યા|rahi|rahya)",
        f"{_POLICE} (એ|e)? (કંઈ|કાંઈ|kai|kain) (ના|ન|na) (કર્યું|karyu)",
    ),
    "no_warrant": (
        "(વોરંટ|વૉરંટ|વોરન્ટ|warrant|vorant) (વગર|વિના|નથી|નહોતું|નહોતો|ન હતું|નહીં|vagar|vina"
        "|nathi|nahotu|nahoto|na hatu)",
        "(વોરંટ|વૉરંટ|વોરન્ટ|warrant|vorant) (બતાવ્યું|બતાવ્યુ|બતાવ્યો|batavyu|batavyo) (નથી|નહીં"
        "|નહોતું|nathi|nahi|nahotu)",
        "(વગર|વિના|bina|vagar|vina) (વોરંટ|વૉરંટ|warrant)",
        "(જજ|judge) (ની|નો|ni|no)? (સહી|sahi|sign|signature) (નથી|નહોતી|વગર|nathi|nahoti|vagar)",
    ),
    "minor": (
        "બાળક*",
        "છોકરાં",
        "છોકરાઓ",
        "સગીર",
        "(મારો|મારી|મારા|અમારો|અમારી|અમારા|એનો|એની|એના|તેનો|તેની|તેના) (દીકરો|દીકરી|દીકરા|દીકરીઓ"
        "|છોકરો|છોકરી|છોકરા|છોકરાં|બાબો|બેબી)",
        "(દીકરા*|દીકરી*|છોકરા*|છોકરી*) (ને|નો|ની|ના)",
        "(દીકરાને|દીકરીને|છોકરાને|છોકરીને|બાબાને|બેબીને)",
        "(balak*|chhokra|chokra|chhokran|chokrao|sagir)",
        "(maro|mari|mara|maara|amaro|amari|amara|eno|eni|ena) (dikro|dikri|dikra|dikrio|chhokro"
        "|chokro|chhokri|chokri|babo|bebi)",
        "(dikra|dikri|dikro|chhokra|chokra|chhokri) (ne|no|ni|na)",
        "(dikrane|dikrine)",
        "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|૧|૨|૩|૪|૫|૬|૭|૮|૯|૧૦|૧૧|૧૨|૧૩|૧૪|૧૫|૧૬"
        "|૧૭) (વર્ષ*|વરસ*|varsh*|varas*|sal|years|year|yrs)",
    ),
    "child_alone": (
        "(એકલા|એકલી|એકલો|ekla|ekli|eklo)",
        "(કોઈ|koi) (સંભાળનાર|જોનાર|લેનાર|sambhalnar|jonar|lenar) (નથી|nathi)",
        "(માં|મમ્મી|પપ્પા|મા બાપ|maa|mummy|papa|ma bap) (વગર|vagar)",
    ),
    "masks": (
        "માસ્ક*",
        "બુકાની*",
        "(bukani*|bukaani*)",
        "(મોઢું|મોઢા|મોં|ચહેરો|ચહેરા) (ઢાંક*|છુપાવ*|ઢાંકેલ*)",
        "(modhu|modha|mo|chahero|chehro|chahera) (dhank*|chhupav*|chupav*)",
    ),
    "no_id": (
        "(બેજ|બિલ્લો|ઓળખ|આઈડી|નામ|badge|bej|naam|olakh) (નથી|નહોતો|નહોતું|નહોતા|વગર|nathi"
        "|nahoto|nahotu|nahota|vagar)",
        # "ન/ના" only with their verb: alone, "ન" would also match the start of "નંબર".
        "(બેજ|બિલ્લો|ઓળખ|આઈડી|નામ|badge|bej|naam|olakh) (ના|ન|na) (હતો|હતું|હતા|બતાવ્યો|બતાવ્યું"
        "|બતાવ્યા|hato|hatu|hata|batavyo|batavyu)",
        "(યુનિફોર્મ|વર્દી|uniform|vardi) (વગર|નહોતો|નહોતા|vagar|nahoto|nahota)",
        "(સાદા|sada|saada) (કપડા*|kapda*)",
    ),
    "badge": ("(બેજ|બેઝ|બિલ્લ*|badge|bej|baij) (નંબર|નં|number|no|num)? (હતો|છે|hato|che)? <num>",),
    "agent_name": (
        "(નામ|naam|name) _ (હતું|લખેલું|લખ્યું|hatu|lakhelu|lakhyu)",
        "(એનું|તેનું|એજન્ટનું|ઓફિસરનું|enu|tenu|agent nu|officer nu) (નામ|naam|name)",
        "(નેમપ્લેટ|નેમ પ્લેટ|નેમ ટેગ|nameplate|name plate|name tag|nametag)",
    ),
    "plate": (
        "(પ્લેટ|નંબર પ્લેટ|plate|number plate) (નંબર|નં|number|no|હતી|હતો|છે|hati|hato|che)? <plate>",
        # "ગાડીનો નંબર", "gaadi no number": the vehicle's number, not a phone number.
        "(ગાડી*|વાન*|કાર*|gaadi|gadi|van|car) (નો|ની|નું|no|ni|nu)? (નંબર|number|plate|પ્લેટ)"
        " (નંબર|number|no|હતો|હતી|છે|hato|hati|che)? <plate>",
    ),
    "plate_hidden": (
        "(નંબર પ્લેટ|પ્લેટ|નંબર|number plate|plate|number) (વગર*|vagar*)",
        "(નંબર પ્લેટ|પ્લેટ|number plate|plate) (ન હતી|નહોતી|નથી|ઢાંકેલી|ઢાંકી|સંતાડેલી|nahoti|nathi"
        "|dhankeli|dhanki)",
    ),
    "sensitive_location": (
        "સ્કૂલ*",
        "સ્કુલ*",
        "શાળા*",
        "નિશાળ*",
        "મંદિર*",
        "(mandir*|derasar*|haveli*)",
        "દેરાસર*",
        "હવેલી*",
        "baps",
        "ગુરુદ્વાર*",
        "(gurudwara|gurdwara)",
        "મસ્જિદ*",
        "masjid*",
        # "ચર્ચ" alone would also match "ચર્ચા" (a discussion).
        "(ચર્ચમાં|ચર્ચની|ચર્ચના|ચર્ચનો|ચર્ચે|દેવળ*)",
        "હોસ્પિટલ*",
        "દવાખાન*",
        "(davakhan*|dawakhan*|haspital)",
        "કોર્ટ*",
        "અદાલત*",
        "ડે કેર",
        "ડેકેર",
        "ક્લિનિક*",
        "shala",
        "nishal",
    ),
    "media": (
        "વિડિયો*",
        "વીડિયો*",
        "વિડીયો*",
        "ફોટા*",
        "ફોટો*",
        "રેકોર્ડ*",
        "રેકૉર્ડ*",
        "સ્ક્રીનશોટ*",
        "(fota|foto|vidio|vdo)",
    ),
    "question": (
        "(અમારા|મારા|તમારા|અમારો|મારો) (હક*|અધિકાર*)",
        "હક (શું|શુ)",
        "(amara|mara|maara|tamara|amaro|maro) (hak*|adhikar*|rights)",
        "(શું|શુ) (કરવું|કરવુ|કરું|કરુ|કરીએ|કરવાનું)",
        "(su|shu|shun) (karvu|karu|kariye|karvanu)",
        "(ખોલવું|ખોલવુ|ખોલું|kholvu|kholu) (પડે|પડશે|જોઈએ|pade|padse|joie|joiye)",
        "(વકીલ|vakil|vakeel)",
        "(માહિતી|mahiti) (જોઈએ|joie|joiye)",
    ),
    "idiom": (
        # Denials that name ICE: "ઇમિગ્રેશન વિશે કંઈ પૂછ્યું નથી", "ICE નું કોઈ લેવાદેવા નથી".
        # Read word by word the negation is too far back to reach ICE (see the docstring).
        "(ice|આઈસ|આઇસ|ઇમિગ્રેશન*|ઈમિગ્રેશન*|immigration) (વિશે|વિષે|બાબતે|અંગે|નું|ની|નો|ના"
        "|vishe|babte|nu|ni|no) (કંઈ|કાંઈ|કોઈ|kai|kain|koi)? (પૂછ્યું|પૂછ્યા|સવાલ|વાત|લેવાદેવા"
        "|puchyu|puchhyu|saval|vaat|levadeva)? (નથી|નહીં|નહોતું|નહોતો|નહોતી|nathi|nahi|nahotu"
        "|nahoto)",
        # "ice cream" is not ICE.
        "(ice|આઈસ|આઇસ) (cream|ક્રીમ|krim)",
        "(icecream*|આઈસક્રીમ*|આઇસક્રીમ*)",
        # "ધક્કા ખાધા": ran from office to office, not a push.
        "(ધક્કા|ધક્કો|dhakka|dhakko) (ખાવ*|ખાધ*|ખાઈ*|khav*|khadh*|khai*)",
        # "બહુ આઘાત/ધક્કો લાગ્યો": a shock, not a blow.
        "(ધક્કો|dhakko) (લાગ્યો|lagyo)",
        # "ઘડિયાળમાં 5 વાગ્યા": the time, not an injury (listed for the reader; "વાગ્યા" is
        # already left out of the injury list).
        "(વાગ્યા|વાગ્યે|vagya|vagye) (છે|હતા|che|hata)?",
    ),
    "spam": (
        "(જીત્યા|જીત્યો|જીતી|jitya|jityo|jeetya|jeetyo)",
        "(લિંક|link) (પર|par) (ક્લિક|click)",
        "(ક્લિક|click) (કરો|karo)",
        "લોટરી",
        "lottery",
        "ઇનામ",
        "ઈનામ",
        "inam",
        "કેશબેક",
        "cashback",
    ),
}

# Gujarati script words are also listed as the matcher reads them (up to the first vowel
# sign): "નથી" -> "નથ", "નહીં/નહોતું" -> "નહ". See the module docstring. "ના/ન" are left
# out: read that way they could not be told apart from "ને", the object ending.
NEGATORS: dict[str, int] = {
    **dict.fromkeys(("નહીં", "નહિ", "નહ", "નથી", "નથ", "nahi", "nahin", "nai", "nathi"), 3),
    # "vagar/vina" (without) come after their noun in Gujarati ("વોરંટ વગર"), "bina" before.
    **dict.fromkeys(("bina",), 1),
    # Hypotheticals and yes/no questions: "jo ICE aave to..." asks, it does not report.
    **dict.fromkeys(("જો", "jo", "શું", "શુ", "su", "shu"), 2),
}

POST_NEGATORS: dict[str, int] = {
    **dict.fromkeys(
        (
            "નથી",
            "નથ",
            "નહીં",
            "નહિ",
            "નહોતું",
            "નહોતો",
            "નહોતી",
            "નહોતા",
            "નહ",
            "nathi",
            "nahi",
            "nahin",
            "nai",
            "nahotu",
            "nahoto",
            "nahoti",
            "nahota",
        ),
        2,
    ),
    # "વગર" (without) follows its noun: "વોરંટ વગર", "ઓળખ વગર".
    **dict.fromkeys(("વગર", "વિના", "vagar", "vina"), 1),
    # "શકે" (could): "લઈ જઈ શકે?" asks.
    **dict.fromkeys(("શકે", "શક", "shake", "sake"), 2),
}

TIME = TimeWords(
    now=(
        "અત્યારે",
        "હમણાં",
        "હમણા",
        "અબઘડી",
        "atyare",
        "hamna",
        "abghadi",
        "abhi",
    ),
    today=(
        "આજે",
        "aaje",
        "aje",
        "આજે સવારે",
        "aaje savare",
        "આજે બપોરે",
        "aaje bapore",
        "આજે સાંજે",
        "aaje sanje",
        "આજે રાત્રે",
    ),
    earlier_today=("આજે વહેલી સવારે", "aaje vaheli savare"),
    # "કાલે" is both yesterday and tomorrow; a report tells of something that happened.
    yesterday=("ગઈકાલે", "ગઈ કાલે", "કાલે", "gaikale", "gai kale", "kale", "kaale"),
    day_before_yesterday=("પરમ દિવસે", "પરમદિવસે", "parmdivse", "param divase", "param divse"),
    last_night=(
        "ગઈ રાત્રે",
        "ગઈ રાતે",
        "કાલે રાત્રે",
        "કાલે રાતે",
        "gai raate",
        "gai ratre",
        "kale raate",
        "kale ratre",
    ),
    vague_past=(
        "ગયા અઠવાડિયે",
        "gaya athvadiye",
        "ગયા મહિને",
        "gaya mahine",
        "ગયા વર્ષે",
        "થોડા દિવસ પહેલાં",
        "થોડા દિવસ પહેલા",
        "thoda divas pahela",
        "ઘણા સમય પહેલાં",
        "આ અઠવાડિયે",
    ),
    while_ago=(
        "થોડી વાર પહેલાં",
        "થોડી વાર પહેલા",
        "thodi var pahela",
        "thodi vaar pahela",
        "હમણાં જ",
        "hamna j",
    ),
    ago_after=("પહેલાં", "પહેલા", "pahela", "pehla", "pela"),
    ago_before=(),
    last=("ગયા", "ગયે", "છેલ્લા", "gaya"),
    future=("આવતીકાલે", "આવતી કાલે", "avtikale", "aavti kale", "આવતા અઠવાડિયે"),
    numbers={
        "એક": 1,
        "બે": 2,
        "ત્રણ": 3,
        "ચાર": 4,
        "પાંચ": 5,
        "છ": 6,
        "સાત": 7,
        "આઠ": 8,
        "નવ": 9,
        "દસ": 10,
        "અગિયાર": 11,
        "બાર": 12,
        "પંદર": 15,
        "વીસ": 20,
        "ત્રીસ": 30,
        "ચાલીસ": 40,
        "પિસ્તાલીસ": 45,
        "પચાસ": 50,
        "થોડા": 3,
        "થોડી": 3,
        "ek": 1,
        "be": 2,
        "tran": 3,
        "char": 4,
        "panch": 5,
        "saat": 7,
        "aath": 8,
        "nav": 9,
        "das": 10,
        "bar": 12,
        "pandar": 15,
        "vees": 20,
        "tris": 30,
        "chalis": 40,
        "pachas": 50,
        "thoda": 3,
        "thodi": 3,
    },
    half=("અડધો", "અડધી", "અડધા", "adadho", "addho", "adadhi"),
    units={
        "મિનિટ": 1,
        "મિનીટ": 1,
        "minit": 1,
        "કલાક": 60,
        "kalak": 60,
        "દિવસ": 1440,
        "divas": 1440,
        "અઠવાડિયા": 10080,
        "અઠવાડિયું": 10080,
        "athvadiya": 10080,
        "athvadiyu": 10080,
    },
    parts_of_day={
        "સવારે": 9,
        "savare": 9,
        "બપોરે": 14,
        "bapore": 14,
        "સાંજે": 18,
        "sanje": 18,
        "saanje": 18,
        "રાત્રે": 21,
        "raate": 21,
        "ratre": 21,
        "મધરાતે": 0,
        "madhrate": 0,
    },
    am=(),
    pm=(),
    clock_lead=("લગભગ", "આશરે", "lagbhag", "ashre"),
    clock_after=("વાગ્યે", "વાગે", "vagye", "vage"),
    weekdays={
        "સોમવાર": 0,
        "સોમવારે": 0,
        "મંગળવાર": 1,
        "મંગળવારે": 1,
        "બુધવાર": 2,
        "બુધવારે": 2,
        "ગુરુવાર": 3,
        "ગુરુવારે": 3,
        "શુક્રવાર": 4,
        "શુક્રવારે": 4,
        "શનિવાર": 5,
        "શનિવારે": 5,
        "રવિવાર": 6,
        "રવિવારે": 6,
        "somvar": 0,
        "somvare": 0,
        "mangalvar": 1,
        "mangalvare": 1,
        "budhvar": 2,
        "budhvare": 2,
        "guruvar": 3,
        "guruvare": 3,
        "shukravar": 4,
        "shukravare": 4,
        "shanivar": 5,
        "shanivare": 5,
        "ravivar": 6,
        "ravivare": 6,
    },
    months={
        "જાન્યુઆરી": 1,
        "ફેબ્રુઆરી": 2,
        "માર્ચ": 3,
        "એપ્રિલ": 4,
        "મે": 5,
        "જૂન": 6,
        "જુલાઈ": 7,
        "ઓગસ્ટ": 8,
        "સપ્ટેમ્બર": 9,
        "ઓક્ટોબર": 10,
        "નવેમ્બર": 11,
        "ડિસેમ્બર": 12,
    },
    day_first=True,
)

LEXICON = Lexicon(
    locale="gu",
    concepts=CONCEPTS,
    negators=NEGATORS,
    post_negators=POST_NEGATORS,
    clause_breaks=frozenset(
        {
            "અને",
            "અન",
            "પણ",
            "પછી",
            "પછ",
            "જ્યારે",
            "ત્યારે",
            "કારણ",
            "ane",
            "pan",
            "pachi",
            "pachhi",
            "kemke",
            "karanke",
            "jyare",
            "tyare",
            # "ખબર નથી ક્યાં": "don't know where", not "did not take".
            "ખબર",
            "khabar",
            "khabr",
            "kya",
            "kyan",
            "kyare",
        }
    ),
    # The object and genitive endings written apart ("ભાઈ ને", "ICE ના") are read as "ન", and
    # "કોઈ/કંઈ" as "ક" (see the module docstring).
    determiners=frozenset(
        {
            "કોઈ",
            "કંઈ",
            "કાંઈ",
            "ક",
            "ને",
            "નો",
            "ની",
            "નું",
            "ન",
            "એક",
            "koi",
            "kai",
            "kain",
            "ne",
            "nu",
            "ni",
            "no",
            "ek",
            "to",
            "j",
        }
    ),
    test_words=frozenset({"ટેસ્ટ", "test", "testing"}),
    test_filler=frozenset(
        {
            "આ",
            "છે",
            "ખાલી",
            "ફક્ત",
            "મેસેજ",
            "aa",
            "a",
            "che",
            "chhe",
            "khali",
            "fakt",
            "faqt",
            "msg",
            "message",
            "ignore",
            "karjo",
            "karo",
            "j",
        }
    ),
    titles=frozenset(
        {
            "ઓફિસર",
            "અફસર",
            "એજન્ટ",
            "ઇન્સ્પેક્ટર",
            "હવાલદાર",
            "officer",
            "afsar",
            "inspector",
            "havaldar",
            "saheb",
        }
    ),
    not_names=frozenset(
        {
            "e",
            "ne",
            "nu",
            "ni",
            "no",
            "na",
            "hato",
            "hata",
            "hati",
            "che",
            "chhe",
            "vala",
            "saheb",
            "nathi",
            "aavya",
            "kahyu",
        }
    ),
    unknown_answers=frozenset(
        {
            "ખબર નથી",
            "કોઈ નહીં",
            "કંઈ નહીં",
            "કાંઈ નહીં",
            "khabar nathi",
            "khabr nathi",
            "koi nahi",
            "kai nahi",
            "nathi",
            "na",
        }
    ),
    time=TIME,
    boundaries="words",
    # Words that tell Gujarati from the other Latin-script languages when it is romanized
    # ("che", "nathi", "atyare", "amara" are Gujarati, not Hindi); in its own script
    # Gujarati is told apart by the script alone.
    common_words=frozenset(
        {
            "che",
            "chhe",
            "nathi",
            "maro",
            "maru",
            "amara",
            "amaro",
            "tame",
            "ame",
            "hu",
            "shu",
            "kem",
            "atyare",
            "hamna",
            "ahiya",
            "tya",
            "ane",
            "pan",
            "thi",
            "nu",
            "vala",
            "gaya",
            "lai",
            "ghare",
            "ben",
            "dikro",
            "dikri",
            "kaka",
            "madad",
            "karo",
            "jaldi",
            "kale",
            "gaikale",
            "aaje",
            "hata",
            "hatu",
            "hato",
            "pachi",
            "kai",
            "tamne",
            "mane",
            "amne",
            "kahyu",
            "puchyu",
            "pakdi",
            "joyu",
            "aavya",
            "karjo",
            "kevu",
            "જલ્દી",
            "છે",
            "નથી",
            "મારા",
            "મારો",
            "અમારા",
            "તમે",
            "અમે",
            "હું",
            "શું",
            "અને",
            "પણ",
            "માં",
            "વાળા",
            "ગયા",
            "લઈ",
            "અત્યારે",
            "હમણાં",
            "કાલે",
            "આજે",
            "હતા",
            "પછી",
            "મદદ",
            "કરો",
        }
    ),
)
