"""Spanish word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Written for Spanish as Chicago residents text it: Mexican above all ("la chota", "lo
levantaron", "ahorita", "chamacos"), Central American ("cipotes", "patojos", "chavalos") and
Puerto Rican ("ta aquí", "los nenes"), often without accents, and mixed with English ("la
migra tiene rodeado el building"). The English list is always read too, so English words
inside Spanish sentences ("estan knocking") are found there.
"""

from __future__ import annotations

from app.triage.lexicon.model import Lexicon, TimeWords

# People a resident says were taken; "se llevaron mi celular" must not read as a detention.
_PEOPLE = (
    "(esposo|esposa|marido|mujer|hijo|hija|hijos|hijas|mama|papa|madre|padre|hermano|hermana"
    "|hermanos|hermanas|vecino|vecina|vecinos|vecinas|amigo|amiga|amigos|amigas|primo|prima"
    "|primos|tio|tia|tios|novio|novia|pareja|abuelo|abuela|sobrino|sobrina|companero"
    "|companera|companeros|jefe|familia|senor|senora|muchacho|muchacha|muchachos|chavo"
    "|joven|jovenes|hombre|hombres|mujeres|trabajador|trabajadores|vendedor|vendedores"
    "|gente|personas|persona|nino|nina|ninos|ninas|bebe|cunado|cunada|suegro|suegra"
    "|compadre|comadre|compa|carnal|carnala|chavos|chava|morro|morra|patojo|patoja|cipote"
    "|cipota|chavalo|chavala|dona|don|senores|senoras|muchachas|raza|paisanos|paisano|todos)"
)
_WEEKDAYS = "(lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_AGENTS = "(la migra|migra|ice|migracion|inmigracion|los agentes|agentes|los federales|federales)"
_POLICE = "(la policia|los policias|policias|policia|la chota|la jura|cpd|la patrulla|los polis)"
# Who can be said to "have" someone: "los agentes tienen a mi hijo", "ya tienen a mi esposo"
# (not "mi vecina tiene a sus hijos solos").
_HOLDERS = (
    "(la migra|migra|ice|migracion|inmigracion|los agentes|agentes|los federales|federales"
    "|la policia|los policias|policias|la chota|ya|ellos|los de migracion|los de ice)"
)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "now": (
        "ahora mismo",
        "ahorita",
        "ahoritita",
        "ahorita mismo",
        "en este momento",
        "en estos momentos",
        "justo ahora",
        "en vivo",
        "todavia (estan|esta|siguen|sigue)",
        "siguen (aqui|aca|afuera|ahi|alli|alla)",
        "sigue (aqui|aca|afuera|ahi|alli|alla)",
        "ahorita estan",
        # As it is texted: "orita", "horita".
        "orita",
        "horita",
        "orita mismo",
        "ahorita ahorita",
    ),
    "now_weak": ("ahora",),
    "now_implied": (
        "(estan|esta) (aqui|aca|afuera|enfrente|abajo|arriba|alli|ahi|cerca|rodeando)",
        "(estan|esta) en (mi|la|nuestra|el|nuestro) (puerta|casa|cuadra|calle|edificio"
        "|trabajo|esquina|barrio|bloque)",
        "afuera de (mi|la|nuestra|el|nuestro) (casa|puerta|edificio|trabajo|escuela|iglesia"
        "|tienda|departamento|apartamento)",
        "enfrente de (mi|la|nuestra|el|nuestro) (casa|puerta|edificio|departamento)",
        "tocando",
        "estan tocando",
        "(estan|esta) (arrestando|deteniendo|llevando|llevandose|agarrando|levantando"
        "|revisando|pidiendo|preguntando|rodeando|bloqueando|persiguiendo|golpeando|tocando"
        "|esperando|sacando|entrando|checando|parando|empujando|disparando|apuntando"
        "|tirando|cerrando|vigilando|siguiendo)",
        "se (estan|esta) llevando",
        "(esta|estan) pasando",
        "ya llegaron",
        "hay (migra|la migra|ice|agentes|federales|policias|patrullas|camionetas|un operativo"
        "|una redada|un reten|redada|reten)",
        "(estan|esta) (solos|solas|solo|sola|solitos|solitas|solito|solita)",
        "acaban de llegar",
        # Puerto Rican and Caribbean "ta" / "tan" for "está" / "están".
        "(ta|tan) (aqui|aca|afuera|enfrente|abajo|arriba|alli|ahi|en la puerta|en el edificio"
        "|en la casa|rompiendo|tocando|llevandose|arrestando|agarrando)",
        # "ice aqui", "la migra afuera": the agency then where, with nothing else.
        "(migra|la migra|ice|los agentes|federales|la chota|la policia) (aqui|aca|afuera"
        "|enfrente|en la puerta|en mi puerta)",
        # Someone in a state that only lasts while it happens: "esta sangrando".
        "(esta|estan) (sangrando|tirado|tirada|inconsciente|desmayado|desmayada|llorando"
        "|temblando|gritando|esposado|esposada|esposados)",
        "(estan|esta) (esposando|jaloneando|arrastrando|rompiendo|tumbando|pateando)",
    ),
    "recent": (
        "hace (un|unos|pocos|poquitos|_)? (minuto|minutos|momento|momentito|ratito|rato|min|mins)",
        "hace (una|1) hora",
        "hace media hora",
        "hace poco",
        "(acaba|acaban|acabo) de (llevarse|llevar|pasar|arrestar|detener|agarrar|irse"
        "|llevarselo|llevarsela)",
        "recien (paso|se fueron|se lo llevaron|se la llevaron)",
    ),
    "past": (
        "ayer",
        "anoche",
        "anteayer",
        "antier",
        "antes de ayer",
        "hace (un|una|unos|unas|_)? (hora|horas|dia|dias|semana|semanas|mes|meses|ano|anos"
        "|tiempo|rato)",
        "(la semana|el mes|el ano|el fin de semana) pasad*",
        "el otro dia",
        "esta manana",
        "esta tarde",
        f"el {_WEEKDAYS}",
        f"este {_WEEKDAYS}",
        "temprano",
        "(estaban|estuvieron|estuvo|estaba) (aqui|aca|afuera|ahi|alli|en)",
        "la otra vez",
        "hace mucho",
        "(hoy|ayer) (en|por) la (manana|tarde|noche|madrugada)",
        "en la madrugada",
        "antenoche",
    ),
    "agency_ice": (
        "migra",
        "ice",
        "inmigracion",
        "migracion",
        "agentes de inmigracion",
        "oficiales de inmigracion",
    ),
    "agency_cbp": (
        "patrulla fronteriza",
        "la border",
        "border patrol",
        "cbp",
        "agentes fronterizos",
    ),
    "agency_other_federal": (
        "federales",
        "agentes federales",
        "agente federal",
        "fbi",
        "dea",
        "guardia nacional",
        "seguridad nacional",
        "policia federal",
        "los federales",
        "marshals",
    ),
    "agency_cpd": (
        "policia de chicago",
        "policias de chicago",
        "cpd",
        "la policia de chicago",
        "policia de la ciudad",
    ),
    "agency_other_police": (
        "policia",
        "policias",
        "la chota",
        "chota",
        "patrulla",
        "patrullas",
        "sheriff",
        "alguacil",
        "alguaciles",
        "la poli",
        "polis",
        "policia estatal",
        "oficial de policia",
        "oficiales de policia",
    ),
    "agents_present": (
        "agentes",
        "agente",
        "camionetas",
        "camioneta",
        "trocas",
        "troca",
        "convoy",
        "caravana",
        "(carros|camionetas|vans|trocas) (negras|negros|blancas|blancos|polarizadas"
        "|polarizados|sin logo|sin marcas|oscuras|oscuros|grises)",
        f"vi (a)? {_AGENTS}",
        "chalecos",
        "uniformados",
    ),
    "detention": (
        "detuvieron",
        "detuvo",
        "detienen",
        "deteniendo",
        "detenid*",
        "detencion",
        "arrest*",
        "secuestr*",
        "esposad*",
        "esposaron",
        "deportad*",
        "deportaron",
        "encerraron",
        "bajo custodia",
        "se (llevaron|llevo|llevan) a",
        "se (llevaron|llevo)",
        "se (lo|la|los|las|le) (llevaron|llevo|llevan)",
        "se (lo|la|los|las) (estan|esta) llevando",
        "llevandose (a)?",
        "(lo|la|los|las|me|nos|le|les) (detuvieron|detuvo|arrestaron|arresto|agarraron|agarro"
        "|esposaron|levantaron|levanto|subieron|secuestraron|llevaron|deportaron|encerraron)",
        "(agarraron|agarro|levantaron|levanto|subieron|subio|atraparon|atrapo|pescaron|pesco"
        "|cacharon|cacho|torcieron|apanaron) a",
        # Mexican slang for an arrest: "lo torcieron", "lo apañaron", "lo pescaron".
        "(lo|la|los|las|me|nos) (torcieron|torcio|apanaron|apano|pescaron|pesco|cacharon|cacho"
        "|atraparon|atrapo)",
        # "la migra se llevaba a la gente" (not "mi esposa se llevaba a los niños").
        f"{_HOLDERS} se (lo|la|los|las)? (llevaba|llevaban|lleva|llevan|estaba llevando"
        "|estaban llevando) a",
        # In progress, with who: "agarrando gente", "arrestando a los trabajadores".
        "(arrestando|deteniendo|agarrando|levantando|llevandose|esposando|subiendo) (a)?"
        " (mi|mis|su|sus|un|una|unos|unas|el|la|los|las|dos|tres|varios|varias|toda la)?"
        f" {_PEOPLE}",
        "(esposando|esposandolo|esposandola|esposandolos|esposandome)",
        "(lo|la|los|las|me|nos|le|les) (estan|esta|andan) (esposando|arrestando|deteniendo"
        "|agarrando|levantando|subiendo|llevando)",
        # "los agentes tienen a mi hijo": they are holding him.
        f"{_HOLDERS} (tienen|tiene|traen|trae) a (mi|mis|su|sus|nuestro|nuestra|nuestros)"
        f" {_PEOPLE}",
        # Handed over to immigration is taken into custody.
        f"(lo|la|los|las|me|nos) (entregaron|entrego) a {_AGENTS}",
        f"(agarraron|levantaron|atraparon|llevaron) a (mi|mis|su|sus|un|una|unos|unas|el|la"
        f"|los|las|dos|tres|varios|varias)? {_PEOPLE}",
        "(subieron|metieron) a (la|una|su) (camioneta|troca|van|carro|patrulla)",
        f"(detener|arrestar|agarrar|llevarse|esposar|levantar) a (mi|mis|su|sus|un|una|el|la"
        f"|los|las|dos|tres|varios|varias)? {_PEOPLE}",
        "(detenerlo|detenerla|detenerlos|arrestarlo|arrestarla|arrestarlos|llevarselo"
        "|llevarsela|llevarselos|esposarlo|esposarla)",
    ),
    "raid": ("redada*", "operativo*", "barrida*", "cacer*"),
    "id_check": (
        "(pidiendo|pidieron|pidio|piden|pedian|pedia|revisando|revisaron|checando|checaron"
        "|pidiendoles|pedir) (la|las|su|sus|mi|mis|tu|tus)? (identificacion|identificaciones"
        "|id|ids|licencia|licencias|credencial|credenciales|identificaciones)",
        # Revisar papeles es revisar identidad: la forma más común de decirlo.
        "(pidiendo|pidieron|pidio|piden|pedian|pedia|revisando|revisaron|reviso|checando"
        "|checaron) (a)? (todos|todo el mundo|la gente)? (los|las|sus|mis|tus|su|mi)?"
        " (papeles|documentos)",
    ),
    "status_question": (
        "(si|que si) (tenia|tenian|tiene|tienes|tengo|teniamos|tenemos) papeles",
        "(pidieron|pidio|piden|pidiendo|pedian|pedia|preguntaron|pregunto|preguntando"
        "|pregunta|preguntan|pedir) (por)? (los|mis|sus|tus|mi|su)? (papeles|documentos"
        "|estatus|estado migratorio|green card|pasaporte|seguro social)",
        "(preguntaron|pregunto|preguntando|pregunta|preguntan) (si|que si) (era|eran|soy"
        "|somos|es|estaba|estaban|estoy|estamos|tenia|tenian) (legal|legales|ilegal"
        "|ilegales|ciudadano|ciudadana|ciudadanos|papeles|residente|indocumentado"
        "|indocumentada|indocumentados)",
        "de donde (soy|eres|era|es|son|eran|somos)",
        "estatus migratorio",
        "situacion migratoria",
        "estado migratorio",
        "(eres|es|son) (legal|ilegal|ciudadano|ciudadana)",
    ),
    "at_door": (
        "(en|a) (mi|la|nuestra) puerta",
        # Escrito mientras pasa: "están rompiendo la puerta del vecino".
        "(rompiendo|tumbando|forzando|pateando|derribando|golpeando) (la|las|mi|su|nuestra)?"
        " (puerta|puertas|reja)",
        "tocando (la|mi|nuestra)? puerta",
        "tocando",
        "tocaron",
        "tocan (la)? puerta",
        "golpeando la puerta",
        "(quieren|querian) entrar",
        # What agents shout or demand; "¿tengo que abrir la puerta?" is a rights question.
        "(abra|abran|abras|abrieramos|abriera|abrieran) la puerta",
        "(dijeron|decian|gritaban|gritando|pidiendo|pidieron|querian|quieren|exigian|exigiendo"
        "|ordenaron) (que)? (le|les)? (abrir|abrieramos|abriera|abrieran|abramos|abra|abran)"
        " (la)? puerta",
        "entraron a (mi|la|nuestra|su) (casa|departamento|apartamento|edificio|cuarto)",
        "(estan|esta) adentro",
        "dentro de (mi|la|nuestra|su) casa",
        "se metieron a (mi|la|nuestra|su) casa",
        "de puerta en puerta",
        "casa por casa",
        "(afuera|enfrente|fuera) de (mi|nuestra) (casa|puerta|departamento|apartamento)",
    ),
    "roadblock": (
        "reten",
        "retenes",
        "punto de (control|revision|chequeo)",
        "puesto de control",
        "revision de (carros|vehiculos)",
        "parando (a)? (todos)? (los)? carros",
    ),
    "questioning": (
        "interrog*",
        "(me|le|nos|les) (hicieron|hizo|hacian) preguntas",
        "(me|lo|la|nos|los|las) (pararon|paro|cuestionaron|cuestiono|revisaron|registraron"
        "|catearon|esculcaron)",
        "parada de trafico",
        "me (detuvo|paro) la (policia|patrulla)",
        "cateo",
        "(preguntaron|pregunto|preguntando|preguntaban|preguntaba) (por|sobre|quien|quienes"
        "|donde|cuantos|a que)",
    ),
    "surveillance": (
        "vigil*",
        "siguiendo",
        "nos siguieron",
        "me siguieron",
        "(lo|la|los|las) siguieron",
        "estacionad*",
        "dando vueltas",
        "tomando (fotos|video|videos)",
        "rondando",
        "dron*",
    ),
    "force": (
        "golpe*",
        "pegaron",
        "(le|me|les|nos|lo|la) (pego|pegaron|empujo|empujaron|pateo"
        "|patearon|avento|aventaron|arrastro|arrastraron|jalonearon|jaloneo|tiraron|tiro"
        "|aporrearon|madrearon)",
        "empuj*",
        "tiraron al (suelo|piso)",
        "(al|contra el) (suelo|piso)",
        "gas (pimienta|lacrimogeno)",
        "balas de goma",
        "bolas de pimienta",
        "ahorc*",
        "estrangul*",
        "sometieron",
        "sometido",
        "sometida",
        "forceje*",
        "jalone*",
        "maltrat*",
        "agredi*",
        "agresi*",
        "violen*",
        "a la fuerza",
        "por la fuerza",
        "brutal*",
        "rodilla en (el|su) cuello",
        "descargas",
        "electrocut*",
        "patad*",
        "madrazo*",
        "manazo*",
    ),
    "injury": (
        "herid*",
        "sangr*",
        "lastim*",
        "lesion*",
        "moreton*",
        "moretes",
        "fractur*",
        "(brazo|pierna|nariz|mano|costilla|costillas|muneca|dientes|diente|dedo|hueso)"
        " (roto|rota|rotos|rotas|quebrado|quebrada|quebrados)",
        "desmay*",
        "inconsciente",
        "descalabr*",
        "hinchad*",
    ),
    "medical_now": (
        "necesit* (una)? ambulancia",
        "(manden|mande|mandar|llamen|llame|llamar) (a)? (una)? (ambulancia|paramedicos)",
        "necesit* (un)? (doctor|medico|atencion medica|hospital|paramedicos)",
        "no (puede)? respirar",
        "no respira",
        "convulsion*",
        "ataque al corazon",
        "esta inconsciente",
        "no reacciona",
        "no despierta",
    ),
    "weapon": (
        "pistola*",
        "(arma|armas|armado|armados|armada|armadas)",
        "rifle*",
        "escopeta*",
        "cuerno de chivo",
        "metralleta*",
        "taser",
        "fusil*",
    ),
    "weapon_pointed": (
        "(apuntaron|apunto|apuntando|apuntandome|apuntandonos|apuntandole|apuntaba"
        "|apuntaban|apuntandoles)",
        "sacaron (las|sus)? (armas|pistolas|rifles)",
        "(armas|pistolas|rifles) (en la mano|desenfundadas|afuera|en alto)",
        "(pistola|arma) en la cabeza",
    ),
    "weapon_fired": (
        "dispar*",
        "balazo*",
        "balacera",
        "balearon",
        "baleado",
        "baleada",
        "balacead*",
        "tiros",
        "tirotear*",
        "tiroteo",
        "plomazo*",
    ),
    "minor": (
        "nino",
        "nina",
        "ninos",
        "ninas",
        "menores",
        "menor de edad",
        "(un|una|el|la|los|las) (menor|menores)",
        "(mi|mis|su|sus|tu|tus) (hijo|hija|hijos|hijas)",
        "bebe",
        "bebes",
        "chamaco*",
        "chavito*",
        "estudiantes",
        "adolescente*",
        "nene",
        "nena",
        "nenes",
        "chiquito*",
        "chiquita*",
        "hermanit*",
        "criatura*",
        "escuincle*",
        "huerquito*",
        "huerco*",
        # Central American: Salvadoran and Honduran "cipote", Guatemalan "patojo", Nicaraguan
        # and Honduran "chavalo".
        "cipote*",
        "cipota*",
        "patojo*",
        "patoja*",
        "chavalo*",
        "chavala*",
        "morrito*",
        "morrita*",
        "chiquillo*",
        "chiquilla*",
        "(de|tiene|tenia|tienen) (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17) (ano|anos|anitos)",
    ),
    "child_alone": (
        "(quedaron|quedo|se quedaron|se quedo|estan|esta|dejaron|quedan|queda|estaban|estaba"
        "|se quedan) (a)? (los|las|mis|sus|el|la|mi|su)? (ninos|ninas|nino|nina|hijos|hijas"
        "|hijo|hija|bebe|nenes|chamacos)? (solos|solas|solo|sola|solitos|solitas|solito"
        "|solita)",
        "(ninos|ninas|nino|nina|hijos|hijas|bebe|nenes|chamacos) (solos|solas|solo|sola"
        "|solitos|solitas)",
        "sin nadie que (los|las|lo|la|le|les)? (cuide|cuiden|recoja|recojan|vea)",
        "nadie (que|para) (los|las|lo|la)? (cuide|recoja|cuidar|recoger)",
        "sin (sus|su) (papas|padres|mama|papa|madre|padre)",
    ),
    "masks": (
        "mascara*",
        "mascarilla*",
        "cubre bocas",
        "cubrebocas",
        "tapabocas",
        "encapuchad*",
        "pasamontana*",
        "cubiertos",
        "cara (cubierta|tapada)",
        "caras (cubiertas|tapadas)",
        "rostro* (cubierto|cubiertos|tapado|tapados)",
        "tapados",
        "enmascarad*",
    ),
    "no_id": (
        "sin (identificacion|placa|gafete|gafetes|nombre|insignia|insignias|uniforme)",
        "no se identificaron",
        "no se identifico",
        "no (mostraron|mostro|traian|traia|tenian|tenia|llevaban|llevaba|ensenaron|enseno)"
        " (identificacion|placa|gafete|nombre|nombres|insignia)",
        "vestidos de civil",
        "de civil",
        "sin uniformes",
    ),
    "badge": (
        "placa (numero|no|num|#)? <num>",
        "numero de placa <num>",
        "(numero|num) de (placa|gafete|identificacion|agente|oficial) <num>",
        "gafete (numero|no|num|#)? <num>",
    ),
    "agent_name": (
        "se (llama|llamaba)",
        "su nombre (era|es)",
        "(el|su) apellido",
        "nombre del (agente|oficial|policia)",
        "(decia|dice) (el nombre|su nombre)",
        "(su|el) gafete (decia|dice)",
    ),
    "plate": (
        "(placas|tablilla|tablillas|matricula|numero de placas|placa del carro"
        "|placa de la camioneta) (numero|no|num|#|de|es|era|eran|son)? (illinois|il|indiana"
        "|texas|tx|wisconsin)? <plate>",
        "placa (numero|no|num|#|de|es|era)? <plate>",
    ),
    "plate_hidden": (
        "sin placas",
        "placas (tapadas|cubiertas|cubiertos|tapados|escondidas)",
        "no (tenian|tenia|traian|traia|llevaban|llevaba) placas",
        "(tapaban|taparon|cubrieron|cubrian) (las|sus)? placas",
        "no se (veian|veia|ven|ve) (las)? placas",
        "placas de papel",
        "placas temporales",
    ),
    "sensitive_location": (
        "escuela*",
        "iglesia*",
        "corte",
        "cortes",
        "tribunal*",
        "juzgado*",
        "hospital*",
        "clinica*",
        "guarderia*",
        "preescolar",
        "primaria*",
        "secundaria*",
        "prepa",
        "kinder",
        "colegio*",
        "mezquita",
        "templo",
        "parroquia",
    ),
    "property_damage": (
        "rompieron (la|las|el|los|mi|mis|una|nuestra|su)? (puerta|puertas|ventana|ventanas"
        "|vidrio|vidrios|cerradura|carro|reja|parabrisas)",
        "(tumbaron|tiraron|derribaron|patearon) la puerta",
        "(rompiendo|tumbando|forzando|pateando|derribando) (la|las|mi|su|nuestra)? (puerta"
        "|puertas|ventana|ventanas|reja|cerradura)",
        "forzaron (la puerta|la entrada|la cerradura)",
        "entraron (a la|por la) fuerza",
        "entraron sin permiso",
        "quebraron (la|las|el|los|mi)? (puerta|ventana|ventanas|vidrio|vidrios)",
        "danaron",
        "destrozaron",
        "destruyeron",
        "chocaron (mi|el|su|nuestro) (carro|coche|camioneta)",
    ),
    "retaliation": (
        "amenaz*",
        "intimid*",
        "represalia*",
        "acoso",
        "acosaron",
        "acosando",
        "acosan",
        "(dijeron|dijo) que (iban a|van a|va a|iba a) (volver|regresar)",
        "(volver|regresar|vendrian|volverian|regresarian|vienen) por (mi|nosotros)",
        "saben donde (vivo|vivimos)",
        "me quitaron (el|mi) (telefono|celular|camara)",
        "(rompieron|quebraron) mi (telefono|celular|camara)",
        "borraron (el|mi|mis) (video|videos|fotos)",
        "dejar de grabar",
        "que (no|dejara de) grab*",
    ),
    "immigration_threat": (
        "amenaz* con (llamar|reportar|hablar|echar) (a)? (la migra|migracion|inmigracion|ice"
        "|me|lo|la|nos|los)",
        "(dijo|dijeron) que (iba|iban|va|van) a (llamar|hablar) a (la migra|migracion"
        "|inmigracion|ice)",
        "(reportar|reportarme|reportarlo|reportarla|reportarnos) (a|con) (la migra|migracion"
        "|inmigracion|ice)",
        "(echar|echarme|echarle|echarnos|echarte|echarles) (a)? la migra",
    ),
    "police_assist": (
        "(la policia|policias|los policias|la chota|cpd|la patrulla|policia) (ayudo|ayudaron"
        "|ayudaba|ayudaban|estaba ayudando|estaban ayudando|coopero|cooperaron|acompanaba"
        "|acompanaban|escolto|escoltaron)",
        f"(ayudo|ayudaron|ayudaba|ayudaban|ayudando|cooperando|coopero|cooperaron) a {_AGENTS}",
        f"(trabajando|trabajan|trabajaban|trabaja) (con|junto con) {_AGENTS}",
        f"(lo|la|los|las|me|nos) (entregaron|entrego) a {_AGENTS}",
        f"(llamaron|llamo|hablaron|hablo) a {_AGENTS}",
        "(ayudaron|ayudo|ayudando) a (detener|arrestar|agarrar|esposar|llevarse)",
        # Police and agents as one subject of an enforcement verb: they do it together.
        f"{_POLICE} (y|con|junto con) {_AGENTS} (estan|estaban|andan|andaban)?"
        " (golpeando|deteniendo|arrestando|agarrando|esposando|llevandose|sacando|pidiendo"
        "|revisando|golpearon|detuvieron|arrestaron|agarraron|esposaron|se llevaron|sacaron)",
    ),
    "police_block": (
        "(bloquearon|bloqueo|bloqueaban|bloqueando|bloquear|cerraron|cerro|cerrando|cerraban"
        "|cerrar|tapaban|tapando|taparon) (la|las|el|los)? (calle|calles|paso|trafico|cuadra"
        "|callejon|esquina|entrada|salida|camino)",
        "(controlaban|controlando|dirigian|dirigiendo) el trafico",
        "acordonaron",
        "acordonando",
        "(hicieron|pusieron|formaron) un perimetro",
        "no dejaban (pasar|salir|acercarse)",
    ),
    "police_share": (
        "(dieron|dio|pasaron|paso|compartieron|compartio|entregaron) (la|mi|su|sus|mis|nuestra)?"
        " (informacion|datos|direccion)",
        "le (dieron|dio|pasaron|paso) (informacion|datos) a",
    ),
    "police_watch": (
        "(la policia|los policias|policias|la chota|cpd|la patrulla|policia) (solo)?"
        " (miraba|miraban|miro|miraron|observaba|observaban|observo|no hizo nada"
        "|no hicieron nada|nomas miraba|nomas miraban|estaba mirando|estaban mirando)",
    ),
    "no_warrant": (
        "sin (una|ninguna)? orden",
        "sin (una|ninguna)? orden (judicial|de un juez|de cateo)",
        "no (le|les|me|nos|te)? (tenian|tenia|traian|traia|mostraron|mostro|ensenaron|enseno"
        "|llevaban|llevaba|tienen|tiene|traen|trae|muestran|muestra|ensenan|ensena|llevan)"
        " (una|ninguna)? orden",
        "(orden|la orden) no (estaba|era) firmada",
        "no (estaba|era) firmada",
        "orden administrativa",
        "sin firma de (un)? juez",
        "no firmada por (un)? juez",
        "(ninguna|ningun) (orden|papel firmado)",
    ),
    "media": (
        "video*",
        "foto*",
        "grabe",
        "grabo",
        "grabaron",
        "grabando",
        "grabacion*",
        "filme",
        "filmo",
        "filmando",
        "filmaron",
        "captura* de pantalla",
    ),
    "question": (
        "mis derechos",
        "nuestros derechos",
        "sus derechos",
        "cuales son mis derechos",
        "conozca sus derechos",
        "conoce tus derechos",
        "(tengo|tenemos|debo|debemos) que (abrir*|contestar*|firmar*|mostrar*|hablar*|dejar*"
        "|decir*|ensenar*)",
        "(puede|pueden) (la migra|ice|la policia|los agentes|migracion|ellos)? (entrar"
        "|arrestarme|arrestar|llevarme|llevar|pedirme|pedir|preguntar|preguntarme|detenerme"
        "|detener|revisar)",
        "informacion",
        "como funciona",
        "que es esto",
        "quien eres",
        "quienes son",
        "es anonimo",
        "abogado",
        "abogada",
        "numero de emergencia",
        "que (hago|hacemos|debo hacer|debemos hacer|puedo hacer|podemos hacer|hay que hacer)"
        " (si|cuando)",
        "que pasa si",
        "como (me|nos) (protejo|protegemos|preparo|preparamos)",
        "es esta la linea",
        "es este el numero",
    ),
    "idiom": (
        "(me|le|nos|les) (pego|pegaron|dio|dieron|metio|metieron) un susto",
        "se (llevan|llevaron|lleva|llevo) bien",
        "se (llevan|llevaron|lleva|llevo) mal",
        # A condition, not a report: "¿tengo que abrir si no traen orden?".
        "si no (traen|tienen|trae|tiene|muestran|muestra|ensenan|ensena|llevan) (una)? orden",
        # "se pegó en la cabeza": he hit his own head when he fell, not a blow.
        "se (pego|pegue) (en|con|contra)",
    ),
    "spam": (
        "ganaste",
        "ganador",
        "ganadora",
        "gratis",
        "premio",
        "haz clic",
        "click aqui",
        "prestamo*",
        "casino",
    ),
}

