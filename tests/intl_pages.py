# ruff: noqa: E501
"""Article pages of non-English news sites as their countries print them, with the records
they should give: `python -m tests.intl_measure` reads them and prints the figures.

Each language has a few site variants (the printed header lines, byline words, datelines and
wire credits of that country's papers); each variant is built under a portal head holding
only og:title/description (no JSON-LD, no article:published_time), with full metadata, or
(`pages(("naive",))`) with metadata stamps that carry no offset, or (`pages(("day",))`)
stamps of the day alone, and on three days (a winter
day, a summer day whose day and month are both <= 12, and a spring afternoon), so that a
day/month swap, a lost daylight-saving offset or a 12-hour clock read as morning shows. The
text carries what papers print in it: a picture's credit, a "read also" line, an ad slot's
label and a closing "follow us" line. Three layouts: the date lines in the article's header,
in a box after it, or unclassed beside the byline. `tests/test_intl_pages.py` asserts the
figures; `tests/intl_measure.py` prints them per language.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

#: Publication wall times (local to the newsroom); modified is 67 minutes later.
DAYS = (datetime(2024, 12, 17, 13, 3), datetime(2024, 7, 4, 9, 7), datetime(2025, 3, 5, 16, 45))
UPDATE = timedelta(minutes=67)


@dataclass
class Variant:
    """One site's way of printing an article."""

    key: str
    host: str
    lang: str
    tz: str
    published: Callable[[datetime], str]            # the printed publication line
    modified: Callable[[datetime, datetime], str] | None  # the printed update line (mod, pub)
    byline: str                                     # HTML of the byline element ("" for none)
    authors: list[str]
    agency: str | None
    lead: str                                       # text opening the first paragraph
    closing: str = ""                               # a line after the text ("(ANSA).")
    layout: int = 0                                 # where the date lines sit
    name: str = ""                                  # og:site_name (else the host's word)
    one_line: bool = False                          # both dates in one text node


@dataclass
class Lang:
    code: str
    title: str
    dek: str
    paras: list[str]
    nav: list[str]
    share: str
    read_also: str
    related: str
    teasers: list[str]
    footer: str
    tags: list[str]
    variants: list[Variant] = field(default_factory=list)


def d2(n: int) -> str:
    return f"{n:02d}"


def eastern(text: str, persian: bool = False) -> str:
    digits = "۰۱۲۳۴۵۶۷۸۹" if persian else "٠١٢٣٤٥٦٧٨٩"
    return text.translate(str.maketrans("0123456789", digits))


