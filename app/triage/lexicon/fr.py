"""French word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Folding drops the apostrophe inside a word, so "l'ICE" reads "lice", "d'identité"
"didentite", "m'a arrêté" "ma arrete". The elided articles and pronouns are listed as
``clitics``, tried before every word of a phrase, so "ice" also finds "lice" and "dice" and
"ont arrêté" finds "l'ont arrêté". "n'" is left out on purpose: "n'a", "n'ont" stay words of
their own, negators, so "personne n'a été blessé" is read as a denial.

French in Chicago is also West and Central African French ("ramasser" for round up,
"taper la porte" for knock) and Haitian French and Kreyòl ("yo pran papa m", "kounye a"),
written on phones with SMS spelling ("mtn", "tt de suite", "ya", "jsp"); those are here too.
"""

from __future__ import annotations

from app.triage.lexicon.model import Lexicon, TimeWords

# People a resident says were taken; "ils ont pris mon téléphone" must not read as a
# detention. Kreyòl words (pitit, manman, vwazen, moun) sit with the French ones.
_PEOPLE = (
    "(mari|femme|epouse|epoux|fils|fille|filles|enfant|enfants|frere|freres|soeur|soeurs|sœur"
    "|sœurs|pere|mere|papa|maman|parents|voisin|voisins|voisine|voisines|ami|amis|amie|amies"
    "|cousin|cousins|cousine|cousines|oncle|tante|neveu|niece|collegue|collegues|patron|gars"
    "|jeune|jeunes|homme|hommes|femmes|gens|monde|travailleur|travailleurs"
    "|ouvrier|ouvriers|vendeur|vendeurs|vendeuses|bebe|petit|petits|copain|copine|type|types"
    "|mec|mecs|garcon|garcons|etudiant|etudiants|eleve|eleves|client|clients|locataire"
    "|locataires|famille|beau frere|belle soeur|grand pere|grand mere"
    "|pitit|manman|fre|vwazen|kouzen|zanmi|moun|madanm|tonton|matant)"
)
_OF = (
    "(mon|ma|mes|le|la|les|un|une|des|deux|trois|quatre|plusieurs|notre|nos|son|sa|ses|leur"
    "|leurs|ton|ta|tes|votre|vos|tout le|tous les|quelques|2|3|4|5|6|7|8|9|10|de|twa)"
)
# Object pronouns fused by folding: "l'ont" -> "lont", "l'a" -> "la", "m'ont" -> "mont".
_HIM = "(lont|la|lavaient|lavait|les ont|les avaient|nous ont|vous ont|tont|lui ont)"
_AGENTS = (
    "(ice|immigration|agents|les agents|federaux|la migra|migra|patrouille frontaliere|imigrasyon)"
)
_POLICE = (
    "(police|la police|policiers|les policiers|policier|le policier|flics|les flics|cpd"
    "|sherif|lapolis|polis)"
)
_WEEKDAYS = (
    "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendi|madi|mekredi|jedi|vandredi"
    "|samdi|dimanch)"
)
_AGES = "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17)"
_ALONE = "(seul|seule|seuls|seules)"
_TAKEN = (
    "(arrete|arretee|arretes|arretees|embarque|embarquee|embarques|emmene|emmenee|emmenes"
    "|attrape|attrapee|attrapes|ramasse|ramasses|menotte|menottee|menottes|enleve|enlevee"
    "|expulse|expulsee|expulses"
    "|enleves|interpelle|interpellee|interpelles|detenu|detenue|detenus|deporte|deportee"
    "|deportes|kidnappe|kidnappee|kidnappes|chope|chopes)"
)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "now": (
        "en ce moment",
        "en ce moment meme",
        "actuellement",
        "la maintenant",
        "maintenant meme",
        "a linstant meme",
        "en direct",
        "(sont|est|ils sont|il est) (encore|toujours) (la|ici|devant|dehors|dedans|en bas|chez)",
        "(encore|toujours) (la|ici|devant|dehors|dedans|en bas)",
        "kounye a",
        "kounyea",
        "kounya",
        "konnya",
        "(yo|li) toujou la",
        # "Ils tapent la porte depuis 10 min": still going on.
        "depuis (_)? (minute|minutes|min|mins|mn)",
        "depuis (une|1) (heure|h)",
        "depuis tout a lheure",
    ),
    # "Maintenant" also says where someone is now after a past event ("ils l'ont pris hier,
    # maintenant il est à Broadview"), so on its own it yields to a past marker.
    "now_weak": (
        "maintenant",
        "mtn",
        "mnt",
        "tout de suite",
        "tt de suite",
        "tdsuite",
        # "Venez vite": help asked for something under way.
        "(venez|viens|venir) (vite|svp vite|rapidement)",
    ),
    "now_implied": (
        "(sont|est) (la|ici|dehors|devant|en bas|en haut|partout|au coin)",
        "(sont|est) (dans|ds) (le|l|la|mon|notre|les) (couloir|immeuble|hall|batiment|cour"
        "|escalier|escaliers|quartier|rue)",
        # Following someone is written in the present while it happens.
        "(suit|suivent) (mon|ma|mes|nous|moi|notre|nos)",
        "(sont|est|etre) en train",
        "en train de",
        "(devant|a cote de|autour de) (ma|mon|notre|nos|l|la|le) (porte|maison|immeuble"
        "|appartement|batiment|ecole|eglise|magasin)",
        "devant chez (moi|nous|lui|elle|eux)",
        "(il y a|ya|y a) (des|les|la|plein de|beaucoup de|deux|trois)? (agents|ice|police"
        "|policiers|flics|federaux|camions|voitures banalisees|vans|un raid|une rafle"
        "|un barrage|un controle|une descente)",
        "(arrivent|debarquent|encerclent|entourent|bloquent|embarquent|frappent"
        "|tapent|cognent|fouillent|controlent|verifient|poursuivent|tabassent|defoncent"
        "|attendent|surveillent)",
        "(yo|ice) (la|devan|ap)",
        f"{_ALONE} a la maison",
        f"(sont|est|reste|restent) (tout|toute|toutes)? {_ALONE}",
    ),
    "recent": (
        "il y a (_)? (minute|minutes|min|mins|mn)",
        "(ya|y a) (_)? (minute|minutes|min|mins|mn)",
        "il y a (une|1) heure",
        "il y a une demi heure",
        "il y a (un|quelques)? (instant|instants|moment)",
        "a linstant",
        "(vient|viennent|venons|viens|venez|venait) de _",
        "(vient|viennent|venons|viens|venait) (arreter|embarquer|emmener|enlever|attraper"
        "|interpeller|prendre|partir|passer|ramasser)",
        "tout a lheure",
        "(fek|fenk|sot) (pran|arete|rive|pase|ale)",
    ),
    "past": (
        "hier",
        "avant hier",
        "hier soir",
        "la nuit derniere",
        "ce matin",
        "cet apres midi",
        "plus tot",
        "tantot",
        "la semaine (derniere|passee)",
        "le mois (dernier|passe)",
        "lannee (derniere|passee)",
        "lautre jour",
        "lautre fois",
        _WEEKDAYS,
        "il y a (_|_ _)? (heures|heure|h|jours|jour|semaines|semaine|mois|ans|an)",
        "(ya|y a) (_)? (heures|h|jours|semaines|mois|ans)",
        "(etaient|etait) (la|ici|devant|dehors)",
        "ye (swa|maten|apremidi)",
        "yeswa",
        "depi (ye|semenn pase)",
        "semenn pase",
        "cetait (hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le)",
    ),
    "agency_ice": (
        "ice",
        "immigration",
        "imigration",
        "immigrations",
        "imigrasyon",
        "imigrasion",
        "agents (de|d)? immigration",
        "service (de|d)? immigration",
        "la migra",
    ),
    "agency_cbp": (
        "patrouille frontaliere",
        "patrouille (des|de la|aux) (frontieres|frontiere)",
        # "Police des frontières" names the border agency; reading it here keeps "police"
        # from counting as local police.
        "police (des|aux|de la) (frontieres|frontiere)",
        "police frontaliere",
        "garde frontiere*",
        "gardes frontiere*",
        "garde (des|de la) frontiere*",
        "douan*",
        "la border",
    ),
    "agency_other_federal": (
        "(federal|federale|federales|federaux)",
        "agents federaux",
        "police federale",
        "les feds",
        "dea",
        "garde nationale",
        "securite interieure",
        "marshals",
        # "La police de l'immigration" is ICE, not local police: the longer phrase keeps
        # "police" inside it from being read as local police.
        "(police|polis|lapolis|policiers) (de|d|des|dans)? (l)? (immigration|imigrasyon"
        "|imigration)",
    ),
    "agency_cpd": (
        "(police|polices|policiers|policier|flics|flic) de chicago",
        "police municipale",
        "police de la ville",
        "(lapolis|polis) chicago",
        "chicago police",
    ),
    "agency_other_police": (
        "police*",
        "policier*",
        "policiere*",
        "(flic|flics)",
        "(keuf|keufs)",
        "gendarme*",
        "sherif*",
        "lapolice",
        "lapolis",
        "polis",
    ),
    "agents_present": (
        "agent*",
        "(camion|camions|fourgon|fourgons|fourgonnette*|van|vans|suv|tahoe|tahoes)",
        "(voiture*|vehicule*|camion*|suv|van|vans) (banalise*|noir*|noire*|blanc*|gris|grise*"
        "|teinte*|sans (plaque*|logo|marque*))",
        "vitres teintees",
        "convoi*",
        "gilets pare balles",
        "(gilet*|uniforme*) (ice|police|federal|pare balles)",
        "(jai|on a|nous avons|jai) vu (des|les)? (agents|ice|lice|federaux|gardes)",
        "(machin|machine) (nwa|ice)",
    ),
    "detention": (
        f"{_HIM} (arrete*|embarqu*|emmene*|attrape*|ramasse*|menotte*|enleve*|interpelle*"
        "|kidnappe*|chope*|pris|expulse*|deporte*)",
        f"(arrete*|embarqu*|emmene*|attrap*|ramass*|menott*|enlev*|interpell*|kidnapp*|chope*"
        f"|pris|prennent|prenaient|pran|arete) {_OF}? {_PEOPLE}",
        f"(a ete|ont ete|ete|a etait|sont|est|etre|se sont fait|sest fait|se fait|se faire"
        f"|fait|vient detre) {_TAKEN}",
        f"{_TAKEN} (par|pa) (ice|limmigration|les agents|la police|des agents|la migra"
        "|les federaux)",
        "embarqu*",
        "menott*",
        "en garde a vue",
        "(centre|prison|camp) (de)? detention",
        "(emmene*|amene*|envoye*|transfere*) (a|au|a la|en) (broadview|prison|detention"
        "|centre de detention|poste|commissariat)",
        "(mis|mise|mettre|jete*|pousse*|pousses) (dans|en) (le|la|un|une|leur|leurs)? (camion"
        "|voiture|van|fourgon|fourgonnette|suv|vehicule|machin|machine)",
        "fait (monter|entrer) dans (le|la|un|une|leur)? (camion|voiture|van|fourgon|suv)",
        "(yo|ice|imigrasyon) (arete|pran|ap arete|ap pran) (li|yo|mwen|nou)",
        # Kreyòl "arete" is always an arrest once the agents are its subject.
        "(yo|ice|imigrasyon|ajan|ajan yo|lapolis) (fek|fenk|sot|ap|te)? arete",
        # "Personne" alone is "nobody" ("ils ont pris personne"): only with an article.
        "(arrete*|embarqu*|emmene*|attrap*|ramass*|menott*|enlev*|interpell*|pris) (une|la|cette"
        "|des|les|deux|trois|plusieurs|quelques) (personne|personnes)",
    ),
    "raid": (
        "rafle*",
        "descente*",
        "coup de filet",
        "ratissage*",
        "perquisition*",
        "(operation|operations) (de|d)? (police|ice|immigration|limmigration)",
    ),
    "id_check": (
        "control* (les|des|nos|vos|leurs|mes|ses|tes)? (identite*|papiers|pieces|documents|id"
        "|cartes)",
        "controle* (d)? identite",
        "verifi* (les|des|nos|vos|mes|ses|leurs|tes)? (papiers|identite*|documents|pieces|id"
        "|permis)",
        "(demande*|demandaient|demandent|exige*|exigeaient|reclame*) (a tout le monde)? (les"
        "|des|nos|vos|mes|ses|leurs|tes)? (papiers|pieces|identite*|documents|permis|id"
        "|carte)",
        "(vos|tes) papiers",
        "control* (tout le monde|les gens|tous|chacun|les passants|les clients|les travailleurs)",
        "(mande|mandel) papye",
    ),
    "status_question": (
        "si (etais|etait|etions|etiez|etaient|suis|est|es|sommes|etes|avais|avait|avions"
        "|aviez|avaient|ai|a|as|avez) (legal|legale|legaux|illegal|illegale|illegaux|en regle"
        "|sans papiers|des papiers|papiers|citoyen|citoyenne|citoyens|americain|americaine"
        "|resident|residente|un statut|une carte verte|une green card)",
        "(mon|son|ton|votre|leur|notre|nos|mes|ses) (statut|status)",
        "statut (dimmigration|migratoire|dimmigrant|legal)",
        "titre de sejour",
        "carte verte",
        "green card",
        "(dou|de quel pays|de quelle nationalite) (je|tu|il|elle|on|nous|vous|ils|jetais)?"
        " (viens|vient|venons|venez|viennent|suis|est|etes|sommes|etait|etais)",
        "nationalite",
        "(es|etes|est) (legal|legale|illegal|illegale|sans papiers|citoyen|citoyenne)",
        "(tu as|vous avez|as tu|avez vous|il a|elle a) (des|tes|vos|ses)? papiers",
    ),
    "at_door": (
        "(devant|a) (ma|notre|la|leur|sa|mon|ta|votre) porte",
        "devant chez (moi|nous|lui|elle|eux)",
        "devant (mon|notre|ma|l|leur) (maison|appartement|immeuble|batiment|domicile)",
        "(frappent|frappaient|frappe|frapper|frappait|tapent|tapaient|tape|taper|tapait|cognent"
        "|cognaient|cogne|cogner|tambourinent|tambourinaient|defoncent|defoncer|enfoncent"
        "|enfoncer|frape) (fort)? (a|sur|contre)? (la|ma|notre|les|toutes les|nos|leur)?"
        " (porte|portes|pot)",
        "ouvrez",
        "ouvre la porte",
        "(crie*|ordonne*|exige*|exigeaient|criaient|disaient) (d)? ouvrir",
        "(veulent|voulaient|voulait|veut|essaient|essayaient|essayait) (d)? (entrer|rentrer)",
        "(entre*|rentre*) (dans|chez) (la|le|l|notre|mon|ma|leur|nos|ses|son|sa)? (maison"
        "|appartement|immeuble|batiment|eglise|chambre|logement|moi|nous|lui|eux|elle|cour"
        "|magasin|restaurant|usine)",
        "(porte a porte|de porte en porte)",
        "(sont|est) (dans|ds) (mon|notre|l|le|la|les) (immeuble|batiment|couloir|hall|cour"
        "|escalier|escaliers)",
        "frape pot",
        "devan (pot|kay)",
    ),
    "roadblock": (
        "barrage*",
        "point de controle",
        "poste de controle",
        "controle routier",
        "(arretent|arretaient|arrete|arreter|control*|stopp*) (toutes les|les|des|chaque)?"
        " (voitures|vehicules|autos|automobilistes|conducteurs|chars|machines|voiture)",
    ),
    "questioning": (
        "interrog*",
        "(pose*|posaient|posait|posent|poser) (des|plein de|beaucoup de|trop de)? questions",
        "questionne*",
        # "m'a arrêté" is as often "stopped me" as "arrested me": read as a stop.
        "(ma|mont|nous a|nous ont|ta|tont) (arrete*|controle*|interpelle*|fouille*|stoppe*)",
        "fouill*",
        "(demande*|demandaient|demandait) (nos|leurs|mes|ses|son|mon|notre|leur|les) (noms|nom"
        "|adresse*|prenom*)",
        "palpe*",
        "(arrete|arretee|controle|controlee|stoppe) (sur la route|au volant|en voiture|pour un"
        " controle)",
        "(contravention|ticket|amende)",
    ),
    "surveillance": (
        "surveill*",
        "(nous|me|les|le|la|l) (suivent|suivaient|suivait|suivi|suivre)",
        "(suit|suivent|suivait|suivaient) (mon|ma|mes|nous|moi|les|le|la|notre|nos)",
        "(ont|a) suivi",
        "(gare|garee|gares|garees|stationne*) (devant|en face|pres|a cote|dans la rue|au coin|sur)",
        "(tournent|tournaient|tournait|rodent|rodaient|rodait) (autour|dans le quartier|dans"
        " la rue)",
        "(guettent|guettaient|guettait)",
        "planqu*",
        "(prennent|prenaient|prenait) des (photos|videos)",
        # Agents photographing; "on a pris des photos" is the resident's own evidence.
        "(ils|il|elle|ice|agent|agents|lagent|homme|hommes) (a|ont|avait|avaient)? pris des"
        " (photos|videos) (de|des|du)",
        "font (des tours|le tour)",
    ),
    "force": (
        "frapp*",
        "tabass*",
        "(battu|battus|battue|battre|bat|battaient|battait)",
        "cogne*",
        "(pousse|poussee|pousses|poussees|poussent|poussaient|poussait|pousser|bouscul*)",
        "plaque* (au|a|contre|par) (sol|terre|mur|voiture)",
        "(jete*|jette*|balance*) (mon|ma|mes|le|la|les|lui|moi|nous)? _? (par terre|au sol"
        "|contre|a terre)",
        "(par terre|au sol|a terre)",
        "etrangl*",
        "etouff*",
        "gaz (lacrymogene|poivre)",
        "gaze*",
        "(spray|bombe) (au poivre|lacrymogene)",
        "tase*",
        "(coup|coups) de (poing|pied|pieds|matraque|crosse|tete|taser)",
        "(des coups|les coups|coups)",
        "matraqu*",
        "gifl*",
        "violen*",
        "brutal*",
        "(par la force|de force|a la force|avec force|force excessive)",
        "malmen*",
        "traine* (par terre|au sol|sur le sol|dehors|jusqu)",
        "tire* par (les cheveux|le bras|les bras|le cou)",
        "ecras*",
        "(bat li|bat yo|frape li|frape yo|kraze)",
    ),
    "injury": (
        "bless*",
        "blese",
        "saign*",
        "sang",
        "ensanglant*",
        "plaie*",
        "hematome*",
        "ecchymose*",
        "(bras|jambe|nez|cote|cotes|poignet|main|doigt|dent|dents|machoire|epaule) (casse*"
        "|fractur*|foule*|demis)",
        "fractur*",
        "casse (le|la|les|son|sa|ses|mon|ma)? (bras|jambe|nez|cote|cotes|poignet|main|doigt"
        "|dent|dents|machoire)",
        "evanoui*",
        "inconscient*",
        "sans connaissance",
        "perdu connaissance",
        "(enfle|enflee|gonfle|gonflee|tumefie*)",
        "commotion",
        "senyen",
    ),
    "medical_now": (
        "(besoin|besoin durgence) (d)? (une|un|des|le|les)? (ambulance|medecin|docteur|secours"
        "|pompiers|soins|urgences|hopital|paramedic*)",
        "(appelez|appeler|appelle|appellez|envoyez|envoyer) (une|un|les|le)? (ambulance|pompiers"
        "|secours|samu|911|medecin)",
        "ne respire (pas|plus)",
        "respire (pas|plus)",
        "(peut|peux|arrive) (pas|plus) (a)? respirer",
        "ne (peut|peux|arrive) (pas|plus) (a)? respirer",
        "narrive (pas|plus) a respirer",
        "crise (cardiaque|dasthme|depilepsie)",
        "convuls*",
        "fait un malaise",
        "(toujours|encore) inconscient*",
        "(est|reste) inconscient*",
        "perd (beaucoup)? (de)? sang",
        "pa ka respire",
        "(bouge|reagit|repond) plus",
        "ne (bouge|reagit|repond) plus",
        "(rele|rele yon) anbilans",
    ),
    "weapon": (
        "(arme|armes)",
        "armes a feu",
        "pistolet*",
        "fusil*",
        "revolver*",
        "flingue*",
        "mitraillette*",
        "zam",
        "revolve",
    ),
    "weapon_pointed": (
        "(pointe*|braque*|brandi*|visaient|visait|vise*) (un|une|des|leur|leurs|son|ses|les)?"
        " (arme*|pistolet*|fusil*|flingue*|taser*|revolver*)",
        "(pointe*|braque*) (sur|vers) (moi|nous|lui|eux|les gens|elle)",
        "(mis|mettre|colle*|pose*) (un|une|le|leur|son|sa)? (pistolet|arme|fusil|flingue"
        "|revolver) (sur|contre|a) (la|ma|sa|leur|son|mon)? (tete|tempe|poitrine|visage|front)",
        "(pistolet|arme|fusil|flingue|revolver) (sur|contre|a) (la|ma|sa|leur|son)? (tete"
        "|tempe|visage)",
        "(arme|armes) (a la main|au poing|sortie|sorties|degainee*|pointee*)",
        "degain*",
        "sorti* (leur|leurs|les|des|un|une|son)? (arme*|pistolet*|fusil*)",
        "sous la menace (dune|d une)? arme",
    ),
    "weapon_fired": (
        "tire* (sur|des coups|des balles|en lair|dans)",
        "(ont|a) tire (plusieurs fois|deux fois|trois fois|en lair)",
        "(coup|coups) de feu",
        "fusillade*",
        "ouvert le feu",
        "fait feu",
        "(balle|balles) (reelles|en caoutchouc)",
        "tire sou",
    ),
    "minor": (
        "enfant*",
        "gamin*",
        "gosse*",
        "bebe*",
        "mineur*",
        "(ado|ados|adolescent*)",
        "(mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|votre|vos|ton|ta|tes) (fils|fille|filles"
        "|petits|petite|petit)",
        f"(de|dage|age de|agee de|ki gen) {_AGES} (ans|an|lane)",
        "(eleves|ecolier*|lyceen*|collegien*|fillette*)",
        "(mon|ma|son|sa|le|la|un|une|leur|petit|petite) (garcon|fillette)",
        "pitit*",
        "timoun",
        "tibebe",
        "ti moun",
    ),
    "child_alone": (
        f"{_ALONE} a la maison",
        f"(reste*|laisse*|sont|est|se retrouve*|se retrouvent) (tout|toute|toutes)? {_ALONE}",
        f"(tout|toute|toutes) {_ALONE}",
        "sans (personne|leurs parents|parents|leur mere|leur pere|sa mere|son pere|adulte"
        "|maman|papa)",
        "personne pour (les|le|la|soccuper)? (garder|recuperer|chercher|surveiller|soccuper)",
        "sans surveillance",
        "(pou kont yo|pou kont li|poukont)",
    ),
    "masks": (
        "masque*",
        "cagoul*",
        "encagoul*",
        "visage* (cache*|couvert*|masque*)",
        "(cache*|couvr*) (le|leur|leurs|son|les) visage*",
        "passe montagne*",
        "mask",
    ),
    "no_id": (
        "sans (badge*|insigne*|identification|uniforme*|nom)",
        "(pas|aucun|aucune) (de)? (badge*|insigne*|identification)",
        "(navaient|navait|nont|na|portaient|portait) (pas|aucun|aucune) (de)? (badge*|insigne*"
        "|identification|uniforme*)",
        "en civil",
        "(habits|vetements|tenue) (civil|civils|civile)",
        "ne (se sont|sest|se) pas (identifie*|presente*)",
        "se sont pas (identifie*|presente*)",
        "(refuse*|refusaient|refusait) (de)? (identifier|donner leur nom|donner son nom|montrer)",
    ),
    "badge": (
        "(badge|matricule|insigne|numero de badge|numero de matricule|numero dinsigne) (numero"
        "|no|num|n|#|est|etait)? <num>",
    ),
    "agent_name": (
        "sappel*",
        "son nom (est|etait|cest)",
        "nom (sur|de) (son|le|leur) (badge|gilet|uniforme)",
        "nom de famille",
        "(agent|officier|policier) (nomme*|du nom de)",
        "(gilet|badge|uniforme) (disait|indiquait|marque)",
        "(li|yo) rele",
        "non li (se)?",
    ),
    "plate": (
        "(plaque|plaques|immatriculation|plaque dimmatriculation|numero de plaque|plak) (numero"
        "|no|n|#|est|etait|cest|de)? (illinois|il|indiana|in|wisconsin|wi)? <plate>",
        "(plaque|plaques|immatriculation|plak) (de|du) (la|leur|sa|leurs)? (voiture|camion|van"
        "|suv|vehicule|fourgon|machin) (est|etait|cest|numero)? (illinois|il|indiana|in"
        "|wisconsin|wi)? <plate>",
    ),
    "plate_hidden": (
        "sans (plaque*|immatriculation)",
        "(pas|aucune) (de)? plaque*",
        "(navaient|navait|nont|na) (pas|aucune) (de)? plaque*",
        "(plaque|plaques) (cachee*|couverte*|masquee*|enlevee*|scotchee*|illisible*)",
        "(cache*|couvert*|masque*) (les|leurs|la|leur)? plaque*",
        "(plaque|plaques) (temporaire*|en papier|provisoire*)",
        "plak (kache|pa gen)",
    ),
    "sensitive_location": (
        "ecole*",
        "eglise*",
        "temple*",
        "mosquee*",
        "synagogue*",
        "tribuna*",
        "cour (dimmigration|de justice)",
        "palais de justice",
        "hopita*",
        "clinique*",
        "creche*",
        "garderie*",
        "maternelle*",
        "lycee*",
        "college*",
        "universite*",
        "centre de sante",
        "lekol",
        "legliz",
        "lopital",
        "tribinal",
        "klinik",
    ),
    "property_damage": (
        "(casse*|defonce*|enfonce*|brise*|force*|detruit*|demoli*|fracasse*|explose*) (la|les"
        "|une|des|ma|mon|notre|nos|leur|sa|son)? (porte*|fenetre*|vitre*|serrure*|portail"
        "|grille|voiture|pare brise)",
        "(porte|portes|fenetre|fenetres|vitre|vitres|serrure) (cassee*|defoncee*|enfoncee*"
        "|brisee*|forcee*|arrachee*)",
        "entre* de force",
        "entree* par la force",
        "par effraction",
        "defonc*",
        "saccag*",
        "degat*",
        "endommag*",
        "(abime|abimee|abimes|abimees|abime)",
        "kase (pot|fenet|machin)",
    ),
    "retaliation": (
        "menac*",
        "intimid*",
        "represaill*",
        "harcel*",
        "(vont|allaient|va|allait|vont venir) revenir",
        "revenir (pour|me chercher|nous chercher|chercher) (moi|nous|toi)?",
        "(savent|sait|connaissent) ou (jhabite|on habite|nous habitons|je vis|jvis|jreste)",
        "(pris|arrache*|confisque*|casse*|saisi*|pique*) (mon|ma|nos|notre) (telephone|portable"
        "|tel|cellulaire|camera|phone)",
        "(efface*|supprime*) (mes|ma|mon|les|nos) (videos|photos|video|photo|enregistrement*)",
        "(arreter|arrete|arretez|arrete) de (filmer|enregistrer|photographier)",
        "(interdit|defendu) de filmer",
        "ne (filme*|filmez) pas",
        "(dit|ordonne|crie) (de)? (ranger|baisser) (mon|le|ton|son|ma)? (telephone|portable)",
        "menase",
    ),
    "immigration_threat": (
        "(menace*|menacait|menacaient) (de)? (appeler|denoncer|signaler|contacter|prevenir)"
        " (la|les)? (immigration|ice|migra)",
        "(appeler|appellerait|appellera|appellerai|appelle|appellerons) (la|les)? (immigration"
        "|ice|migra)",
        "(denoncer|signaler|balancer|livrer) (a|aux)? (la)? (immigration|ice|migra)",
        "(te|vous|me|nous|le|la|les) (faire)? (deporter|expulser)",
        "faire (deporter|expulser)",
        "rele (imigrasyon|ice)",
    ),
    "police_assist": (
        f"{_POLICE} (aidait|aidaient|a aide|ont aide|aident|aide|escortait|escortaient"
        "|escortent|accompagnait|accompagnaient|travaillait|travaillaient|collaborait"
        "|collaboraient|cooperait|cooperaient)",
        f"(etait|etaient|travaillait|travaillaient|etait la) avec {_AGENTS}",
        f"(aidait|aidaient|aident|a aide|ont aide|escort*|accompagn*) {_AGENTS}",
        f"(travaill*|collabor*|cooper*) avec {_AGENTS}",
        f"(livre*|remis|donne*|transfere*) (a|aux) {_AGENTS}",
        "(aide*|aidaient|aidait) a (arreter|embarquer|menotter|attraper|tenir|maitriser)",
        f"(appele*|appelaient|appelait) {_AGENTS}",
    ),
    "police_block": (
        "(bloqu*|ferm*|barr*|boucl*) (la|les|le|toute la|toutes les)? (rue|rues|route|routes"
        "|circulation|passage|quartier|carrefour|acces|sortie|entree|intersection|ruelle)",
        "perimetre*",
        "bouclage",
        # Police stopping the traffic is police holding the road, whoever checks the drivers.
        "barrage* (de police|policier|de la police|des policiers|des flics)",
        f"{_POLICE} (arretent|arretaient|arretait|stoppent|stoppaient|controlent|controlaient"
        "|filtrent|filtraient) (toutes les|les|des|chaque)? (voitures|vehicules|autos"
        "|automobilistes|conducteurs|chars|machines)",
        "cordon (de securite|de police)",
        "(dirigeait|dirigeaient|reglait|reglaient|detournaient|detournait) la circulation",
        "(empechait|empechaient|empeche*) (les gens|de passer|dapprocher|de sapprocher|le"
        " passage|quiconque)",
        "bloke lari",
    ),
    "police_share": (
        "(donne*|passe*|transmis|fourni*|communique*|partage*|file*) (a|aux)? (lice|ice"
        "|limmigration|agents|eux|les agents)? (l|les|des|mon|ma|mes|son|sa|ses|notre|leur"
        "|leurs)? (adresse*|informations|infos|renseignements|donnees|dossier)",
    ),
    "police_watch": (
        f"{_POLICE} (regardait|regardaient|observait|observaient|restait|restaient|sont restes"
        "|est reste|ne faisait rien|ne faisaient rien|na rien fait|nont rien fait|faisait"
        " rien|faisaient rien|regardent|observent)",
        "(sont restes|restaient|restait) (la|a cote|sans rien faire)",
        "(regard*|observ*) sans (rien faire|intervenir|bouger)",
    ),
    "no_warrant": (
        "sans (aucun|un)? mandat*",
        "(pas|aucun) (de)? mandat*",
        "(navaient|navait|nont|na|nous ont pas|ne) (pas|aucun|jamais)? (montre|presente"
        "|donne|eu)? (pas|aucun)? (de|d|un)? mandat*",
        "mandat* (administratif*|de lice|de ice|dimmigration|pas signe*|non signe*)",
        "(netait|nest|netaient) pas signe*",
        "pas signe* par (un|le)? juge",
        "non signe* par (un|le)? juge",
        "sans signature (du|dun|d un)? juge",
        "(pa te gen|pa gen) manda",
    ),
    "media": (
        "film*",
        "enregistr*",
        "(jai|on a|nous avons|jai pu|on a pu|ma voisine a|mon voisin a) (pris|prendre) (des"
        "|une|un)? (photos|videos|photo|video)",
        "capture* decran",
        "(screenshot*|screen)",
        "pran (foto|videyo)",
        "videyo",
    ),
    "question": (
        "(mes|nos|vos|ses|leurs|tes) droits",
        "quels sont (mes|nos|vos)? droits",
        "connaitre (mes|vos|ses|nos) droits",
        "(dois|doit|devons|devez|faut il|faut|je dois|on doit) (je|on|nous)? (ouvrir|repondre"
        "|signer|montrer|parler|laisser|dire|donner)",
        "(peuvent|peut) (ils|elle|il|ice|la police|les agents|limmigration)? (entrer|rentrer"
        "|arreter|demander|fouiller|prendre|me prendre|marreter|nous arreter|me demander)",
        "avocat*",
        "est ce (anonyme|confidentiel)",
        "anonyme*",
        "comment ca marche",
        "cest quoi",
        "renseignement*",
        "numero durgence",
        "ki dwa mwen",
    ),
    "idiom": (
        # "Agent de police" is a local officer and "agent de sécurité" a guard, not immigration
        # agents; hiding only "agent de" keeps "police" readable after it.
        "agent* (de|du|des)",
        # "En larmes" folds to the same letters as "l'arme".
        "en larmes",
        # The resident taking their own family somewhere ("j'ai emmené mes enfants au parc").
        f"(jai|on a|nous avons|je vais|jai du|je dois|je suis alle|je suis allee) (emmene*"
        f"|amene*|pris|prendre|recupere*|chercher|ramasse*|ramasser) {_OF}? {_PEOPLE}",
        # "Statut d'immigration" is a person's papers, not immigration agents.
        "(statut|status|papiers|dossier|audience|procedure|carte|visa|loi|lois|reforme) (d)?"
        " immigration",
        "pas mal",
        "coup de (main|fil|telephone|pouce|oeil)",
        "tout a coup",
        "(se|me|te) battre pour",
        # A traffic stop: "la police m'a arrêté(e) pour un feu arrière".
        "(arrete|arretee) pour (un|une|le|la|l|des|mon|ma)? (feu|feux|exces|vitesse|phare"
        "|phares|ceinture|stop|clignotant|infraction|telephone|pneu|retroviseur|plaque)",
        "(ma|la|lont|mont|les ont|nous ont|nous a|ont|a) (arrete|arretee|arretes) pour (un|une"
        "|le|la|l|des|mon|ma)? (feu|feux|exces|vitesse|phare|phares|ceinture|stop|clignotant"
        "|infraction|telephone|pneu|retroviseur|plaque)",
    ),
    "spam": (
        "felicitations",
        "vous avez gagne",
        "gagne* (un|une|des)? (iphone|prix|cadeau|voyage|bon)",
        "gratuit*",
        "cliquez",
        "cadeau*",
        "loterie",
        "concours",
        "pret (rapide|sans)",
        "credit rapide",
    ),
}

