"""Tagalog word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Filipino residents write Taglish: Tagalog grammar around English nouns and verbs ("kinuha ng
ICE yung tito ko", "na-detain", "chine-check ang ID"). The English and Spanish lists are read
too, so English words and hyphenated Taglish ("na-arrest", "naka-mask": the hyphen splits the
word) are found there; this file holds the Tagalog words and the Taglish forms written as one
word ("inarrest", "nakamask").

Tagalog marks aspect inside the verb, with infixes and by repeating the first syllable, so
each verb is listed in the forms residents use rather than as a stem: completed (hinuli,
kinuha), in progress (hinuhuli, kinukuha), about to happen (huhulihin, kukunin) and the
infinitive (hulihin, kunin). A stem with "*" would swallow unrelated words ("huli*" is also
"late" and "last"), so stems are used only where nothing else starts the same way.

Texting shortcuts are common and listed where they matter: d2 (dito), cla (sila), xa/sya
(siya), ung (yung), hnd/d (hindi), ngaun (ngayon).
"""

from __future__ import annotations

from app.triage.lexicon.model import Lexicon, TimeWords

# People a resident says were taken. "kinuha ang phone ko" must not read as a detention, so
# the verbs that also take things (kinuha, dinala) only count with one of these after them.
_PEOPLE = (
    "(siya|sya|xa|sila|cla|ako|aq|kami|kaming|tayo|asawa|mister|misis|tito|tita|tiyo|tiya"
    "|tatay|nanay|papa|mama|itay|inay|ama|ina|anak|kuya|ate|kapatid|pinsan|kapitbahay"
    "|kaibigan|friend|lolo|lola|pamangkin|apo|bayaw|hipag|biyenan|amo|katrabaho|kasama"
    "|kasambahay|boyfriend|girlfriend|jowa|tao|lalaki|babae|binata|dalaga|bata|binatilyo"
    "|estudyante|trabahador|manggagawa|tindero|tindera|vendor|driver|kababayan|pinoy"
    "|pamilya|misis ko|mister ko)"
)
_KIN = (
    "(asawa|mister|misis|tito|tita|tiyo|tiya|tatay|nanay|papa|mama|itay|inay|anak|kuya|ate"
    "|kapatid|pinsan|kapitbahay|kaibigan|friend|lolo|lola|pamangkin|apo|bayaw|hipag|amo"
    "|katrabaho|kasambahay|boyfriend|girlfriend|jowa|binatilyo|estudyante|trabahador|tindero"
    "|tindera|vendor|driver)"
)
# After a person and a taking verb, the taker: "anak ko kinuha ng ICE", not "kinuha yung phone".
_AFTER = "(ng|ni|nila|niya|nya|daw|raw|sila|cla)"
# Who did it, after "ng"/"ni": "kinuha ng ICE", "hinuli ng mga ahente". Named, since after
# "ng" a person is the taker, not the taken: "kinuha ng tito ko yung bata".
_BY = (
    "(ng|ni) (ice|immigration|imigrasyon|migra|pulis|mga pulis|cpd|police|ahente|mga ahente"
    "|agents|ice agents|border patrol|feds|fbi|sheriff|ahente ng ice|mga ahente ng ice"
    "|mga taga ice|taga immigration)"
)
# Words that come between a verb and the person: "kinuha na nila si tito".
_PARTICLE = "(na|pa|daw|raw|po|agad|din|rin|lang|nila|niya|nya|sila|cla)"
_ARTICLE = "(si|sina|kay|ang|ang mga|yung|ung|yung mga|ung mga|iyong|mga|aking|ang aking)"
# Verbs that also take things: they need a person after them.
_TAKE = (
    "(kinuha|kinukuha|kukunin|kunin|kinuhang|dinala|dinadala|dadalhin|dalhin|isinama|sinama"
    "|isinasama|binitbit|binibitbit|tinangay|hinatak|hinahatak|kinaladkad|kinakaladkad"
    "|isinakay|sinakay|isinasakay|sinasakay)"
)
# Verbs that only mean arrest or detention, in the forms residents write.
_ARREST = (
    "(hinuli|hinuhuli|huhulihin|hulihin|hinuling|nanghuhuli|nanghuli|manghuli|manghuhuli"
    "|pinaghuhuli|pinaghuli|inaresto|inaaresto|aarestuhin|arestuhin|naaresto|arestado"
    "|inarest|inaarest|inarrest|inaarrest|dinampot|dinadampot|dadamputin|damputin|nadampot"
    "|dinakip|dinadakip|dadakpin|dakpin|nadakip|pinosasan|pinusasan|pinoposasan|nakaposas"
    "|kinidnap|kinikidnap|dinukot|dinudukot|ikinulong|kinulong|ikinukulong|nakakulong"
    "|dinetain|dinidetain|dinitain|nadetain|nadeport|dineport|idedeport|idineport|pinickup"
    "|pinick up)"
)
_AGENCY = "(ice|immigration|imigrasyon|migra|border patrol|ahente|mga ahente|agents|feds|federal)"
_POLICE = "(pulis|mga pulis|ang pulis|ang mga pulis|yung pulis|ung pulis|cpd|police|sheriff)"
_WEEKDAYS = "(lunes|martes|miyerkules|miyerkoles|huwebes|biyernes|sabado|linggo)"

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "now": (
        "ngayon mismo",
        "ngayon na mismo",
        "ngaun mismo",
        "sa mga oras na ito",
        "sa oras na ito",
        "as of now",
        # Written while it happens: "kinukunan ko ng video habang nagte-text ako".
        "habang (nagte text|nagtetext|nagtext|nagttext|nagsusulat|nagme message|nagmemessage"
        "|nagtatype|nagta type|tinatype)",
        "(nandito|andito|nandyan|nandiyan|andyan|andiyan|nandoon|nandun|andun) pa (rin|din|sila"
        "|cla|ang|yung|ung)",
        "(nangyayari|nagaganap) (pa)? (ngayon|ngaun)",
        "hanggang ngayon (nandito|andito|nandyan|andyan|nasa)",
        # "Kanina pa sila nandito": here since earlier, and still here.
        "kanina pa (sila|cla|ang ice|yung|ung)? (nandito|andito|nandyan|nandiyan|andyan|nasa"
        "|naka park|nakapark|nakaparada|nakaabang|umiikot|paikot ikot)",
    ),
    # "Ngayon" is "now" but also "today" and "still" ("hanggang ngayon hindi pa umuuwi" after
    # a detention yesterday), so a past word beats it.
    "now_weak": ("ngayon", "ngaun", "ngyon", "ngayn", "hanggang ngayon"),
    "now_implied": (
        "(nandito|andito|nandto|andto|nd2|narito|nandiyan|nandyan|andiyan|andyan|nariyan"
        "|nandoon|nandun|andun|andoon)",
        "nasa (labas|harap|tapat|pinto|pintuan|bahay|kanto|kalye|building|bldg|parking|loob"
        "|gate|likod)",
        # Aspect in progress: the first syllable repeated.
        "(kinukuha|hinuhuli|nanghuhuli|inaaresto|inaarest|dinadampot|dinadakip|kumakatok"
        "|kinakatok|hinihingan|hinihingi|hinahanapan|hinahanap|tinatanong|pinapara|hinaharang"
        "|hinaharangan|sinasaktan|binubugbog|tinutulak|sinusuntok|tinutukan|pumapasok"
        "|pinapasok|sinisira|binabaril|nagbabantay|binabantayan|sinusundan|umiikot|nag iikot"
        "|nagiikot|isinasakay|sinasakay|pinoposasan|dinadala|kinakaladkad|hinihila|nagche check"
        "|nagchecheck|chine check|chinecheck|nireraid|nagraraid|pinapalabas|pinapababa"
        "|nilulusob|sinasalakay|nakaparada|naka park|nakapark|nakaabang|naghihintay)",
        "(dumating|dumarating|nakarating) (na)? (sila|cla|ang|yung|ung)",
        "(kakarating|kararating|kadarating) (lang)?",
        f"may {_AGENCY} (dito|d2|diyan|dyan|sa labas|sa harap|sa tapat|ngayon)",
        "may (pulis|raid|checkpoint|hulihan) (dito|d2|diyan|dyan|ngayon)",
    ),
    "recent": (
        "(kanina|kani kanina|knina|kanina pa) (lang|lng)",
        "(ngayon|ngaun) (lang|lng)",
        "(kakatapos|katatapos|kakaalis|kaaalis|kaalis) (lang|lng)",
        "(ilang|mga|isang|dalawang|limang|sampung|_) (minuto|minutos|mins|min) (na)? (ang)?"
        " (nakalipas|nakaraan)",
        "(isang|1) oras (na)? (ang)? (nakalipas|nakaraan)",
        "kalahating oras (na)? (ang)? (nakalipas|nakaraan)",
        # "Kaka-" plus a root is something just done: kakakuha lang, kakahuli lang.
        "kaka* (lang|lng)",
    ),
    "past": (
        "kahapon",
        "kagabi",
        "kamakalawa",
        "kanina",
        "kaninang (umaga|hapon|tanghali|madaling araw|gabi)",
        "(noong|nung|nitong) (isang|nakaraang) (linggo|araw|buwan|taon|gabi)",
        "(nakaraang|nakalipas na) (linggo|buwan|taon|araw)",
        f"(noong|nung|nitong|nakaraang|noong nakaraang|nung nakaraang) {_WEEKDAYS}",
        "(isang|dalawang|tatlong|apat na|limang|ilang|mga|_) (oras|araw|linggo|buwan|taon)"
        " (na)? (ang)? (nakalipas|nakaraan)",
        "(noong|nung) (nangyari|dumating|nakita)",
        "noon",
        "dati",
    ),
    "agency_ice": (
        "imigrasyon",
        "immigrasyon",
        "imigration",
        "immig",
        "taga immigration",
        "taga ice",
        "ahente ng (ice|immigration|imigrasyon)",
    ),
    "agency_cbp": ("taga border", "bantay (sa)? border"),
    "agency_other_federal": (
        "pederal",
        "mga pederal",
        "ahenteng pederal",
        "federal na (ahente|pulis|agent|agents)",
        "mga federal",
    ),
    "agency_cpd": (
        "(pulis|mga pulis|pulisya) (ng|sa|ng taga)? chicago",
        "chicago (pulis|pd)",
    ),
    "agency_other_police": (
        "pulis",
        "pulisya",
        "kapulisan",
        "parak",
        "lespu",
        "mobil ng pulis",
        "patrol car",
        "pulis car",
    ),
    "agents_present": (
        "ahente*",
        "(van|vans|suv|suvs|sasakyan|kotse|truck) (na)? (itim|puti|tinted|kulay itim"
        "|walang marka|walang tatak|walang logo)",
        "(itim|puting|itim na|kulay itim na|tinted na|walang markang) (van|vans|suv|suvs"
        "|sasakyan|kotse|truck)",
        f"(nakita|nakakita|nakita ko|may nakakita|nakita namin) (daw)? (ng|ang|yung|ung)?"
        f" {_AGENCY}",
        "(naka vest|nakavest|nakauniporme|naka uniporme|naka uniform|nakauniform)",
    ),
    "detention": (
        _ARREST,
        f"{_TAKE} {_BY} {_PARTICLE}? {_PARTICLE}? {_ARTICLE}? {_PEOPLE}",
        f"{_TAKE} {_PARTICLE}? {_PARTICLE}? {_ARTICLE}? {_PEOPLE}",
        # "yung tito ko kinuha ng ICE": the person first, then who took them.
        f"{_KIN} (ko|namin|niya|nya|nila|natin|mo)? (ay)? {_TAKE} {_AFTER}",
        f"si _ (ay)? {_TAKE} {_AFTER}",
        # Put in the van: said of people.
        "(isinakay|sinakay|isinasakay|sinasakay|ipinasok|pinasok|isinama) (nila|niya|nya"
        "|siya|sya|sila|si _)? sa (van|sasakyan|kotse|truck|suv|mobil|patrol)",
        # Caught: "nahuli" alone is also "came late", so only with who or by whom.
        "(nahuli|nahuhuli|mahuhuli) (ng|ni|nila|sila|siya|sya|xa|si|sina|ang|yung|ung|daw"
        "|raw|kami)",
        "(na|ni|ma|pina|i|naka) (pick up|pickup|deport|detain)",
        # Arrests going on; "hulihan" alone is also the back of a line ("sa hulihan ng pila").
        "(may|nagkaroon ng|nagka|yung|ung|ang|malawakang|maramihang) hulihan",
        # Taglish: an English verb with a Tagalog kin word ("ICE took my tito").
        f"(took|taking|grabbed|grabbing|picked up|snatched|arrested|detained) (my|our|his|her"
        f"|their|si|yung|ung|ang) {_KIN}",
    ),
    "raid": (
        "(ni raid|nireyd|reyd|nirereyd|nagraraid|nireraid)",
        "(sinalakay|sinasalakay|nilusob|nilulusob|lusob|paglusob)",
        "operasyon (ng|nila)? (ice|immigration|imigrasyon)",
        "(malawakang|maramihang) (hulihan|pag aresto)",
    ),
    "id_check": (
        "(hinihingan|hiningan|hinihingi|hiningi|humingi|humihingi|hihingin|hingin|hinahanap"
        "|hinanap|hinahanapan|hinanapan|chine check|chinecheck|chineck|chinicheck|tsinek"
        "|tsine tsek|tinitingnan|tiningnan|sinusuri|sinuri|nagche check|nag check|nagcheck"
        "|nagchecheck|pinapapakita|pinagpapakita) (ng|ang|yung|ung|nila|niya|nya|lahat ng)? _?"
        " (ng|ang|yung|ung|mga|lahat ng)? (id|ids|papeles|papel|dokumento|documents|lisensya"
        "|lisensiya|license|pasaporte|passport)",
        "(id|papeles) check*",
    ),
    "status_question": (
        "(tinanong|tinatanong|tatanungin|tinanung|tinatanung|inusisa|inuusisa|inaalam|inalam)"
        " _? _? _? kung (may|meron|mayroon|wala|legal|illegal|ilegal|citizen|tnt|taga saan"
        "|saan|san|green card|documented|undocumented)",
        "kung (taga)? (saan|san) (ka|kayo|ako|kami|siya|sya|sila) (galing|nanggaling|ipinanganak"
        "|pinanganak)",
        "kung taga (saan|san)",
        "(may|meron|mayroon) (ka|kang|ba kayong|ba kayo|kayong|ba siyang) (papeles|papel"
        "|green card|visa)",
        "(may|meron) (papeles|papel|green card) (ka|kayo|ba) (ba)?",
        "tnt (ka|ba|ako|siya|sya|kayo)",
        "(tinanong|tinatanong|inalam|hiningi|hinihingi) _? _? (ang|yung|ung)? (status|immigration"
        " status|green card)",
    ),
    "at_door": (
        "(sa|nasa) (pinto|pintuan) (namin|ko|natin|nila|ng bahay|ng apartment)",
        "(kumakatok|kumatok|kakatok|kinakatok|kinatok|katok ng katok|katok nang katok"
        "|nangangatok|nanatok|kinakalampag|kinalampag|kinakalabog|kumakalabog)",
        "(pumasok|pumapasok|papasok|nakapasok) (na)? (sila|cla|ang ice|ang mga ahente)? sa"
        " (bahay|loob|apartment|bldg|building|unit|kwarto|kuwarto)",
        "(pinasok|pinapasok|pinasukan|pinapasukan) (nila|niya|nya|ng _|ng mga _)? (ang|yung"
        "|ung)? (bahay|apartment|building|unit|kwarto)",
        "(gustong|gusto|pilit|pinipilit|sapilitang|pilit na) (pumasok|pasukin|makapasok)",
        "(nasa|sa) (labas|harap|tapat) ng (bahay|apartment|pinto|pintuan|building|bldg|unit)",
        "(bahay bahay|isa isang bahay|kada bahay|bawat bahay)",
        "(pinapabuksan|pinabubuksan|pinabuksan|pinapabukas|pinabukas) (ang|yung|ung)?"
        " (pinto|pintuan)",
        "nasa loob (na)? (sila|cla|ng bahay)",
    ),
    "roadblock": (
        "(tsekpoint|chekpoint|chekpoynt)",
        "harang sa (kalsada|kalye|daan)",
        "(hinaharang|hinarang|pinapara|pinapahinto|pinahinto|pinapatigil) (nila)? (ang|yung"
        "|ung|lahat ng|bawat)? (mga)? (sasakyan|kotse|driver|dumadaan|motorista)",
    ),
    "questioning": (
        "(tinanong|tinatanong|tinanung|tinatanung|tatanungin|inusisa|inuusisa|kinausap"
        "|kinakausap|iniimbestigahan|inimbestigahan|ininterrogate|ini interrogate) (ako|aq|kami"
        "|siya|sya|xa|sila|cla|kaming|kayo|ka|si|c|sina|ang|yung|ung|ng|ni|nila|niya|nya|lang|lng"
        "|po)",
        "(pinara|pinapara|pinahinto|pinapahinto|pinatigil|hinarang|hinaharang|pinababa"
        "|pinapababa) (ako|aq|kami|siya|sya|xa|sila|cla|kaming|ang|yung|ung|si|sina|ng|nila"
        "|kotse|sasakyan)",
        "(kinapkapan|kinakapkapan|kinapkap|kapkap|hinalughog|hinahalughog|sinearch|sinisearch"
        "|kinapkapan)",
    ),
    "surveillance": (
        "(nagmamanman|minamanmanan|minanmanan|nagmamatyag|binabantayan|binantayan|sinusundan"
        "|sinundan|susundan)",
        "(naka park|nakapark|nakaparada|naka parada|nakaparking|naka parking|nakahinto"
        "|nakatigil|nakaabang) (lang)? (sa|dito|d2|diyan|dyan|malapit|sa tapat|sa harap"
        "|sa labas)",
        "(paikot ikot|paikot|umiikot|umiikot ikot|pabalik balik|palakad lakad|nag iikot|nagiikot)",
        "(kinukunan|kinunan) ng (litrato|picture|pictures|pics|video) (ang|yung|ung|ng)?"
        " (bahay|mga bahay|mga tao|kami|plaka)",
    ),
    "force": (
        "(sinaktan|sinasaktan|nanakit|nananakit|pinagsasaktan|pinanakit)",
        "(binugbog|binubugbog|bugbog|pinagbubugbog|binanatan|binabanatan|ginulpi|ginugulpi"
        "|kinuyog|kinukuyog)",
        "(sinuntok|sinusuntok|suntok|pinagsusuntok|sinapak|sinasapak)",
        "(itinulak|tinulak|tinutulak|itinutulak|pinagtutulak|tinulak tulak)",
        "(sinipa|sinisipa|pinagsisipa|tinadyakan|tinatadyakan|tadyak)",
        "(sinampal|sinasampal|sampal|sinapok|binatukan|hinampas|hinahampas|pinalo|pinapalo"
        "|pinaghahampas)",
        "(hinila|hinihila|hinatak|hinahatak|kinaladkad|kinakaladkad|kaladkad|hinaltak)",
        "(dinaganan|dinadaganan|dinapa|pinadapa|pinadadapa|idinapa|ibinagsak|binalibag"
        "|binabalibag|inihagis|itinumba|tinumba|isinubsob|isinusubsob)",
        "(sinakal|sinasakal|sakal)",
        "(tinaser|tinitaser|tinase|natase|nataser)",
        "(marahas|dahas|karahasan|sapilitan|pwersahan|puwersahan)",
    ),
    "injury": (
        "(nasaktan|nasasaktan)",
        "(sugat|sugatan|nasugatan|may sugat|sugat sugat)",
        "(dumudugo|nagdudugo|nagdurugo|dinugo|duguan|dugo)",
        "(may pasa|mga pasa|puro pasa|nagkapasa|pasa pasa|bugbog sarado)",
        "(nabali|nabalian|napilay|napilayan)",
        "bali ang (braso|kamay|binti|paa|tadyang|ilong|buto|daliri)",
        "(nahimatay|hinimatay|nawalan ng malay|nawalan ng ulirat|walang malay)",
        "(namamaga|namaga|maga|bukol|may bukol)",
        "(pumutok|putok|basag) ang (labi|ulo|kilay|ilong)",
    ),
    "medical_now": (
        "(kailangan|kelangan|kailngan|need) (ng|namin ng|niya ng|nya ng|po ng|na ng)?"
        " (ambulansya|ambulansiya|ambulance|doktor|doctor|paramedic|paramedics|medical)",
        "(tumawag|tawag|tawagan|tawagin|magtawag) (kayo|ka|nyo|po|na)? (ng|ang)?"
        " (ambulansya|ambulansiya|ambulance|911|paramedic)",
        "(hindi|di|d|hnd|hndi|hinde) (siya|sya|xa|na|po|ako|sila|cla)? (makahinga|humihinga"
        "|gumagalaw|nagigising|magising)",
        "(hirap|nahihirapan|nahirapan) (siyang|syang|na|sya)? (huminga|makahinga)",
        "(inaatake|inatake|atake|nagka atake) sa puso",
        "(nagsiseizure|nag seizure|kinukumbulsyon|nangingisay|kinokombulsyon)",
        "walang malay",
    ),
    "weapon": (
        "(baril|mga baril|may baril|armas|armado|nakaarmas|naka armas|riple|batuta|pistola)",
    ),
    "weapon_pointed": (
        "(tinutukan|tinututukan|tinutok|tinututok|itinutok|itinututok|nakatutok|tutukan"
        "|nanunutok|nanutok|manutok)",
        "(inilabas|nilabas|binunot|hinugot) (nila|niya|nya)? (ang|yung|ung|ng)? (baril"
        "|mga baril|armas)",
    ),
    "weapon_fired": (
        "(binaril|binabaril|nabaril|pinaputukan|pinapuputukan|nagpaputok|nagpapaputok|barilan"
        "|pamamaril|namaril|namamaril)",
        # Not "putukan" alone: that is also New Year's firecrackers.
        "(pumutok|putok) (ang|ng) (baril|mga baril)",
    ),
    "property_damage": (
        # Done to it, not "nasira" (broke down: "nasira ang kotse ko").
        "(sinira|sinisira|sisirain|winasak|winawasak|giniba|binasag|binabasag|nabasag"
        "|basag|binutas|sinipa|tinadyakan|pinuwersa|pinwersa|ginuba) (nila|niya|nya|ng _"
        "|ng mga _)? (ang|yung|ung)? (pinto|pintuan|bintana|salamin|gate|kandado|lock|kotse"
        "|sasakyan|windshield|pader|bakod)",
        "(sapilitang|sapilitan|pwersahang|puwersahang|pilit na) (pumasok|pinasok|binuksan)",
        "(pumasok|pinasok) (sila|nila)? nang walang (pahintulot|paalam|permiso)",
    ),
    "retaliation": (
        "(binantaan|binabantaan|babantaan|nagbanta|pagbabanta|tinakot|tinatakot|tatakutin"
        "|pananakot|nananakot|nanakot)",
        "banta",
        "babalikan",
        "(sabi|sinabi|sinabing) (nila|niya|nya)? (na)? (babalik|babalikan) (sila|daw|raw)?",
        "alam (nila|niya|nya) (kung)? (saan|san) (ako|kami|aq) (nakatira|tumitira|nakatira)",
        "(inagaw|kinuha|hinablot|inagawan|sinira|binasag|kinumpiska) (nila|niya|nya|ng _"
        "|ng mga _)? (ang|yung|ung)? (phone|cellphone|cp|selpon|telepono|camera|kamera)"
        " (ko|namin|nya|niya)",
        "(pinabura|pinapabura|binura|pinatanggal) (nila|niya|nya)? (ang|yung|ung)? (video"
        "|videos|picture|pictures|litrato)",
        "(bawal|wag|huwag|tigil|itigil) (daw)? (mag video|magvideo|mag record|magrecord"
        "|mag picture|kumuha ng video|ang pag video)",
        "(pinatigil|pinapatigil) (ako|kami|aq)? (sa)? (pag video|pagvideo|pagkuha ng video"
        "|pag record|pagrecord)",
    ),
    "immigration_threat": (
        "(tatawagan|tatawag|tawagan) (daw|raw)? (niya|nila|nya|sa)? (ang|yung|ung|ng|sa)?"
        " (ice|immigration|imigrasyon|migra|border patrol)",
        "(isusumbong|isusuplong|irereport|ire report|i report|ireport|ipapahuli) (daw|raw)?"
        " (kami|ako|kayo|ka|siya|sya|niya|nila|nya)? sa (ice|immigration|imigrasyon|migra)",
        "(ipapadeport|ipapa deport|ipa deport|ipadeport|ipapatapon|ipapadepot)",
        "(binantaan|nagbanta|tinakot) (nila|niya|nya|kami|ako|siya|kaming|akong)? (na)?"
        " (tatawagan|tatawag|isusumbong|ipapadeport|ipapahuli) _? _? (ice|immigration"
        "|imigrasyon|migra)?",
    ),
    "police_assist": (
        f"{_POLICE} (na|ay)? (tumulong|tumutulong|nakipagtulungan|nakikipagtulungan|kasabwat"
        "|kakutsaba|nag escort|nageescort) (sa)?",
        f"(tinulungan|tinutulungan|tutulungan) (ng|nila|ni)? (mga)? (pulis|cpd|police|sheriff)?"
        f" (ang|ang mga|yung|ung)? {_AGENCY}",
        f"(tumulong|tumutulong|nakipagtulungan|nakikipagtulungan) (ang|yung|ung)? (mga)?"
        f" (pulis|cpd)? sa {_AGENCY}",
        "(ibinigay|binigay|ipinasa|pinasa|itinurn over|tinurn over|turn over|inabot|isinuko)"
        " (nila|niya|nya|ng pulis|ng mga pulis)? (siya|sya|sila|si _|ang _|yung _|ung _)? sa"
        " (ice|immigration|imigrasyon|migra|border patrol)",
        "(tinawagan|tumawag|tinawag) (nila|niya|nya|ng pulis|ang pulis)? (ng|ang|sa)? (ice"
        "|immigration|imigrasyon|border patrol)",
    ),
    "police_block": (
        "(hinarangan|hinaharangan|harangan|nakaharang|isinara|sinara|sinarhan|sinasara"
        "|isinasara|binlock|binablock|bina block|nagblock|nag block|blinock) (pa)? (nila|niya"
        "|nya|ng _|ng mga _)? (ang|yung|ung)? (mga)? (kalye|kalsada|daan|kanto|street"
        "|eskinita|traffic|trapiko|intersection|block|daanan|labasan|pasukan)",
        "(nagdidirect|nagdirect|nag direct|nagdi direct|nagdidirek|nagmamando|nagmando"
        "|nagaayos|nag aayos|nagtatrapik|nagta traffic) (ng|sa)? (traffic|trapiko)",
        "(hindi|di|d|ayaw) (kami|nila|kaming|kayo|ang mga tao|ung mga tao|yung mga tao)?"
        " (pinapadaan|pinadaan|pinalapit|pinapalapit|makadaan|makalapit)",
        "(pinalayo|pinapalayo|pinaatras|pinapaatras|pinagtabuyan) (nila|ng pulis)? (ang|yung"
        "|ung)? (mga)? (tao|kami|kapitbahay|nanonood|usisero)",
    ),
    "police_share": (
        "(ibinigay|binigay|nagbigay|ipinasa|pinasa|shinare|shinishare|nagshare|nag share)"
        " (nila|niya|nya|ng pulis)? (ang|yung|ung|ng)? (impormasyon|info|information|address"
        "|tirahan|detalye|datos)",
    ),
    "police_watch": (
        f"{_POLICE} (na|ay)? (lang)? (nanonood|nanood|nanunuod|nakatingin|nakatayo|nakamasid"
        "|walang ginawa|nakatunganga|nakaabang|nakatambay)",
        "(nanood|nanonood|nakatingin|nakatayo) lang (ang|yung|ung)? (mga)? (pulis|cpd)",
    ),
    "no_warrant": (
        "(walang|wala silang|walang maipakitang|walang pinakitang|walang dalang|hindi"
        " nagpakita ng|di nagpakita ng|walang ipinakitang) (search|judicial|court|pirmadong)?"
        " (warrant|warant|waran|utos ng korte|utos ng judge|court order)",
        "(hindi|di) (pirmado|pinirmahan|signed) (ng)? (judge|huwes|hukom)?",
        "walang pirma (ng)? (judge|huwes|hukom)",
    ),
    "minor": (
        "(anak|mga anak|anak ko|anak niya|anak nya|anak namin)",
        "(bata|mga bata|batang|bunso|sanggol|baby|binatilyo|dalagita|paslit)",
        "(menor de edad|menor|estudyante|mga estudyante)",
        # An age, not a span of years ("5 taon na ang nakalipas").
        "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17) (na)? (taong gulang|taon gulang|anyos|yo)",
        "(edad|edad na) (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17)",
    ),
    "child_alone": (
        "(naiwan|naiwang|iniwan|iniwang|nag iisa|nagiisa|mag isa|magisa|mag isang)",
        "(walang|wala silang|wala nang) (kasama|magbabantay|nagbabantay|susundo|mag aalaga"
        "|nag aalaga|titingin)",
    ),
    "masks": (
        "(nakamask|nakamaskara|naka maskara|maskara)",
        "(bonnet|nakabonnet|naka bonnet|bonet|nakabonet|naka bonet)",
        "(nakatakip|takip|tinakpan|natatakpan) (ang|ng)? (mukha|muka)",
    ),
    "no_id": (
        "(walang|wala silang|walang suot na|walang nakasulat na|hindi nagpakita ng|di nagpakita"
        " ng|ayaw ipakita ang) (badge|tsapa|name tag|nameplate|pangalan|id)",
        "(hindi|di|ayaw|ayaw nilang|ayaw niyang) (nagpakilala|magpakilala|nagpapakilala)",
        "(nakasibilyan|naka sibilyan|naka civilian|nakapang sibilyan|civilian clothes)",
    ),
    "badge": (
        "(badge|tsapa|chapa) (number|numero|no|num|#)? (niya|nya|nila)? (ay|daw|raw|is)? <num>",
        "numero ng (badge|tsapa) (niya|nya)? (ay|daw|raw)? <num>",
    ),
    "agent_name": (
        "pangalan (niya|nya|ng ahente|ng pulis|nung ahente|nung pulis|ng officer)",
        "nakasulat sa (name tag|nameplate|vest|uniform|uniporme|badge|tsapa)",
        "(apelyido|apelido|surname)",
        "name (niya|nya) (ay|is)",
        "nagpakilala (siya|sya|sila) (na|bilang|as)",
    ),
    "plate": (
        "(plaka|plaka number|numero ng plaka) (ng)? (van|suv|kotse|sasakyan|truck|nila)? (ay|is"
        "|daw|raw|no|#|number)? (illinois|il|indiana)? <plate>",
    ),
    "plate_hidden": (
        "(walang|wala silang|walang nakakabit na) plaka",
        "(tinakpan|natatakpan|nakatakip|may takip|takip) (ang|yung|ung)? plaka",
        "(hindi|di) (makita|kita|nakikita|ko nakita) (ang|yung|ung)? plaka",
        "(papel|temporary|temp) (na)? plaka",
    ),
    "sensitive_location": (
        "(eskwelahan|eskuwelahan|eskwela|paaralan|iskul|eskul|skwelahan)",
        "(simbahan|kapilya|katedral|parokya)",
        "(korte|hukuman)",
        "(ospital|klinika|pagamutan|health center)",
        "(nursery|kinder)",
        "(moske|masjid|templo)",
    ),
    "media": (
        "(kinuhanan|kinunan|kinukunan|kinuhaan|nakunan|nakuhanan) (ko|namin|niya|nya|nila)? (ng"
        "|ang|yung|ung)? (video|vid|litrato|picture|pictures|pics|larawan|photo|photos)",
        "(litrato|larawan|vid)",
        "(nirecord|ni record|nirerecord|naka record|nakarecord|narecord|na record|vinideohan"
        "|vinivideohan|binidyohan|vinidyohan|nagvideo|nagvivideo)",
    ),
}