def jalali(day: datetime) -> tuple[int, int, int]:
    gy, gm, gd = day.year, day.month, day.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd
            + g_d_m[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def hijri(day: datetime) -> tuple[int, int, int]:
    """The tabular Islamic date (close to Umm al-Qura's, a day either way)."""
    jd = day.toordinal() + 1721425 - 1948439 + 10632
    n = (jd - 1) // 10631
    jd = jd - 10631 * n + 354
    j = ((10985 - jd) // 5316) * ((50 * jd) // 17719) + (jd // 5670) * ((43 * jd) // 15238)
    jd = jd - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * jd) // 709
    return 30 * n + j - 30, m, jd - (709 * m) // 24


def h12(t: datetime) -> tuple[int, str]:
    hour = t.hour % 12 or 12
    return hour, "am" if t.hour < 12 else "pm"


# Month names --------------------------------------------------------------------------------
M = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "es3": "ene feb mar abr may jun jul ago sep oct nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
    "nl3": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
          "december",
    "da3": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru3": "янв фев мар апр мая июн июл авг сен окт ноя дек",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада "
          "грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
          "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "lev": "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني "
           "كانون_الأول",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "hij": "محرم صفر ربيع_الأول ربيع_الآخر جمادى_الأولى جمادى_الآخرة رجب شعبان رمضان شوال "
           "ذو_القعدة ذو_الحجة",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "th3": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
          "พฤศจิกายน ธันวาคม",
    "id3": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
          "Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "ms3": "Jan Feb Mac Apr Mei Jun Jul Ogo Sep Okt Nov Dis",
}
MONTHS = {k: [m.replace("_", " ") for m in v.split()] for k, v in M.items()}
W = {
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "vi": "Thứ_hai Thứ_ba Thứ_tư Thứ_năm Thứ_sáu Thứ_bảy Chủ_nhật",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "fa": "دوشنبه سه‌شنبه چهارشنبه پنج‌شنبه جمعه شنبه یکشنبه",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
WEEKDAYS = {k: [w.replace("_", " ") for w in v.split()] for k, v in W.items()}


def mon(key: str, t: datetime) -> str:
    return MONTHS[key][t.month - 1]


def wd(key: str, t: datetime) -> str:
    return WEEKDAYS[key][t.weekday()]


def dmy(t: datetime, sep: str = ".") -> str:
    return f"{d2(t.day)}{sep}{d2(t.month)}{sep}{t.year}"


def hm(t: datetime, sep: str = ":") -> str:
    return f"{d2(t.hour)}{sep}{d2(t.minute)}"


# Languages ----------------------------------------------------------------------------------
LANGS: list[Lang] = []


def lang(**kw: object) -> Lang:
    item = Lang(**kw)  # type: ignore[arg-type]
    LANGS.append(item)
    return item


de = lang(
    code="de", title="Bundestag stimmt über Haushalt für das kommende Jahr ab",
    dek="Die Koalition hat sich nach langen Verhandlungen auf einen Kompromiss geeinigt.",
    paras=[
        "Der Bundestag hat am Dienstag nach einer mehrstündigen Debatte über den Haushalt für "
        "das kommende Jahr abgestimmt. Die Regierungsfraktionen setzten sich mit knapper "
        "Mehrheit gegen die Opposition durch.",
        "Finanzminister Jörg Kukies verteidigte die geplanten Investitionen in Schienen, "
        "Brücken und Schulen. Die Schuldenbremse werde eingehalten, sagte er im Plenum.",
        "Die Union kritisierte den Entwurf als unseriös und kündigte an, nach der Wahl im "
        "Februar einen eigenen Haushalt vorzulegen. Auch die Länder meldeten Bedenken an.",
        "Der Bundesrat soll sich noch vor Weihnachten mit dem Gesetz befassen. Ökonomen "
        "rechnen damit, dass die Beratungen im neuen Jahr fortgesetzt werden müssen.",
    ],
    nav=["Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen"],
    share="Artikel teilen", read_also="Lesen Sie auch", related="Mehr zum Thema",
    teasers=["Koalition streitet über Rentenpaket", "Neue Zahlen zur Inflation im Dezember"],
    footer="© Nordkurier Medien GmbH · Impressum · Datenschutz · Kontakt",
    tags=["Bundestag", "Haushalt"],
)
de.variants = [
    Variant("de-staff", "www.nordkurier-post.de", "de-DE", "Europe/Berlin",
            lambda t: f"Veröffentlicht am {dmy(t)}, {hm(t)} Uhr",
            lambda m, p: f"Aktualisiert {hm(m)} Uhr",
            '<span class="author">Von <a href="/autor/anna-schmidt">Anna Schmidt</a></span>',
            ["Anna Schmidt"], None, "Berlin. "),
    Variant("de-dpa", "www.rheinpfalz-kurier.de", "de", "Europe/Berlin",
            lambda t: f"{dmy(t)} – {hm(t)} Uhr",
            lambda m, p: f"Stand: {dmy(m)}, {hm(m)} Uhr",
            "", [], "dpa", "Berlin (dpa) - ", "", 1),
    Variant("de-spiegel", "www.hamburger-blatt.com", "de", "Europe/Berlin",
            lambda t: f"{wd('de', t)}, {t.day}. {mon('de', t)} {t.year}, {hm(t, '.')} Uhr",
            None,
            '<div class="byline">Von <a href="/impressum/autor-1">Jonas Weber</a> und '
            '<a href="/impressum/autor-2">Lea Fischer</a>, Berlin</div>',
            ["Jonas Weber", "Lea Fischer"], None, "", "", 2),
]

fr = lang(
    code="fr", title="Le gouvernement présente un nouveau projet de budget à l'Assemblée",
    dek="Le Premier ministre espère éviter une nouvelle motion de censure.",
    paras=[
        "Le gouvernement a présenté mardi un nouveau projet de loi de finances à l'Assemblée "
        "nationale, après la chute du précédent gouvernement au début du mois.",
        "Le ministre de l'économie a assuré que le texte reprenait l'essentiel des mesures "
        "déjà débattues à l'automne, tout en renonçant à plusieurs hausses d'impôts.",
        "Les groupes d'opposition ont immédiatement critiqué un budget jugé insuffisant pour "
        "les services publics et les collectivités locales.",
        "Le vote solennel est prévu à la fin du mois de janvier, selon le calendrier transmis "
        "aux présidents de groupe.",
    ],
    nav=["Politique", "International", "Économie", "Société", "Culture", "Sport"],
    share="Partager", read_also="Lire aussi", related="Sur le même sujet",
    teasers=["Les députés adoptent la loi spéciale", "La croissance ralentit au quatrième trimestre"],
    footer="© Le Courrier du Centre · Mentions légales · Politique de confidentialité",
    tags=["Budget", "Assemblée nationale"],
)
fr.variants = [
    Variant("fr-monde", "www.courrier-centre.fr", "fr", "Europe/Paris",
            lambda t: f"Publié le {t.day} {mon('fr', t)} {t.year} à {t.hour}h{d2(t.minute)}",
            lambda m, p: f"mis à jour à {m.hour}h{d2(m.minute)}",
            '<span class="author">Par <a href="/signataires/jean-dupont/">Jean Dupont</a></span>',
            ["Jean Dupont"], None, "", "", 0),
    Variant("fr-f24", "www.monde-direct.com", "fr", "Europe/Paris",
            lambda t: f"Publié le : {dmy(t, '/')} - {hm(t)}",
            lambda m, p: f"Modifié le : {dmy(m, '/')} - {hm(m)}",
            '<p class="author">Claire Martin</p>', ["Claire Martin"], None, "", "", 2, "",
            True),
    Variant("fr-afp", "www.lequotidien-ouest.com", "fr-FR", "Europe/Paris",
            lambda t: f"Publié le {dmy(t, '/')} à {hm(t)}",
            lambda m, p: f"Mis à jour le {dmy(m, '/')} à {hm(m)}",
            '<span class="signature">Par Le Quotidien avec AFP</span>', [], "AFP",
            "Paris (AFP) - ", "", 1, "Le Quotidien"),
]

es = lang(
    code="es", title="El Gobierno aprueba el techo de gasto para el próximo año",
    dek="El Consejo de Ministros da luz verde a la senda de estabilidad.",
    paras=[
        "El Consejo de Ministros ha aprobado este martes el techo de gasto no financiero para "
        "el próximo año, un paso previo a la presentación de los presupuestos generales.",
        "La ministra de Hacienda ha defendido que la cifra permitirá reforzar las políticas "
        "sociales sin poner en riesgo los objetivos de déficit pactados con Bruselas.",
        "El Partido Popular ha criticado la decisión y ha anunciado que votará en contra en el "
        "Congreso, donde el Ejecutivo necesita el apoyo de sus socios parlamentarios.",
        "Las comunidades autónomas conocerán sus objetivos de déficit en el próximo Consejo de "
        "Política Fiscal y Financiera, previsto para enero.",
    ],
    nav=["España", "Internacional", "Economía", "Sociedad", "Cultura", "Deportes"],
    share="Compartir", read_also="Lea también", related="Noticias relacionadas",
    teasers=["El paro baja en noviembre", "La inflación se modera en diciembre"],
    footer="© Diario del Sur S.L. · Aviso legal · Política de privacidad · Cookies",
    tags=["Presupuestos", "Hacienda"],
)
es.variants = [
    Variant("es-pais", "www.diariodelsur.es", "es-ES", "Europe/Madrid",
            lambda t: f"Madrid - {t.day} {mon('es3', t).upper()} {t.year} - {hm(t)} CET"
            if t.month in (1, 2, 3, 11, 12) else
            f"Madrid - {t.day} {mon('es3', t).upper()} {t.year} - {hm(t)} CEST",
            lambda m, p: ("Actualizado: " + (f"{m.day} {mon('es3', m).upper()} {m.year} - "
                                            f"{hm(m)} {'CET' if m.month in (1, 2, 3, 11, 12) else 'CEST'}")),
            '<div class="a_md_a"><a href="/autor/maria-garcia-ruiz/" class="a_md_a_n">María García Ruiz</a></div>', ["María García Ruiz"], None, ""),
    Variant("es-efe", "www.noticiasdeleste.com", "es", "Europe/Madrid",
            lambda t: f"Publicado: {dmy(t, '/')} {hm(t)}h",
            lambda m, p: f"Actualizado: {dmy(m, '/')} {hm(m)}h",
            "", [], "EFE", "Madrid, {d} {m3} (EFE).- ", "", 1),
    Variant("es-mundo", "www.diario-madrid.es", "es-ES", "Europe/Madrid",
            lambda t: f"{wd('es', t).capitalize()}, {t.day} {mon('es', t)} {t.year} - {hm(t)}",
            lambda m, p: f"Actualizado {wd('es', m).capitalize()}, {m.day} {mon('es', m)} {m.year} - {hm(m)}",
            '<div class="ue-c-article__byline-name">Pablo Ortega</div>', ["Pablo Ortega"],
            None, "", "", 1),
    Variant("es-mx", "www.eldiariodemexico.mx", "es-MX", "America/Mexico_City",
            lambda t: f"{t.day} de {mon('es', t)} de {t.year}, {hm(t)} hrs",
            None,
            '<p class="autor">Por: <strong>Luis Hernández</strong></p>',
            ["Luis Hernández"], None, "Ciudad de México.- ", "", 2),
]

pt = lang(
    code="pt", title="Governo anuncia novo pacote de corte de gastos para o próximo ano",
    dek="Medidas precisam ser aprovadas pelo Congresso até o fim do ano.",
    paras=[
        "O governo anunciou nesta terça-feira um novo pacote de contenção de despesas que "
        "deve ser enviado ao Congresso ainda nesta semana, segundo o ministro da Fazenda.",
        "As medidas incluem mudanças nas regras do salário mínimo e no abono salarial, além "
        "de limites para o crescimento de gastos com pessoal nos próximos anos.",
        "Líderes da oposição afirmaram que o pacote é insuficiente e cobraram cortes maiores, "
        "enquanto o mercado financeiro reagiu com cautela ao anúncio.",
        "A expectativa do governo é que os projetos sejam votados antes do recesso "
        "parlamentar, que começa no fim de dezembro.",
    ],
    nav=["Política", "Economia", "Mundo", "Cultura", "Esportes", "Ciência"],
    share="Compartilhar", read_also="Leia também", related="Veja também",
    teasers=["Dólar fecha em alta", "Inflação desacelera em novembro"],
    footer="© Jornal do Planalto · Termos de uso · Política de privacidade",
    tags=["Governo", "Economia"],
)
pt.variants = [
    Variant("pt-g1", "www.jornaldoplanalto.com.br", "pt-BR", "America/Sao_Paulo",
            lambda t: f"{dmy(t, '/')} {d2(t.hour)}h{d2(t.minute)}",
            lambda m, p: f"Atualizado {dmy(m, '/')} {d2(m.hour)}h{d2(m.minute)}",
            '<p class="content-publication-data__from">Por <strong>João Silva</strong>, '
            'Jornal do Planalto — Brasília</p>', ["João Silva"], None, "", "", 0,
            "Jornal do Planalto"),
    Variant("pt-abr", "www.noticiasdobrasil.com", "pt-BR", "America/Sao_Paulo",
            lambda t: f"Publicado em {dmy(t, '/')} - {hm(t)}",
            lambda m, p: f"Atualizado em {dmy(m, '/')} - {hm(m)}",
            '<div class="autor">Ana Souza - Repórter da Agência Brasil</div>',
            ["Ana Souza"], "Agência Brasil", "", "", 1),
    Variant("pt-folha", "www.folha-paulista.com.br", "pt-BR", "America/Sao_Paulo",
            lambda t: f"{t.day}.{mon('pt', t)[:3]}.{t.year} às {d2(t.hour)}h{d2(t.minute)}",
            lambda m, p: f"Atualizado: {m.day}.{mon('pt', m)[:3]}.{m.year} às {d2(m.hour)}h{d2(m.minute)}",
            '<div class="author"><a href="/autores/carla-mendes">Carla Mendes</a></div>',
            ["Carla Mendes"], None, "", "", 1),
    Variant("pt-lusa", "www.diariodeaveiro.pt", "pt-PT", "Europe/Lisbon",
            lambda t: f"{t.day} {mon('pt', t)[:3]} {t.year}, {hm(t)}",
            None, "", [], "Lusa", "Lisboa, {d} {m3pt} {y} (Lusa) - ", "", 2),
]

it = lang(
    code="it", title="La Camera approva la manovra, il testo passa al Senato",
    dek="Via libera con 200 voti favorevoli, ora la terza lettura.",
    paras=[
        "La Camera dei deputati ha approvato la legge di bilancio con 200 voti favorevoli e "
        "120 contrari, al termine di una lunga seduta notturna.",
        "Il ministro dell'Economia ha parlato di una manovra seria e prudente, che conferma il "
        "taglio del cuneo fiscale per i redditi medio-bassi.",
        "Le opposizioni hanno denunciato la compressione dei tempi di esame e annunciato nuove "
        "iniziative in Senato, dove il testo arriverà nei prossimi giorni.",
        "Il via libera definitivo è atteso entro il 28 dicembre, in tempo per evitare "
        "l'esercizio provvisorio.",
    ],
    nav=["Politica", "Cronaca", "Economia", "Esteri", "Cultura", "Sport"],
    share="Condividi", read_also="Leggi anche", related="Articoli correlati",
    teasers=["Inflazione stabile a novembre", "Nuovo record per l'export"],
    footer="© Gazzetta del Nord S.p.A. · P.IVA 01234567890 · Privacy · Cookie policy",
    tags=["Manovra", "Camera"],
)
it.variants = [
    Variant("it-staff", "www.gazzettadelnord.it", "it-IT", "Europe/Rome",
            lambda t: f"Pubblicato il {dmy(t, '/')} alle {hm(t)}",
            lambda m, p: f"Aggiornato il {dmy(m, '/')} alle {hm(m)}",
            '<span class="author">di <a href="/autori/mario-rossi">Mario Rossi</a></span>',
            ["Mario Rossi"], None, ""),
    Variant("it-repubblica", "www.cronaca-oggi.it", "it", "Europe/Rome",
            lambda t: f"{t.day} {mon('it', t).upper()} {t.year} ALLE {hm(t)}", None,
            '<div class="author"><a href="/autori/luca-bianchi">Luca Bianchi</a></div>',
            ["Luca Bianchi"], None, "", "", 1),
    Variant("it-ansa", "www.notizieitalia.com", "it", "Europe/Rome",
            lambda t: f"{t.day} {mon('it', t)} {t.year}, {hm(t)}",
            None, '<span class="news-author">Redazione ANSA</span>', [], "ANSA",
            "(ANSA) - ROMA, {d} {m3it} - ", "(ANSA).", 1),
]

nl = lang(
    code="nl", title="Kabinet trekt extra geld uit voor woningbouw in de regio",
    dek="Gemeenten krijgen de komende jaren meer ruimte om te bouwen.",
    paras=[
        "Het kabinet trekt de komende vier jaar honderden miljoenen euro's extra uit voor de "
        "bouw van betaalbare woningen buiten de Randstad, heeft de minister dinsdag bekendgemaakt.",
        "Gemeenten kunnen het geld aanvragen voor projecten waarvan de bouw binnen twee jaar "
        "kan beginnen. Volgens de minister moet dat tienduizenden woningen opleveren.",
        "Woningcorporaties reageren positief, maar waarschuwen dat personeelstekorten en "
        "stikstofregels de bouw nog altijd vertragen.",
        "De Tweede Kamer debatteert in januari over de plannen.",
    ],
    nav=["Binnenland", "Buitenland", "Politiek", "Economie", "Sport", "Cultuur"],
    share="Deel dit artikel", read_also="Lees ook", related="Meer over dit onderwerp",
    teasers=["Huizenprijzen stijgen verder", "Bouwsector kampt met tekorten"],
    footer="© Dagblad van het Noorden B.V. · Privacy · Cookies · Contact",
    tags=["Woningbouw", "Kabinet"],
)
nl.variants = [
    Variant("nl-nos", "www.dagbladnoord.nl", "nl-NL", "Europe/Amsterdam",
            lambda t: f"{t.day} {mon('nl', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Aangepast {t_nl(m)}",
            '<span class="byline">Door <a href="/auteur/jan-de-vries">Jan de Vries</a></span>',
            ["Jan de Vries"], None, ""),
    Variant("nl-ad", "www.dagblad-oost.nl", "nl-NL", "Europe/Amsterdam",
            lambda t: f"{d2(t.day)}-{d2(t.month)}-{str(t.year)[2:]}, {hm(t)}",
            lambda m, p: f"Laatste update: {d2(m.day)}-{d2(m.month)}-{str(m.year)[2:]}, {hm(m)}",
            '<span class="author">Kees Bakker</span>', ["Kees Bakker"], None, "", "", 2),
    Variant("nl-anp", "www.nieuwsvandedag.com", "nl", "Europe/Amsterdam",
            lambda t: f"{t.day} {mon('nl3', t)} {t.year} om {hm(t)}",
            lambda m, p: f"Bijgewerkt: {m.day} {mon('nl3', m)} {m.year} om {hm(m)}",
            "", [], "ANP", "DEN HAAG (ANP) - ", "", 1),
]


def t_nl(t: datetime) -> str:
    return f"{t.day} {mon('nl', t)} {t.year}, {hm(t)}"


pl = lang(
    code="pl", title="Sejm uchwalił ustawę budżetową na przyszły rok",
    dek="Za przyjęciem ustawy głosowało 240 posłów.",
    paras=[
        "Sejm uchwalił we wtorek ustawę budżetową na przyszły rok. Za jej przyjęciem "
        "głosowało 240 posłów, przeciw było 198, a trzech wstrzymało się od głosu.",
        "Minister finansów podkreślił, że budżet zakłada rekordowe wydatki na obronność oraz "
        "ochronę zdrowia, a deficyt pozostanie pod kontrolą.",
        "Posłowie opozycji krytykowali wysokość zadłużenia i zapowiedzieli skierowanie "
        "ustawy do Trybunału Konstytucyjnego.",
        "Ustawa trafi teraz do Senatu, który ma na jej rozpatrzenie dwadzieścia dni.",
    ],
    nav=["Kraj", "Świat", "Gospodarka", "Kultura", "Sport", "Nauka"],
    share="Udostępnij", read_also="Czytaj także", related="Zobacz również",
    teasers=["Inflacja w listopadzie", "Rząd przyjął projekt ustawy"],
    footer="© Gazeta Pomorska Sp. z o.o. · Regulamin · Polityka prywatności",
    tags=["Sejm", "Budżet"],
)
pl.variants = [
    Variant("pl-staff", "www.gazetapomorska24.pl", "pl-PL", "Europe/Warsaw",
            lambda t: f"{t.day} {mon('pl', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Aktualizacja: {dmy(m)} {hm(m)}",
            '<div class="author">Autor: <a href="/autor/jan-kowalski">Jan Kowalski</a></div>',
            ["Jan Kowalski"], None, ""),
    Variant("pl-pap", "www.wiadomosci-dnia.com", "pl", "Europe/Warsaw",
            lambda t: f"Data publikacji: {dmy(t)}, {hm(t)}",
            lambda m, p: f"Data aktualizacji: {dmy(m)}, {hm(m)}",
            "", [], "PAP", "Warszawa (PAP) - ", "", 1),
]

cs = lang(
    code="cs", title="Sněmovna schválila státní rozpočet na příští rok",
    dek="Pro návrh hlasovalo 104 poslanců koalice.",
    paras=[
        "Poslanecká sněmovna ve středu schválila státní rozpočet na příští rok se schodkem "
        "241 miliard korun. Pro hlasovalo 104 poslanců vládní koalice.",
        "Ministr financí uvedl, že rozpočet pokračuje v konsolidaci veřejných financí a "
        "zároveň zvyšuje výdaje na obranu a dopravní infrastrukturu.",
        "Opozice rozpočet kritizovala jako nerealistický a varovala před dalším zadlužováním "
        "státu v příštích letech.",
        "Rozpočet nyní podepíše prezident republiky, aby mohl začít platit od ledna.",
    ],
    nav=["Domácí", "Zahraniční", "Ekonomika", "Kultura", "Sport", "Věda"],
    share="Sdílet", read_also="Čtěte také", related="Související články",
    teasers=["Inflace v listopadu zpomalila", "Vláda schválila novelu"],
    footer="© Moravský deník a.s. · Podmínky užití · Ochrana osobních údajů",
    tags=["Rozpočet", "Sněmovna"],
)
cs.variants = [
    Variant("cs-idnes", "www.moravskydenik24.cz", "cs", "Europe/Prague",
            lambda t: f"{t.day}. {mon('cs', t)} {t.year} {hm(t)}",
            lambda m, p: f"aktualizováno {hm(m)}",
            '<div class="authors"><span class="aut">Jan Novák</span></div>', ["Jan Novák"],
            None, "", "", 0),
    Variant("cs-ctk", "www.zpravy-dnes.com", "cs-CZ", "Europe/Prague",
            lambda t: f"{t.day}. {t.month}. {t.year} {hm(t)}",
            None, "", [], "ČTK", "Praha - ", "Zdroj: ČTK", 1),
]

sv = lang(
    code="sv", title="Riksbanken sänker styrräntan igen inför julen",
    dek="Räntan sänks med en kvarts procentenhet till 2,5 procent.",
    paras=[
        "Riksbanken sänker styrräntan med 0,25 procentenheter till 2,5 procent, meddelade "
        "banken på onsdagsmorgonen.",
        "Inflationen har fallit snabbare än väntat under hösten och ligger nu nära målet på "
        "två procent, enligt riksbankschefen.",
        "Flera bankekonomer hade räknat med sänkningen, men vissa hade förväntat sig en större "
        "sänkning med tanke på den svaga konjunkturen.",
        "Nästa penningpolitiska besked kommer i slutet av januari.",
    ],
    nav=["Sverige", "Världen", "Ekonomi", "Kultur", "Sport", "Debatt"],
    share="Dela artikeln", read_also="Läs också", related="Mer om ämnet",
    teasers=["Bostadspriserna stiger", "Kronan stärks mot euron"],
    footer="© Norrlandsposten AB · Personuppgiftspolicy · Kontakta oss",
    tags=["Riksbanken", "Räntor"],
)
sv.variants = [
    Variant("sv-svd", "www.norrlandsposten.se", "sv-SE", "Europe/Stockholm",
            lambda t: f"Publicerad {t.day} {mon('sv', t)} {t.year} kl. {hm(t, '.')}",
            lambda m, p: f"Uppdaterad {m.day} {mon('sv', m)} {m.year} kl. {hm(m, '.')}",
            '<div class="byline">Av <a href="/av/anna-svensson">Anna Svensson</a></div>',
            ["Anna Svensson"], None, ""),
    Variant("sv-aftonbladet", "www.kvallsposten.se", "sv", "Europe/Stockholm",
            lambda t: f"Publicerad {t.year}-{d2(t.month)}-{d2(t.day)} {hm(t, '.')}",
            lambda m, p: f"Uppdaterad {m.year}-{d2(m.month)}-{d2(m.day)} {hm(m, '.')}",
            '<div class="byline"><a href="/av/erik-lind">Erik Lind</a></div>', ["Erik Lind"],
            None, "", "", 2),
    Variant("sv-tt", "www.nyheter-idag.com", "sv", "Europe/Stockholm",
            lambda t: f"Publicerad {t.year}-{d2(t.month)}-{d2(t.day)} {hm(t)}",
            lambda m, p: f"Uppdaterad {m.year}-{d2(m.month)}-{d2(m.day)} {hm(m)}",
            "", [], "TT", "STOCKHOLM (TT) ", "", 1),
]

no = lang(
    code="no", title="Norges Bank holder renten uendret i desember",
    dek="Sentralbanken signaliserer rentekutt i mars.",
    paras=[
        "Norges Bank holder styringsrenten uendret på 4,5 prosent, opplyste sentralbanken "
        "torsdag formiddag.",
        "Sentralbanksjefen sa at renten mest sannsynlig blir satt ned i mars, men at det "
        "fortsatt er usikkerhet rundt utviklingen i kronekursen.",
        "Økonomer hadde på forhånd ventet at renten ville bli holdt uendret.",
        "Neste rentemøte er i slutten av januar.",
    ],
    nav=["Nyheter", "Økonomi", "Sport", "Kultur", "Debatt", "Meninger"],
    share="Del artikkelen", read_also="Les også", related="Mer om saken",
    teasers=["Kronen svekkes", "Boligprisene steg i november"],
    footer="© Vestlandsavisen AS · Personvern · Informasjonskapsler",
    tags=["Renten", "Norges Bank"],
)
no.variants = [
    Variant("no-staff", "www.vestlandsavisen.no", "nb-NO", "Europe/Oslo",
            lambda t: f"Publisert {dmy(t)} {hm(t)}",
            lambda m, p: f"Oppdatert {dmy(m)} {hm(m)}",
            '<div class="byline">Av <a href="/forfatter/ola-nordmann">Ola Nordmann</a></div>',
            ["Ola Nordmann"], None, ""),
    Variant("no-vg", "www.bergens-nytt.no", "no", "Europe/Oslo",
            lambda t: f"Publisert: {d2(t.day)}.{d2(t.month)}.{str(t.year)[2:]} {hm(t)}",
            lambda m, p: f"Oppdatert: {d2(m.day)}.{d2(m.month)}.{str(m.year)[2:]} {hm(m)}",
            '<div class="byline">Kari Hansen</div>', ["Kari Hansen"], None, "", "", 1),
    Variant("no-ntb", "www.nyhetsdognet.com", "no", "Europe/Oslo",
            lambda t: f"Publisert: {dmy(t)} kl. {hm(t)}",
            None, "", [], "NTB", "OSLO (NTB): ", "", 1),
]

da = lang(
    code="da", title="Regeringen indgår aftale om ny forsvarspakke",
    dek="Partierne er enige om at hæve forsvarsbudgettet markant.",
    paras=[
        "Regeringen har indgået en bred aftale med en række partier om en ny forsvarspakke, "
        "oplyser forsvarsministeren tirsdag.",
        "Aftalen betyder, at der de kommende år afsættes flere milliarder kroner til indkøb "
        "af materiel og til at rekruttere flere soldater.",
        "Oppositionen kalder aftalen et skridt i den rigtige retning, men savner en plan for "
        "finansieringen efter 2028.",
        "Aftalen skal vedtages i Folketinget i foråret.",
    ],
    nav=["Indland", "Udland", "Politik", "Erhverv", "Sport", "Kultur"],
    share="Del artiklen", read_also="Læs også", related="Mere om emnet",
    teasers=["Ny måling: S går frem", "Inflationen falder igen"],
    footer="© Fyns Dagblad A/S · Privatlivspolitik · Cookies",
    tags=["Forsvar", "Regeringen"],
)
da.variants = [
    Variant("da-staff", "www.fynsdagblad24.dk", "da-DK", "Europe/Copenhagen",
            lambda t: f"{t.day}. {mon('da3', t)} {t.year} kl. {hm(t, '.')}",
            lambda m, p: f"Opdateret {m.day}. {mon('da3', m)} {m.year} kl. {hm(m, '.')}",
            '<div class="byline">Af <a href="/profil/mette-hansen">Mette Hansen</a></div>',
            ["Mette Hansen"], None, ""),
    Variant("da-ritzau", "www.nyhederne-dk.com", "da", "Europe/Copenhagen",
            lambda t: f"{dmy(t)} kl. {hm(t)}",
            None, "", [], "Ritzau", "", "/ritzau/", 1),
]

fi = lang(
    code="fi", title="Hallitus esittää lisärahaa sairaaloiden korjausvelan hoitoon",
    dek="Rahoitus jaetaan hyvinvointialueille ensi vuoden aikana.",
    paras=[
        "Hallitus esittää ensi vuoden lisätalousarvioon satoja miljoonia euroja sairaaloiden "
        "korjausvelan hoitamiseen, kertoi valtiovarainministeri tiistaina.",
        "Rahoitus jaetaan hyvinvointialueille niiden investointisuunnitelmien perusteella. "
        "Ministerin mukaan tarve on suurin Itä-Suomessa.",
        "Oppositio pitää summaa riittämättömänä ja vaatii pysyvää ratkaisua alueiden "
        "rahoitukseen.",
        "Eduskunta käsittelee esitystä tammikuussa.",
    ],
    nav=["Kotimaa", "Ulkomaat", "Talous", "Politiikka", "Urheilu", "Kulttuuri"],
    share="Jaa artikkeli", read_also="Lue myös", related="Aiheesta lisää",
    teasers=["Työttömyys kasvoi marraskuussa", "Korot laskevat edelleen"],
    footer="© Keskisuomalainen Media Oy · Tietosuoja · Evästeet",
    tags=["Hallitus", "Talous"],
)
fi.variants = [
    Variant("fi-staff", "www.karjalansanomat24.fi", "fi-FI", "Europe/Helsinki",
            lambda t: f"Julkaistu {dmy(t)} {hm(t)}",
            lambda m, p: f"Päivitetty {dmy(m)} {hm(m)}",
            '<div class="byline"><a href="/toimittaja/matti-virtanen">Matti Virtanen</a></div>',
            ["Matti Virtanen"], None, ""),
    Variant("fi-hs", "www.savon-uutiset.fi", "fi", "Europe/Helsinki",
            lambda t: f"{t.day}.{t.month}. {hm(t)}",
            lambda m, p: f"| Päivitetty {m.day}.{m.month}. {hm(m)}",
            '<div class="byline">Liisa Korhonen</div>', ["Liisa Korhonen"], None, "", "", 1),
    Variant("fi-stt", "www.uutiset-tanaan.com", "fi", "Europe/Helsinki",
            lambda t: f"{t.day}.{t.month}.{t.year} {hm(t)}",
            lambda m, p: f"| Päivitetty {m.day}.{m.month}.{m.year} {hm(m)}",
            '<div class="byline">STT</div>', [], "STT", "", "", 1),
]

ru = lang(
    code="ru", title="Центробанк сохранил ключевую ставку на уровне 21 процента",
    dek="Регулятор допустил повышение ставки в начале следующего года.",
    paras=[
        "Банк России сохранил ключевую ставку на уровне 21 процента годовых, сообщила "
        "пресс-служба регулятора по итогам заседания совета директоров.",
        "В Центробанке отметили, что инфляция остается высокой, а кредитная активность "
        "начала замедляться быстрее, чем ожидалось.",
        "Аналитики большинства крупных банков ожидали повышения ставки, поэтому решение "
        "стало неожиданностью для рынка.",
        "Следующее заседание по ключевой ставке запланировано на февраль.",
    ],
    nav=["Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура"],
    share="Поделиться", read_also="Читайте также", related="Новости по теме",
    teasers=["Курс рубля укрепился", "Инфляция в ноябре ускорилась"],
    footer="© АО «Вечерние новости», 2024. Все права защищены. 18+",
    tags=["ЦБ", "ключевая ставка"],
)
ru.variants = [
    Variant("ru-staff", "www.vechernie-novosti.ru", "ru-RU", "Europe/Moscow",
            lambda t: f"{t.day} {mon('ru', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Обновлено {m.day} {mon('ru', m)} {m.year}, {hm(m)}",
            '<div class="author">Автор: <a href="/authors/ivan-petrov">Иван Петров</a></div>',
            ["Иван Петров"], None, ""),
    Variant("ru-msk", "www.delovoy-vestnik.com", "ru", "Europe/Moscow",
            lambda t: f"{dmy(t)}, {hm(t)} МСК", None,
            '<div class="author">Мария Соколова</div>', ["Мария Соколова"], None, "", "", 1),
    Variant("ru-lenta", "www.novaya-lenta.com", "ru", "Europe/Moscow",
            lambda t: f"{hm(t)}, {t.day} {mon('ru', t)} {t.year}", None,
            '<div class="author">Алексей Смирнов</div>', ["Алексей Смирнов"], None, "", "", 1),
    Variant("ru-rbc", "www.delovaya-gazeta.com", "ru", "Europe/Moscow",
            lambda t: f"{t.day} {mon('ru', t)}, {hm(t)}", None,
            '<div class="author">Ольга Кузнецова</div>', ["Ольга Кузнецова"], None, "", "", 1),
    Variant("ru-weekday", "www.vesti-regiona.com", "ru", "Europe/Moscow",
            lambda t: f"{['Пн','Вт','Ср','Чт','Пт','Сб','Вс'][t.weekday()]}, {t.day} {mon('ru3', t)}. {t.year}, {hm(t)}",
            None, '<div class="author">Дмитрий Орлов</div>', ["Дмитрий Орлов"], None, "", "", 1),
    Variant("ru-ria", "www.novosti-regiona.com", "ru", "Europe/Moscow",
            lambda t: f"{hm(t)} {dmy(t)}",
            lambda m, p: f"(обновлено: {hm(m)} {dmy(m)})",
            "", [], "RIA Novosti", "МОСКВА, {d} {m3ru} — РИА Новости. ", "", 1),
    Variant("ua-staff", "www.kyiv-vechirnii.com.ua", "uk", "Europe/Kyiv",
            lambda t: f"{t.day} {mon('uk', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Оновлено: {m.day} {mon('uk', m)} {m.year}, {hm(m)}",
            '<div class="author">Автор: <a href="/author/olena">Олена Коваленко</a></div>',
            ["Олена Коваленко"], None, "", "", 2),
]

tr = lang(
    code="tr", title="Merkez Bankası politika faizini indirdi",
    dek="Banka, faizi 250 baz puan düşürerek yüzde 47,5'e çekti.",
    paras=[
        "Türkiye Cumhuriyet Merkez Bankası, politika faizini 250 baz puan indirerek yüzde "
        "47,5'e düşürdü. Karar, Para Politikası Kurulu toplantısının ardından açıklandı.",
        "Kurul, enflasyonun ana eğiliminde düşüş gözlendiğini ve sıkı para politikası "
        "duruşunun sürdürüleceğini belirtti.",
        "Ekonomistler indirimin beklentilere paralel olduğunu, ancak gelecek adımların veriye "
        "bağlı olacağını vurguladı.",
        "Bir sonraki toplantı Ocak ayında yapılacak.",
    ],
    nav=["Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam", "Teknoloji"],
    share="Paylaş", read_also="İlginizi çekebilir", related="Benzer Haberler",
    teasers=["Dolar güne yükselişle başladı", "Enflasyon rakamları açıklandı"],
    footer="© Ege Haber Medya A.Ş. · Künye · Gizlilik Politikası · KVKK",
    tags=["Merkez Bankası", "Faiz"],
)
tr.variants = [
    Variant("tr-staff", "www.egehaber24.com.tr", "tr-TR", "Europe/Istanbul",
            lambda t: f"Giriş: {dmy(t)} - {hm(t)}",
            lambda m, p: f"Güncelleme: {dmy(m)} - {hm(m)}",
            '<div class="author">Yazar: <a href="/yazar/ahmet-yilmaz">Ahmet Yılmaz</a></div>',
            ["Ahmet Yılmaz"], None, ""),
    Variant("tr-desk", "www.karadeniz-gazetesi.com", "tr", "Europe/Istanbul",
            lambda t: f"{dmy(t)} {hm(t)}", None,
            '<div class="author">Haber Merkezi</div>', [], None, "", "", 1),
    Variant("tr-aa", "www.haberdunyasi.com", "tr", "Europe/Istanbul",
            lambda t: f"{t.day} {mon('tr', t)} {t.year} {wd('tr', t)} {hm(t)}",
            lambda m, p: f"Güncelleme: {m.day} {mon('tr', m)} {m.year} {wd('tr', m)} {hm(m)}",
            "", [], "Anadolu", "ANKARA (AA) - ", "", 1),
]

el = lang(
    code="el", title="Η Βουλή ψήφισε τον προϋπολογισμό του 2025",
    dek="Υπερψηφίστηκε με 158 ψήφους από τα κόμματα της πλειοψηφίας.",
    paras=[
        "Η Βουλή ψήφισε τον κρατικό προϋπολογισμό του 2025 με 158 ψήφους υπέρ, μετά από "
        "πενθήμερη συζήτηση στην Ολομέλεια.",
        "Ο υπουργός Οικονομικών υποστήριξε ότι ο προϋπολογισμός προβλέπει μειώσεις φόρων και "
        "αυξήσεις στις συντάξεις, χωρίς να διακυβεύονται οι δημοσιονομικοί στόχοι.",
        "Τα κόμματα της αντιπολίτευσης καταψήφισαν, κάνοντας λόγο για προϋπολογισμό που δεν "
        "απαντά στην ακρίβεια.",
        "Η εκτέλεση του προϋπολογισμού ξεκινά τον Ιανουάριο.",
    ],
    nav=["Πολιτική", "Οικονομία", "Κόσμος", "Κοινωνία", "Αθλητισμός", "Πολιτισμός"],
    share="Κοινοποίηση", read_also="Διαβάστε επίσης", related="Σχετικά άρθρα",
    teasers=["Νέα μέτρα για την ακρίβεια", "Άνοδος στο Χρηματιστήριο"],
    footer="© Εφημερίδα Βορρά Α.Ε. · Όροι χρήσης · Πολιτική απορρήτου",
    tags=["Βουλή", "Προϋπολογισμός"],
)
el.variants = [
    Variant("el-staff", "www.efimerida-vorra.gr", "el-GR", "Europe/Athens",
            lambda t: f"{t.day} {mon('el', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Ενημερώθηκε: {dmy(m)}, {hm(m)}",
            '<div class="author">Του <a href="/author/georgios">Γιώργου Παπαδόπουλου</a></div>',
            ["Γιώργου Παπαδόπουλου"], None, ""),
    Variant("el-gr-code", "www.proini-nea.com", "gr", "Europe/Athens",
            lambda t: f"{dmy(t)} | {hm(t)}", None,
            '<div class="author">Μαρία Νικολάου</div>', ["Μαρία Νικολάου"], None, "", "", 1),
    Variant("el-pigi", "www.kriti-simera.gr", "el", "Europe/Athens",
            lambda t: f"{dmy(t)} {hm(t)}", None,
            '<div class="author">Πηγή: ΑΠΕ-ΜΠΕ</div>', ["ANA-MPA"], "ANA-MPA", "", "", 1),
    Variant("el-ana", "www.eidiseis-simera.com", "el", "Europe/Athens",
            lambda t: f"{dmy(t)} • {hm(t)}",
            None, "", [], "ANA-MPA", "ΑΘΗΝΑ, {d} {mel} (ΑΠΕ-ΜΠΕ) - ", "", 1),
]

ar = lang(
    code="ar", title="البنك المركزي يثبت أسعار الفائدة للمرة الخامسة على التوالي",
    dek="لجنة السياسة النقدية تبقي سعر الإيداع دون تغيير.",
    paras=[
        "قررت لجنة السياسة النقدية بالبنك المركزي تثبيت أسعار الفائدة الرئيسية دون تغيير "
        "للمرة الخامسة على التوالي، في اجتماعها الذي عقد اليوم الثلاثاء.",
        "وقال البنك في بيان إن القرار يأتي في ضوء تطورات معدلات التضخم والمخاطر المحيطة "
        "بالتوقعات الاقتصادية على المستويين المحلي والعالمي.",
        "وتوقع محللون أن يبدأ البنك في خفض الفائدة خلال الربع الأول من العام المقبل مع "
        "تراجع الضغوط التضخمية.",
        "ومن المقرر أن تعقد اللجنة اجتماعها المقبل في شهر فبراير.",
    ],
    nav=["الرئيسية", "أخبار", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة"],
    share="شارك", read_also="اقرأ أيضا", related="أخبار ذات صلة",
    teasers=["ارتفاع أسعار الذهب", "البورصة تربح في ختام التعاملات"],
    footer="جميع الحقوق محفوظة © صحيفة الوادي 2024",
    tags=["البنك المركزي", "الفائدة"],
)
ar.variants = [
    Variant("ar-eg", "www.alwadi-news.com.eg", "ar-EG", "Africa/Cairo",
            lambda t: f"{wd('ar', t)} {t.day} {mon('ar', t)} {t.year} {d2(h12(t)[0])}:"
                      f"{d2(t.minute)} {'ص' if t.hour < 12 else 'م'}",
            lambda m, p: f"آخر تحديث: {wd('ar', m)} {m.day} {mon('ar', m)} {m.year} "
                         f"{d2(h12(m)[0])}:{d2(m.minute)} {'ص' if m.hour < 12 else 'م'}",
            '<span class="writer">كتب: <a href="/writer/12">محمد أحمد</a></span>',
            ["محمد أحمد"], None, ""),
    Variant("ar-wafa", "www.falastin-alyawm.ps", "ar", "Asia/Gaza",
            lambda t: f"{wd('ar', t)} {t.day} {mon('lev', t)} {t.year} {hm(t)}",
            None, "", [], "WAFA", "رام الله {d}-{mo}-{y} وفا- ", "", 1),
    Variant("ar-jazeera", "www.aljazeera-news.net", "ar", "Asia/Riyadh",
            lambda t: f"نشر في {dmy(t, '/')}{hm(t)} (توقيت مكة)",
            lambda m, p: f"آخر تحديث: {dmy(m, '/')}{hm(m)} (توقيت مكة)",
            "", [], None, "", "", 2),
    Variant("ar-mecca", "www.akhbar-alkhaleej.com", "ar", "Asia/Riyadh",
            lambda t: f"{wd('ar', t)} {t.day} {mon('ar', t)} {t.year} {hm(t)} بتوقيت مكة المكرمة",
            None, "", [], None, "", "", 1),
    Variant("ar-quds", "www.alquds-alyawm.com", "ar", "Asia/Hebron",
            lambda t: f"{wd('ar', t)} {t.day} {mon('lev', t)} {t.year} {hm(t)}",
            None, "", [], "WAFA", "رام الله {d}-{mo}-{y} وفا- ", "", 1),
    Variant("ar-sa", "www.alriyadh-daily.com.sa", "ar", "Asia/Riyadh",
            lambda t: eastern(f"{wd('ar', t)} {hijri(t)[2]} ") + mon('hij', datetime(2000, hijri(t)[1], 1))
                      + eastern(f" {hijri(t)[0]}") + "هـ - " + eastern(f"{t.day} ")
                      + mon('ar', t) + eastern(f" {t.year}") + "م" + eastern(f" - {hm(t)}"),
            None, '<div class="author">الرياض - خالد العتيبي</div>', ["خالد العتيبي"], None, "",
            "", 2),
]

fa = lang(
    code="fa", title="بانک مرکزی نرخ سود سپرده‌ها را افزایش داد",
    dek="شورای پول و اعتبار با افزایش سقف نرخ سود موافقت کرد.",
    paras=[
        "شورای پول و اعتبار در جلسه روز سه‌شنبه با افزایش سقف نرخ سود سپرده‌های بانکی "
        "موافقت کرد و این تصمیم از ابتدای ماه آینده اجرا می‌شود.",
        "رئیس کل بانک مرکزی گفت این اقدام با هدف مهار تورم و هدایت نقدینگی به سمت تولید "
        "انجام شده است.",
        "کارشناسان اقتصادی معتقدند افزایش نرخ سود می‌تواند بر بازار سرمایه و مسکن اثر "
        "کوتاه‌مدت داشته باشد.",
        "جزئیات این مصوبه به زودی به بانک‌ها ابلاغ خواهد شد.",
    ],
    nav=["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی"],
    share="اشتراک گذاری", read_also="بیشتر بخوانید", related="اخبار مرتبط",
    teasers=["قیمت طلا امروز", "بورس تهران سبزپوش شد"],
    footer="کلیه حقوق این سایت متعلق به خبرگزاری پارس است",
    tags=["بانک مرکزی", "نرخ سود"],
)


def fa_date(t: datetime, weekday: bool = False) -> str:
    y, m, d = jalali(t)
    text = eastern(f"{d} ", True) + MONTHS["fa"][m - 1] + eastern(f" {y}", True)
    return (wd("fa", t) + " " + text) if weekday else text


def fa_slashed(t: datetime) -> str:
    y, m, d = jalali(t)
    return eastern(f"{y}/{d2(m)}/{d2(d)} - {hm(t)}", True)


fa.variants = [
    Variant("fa-tasnim", "www.khabar-rooz.com", "fa", "Asia/Tehran",
            lambda t: fa_slashed(t), None, "", [], None, "", "", 2),
    Variant("fa-12h", "www.rooznameh-online.com", "fa", "Asia/Tehran",
            lambda t: fa_date(t) + " " + eastern(f"{d2(h12(t)[0])}:{d2(t.minute)}", True)
                      + (" ب.ظ" if t.hour >= 12 else " ق.ظ"),
            None, "", [], None, "", "", 1),
    Variant("fa-irna", "www.khabar-pars.ir", "fa-IR", "Asia/Tehran",
            lambda t: fa_date(t) + " - " + eastern(hm(t), True),
            None, "", [], "IRNA", "تهران- ایرنا- ", "", 0),
    Variant("fa-staff", "www.akhbar-emrooz.com", "fa", "Asia/Tehran",
            lambda t: "تاریخ انتشار: " + fa_date(t, True) + " ساعت " + eastern(hm(t), True),
            lambda m, p: "آخرین بروزرسانی: " + fa_date(m, True) + " ساعت " + eastern(hm(m), True),
            '<div class="author">نویسنده: <a href="/author/5">علی رضایی</a></div>',
            ["علی رضایی"], None, "", "", 1),
]

he = lang(
    code="he", title="בנק ישראל הותיר את הריבית ללא שינוי",
    dek="הוועדה המוניטרית החליטה להשאיר את הריבית ברמה של 4.5%.",
    paras=[
        "בנק ישראל הודיע היום כי הריבית תיוותר ללא שינוי ברמה של 4.5%, זו הפעם השמינית "
        "ברציפות.",
        "לדברי הנגיד, האינפלציה עדיין גבוהה מהיעד והאי-ודאות הגיאופוליטית ממשיכה להשפיע "
        "על הכלכלה.",
        "כלכלנים בשוק ההון העריכו מראש כי הריבית לא תשתנה בהחלטה הנוכחית.",
        "החלטת הריבית הבאה צפויה להתפרסם בחודש ינואר.",
    ],
    nav=["חדשות", "כלכלה", "ספורט", "תרבות", "בריאות", "דעות"],
    share="שתפו", read_also="עוד בנושא", related="כתבות נוספות",
    teasers=["השקל התחזק מול הדולר", "מדד המחירים עלה"],
    footer="© כל הזכויות שמורות לחדשות הצפון",
    tags=["בנק ישראל", "ריבית"],
)
HE_DAYS = ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"]
he.variants = [
    Variant("he-ynet", "www.hadashot-hatsafon.co.il", "he", "Asia/Jerusalem",
            lambda t: f"פורסם: {d2(t.day)}.{d2(t.month)}.{str(t.year)[2:]}, {hm(t)}",
            lambda m, p: f"עודכן: {d2(m.day)}.{d2(m.month)}.{str(m.year)[2:]}, {hm(m)}",
            '<span class="authors">יוסי כהן</span>', ["יוסי כהן"], None, ""),
    Variant("he-maariv", "www.hadashot-erev.com", "he", "Asia/Jerusalem",
            lambda t: f"ביום {HE_DAYS[t.weekday()]}, {t.day} ב{mon('he', t)} {t.year}, {hm(t)}",
            None, '<div class="author">רונית שמש</div>', ["רונית שמש"], None, "", "", 2),
    Variant("he-walla", "www.hadashot-kan.com", "he-IL", "Asia/Jerusalem",
            lambda t: f"{dmy(t, '/')} {hm(t)}",
            None, '<div class="author">מאת דנה לוי</div>', ["דנה לוי"], None, "", "", 1),
]

ja = lang(
    code="ja", title="日銀、金融政策の現状維持を決定　追加利上げ見送り",
    dek="",
    paras=[
        "日本銀行は１９日まで開いた金融政策決定会合で、政策金利を０．２５％程度に据え置く"
        "ことを決めた。追加利上げは見送り、来年１月の次回会合以降に判断を持ち越した。",
        "植田和男総裁は会合後の記者会見で、来年の春闘に向けた賃上げの動きや、米国の新政権の"
        "経済政策をめぐる不確実性をなお見極める必要があると説明した。物価の基調は緩やかに"
        "高まっているものの、利上げを急ぐ状況ではないとの認識を示した。",
        "市場関係者の間では、来年１月の会合での利上げを予想する声が多い。一方で、円安が"
        "進めば輸入物価の上昇を通じて物価が押し上げられるとして、早期の利上げを求める"
        "意見も根強い。",
        "円相場は発表後、対ドルで一時１５５円台まで円安方向に振れた。東京株式市場では"
        "金融株を中心に売りが出て、日経平均株価は小幅に下落して取引を終えた。",
    ],
    nav=["ニュース", "政治", "経済", "国際", "社会", "スポーツ"],
    share="シェア", read_also="関連記事", related="あわせて読みたい",
    teasers=["円相場、一時１５５円台", "株価、反発して取引終了"],
    footer="Copyright © 東都新聞社 All rights reserved.",
    tags=["日銀", "金融政策"],
)
ja.variants = [
    Variant("ja-nhk", "www.toto-shimbun.jp", "ja", "Asia/Tokyo",
            lambda t: f"{t.year}年{t.month}月{t.day}日 {t.hour}時{d2(t.minute)}分",
            None, "", [], None, ""),
    Variant("ja-asahi", "www.nishinippon-times.com", "ja-JP", "Asia/Tokyo",
            lambda t: f"{t.year}年{t.month}月{t.day}日 {hm(t)}",
            lambda m, p: f"（{m.year}年{m.month}月{m.day}日 {hm(m)}更新）",
            '<div class="byline">山田太郎</div>', ["山田太郎"], None, "", "", 1),
    Variant("ja-saishin", "www.kansai-shimbun.com", "ja", "Asia/Tokyo",
            lambda t: f"{t.year}年{t.month}月{t.day}日 {t.hour}時{d2(t.minute)}分",
            lambda m, p: f"（最終更新 {m.year}年{m.month}月{m.day}日 {m.hour}時{d2(m.minute)}分）",
            "", [], None, "", "", 0, "", True),
    Variant("ja-yahoo", "news.nippon-portal.jp", "ja", "Asia/Tokyo",
            lambda t: f"{t.month}/{t.day}({'月火水木金土日'[t.weekday()]}) {hm(t)}配信",
            None, "", [], None, "", "", 1),
    Variant("ja-kyodo", "www.chiho-shimpo.com", "ja", "Asia/Tokyo",
            lambda t: f"{t.year}/{d2(t.month)}/{d2(t.day)} {hm(t)}",
            None, "", [], "Kyodo", "【東京共同】", "", 2),
]

zh = lang(
    code="zh", title="央行宣布下调存款准备金率0.5个百分点",
    dek="",
    paras=[
        "中国人民银行宣布，将于本月下旬下调金融机构存款准备金率0.5个百分点，预计释放长期"
        "流动性约1万亿元。",
        "央行有关负责人表示，此次降准旨在保持流动性合理充裕，支持实体经济发展。",
        "分析人士认为，降准有助于降低银行资金成本，进一步推动贷款利率下行。",
        "这是今年以来央行第二次下调存款准备金率。",
    ],
    nav=["首页", "国内", "国际", "财经", "科技", "体育"],
    share="分享到", read_also="相关阅读", related="相关新闻",
    teasers=["A股三大指数集体收涨", "人民币汇率小幅走强"],
    footer="Copyright © 2024 华夏资讯网 版权所有 京ICP备12345678号",
    tags=["央行", "降准"],
)
zh.variants = [
    Variant("zh-xinhua", "www.huaxia-news.cn", "zh-CN", "Asia/Shanghai",
            lambda t: f"{t.year}-{d2(t.month)}-{d2(t.day)} {hm(t)}:00 来源：新华网",
            None, "", ["张三", "李四"], "Xinhua", "新华社北京{mo}月{d}日电（记者张三、李四）",
            "【责任编辑：王五】", 0),
    Variant("zh-paper", "www.shijie-ribao.com", "zh-cn", "Asia/Shanghai",
            lambda t: f"{t.year}年{t.month}月{t.day}日 {hm(t)}",
            None, '<div class="author">记者 赵六</div>', ["赵六"], None, "", "", 1),
    Variant("zh-tw-cna", "www.taiwan-ribao.com.tw", "zh-TW", "Asia/Taipei",
            lambda t: f"{t.year}/{d2(t.month)}/{d2(t.day)} {hm(t)}",
            None, "", ["王小明"], "CNA", "（中央社記者王小明台北{d}日電）", "", 2),
    Variant("zh-tw-ltn", "news.ziyou-bao.com.tw", "zh-TW", "Asia/Taipei",
            lambda t: f"{t.year}/{d2(t.month)}/{d2(t.day)} {hm(t)}", None,
            "", ["林宏"], None, "〔記者林宏／台北報導〕", "", 1),
    Variant("zh-tw-udn", "www.lianhe-news.com", "zh-Hant", "Asia/Taipei",
            lambda t: f"{t.year}-{d2(t.month)}-{d2(t.day)} {hm(t)}",
            None, '<div class="author">聯合報／記者林大明／台北即時報導</div>', ["林大明"], None,
            "", "", 1),
]

ko = lang(
    code="ko", title="한국은행, 기준금리 연 3.0%로 동결",
    dek="",
    paras=[
        "한국은행 금융통화위원회는 이날 통화정책방향 회의를 열고 기준금리를 연 3.0%로 "
        "동결했다고 밝혔다.",
        "한은은 물가 상승률이 안정세를 보이고 있지만 환율 변동성이 커진 점을 고려했다고 "
        "설명했다.",
        "시장에서는 내년 상반기 중 추가 인하가 이뤄질 것이라는 전망이 우세하다.",
        "다음 통화정책방향 회의는 내년 1월에 열린다.",
    ],
    nav=["정치", "경제", "사회", "국제", "문화", "스포츠"],
    share="공유하기", read_also="관련기사", related="많이 본 뉴스",
    teasers=["코스피, 외국인 매수에 상승", "원·달러 환율 1,430원대"],
    footer="Copyright © 한빛일보 All rights reserved. 무단 전재 및 재배포 금지",
    tags=["한국은행", "기준금리"],
)
ko.variants = [
    Variant("ko-yna", "www.hanbit-ilbo.co.kr", "ko-KR", "Asia/Seoul",
            lambda t: f"입력 {t.year}.{d2(t.month)}.{d2(t.day)} {hm(t)}",
            lambda m, p: f"수정 {m.year}.{d2(m.month)}.{d2(m.day)} {hm(m)}",
            "", ["홍길동"], "Yonhap", "(서울=연합뉴스) 홍길동 기자 = ", "", 0),
    Variant("ko-sent", "www.gyeongnam-sinmun.com", "ko", "Asia/Seoul",
            lambda t: f"송고시간{t.year}-{d2(t.month)}-{d2(t.day)} {hm(t)}", None,
            "", ["홍길동"], "Yonhap", "(서울=연합뉴스) 홍길동 기자 = ", "", 1),
    Variant("ko-staff", "www.saebyeok-news.com", "ko", "Asia/Seoul",
            lambda t: f"{t.year}.{d2(t.month)}.{d2(t.day)} {'오전' if t.hour < 12 else '오후'} "
                      f"{h12(t)[0]}:{d2(t.minute)}",
            None, '<span class="reporter">기자 김철수</span>', ["김철수"], None, "", "", 1),
]

th = lang(
    code="th", title="ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายที่ร้อยละ 2.25",
    dek="คณะกรรมการนโยบายการเงินมีมติเอกฉันท์",
    paras=[
        "คณะกรรมการนโยบายการเงินมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25 "
        "ต่อปี โดยให้มีผลทันที",
        "เลขานุการคณะกรรมการกล่าวว่า เศรษฐกิจไทยมีแนวโน้มขยายตัวต่อเนื่อง แม้จะยังมีความเสี่ยง"
        "จากเศรษฐกิจโลก",
        "นักวิเคราะห์คาดว่าธนาคารกลางอาจลดดอกเบี้ยอีกครั้งในช่วงต้นปีหน้า",
        "การประชุมครั้งถัดไปจะจัดขึ้นในเดือนกุมภาพันธ์",
    ],
    nav=["หน้าแรก", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา", "บันเทิง"],
    share="แชร์", read_also="อ่านเพิ่มเติม", related="ข่าวที่เกี่ยวข้อง",
    teasers=["ราคาทองวันนี้", "หุ้นไทยปิดบวก"],
    footer="© สงวนลิขสิทธิ์ หนังสือพิมพ์สยามรายวัน",
    tags=["แบงก์ชาติ", "ดอกเบี้ย"],
)
th.variants = [
    Variant("th-thairath", "www.siam-raiwan.co.th", "th", "Asia/Bangkok",
            lambda t: f"{t.day} {mon('th3', t)} {t.year + 543} {hm(t)} น.",
            None, '<div class="author">โดย สมชาย ใจดี</div>', ["สมชาย ใจดี"], None, ""),
    Variant("th-digits", "www.siam-khao.com", "th", "Asia/Bangkok",
            lambda t: f"{t.day} {mon('th3', t)} {t.year + 543} {hm(t)} น.".translate(
                str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")), None,
            "", [], None, "", "", 1),
    Variant("th-matichon", "www.khao-wannee.com", "th-TH", "Asia/Bangkok",
            lambda t: f"วันที่ {t.day} {mon('th', t)} พ.ศ. {t.year + 543} - {hm(t)} น.",
            lambda m, p: f"อัปเดตล่าสุด {m.day} {mon('th3', m)} {m.year + 543} {hm(m)} น.",
            "", [], None, "", "", 1),
]

vi = lang(
    code="vi", title="Ngân hàng Nhà nước giữ nguyên lãi suất điều hành",
    dek="Quyết định nhằm hỗ trợ tăng trưởng kinh tế trong năm tới.",
    paras=[
        "Ngân hàng Nhà nước Việt Nam cho biết sẽ tiếp tục giữ nguyên các mức lãi suất điều "
        "hành nhằm hỗ trợ doanh nghiệp và người dân tiếp cận vốn.",
        "Theo Thống đốc, mặt bằng lãi suất cho vay hiện đã giảm đáng kể so với đầu năm, góp "
        "phần thúc đẩy tăng trưởng tín dụng.",
        "Các chuyên gia nhận định chính sách tiền tệ sẽ tiếp tục linh hoạt trong năm tới.",
        "Tăng trưởng tín dụng toàn hệ thống đến nay đạt khoảng 12%.",
    ],
    nav=["Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật"],
    share="Chia sẻ", read_also="Xem thêm", related="Tin liên quan",
    teasers=["Giá vàng hôm nay", "Chứng khoán tăng điểm"],
    footer="© Bản quyền thuộc về Báo Tin Tức Mới. Giấy phép số 123/GP-BTTTT",
    tags=["Ngân hàng Nhà nước", "lãi suất"],
)
vi.variants = [
    Variant("vi-vnexpress", "www.tintucmoi.vn", "vi", "Asia/Ho_Chi_Minh",
            lambda t: f"{wd('vi', t)}, {t.day}/{t.month}/{t.year}, {hm(t)} (GMT+7)",
            None, "", ["Minh Anh"], None, "", "<strong>Minh Anh</strong>", 0),
    Variant("vi-vna", "www.baomoi-online.com", "vi-VN", "Asia/Ho_Chi_Minh",
            lambda t: f"Đăng lúc {hm(t)} {dmy(t, '/')}",
            lambda m, p: f"Cập nhật lúc {hm(m)} {dmy(m, '/')}",
            "", [], "VNA", "Hà Nội, {d}/{mo} (TTXVN) - ", "", 1),
]

id_ = lang(
    code="id", title="Bank Indonesia pertahankan suku bunga acuan di level 6 persen",
    dek="Keputusan diambil dalam Rapat Dewan Gubernur bulanan.",
    paras=[
        "Bank Indonesia memutuskan untuk mempertahankan suku bunga acuan BI-Rate di level 6 "
        "persen dalam Rapat Dewan Gubernur yang digelar pada Selasa.",
        "Gubernur BI mengatakan keputusan tersebut konsisten dengan upaya menjaga stabilitas "
        "nilai tukar rupiah di tengah ketidakpastian global.",
        "Sejumlah ekonom memperkirakan ruang penurunan suku bunga baru terbuka pada semester "
        "pertama tahun depan.",
        "Rapat Dewan Gubernur berikutnya dijadwalkan pada pertengahan Januari.",
    ],
    nav=["Berita", "Ekonomi", "Politik", "Olahraga", "Teknologi", "Hiburan"],
    share="Bagikan", read_also="Baca juga", related="Berita Terkait",
    teasers=["Rupiah menguat pagi ini", "IHSG ditutup naik"],
    footer="© PT Kabar Nusantara Media. Hak cipta dilindungi undang-undang.",
    tags=["Bank Indonesia", "suku bunga"],
)
id_.variants = [
    Variant("id-detik", "www.kabarnusantara.co.id", "id", "Asia/Jakarta",
            lambda t: f"{wd('id', t)}, {d2(t.day)} {mon('id3', t)} {t.year} {hm(t)} WIB",
            None, '<div class="detail__author">Budi Santoso - kabarNews</div>',
            ["Budi Santoso"], None, "Jakarta - ", "", 0, "kabarNews"),
    Variant("id-kompas", "www.kabar-kota.com", "id", "Asia/Jakarta",
            lambda t: f"KabarKota.com - {d2(t.day)}/{d2(t.month)}/{t.year}, {hm(t)} WIB", None,
            '<div class="read__credit__item">Penulis <a href="/penulis/dewi">Dewi Lestari</a></div>',
            ["Dewi Lestari"], None, "JAKARTA, KabarKota.com - ", "", 1),
    Variant("id-antara", "www.warta-harian.com", "id-ID", "Asia/Jakarta",
            lambda t: f"{wd('id', t)}, {t.day} {mon('id', t)} {t.year} {hm(t)} WIB",
            None, "", ["Rina Wulandari"], "Antara", "Jakarta (ANTARA) - ",
            "Pewarta: Rina Wulandari Editor: Agus Salim Copyright © ANTARA 2024", 1),
    Variant("ms-bernama", "www.berita-semasa.com.my", "ms", "Asia/Kuala_Lumpur",
            lambda t: f"{t.day} {mon('ms', t)} {t.year} @ {h12(t)[0]}:{d2(t.minute)}{h12(t)[1]}",
            None, '<div class="author">Oleh Ahmad Zaki</div>', ["Ahmad Zaki"], "Bernama",
            "KUALA LUMPUR, {d} {m3ms} (Bernama) -- ", "", 2),
]


#: More fields a variant's lead may hold (`tests.intl_pages2`'s own-script datelines).
LEAD_FIELDS: dict[str, Callable[[datetime], str]] = {}


def _lead(v: Variant, t: datetime) -> str:
    return v.lead.format(
        d=t.day, mo=t.month, y=t.year, m3=mon("es3", t), m3pt=mon("pt", t)[:3],
        m3it=mon("it", t)[:3].upper(), m3ru=mon("ru3", t), mel=mon("el", t),
        m3ms=mon("ms3", t), **{k: f(t) for k, f in LEAD_FIELDS.items()})


#: The ad slot's label each language prints between paragraphs.
AD_LABEL = {"de": "Anzeige", "fr": "Publicité", "es": "Publicidad", "pt": "Publicidade",
            "it": "Pubblicità", "nl": "Advertentie", "pl": "Reklama", "cs": "Reklama",
            "sv": "Annons", "no": "Annonse", "da": "Annonce", "fi": "Mainos", "ru": "Реклама",
            "tr": "Reklam", "el": "Διαφήμιση", "ar": "إعلان", "fa": "تبلیغات", "he": "פרסומת",
            "ja": "広告", "zh": "广告", "ko": "광고", "th": "โฆษณา", "vi": "Quảng cáo",
            "id": "ADVERTISEMENT"}


#: A line papers print under the text, as a paragraph of it: copyright, follow-us, tip-off.
CLOSING_LINE = {
    "de": "Folgen Sie uns auch auf WhatsApp und Google News.",
    "fr": "Suivez toute l'actualité sur notre chaîne WhatsApp.",
    "es": "Síguenos en Google Discover y en nuestro canal de WhatsApp.",
    "pt": "Siga o Jornal no WhatsApp e receba as notícias no celular.",
    "it": "© RIPRODUZIONE RISERVATA",
    "nl": "Volg ons ook op WhatsApp voor het laatste nieuws.",
    "pl": "Obserwuj nas w Google News.",
    "cs": "Sledujte nás na Google News.",
    "sv": "Följ oss på Facebook och Instagram.",
    "no": "Følg oss på Facebook.",
    "da": "Følg os på Facebook og Instagram.",
    "fi": "Seuraa meitä Facebookissa.",
    "ru": "Подписывайтесь на наш Telegram-канал.",
    "tr": "Bizi Google News'te takip edin.",
    "el": "Ακολουθήστε μας στο Google News.",
    "ar": "تابعونا على قناة واتساب",
    "fa": "انتهای پیام/",
    "he": "הצטרפו לערוץ הטלגרם שלנו",
    "ja": "無断転載・複製を禁じます",
    "zh": "（完）",
    "ko": "ⓒ 한빛일보, 무단 전재 및 재배포 금지",
    "th": "ติดตามข่าวสารได้ที่ LINE",
    "vi": "Theo dõi chúng tôi trên Google News.",
    "id": "Simak berita dan artikel lainnya di Google News.",
}


#: The lead picture's credit, printed as the text's first line on some sites.
PHOTO_CREDIT = {
    "de": "Foto: dpa", "fr": "Photo : AFP", "es": "Foto: EFE", "pt": "Foto: Reuters",
    "it": "Foto ANSA", "nl": "Foto: ANP", "pl": "Fot. PAP/Radek Pietruszka", "cs": "Foto: ČTK",
    "sv": "Foto: TT", "no": "Foto: NTB", "da": "Foto: Ritzau Scanpix", "fi": "Kuva: Lehtikuva",
    "ru": "Фото: РИА Новости", "tr": "Fotoğraf: AA", "el": "Φωτογραφία: ΑΠΕ-ΜΠΕ",
    "ar": "صورة: رويترز", "fa": "عکس: ایرنا", "he": "צילום: רויטרס", "ja": "写真：共同",
    "zh": "图片来源：新华社", "ko": "사진=연합뉴스", "th": "ภาพ: รอยเตอร์", "vi": "Ảnh: TTXVN",
    "id": "Foto: ANTARA",
}


# Pages --------------------------------------------------------------------------------------
@dataclass
class Page:
    url: str
    html: str
    fetched: datetime
    truth: dict[str, object]
    lang: str
    key: str
    meta: bool | str


def _iso(t: datetime) -> str:
    return t.isoformat()


def build_page(lg: Lang, v: Variant, day: datetime, meta: bool | str) -> Page:
    tz = ZoneInfo(v.tz)
    pub = day.replace(tzinfo=tz)
    mod = (day + UPDATE).replace(tzinfo=tz)
    slug = f"{v.key}-{day:%Y%m%d}-{'m' if meta else 'p'}"
    url = f"https://{v.host}/{lg.nav[1].lower().replace(' ', '-')}/{day:%Y/%m/%d}/{slug}.html"
    rtl = lg.code in ("ar", "fa", "he", "ur")
    site = v.name or v.host.split(".")[1]
    e = html.escape
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(lg.title)} - {e(site)}</title>",
        f'<meta name="description" content="{e(lg.dek or lg.paras[0][:120])}">',
        *([f'<meta property="og:locale" content="{locale}">'] if (locale := (
            v.lang.replace("-", "_") if "-" in v.lang else "ar_AR" if v.lang == "ar" else ""))
          else []),
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{e(site)}">',
        f'<meta property="og:title" content="{e(lg.title)}">',
        f'<meta property="og:description" content="{e(lg.dek or lg.paras[0][:120])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="https://{v.host}/img/{slug}.jpg">',
        f'<link rel="canonical" href="{url}">',
        f'<link rel="stylesheet" href="https://{v.host}/static/css/main.css?v=2024">',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
        "arguments);}gtag('js',new Date());gtag('config','G-ABC123');</script>",
    ]
    stamp = ((lambda t: t.replace(tzinfo=None).isoformat()) if meta == "naive"
             else (lambda t: t.date().isoformat()) if meta == "day" else _iso)
    if meta:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": lg.title, "datePublished": stamp(pub), "dateModified": stamp(
                  mod if v.modified else pub),
              "author": ([{"@type": "Person", "name": n} for n in v.authors]
                         or {"@type": "Organization", "name": v.agency or site}),
              "publisher": {"@type": "Organization", "name": site},
              "mainEntityOfPage": url, "image": f"https://{v.host}/img/{slug}.jpg"}
        head += [
            f'<meta property="article:published_time" content="{stamp(pub)}">',
            f'<meta property="article:modified_time" content="{stamp(mod if v.modified else pub)}">',
            *(f'<meta name="author" content="{e(n)}">' for n in v.authors[:1]),
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False) + "</script>",
        ]
    nav = "".join(f'<li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in lg.nav)
    # Layout 2 prints its date lines unclassed, as many templates do.
    cls = (lambda name: "") if v.layout == 2 else (lambda name: f' class="{name}"')
    pub_line = f'<span{cls("date-published")}>{e(v.published(pub.replace(tzinfo=None)))}</span>'
    mod_line = (f' <span{cls("date-modified")}>{e(v.modified(mod.replace(tzinfo=None), day))}'
                "</span>" if v.modified else "")
    if v.one_line and v.modified:
        pub_line = (f'<span class="dates">{e(v.published(pub.replace(tzinfo=None)))} '
                    f'{e(v.modified(mod.replace(tzinfo=None), day))}</span>')
        mod_line = ""
    dates = f'<div{cls("article-dates")}>{pub_line}{mod_line}</div>'
    byline = v.byline
    if v.layout == 0:
        header = f"{byline}\n{dates}" if byline else dates
        header = f'<div class="article-meta">{header}</div>'
        after_title = ""
    elif v.layout == 1:
        header = ""
        after_title = f'<div class="info">{byline}{dates}</div>'
    else:
        header = ""
        after_title = f'<div class="meta">{byline} {dates}</div>'
    paras = list(lg.paras)
    paras[0] = _lead(v, day) + paras[0]
    # The "read also" line as a box, or as a paragraph of the text (every other variant), and
    # an ad slot's label between two paragraphs.
    read_also = (f'<strong>{e(lg.read_also)}:</strong> '
                 f'<a href="/x/1.html">{e(lg.teasers[0])}</a>')
    read_also = (f'<p>{read_also}</p>' if v.layout % 2 else
                 f'<div class="read-also">{read_also}</div>')
    credit = ([f'<p><em>{e(PHOTO_CREDIT[lg.code])}</em></p>']
              if v.layout != 1 else [])
    body_html = [*credit, f"<p>{e(paras[0])}</p>", f"<p>{e(paras[1])}</p>", read_also,
                 f"<p>{e(paras[2])}</p>",
                 f'<div class="ad-slot"><span class="ad-label">{e(AD_LABEL[lg.code])}</span>'
                 '<div id="div-gpt-ad-1"></div></div>',
                 *(f"<p>{e(p)}</p>" for p in paras[3:])]
    if v.closing:
        body_html.append(f"<p>{v.closing if v.closing.startswith('<') else e(v.closing)}</p>")
    body_html.append(f"<p>{e(CLOSING_LINE[lg.code])}</p>")
    body = "\n".join(body_html)
    tags = "".join(f'<a href="/tag/{e(t)}" rel="tag">{e(t)}</a>' for t in lg.tags)
    related = "".join(f'<li><a href="/x/{i}.html">{e(t)}</a></li>'
                      for i, t in enumerate(lg.teasers, 2))
    dek = f'<p class="lead">{e(lg.dek)}</p>' if lg.dek else ""
    page = f"""<!DOCTYPE html>
<html lang="{v.lang}"{' dir="rtl"' if rtl else ''}>
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="{e(site)}"></a>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<main>
<div class="breadcrumb"><a href="/">{e(lg.nav[0])}</a> › <a href="/{e(lg.nav[1].lower())}/">{e(lg.nav[1])}</a></div>
<article class="article">
<header class="article-header">
<h1 class="article-title">{e(lg.title)}</h1>
{dek}
{header}
</header>
{after_title}
<figure class="lead-image"><img src="/img/{slug}.jpg" alt=""><figcaption>{e(lg.tags[0])}</figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="tags">{tags}</div>
<div class="share"><span>{e(lg.share)}</span> <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="https://x.com/intent/tweet?url={url}">X</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
</article>
<aside class="related"><h3>{e(lg.related)}</h3><ul>{related}</ul></aside>
</main>
<footer class="site-footer"><p>{e(lg.footer)}</p></footer>
</body>
</html>
"""
    body_text = "\n\n".join(paras)
    truth = {
        "title": lg.title, "body": body_text, "authors": v.authors, "agency": v.agency,
        "published_at": _iso(pub), "modified_at": _iso(mod) if v.modified else None,
    }
    return Page(url, page, (day + timedelta(days=1)).replace(tzinfo=ZoneInfo("UTC")), truth,
                lg.code, v.key, meta)


def pages(modes: tuple[bool | str, ...] = (False, True)) -> list[Page]:
    """Every variant on every day, under a portal head (False), full metadata (True) or
    metadata whose stamps carry no offset ("naive")."""
    return [build_page(lg, v, day, meta) for lg in LANGS for v in lg.variants for day in DAYS
            for meta in modes]