NEGATORS: dict[str, int] = {
    **dict.fromkeys(
        (
            "ne",
            "pas",
            "jamais",
            "rien",
            "aucun",
            "aucune",
            "ni",
            "non",
            # "n'" is not a clitic: "n'a", "n'ont", "n'était" stay whole words.
            "na",
            "nont",
            "nest",
            "netait",
            "netaient",
            "navait",
            "navaient",
            "nai",
            "navons",
            "ny",
            # Kreyòl "pa" (yo pa arete li) and SMS "jamé".
            "pa",
            "pat",
            "janm",
            "okenn",
        ),
        3,
    ),
    # "sans" only reaches its own noun: "entrés sans mandat, ils ont cassé la porte".
    "sans": 1,
    # Hypotheticals ("si ICE vient sans mandat", "peuvent-ils entrer") are questions.
    "si": 3,
    **dict.fromkeys(("peuvent", "peut", "pourraient", "pourrait", "sil", "silya"), 2),
}

TIME = TimeWords(
    now=(
        "maintenant",
        "mtn",
        "mnt",
        "en ce moment",
        "actuellement",
        "la maintenant",
        "tout de suite",
        "tt de suite",
        "a linstant",
        "kounye a",
        "kounyea",
        "kounya",
    ),
    today=("aujourdhui", "auj", "ce matin", "cet apres midi", "ce soir", "jodi a", "jodi"),
    earlier_today=("plus tot", "tantot", "plus tot aujourdhui"),
    yesterday=("hier", "yer"),
    day_before_yesterday=("avant hier",),
    last_night=("hier soir", "cette nuit", "la nuit derniere", "hier nuit", "ye swa", "yeswa"),
    vague_past=(
        "la semaine derniere",
        "la semaine passee",
        "lautre jour",
        "le mois dernier",
        "le mois passe",
        "lannee derniere",
        "il y a longtemps",
        "cette semaine",
        "recemment",
        "semenn pase",
    ),
    while_ago=(
        "tout a lheure",
        "il y a un moment",
        "il y a peu",
        "il y a un instant",
        "y a pas longtemps",
        "il ny a pas longtemps",
    ),
    ago_after=(),
    ago_before=("il y a", "ya", "y a", "gen"),
    last=("dernier", "derniere", "passe", "passee"),
    future=(
        "demain",
        "apres demain",
        "la semaine prochaine",
        "le mois prochain",
        "demen",
    ),
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "quarante cinq": 45,
        "cinquante": 50,
        "quelques": 3,
        "plusieurs": 3,
        "une dizaine de": 10,
        "une vingtaine de": 20,
        "twa": 3,
    },
    half=("demi",),
    units={
        "minute": 1,
        "minutes": 1,
        "min": 1,
        "mins": 1,
        "mn": 1,
        "minit": 1,
        "heure": 60,
        "heures": 60,
        "h": 60,
        "edtan": 60,
        "jour": 1440,
        "jours": 1440,
        "semaine": 10080,
        "semaines": 10080,
    },
    parts_of_day={
        "matin": 9,
        "ce matin": 9,
        "midi": 12,
        "apres midi": 15,
        "soir": 20,
        "ce soir": 20,
        "nuit": 23,
        "minuit": 0,
        "maten": 9,
        "aswe": 20,
    },
    am=("du matin",),
    pm=("de lapres midi", "du soir"),
    clock_lead=("a", "vers", "a partir de", "depuis", "aux alentours de", "autour de"),
    clock_after=("h", "heure", "heures"),
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
        "lendi": 0,
        "madi": 1,
        "mekredi": 2,
        "jedi": 3,
        "vandredi": 4,
        "samdi": 5,
        "dimanch": 6,
    },
    months={
        "janvier": 1,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "decembre": 12,
        "janv": 1,
        "fev": 2,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    day_first=True,
)