# Read as they are: a question, a set phrase or spam is not an account of what happened.
_PLAIN: dict[str, tuple[str, ...]] = {
    "question": (
        "(ano|anu|ano po|ano ba) (ang|ang mga|yung|yung mga|ung|mga)? (karapatan|rights)",
        "(karapatan|mga karapatan) (ko|namin|natin|nila|niya|nya|ng)",
        "(kailangan|kelangan|dapat) (ko|namin|ba) (bang|ba)? (buksan|sagutin|pumirma|pirmahan"
        "|ipakita|magsalita|sumama)",
        "(pwede|puwede|pede|maaari) (ba|po ba|bang) (sila|silang|ang ice|ng ice|ang pulis)?"
        " (pumasok|pasukin|hulihin|kunin|arestuhin|humingi|magtanong)",
        "(paano|pano|papaano) (po)? (ba)? (kung|kapag|mag|mag report|magreport|gumagana"
        "|gamitin|malalaman)",
        "(magtatanong|tanong) (lang|lng) (po)?",
        "(abogado|abugado)",
        "(anonymous|anonimo) (ba|po ba)",
        "(libre|free) (ba|po ba)",
    ),
    "idiom": (
        # Feelings hurt is not a blow.
        "(sinaktan|nasaktan|masakit) (ang|yung|ung)? (damdamin|loob|puso|kalooban|feelings)",
        "(kinuha|kinukuha|kukunin) (ko|namin|natin)",
        # Ice in food is not the agency: "ice candy", "ice cream".
        "ice (cream|candy|tubig|water|coffee|tea|skating|box|cube|cubes|buko)",
    ),
    "spam": (
        "(nanalo ka|nanalo kayo|panalo ka)",
        "premyo",
        "(libreng|libre na) (load|pera|iphone|cellphone)",
        "pautang",
        "(i click|iclick|pindutin) (ang|yung)? link",
    ),
}