NEGATORS: dict[str, int] = {
    **dict.fromkeys(
        ("no", "nadie", "nunca", "jamas", "ningun", "ninguno", "ninguna", "ni", "tampoco", "nada"),
        3,
    ),
    # "sin" only reaches its own noun: "entraron sin permiso rompieron la puerta".
    "sin": 1,
    # Hypotheticals ("pueden arrestarme") are questions, not reports.
    **dict.fromkeys(("pueden", "puede", "podrian", "podria"), 2),
}

TIME = TimeWords(
    now=(
        "ahora",
        "ahorita",
        "ahora mismo",
        "ahorita mismo",
        "en este momento",
        "justo ahora",
        "en estos momentos",
        "hace un momento",
        "hace un momentito",
        "orita",
        "horita",
    ),
    today=(
        "hoy",
        "esta manana",
        "esta tarde",
        "esta noche",
        "hoy en la manana",
        "hoy en la tarde",
        "hoy en la noche",
        "hoy por la manana",
    ),
    earlier_today=("hoy temprano", "mas temprano", "temprano"),
    yesterday=("ayer",),
    day_before_yesterday=("anteayer", "antier", "antes de ayer", "antes de anoche"),
    last_night=("anoche", "ayer en la noche", "ayer por la noche"),
    vague_past=(
        "la semana pasada",
        "el otro dia",
        "el mes pasado",
        "hace mucho",
        "hace tiempo",
        "hace mucho tiempo",
        "el ano pasado",
        "esta semana",
        "la otra vez",
    ),
    while_ago=(
        "hace un rato",
        "hace un ratito",
        "hace rato",
        "hace ratito",
        "hace poco",
        "hace poquito",
    ),
    ago_after=(),
    ago_before=("hace",),
    last=("pasado", "pasada"),
    future=("manana", "pasado manana", "la proxima semana", "el proximo mes"),
    numbers={
        "un": 1,
        "una": 1,
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
        "cuarenta": 40,
        "cuarenta y cinco": 45,
        "cincuenta": 50,
        "un par de": 2,
        "par de": 2,
        "unos": 3,
        "unas": 3,
        "unos cuantos": 3,
        "unas cuantas": 3,
        "pocos": 3,
        "pocas": 3,
        "varios": 3,
        "varias": 3,
    },
    half=("media",),
    units={
        "minuto": 1,
        "minutos": 1,
        "min": 1,
        "mins": 1,
        "hora": 60,
        "horas": 60,
        "dia": 1440,
        "dias": 1440,
        "semana": 10080,
        "semanas": 10080,
    },
    # "mañana" alone is tomorrow; only "la mañana" / "esta mañana" is the morning.
    parts_of_day={
        "la manana": 9,
        "esta manana": 9,
        "mediodia": 12,
        "la tarde": 15,
        "esta tarde": 15,
        "la noche": 21,
        "esta noche": 21,
        "la madrugada": 3,
        "madrugada": 3,
        "medianoche": 0,
        "anoche": 21,
    },
    am=("de la manana", "de la madrugada"),
    pm=("de la tarde", "de la noche"),
    clock_lead=(
        "a las",
        "a la",
        "como a las",
        "como a la",
        "alrededor de las",
        "tipo",
        "desde las",
    ),
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sabado": 5,
        "domingo": 6,
    },
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
        "ene": 1,
        "abr": 4,
        "dic": 12,
    },
    day_first=True,
)