LEXICON = Lexicon(
    locale="fr",
    concepts=CONCEPTS,
    negators=NEGATORS,
    clause_breaks=frozenset(
        {
            "mais",
            "et",
            "puis",
            "ensuite",
            "alors",
            "donc",
            "quand",
            "lorsque",
            "parce",
            "pendant",
            "car",
            "apres",
            "avant",
            "aussi",
            "sinon",
            "ou",
            "pi",
            "epi",
            "men",
            "ak",
        }
    ),
    determiners=frozenset(
        {
            "le",
            "les",
            "un",
            "des",
            "du",
            "de",
            "d",
            "l",
            "mon",
            "mes",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "notre",
            "nos",
            "votre",
            "vos",
            "ce",
            "cette",
            "ces",
            "ete",
            "eu",
        }
    ),
    test_words=frozenset({"test", "tester", "essai", "teste"}),
    test_filler=frozenset(
        {
            "ceci",
            "cest",
            "est",
            "un",
            "une",
            "juste",
            "message",
            "de",
            "bonjour",
            "salut",
            "slt",
            "svp",
            "stp",
            "merci",
            "ignorer",
            "ignorez",
            "deux",
            "trois",
            "ok",
            "le",
            "ce",
            "pour",
            "voir",
            "se",
            "yon",
        }
    ),
    titles=frozenset(
        {
            "agent",
            "officier",
            "policier",
            "sergent",
            "lieutenant",
            "capitaine",
            "inspecteur",
            "detective",
            "sherif",
            "ofisye",
        }
    ),
    not_names=frozenset(
        {
            "etait",
            "est",
            "a",
            "qui",
            "que",
            "de",
            "du",
            "le",
            "la",
            "les",
            "et",
            "avec",
            "sans",
            "ne",
            "pas",
            "na",
            "mon",
            "ma",
            "numero",
            "badge",
            "nom",
            "il",
            "elle",
            "ils",
            "lui",
            "nous",
            "inconnu",
            "ont",
            "avait",
            "portait",
            "federal",
            "dimmigration",
            "ice",
        }
    ),
    unknown_answers=frozenset(
        {
            "je sais pas",
            "jsp",
            "sais pas",
            "je ne sais pas",
            "jsais pas",
            "chai pas",
            "aucune idee",
            "aucun",
            "aucune",
            "rien",
            "personne",
            "non",
            "passer",
            "inconnu",
            "m pa konnen",
            "pa konnen",
            "mwen pa konnen",
        }
    ),
    time=TIME,
    # Elided and SMS forms are folded as they come in ("c'est" -> "cest").
    clitics=("l", "d", "j", "m", "t", "s", "c", "qu", "jusqu", "lorsqu", "puisqu"),
    # Short, frequent words that set French (and Haitian Kreyòl) apart from Spanish, English
    # and the other Latin-script languages: no "de", "la", "que", "en" here.
    common_words=frozenset(
        {
            "le",
            "les",
            "une",
            "des",
            "du",
            "est",
            "sont",
            "et",
            "mais",
            "je",
            "il",
            "elle",
            "ils",
            "nous",
            "vous",
            "mon",
            "mes",
            "ses",
            "au",
            "aux",
            "ce",
            "cette",
            "qui",
            "pas",
            "ne",
            "oui",
            "bonjour",
            "salut",
            "merci",
            "ici",
            "maintenant",
            "avec",
            "pour",
            "dans",
            "chez",
            "aidez",
            "moi",
            "ont",
            "suis",
            "ai",
            "etait",
            "jai",
            "cest",
            "quil",
            "quils",
            "tout",
            "rien",
            "voisin",
            "maison",
            "porte",
            "hier",
            "aujourdhui",
            "encore",
            "deja",
            "vite",
            "mtn",
            "slt",
            "stp",
            "svp",
            "jsp",
            "ya",
            "tt",
            "mwen",
            "yo",
            "nou",
            "li",
            "kounye",
            "pitit",
            "tanpri",
            "lakay",
        }
    ),
)