# "Ni" marks a person's name ("ang anak ni Aling Rosa hinuli ng ICE") but is a Spanish negator
# ("ni uno"), and the Spanish list is always read too. Each phrase is also listed after "ni"
# and a name, so the match starts at "ni" and it is no longer taken for a negation.
_NI = "ni (aling|mang|ate|kuya|tita|tito|lola|lolo|ka|manong|manang|sir|mam|misis|mister)? _ (ay)?"


def _after_ni(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return phrases + tuple(f"{_NI} {phrase}" for phrase in phrases)


CONCEPTS: dict[str, tuple[str, ...]] = {
    **{concept: _after_ni(phrases) for concept, phrases in _CONCEPTS.items()},
    **_PLAIN,
}

NEGATORS: dict[str, int] = {
    **dict.fromkeys(
        (
            "hindi",
            "di",
            "d",
            "hnd",
            "hndi",
            "hinde",
            "nde",
            "indi",
            "wala",
            "walang",
            "wla",
            "wlang",
            "walng",
            "huwag",
            "wag",
            "ayaw",
            "ni",
        ),
        3,
    ),
    # Hypotheticals ("kung kumatok ang ICE", "pwede ba silang pumasok") are questions.
    **dict.fromkeys(("kung", "kapag", "pwede", "puwede", "pede", "maaari"), 2),
    # "Kahit walang warrant" (even without a warrant) asks about a case, it does not report one.
    "kahit": 2,
}

TIME = TimeWords(
    now=("ngayon", "ngaun", "ngayon na", "ngayon mismo", "ngayon din", "as of now"),
    today=("ngayong araw", "ngayong umaga", "ngayong hapon", "ngayong gabi", "kaninang umaga"),
    earlier_today=("kanina", "kaninang umaga", "kaninang hapon", "kaninang tanghali"),
    yesterday=("kahapon",),
    day_before_yesterday=("kamakalawa",),
    last_night=("kagabi",),
    vague_past=(
        "noong isang linggo",
        "nung isang linggo",
        "nakaraang linggo",
        "noong isang araw",
        "nung isang araw",
        "nakaraang buwan",
        "noong isang buwan",
        "nung isang buwan",
        "noong nakaraang taon",
        "dati",
        "noon",
    ),
    while_ago=("kanina lang", "kani kanina lang", "kanina lng", "ngayon lang", "kakatapos lang"),
    ago_after=("na ang nakalipas", "ang nakalipas", "nakalipas", "nakaraan"),
    ago_before=(),
    last=("nakaraang", "noong nakaraang", "nung nakaraang"),
    future=("bukas", "mamaya", "sa susunod na linggo", "sa isang linggo"),
    numbers={
        "isa": 1,
        "isang": 1,
        "dalawa": 2,
        "dalawang": 2,
        "tatlo": 3,
        "tatlong": 3,
        "apat": 4,
        "apat na": 4,
        "lima": 5,
        "limang": 5,
        "anim": 6,
        "anim na": 6,
        "pito": 7,
        "pitong": 7,
        "walo": 8,
        "walong": 8,
        "siyam": 9,
        "siyam na": 9,
        "sampu": 10,
        "sampung": 10,
        "labinlima": 15,
        "labinlimang": 15,
        "dalawampu": 20,
        "dalawampung": 20,
        "tatlumpu": 30,
        "tatlumpung": 30,
        "ilang": 3,
        "ilan": 3,
    },
    half=("kalahating", "kalahati"),
    units={
        "minuto": 1,
        "minutos": 1,
        "oras": 60,
        "araw": 1440,
        "linggo": 10080,
    },
    parts_of_day={
        "umaga": 9,
        "kaninang umaga": 9,
        "tanghali": 12,
        "hapon": 15,
        "kaninang hapon": 15,
        "gabi": 21,
        "kagabi": 21,
        "madaling araw": 3,
        "hatinggabi": 0,
    },
    am=("ng umaga", "ng madaling araw"),
    pm=("ng hapon", "ng gabi", "ng tanghali"),
    # "alas tres", "bandang alas 3": Spanish hours after "alas" are the usual way to say it.
    clock_lead=("alas", "bandang alas", "mga alas", "bandang", "noong alas", "nung alas"),
    # "Linggo" is both Sunday and a week ("isang linggo"); only the longer form is Sunday here.
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miyerkules": 2,
        "miyerkoles": 2,
        "huwebes": 3,
        "biyernes": 4,
        "sabado": 5,
        "araw ng linggo": 6,
    },
    months={
        "enero": 1,
        "pebrero": 2,
        "marso": 3,
        "abril": 4,
        "mayo": 5,
        "hunyo": 6,
        "hulyo": 7,
        "agosto": 8,
        "setyembre": 9,
        "oktubre": 10,
        "nobyembre": 11,
        "disyembre": 12,
    },
    day_first=False,
)