LEXICON = Lexicon(
    locale="es",
    concepts=CONCEPTS,
    negators=NEGATORS,
    clause_breaks=frozenset(
        {
            "pero",
            "y",
            "e",
            "luego",
            "entonces",
            "despues",
            "porque",
            "mientras",
            "cuando",
            "aunque",
            "sino",
            "si",
            "o",
            "tambien",
        }
    ),
    # Skipped when counting how far a negator reaches, with the pronouns that sit between
    # "no" and its verb: "no le enseñaron ninguna orden", "no quiso ir al hospital".
    determiners=frozenset(
        {
            "al",
            "del",
            "le",
            "les",
            "se",
            "un",
            "una",
            "unos",
            "unas",
            "el",
            "la",
            "los",
            "las",
            "mi",
            "mis",
            "su",
            "sus",
            "nuestro",
            "nuestra",
        }
    ),
    test_words=frozenset({"prueba", "probando", "pruebas"}),
    test_filler=frozenset(
        {
            "esto",
            "es",
            "una",
            "solo",
            "mensaje",
            "de",
            "hola",
            "uno",
            "dos",
            "tres",
            "nada",
            "mas",
            "ignorar",
            "favor",
            "por",
        }
    ),
    titles=frozenset(
        {"agente", "oficial", "sargento", "detective", "teniente", "capitan", "alguacil", "policia"}
    ),
    not_names=frozenset(
        {
            "era",
            "eran",
            "es",
            "el",
            "la",
            "y",
            "con",
            "que",
            "no",
            "dijo",
            "tenia",
            "se",
            "nombre",
            "numero",
            "placa",
            "de",
            "del",
            "me",
            "le",
            "lo",
            "nos",
            "estaba",
            "estaban",
            "empujo",
            "agarro",
            "llego",
            "llegaron",
            "traia",
            "llevaba",
            "sin",
            "desconocido",
            "nunca",
        }
    ),
    unknown_answers=frozenset(
        {
            "no se",
            "nose",
            "ni idea",
            "desconocido",
            "saltar",
            "ninguno",
            "ninguna",
            "nadie",
            "nada",
            "no vi",
            "no tengo",
        }
    ),
    time=TIME,
    # Frequent short Spanish words, with the texting forms ("q", "xq", "orita"), that English,
    # Tagalog, Polish or French messages do not contain.
    common_words=frozenset(
        {
            "el",
            "los",
            "las",
            "una",
            "es",
            "esta",
            "estan",
            "y",
            "pero",
            "yo",
            "ella",
            "ellos",
            "mis",
            "su",
            "sus",
            "del",
            "con",
            "por",
            "para",
            "q",
            "lo",
            "le",
            "nos",
            "aqui",
            "aca",
            "ahora",
            "ahorita",
            "orita",
            "hay",
            "muy",
            "como",
            "donde",
            "cuando",
            "quien",
            "ayuda",
            "llevaron",
            "agarraron",
            "esposo",
            "hijo",
            "casa",
            "puerta",
            "afuera",
            "ayer",
            "hoy",
            "anoche",
            "migra",
            "policia",
            "xq",
            "porque",
            "tambien",
            "tengo",
            "estaba",
            "fue",
            "nadie",
            "nada",
            "vecino",
            "esposa",
            "hija",
        }
    ),
)