LEXICON = Lexicon(
    locale="tl",
    concepts=CONCEPTS,
    negators=NEGATORS,
    clause_breaks=frozenset(
        {
            "pero",
            "at",
            "tapos",
            "tas",
            "tpos",
            "saka",
            "tsaka",
            "kasi",
            "kc",
            "dahil",
            "kaya",
            "habang",
            "bago",
            "pagkatapos",
            "sabay",
            # "Alam" opens what is known: "hindi ko alam kung saan siya dinala" does not deny
            # that he was taken.
            "alam",
        }
    ),
    # Skipped when counting a negator's reach: markers and particles that pile up in speech
    # ("hindi naman po nila kinuha").
    determiners=frozenset(
        {
            "ang",
            "ng",
            "mga",
            "yung",
            "ung",
            "iyong",
            "sina",
            "po",
            "pong",
            "ho",
            "naman",
            "nmn",
            "nga",
            "pa",
            "na",
            "daw",
            "raw",
            "din",
            "rin",
            "lang",
            "lng",
            "ba",
            "talaga",
            "man",
            "eh",
        }
    ),
    test_words=frozenset({"test", "testing", "subok", "pagsubok", "tinetest", "itetest"}),
    test_filler=frozenset(
        {
            "lang",
            "lng",
            "po",
            "ito",
            "ay",
            "isang",
            "mensahe",
            "hello",
            "hi",
            "ba",
            "gumagana",
            "muna",
            "ulit",
            "kung",
            "message",
        }
    ),
    titles=frozenset(
        {"opisyal", "ahente", "pulis", "sarhento", "tenyente", "kapitan", "hepe", "officer"}
    ),
    not_names=frozenset(
        {
            "ay",
            "na",
            "ng",
            "ang",
            "si",
            "at",
            "ko",
            "niya",
            "nya",
            "siya",
            "sya",
            "sila",
            "daw",
            "raw",
            "po",
            "yung",
            "ung",
            "hindi",
            "walang",
            "wala",
            "pangalan",
            "numero",
            "tsapa",
            "lang",
            "naman",
            "kasi",
        }
    ),
    unknown_answers=frozenset(
        {
            "ewan",
            "ewan ko",
            "di ko alam",
            "hindi ko alam",
            "hnd ko alam",
            "wala",
            "wala po",
            "hindi ko nakita",
            "di ko nakita",
            "wala akong alam",
            "hindi ko po alam",
            "di ko po alam",
        }
    ),
    time=TIME,
    common_words=frozenset(
        """
        ang ng mga sa ako ko mo niya nya siya sya sila kami namin natin nila po opo yung ung
        hindi wala walang may meron naman lang kasi tapos dito diyan dyan ngayon kanina
        kahapon kagabi bahay pinto asawa anak tulong tulungan nandito andito kinuha hinuli
        pulis ahente daw raw din rin nga ito iyan yan ano saan paano bakit talaga sabi
        kapatid kapitbahay tito tita kuya ate
        """.split()
    ),
)
