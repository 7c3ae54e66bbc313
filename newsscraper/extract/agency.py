"""Wire-service credit and dateline: who supplied the story, and where it was filed.

Reads the body as printed (it is not changed): the opening dateline ("NEW DELHI, Dec 17 (IANS)
—", "Pune (Maharashtra) [India], December 3 (ANI):", "MOSCOW, Dec 17 (Reuters) -",
"Paris (AFP) -"), closing credits ("— With inputs from IANS", "— PTI"), "© AFP", and author or
byline names that are agencies ("Indo-Asian News Service").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsscraper.processors import (
    AGENCY_NAMES,
    DATELINE_CREDITS,
    clean_author,
    day_then_source,
    is_date_line,
    normalise_agency,
    normalise_credit,
)

_AGENCY_ALT = "|".join(
    sorted((re.escape(k) for k in AGENCY_NAMES if len(k) > 1), key=len, reverse=True)
)
_DATELINE_ONLY = DATELINE_CREDITS
# English, the Spanish and Portuguese short forms EFE and Lusa print ("17 dic", "17 dez"), and
# AFP's French service's ("Bruxelles, 17 déc 2024 (AFP) -": short or full, "févr.").
# Agerpres's Romanian ("Bucureşti, 17 dec /Agerpres/ -": "ian", "iun", "noi"), Hina's
# Croatian and Tanjug's Serbian Latin genitives ("ZAGREB, 17. prosinca (Hina) -", "BEOGRAD,
# 17. decembra (Tanjug) -").
_MONTH = (r"(?:(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ene|abr|ago|dic|fev|mai"
          r"|set|out|dez|gen|mag|giu|lug|ott|ian|iun|iul|noi|maj|avg|okt"
          # Bernama's Malay and Antara's Indonesian: "KUALA LUMPUR, 17 Dis (Bernama) --".
          r"|dis|mac|ogo|mei|des|agu|agt"
          # The other months of Swahili, Hausa, Filipino and Azerbaijani copy (KNA's, NAN's,
          # PNA's, Azertac's: "ABUJA, Yuli 4 (NAN) –", "MAYNILA, Hulyo 4 (PNA) --", "Bakı, 17
          # dekabr (AZƏRTAC)").
          r"|fab|afr|yun|yul|satu|nuw|peb|huny|huly|nob|yanv|iyu|avq|avg|sent|noya|deka"
          r")[a-zə]*\.?"
          r"|(?:janv|févr|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[a-zéû]*\.?"
          r"|(?:siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada"
          r"|studenoga|prosinca)"
          # ANA-MPA's Greek genitives: "ΑΘΗΝΑ, 17 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) -".
          r"|(?:Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου"
          r"|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου)"
          # ATA's Albanian ("Tiranë, 17 dhjetor/ATSH/"), LETA's Latvian ("RĪGA, 4. decembris,
          # LETA."), BNS's Lithuanian genitives, the day after them ("Vilnius, gruodžio 17 d.
          # (BNS).").
          r"|(?i:janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor"
          r"|janvār[a-zāī]*|februār[a-zāī]*|jūnij[a-zāī]*|jūlij[a-zāī]*|aprīl[a-zāī]*)"
          r"|(?i:sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio"
          r"|lapkričio|gruodžio))")
# PLACE [optional "[Country]"], [optional date] (AGENCY) separator
# Turkish capitals too: "İSTANBUL (İHA) –", "ŞANLIURFA (DHA) -", "Çanakkale (AA) -"; Greek
# ones: "ΑΘΗΝΑ", "Θεσσαλονίκη".
#: A credit to pooled wire copy that names no wire ("(Agencies)", Hindi "(एजेंसी)"): it closes
#: a dateline, and the record's agency stays empty.
_UNNAMED_WIRES = r"agencies|agency|एजेंसियां|एजेंसी"
_PLACE_WORD = r"[A-ZÇĞİÖŞÜΑ-ΩΆΈΉΊΌΎΏ][\w.'’\-]*"
_STATE = r"(?:\s*\([A-Z][\w&.' ]{1,40}\))"
DATELINE = re.compile(
    # Every word of the place is capitalised ("New Delhi", "LA CROSSE"); a state or country
    # may follow ("LA CROSSE, Wis.", "KYIV, Ukraine"), or a bracketed one ("Pune [India]").
    # A story filed from several places joins them with slashes ("BEIRUT/THE HAGUE").
    # ANI names the state in parentheses before the country: "Pune (Maharashtra) [India]";
    # only before a bracketed country, so "Paris (AFP)" stays a credit. PTI names it before
    # the day: "Alappuzha (Kerala), Mar 12 (PTI)" (only a comma and a day after it).
    # Spanish and Portuguese places join words by "de" ("Ciudad de México, 15 Dic (Notimex).-").
    rf"^(?P<place>{_PLACE_WORD}(?: (?:de |del |da |do )?{_PLACE_WORD}){{0,4}}"
    rf"(?:/{_PLACE_WORD}(?: {_PLACE_WORD}){{0,4}}){{0,3}}(?:{_STATE}?\s*\[[\w ]+\]"
    rf"|{_STATE}(?=\s*,\s*(?:{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH})))?"
    rf"(?:,\s*{_PLACE_WORD}(?: {_PLACE_WORD})?)?)"
    # Europa Press prints the day alone: "MADRID, 17 (EUROPA PRESS)".
    # Croatian and Serbian print a dot after the day ("ZAGREB, 17. prosinca (Hina)").
    # TASS's English service closes the day with a dot ("MOSCOW, December 17. /TASS/."),
    # WAM writes it as an ordinal ("ABU DHABI, 17th December, 2024 (WAM) --").
    # VNA's Vietnamese copy prints the day and month in figures: "Hà Nội, 17/12 (TTXVN) -".
    # ABI's Spanish sets "de" before the month: "La Paz, 17 de diciembre (ABI).-".
    # BNS's Lithuanian sets "d." after the day ("Vilnius, gruodžio 17 d. (BNS).").
    rf"(?:\s*,\s*(?:{_MONTH}\s+\d{{1,2}}(?:\.| d\.)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?(?:\s+(?:de\s+)?{_MONTH})?"
    # Kuwaiti papers set a comma after the day too: "KUWAIT CITY, Dec 17, (KUNA): …".
    rf"|\d{{1,2}}/\d{{1,2}})"
    rf"(?:\s*,?\s*\d{{4}})?,?)?"
    # IANS copy as portals print it often has no separator: "New Delhi, Dec 3 (IANS) The …";
    # EFE closes its credit with ".-" ("Madrid, 17 dic (EFE).- El …"), and Europa Press
    # prints its dateline as a paragraph of its own. TT's "STOCKHOLM (TT) Åklagaren …" has
    # no separator either, its first word perhaps with a Nordic capital.
    # Agerpres sets its name between slashes: "Bucureşti, 17 dec /Agerpres/ - Guvernul …".
    # dpa's regional services add their slug: "Düsseldorf (dpa/lnw) -", "München (dpa/lby) -".
    # Indian portals credit pooled wire copy to no wire: "New Delhi, Dec 17 (Agencies)" is a
    # dateline all the same, its credit naming no agency (`_UNNAMED_WIRES`).
    rf"\s*(?:\(|/)(?P<agency>(?i:{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)}|{_UNNAMED_WIRES}))"
    r"(?:/[a-z]{2,4})?(?:\)|/)\.?\s*"
    r"(?:[:—–\-]|(?=[A-ZÅÄÖØÆÉ\"“‘'])|$)",
)
# A dateline without a credit: "WASHINGTON —" (AP style, capitals only).
# ANSA's, with the day and month and a hyphen, the credit closing the text instead:
# "ROMA, 17 DIC - …(ANSA)." (a hyphen only after such a date: "NEW - …" stays text).
PLAIN_DATELINE = re.compile(
    # The country may take two words: "SEOUL, South Korea —" (the Inquirer's AFP copy).
    r"^(?P<place>[A-Z][A-Z.'’\- ]{2,30}(?:, [A-Z][\w.]+(?: [A-Z][a-z]+)?)?)"
    # "--" stands for the dash where a CMS has no typographic one (Philippine papers: "MANILA
    # -- The Senate …").
    # ANSA's English service puts the month first: "(ANSA) - ROME, DEC 17 - …".
    rf"(?:\s+(?:[—–]|--)|:|,\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\s+[—–\-])\s+\S"
)
# ČTK and TASR set the day after the place without a comma, a dot after it, the month in
# the genitive: "Praha 17. prosince (ČTK) - …", "Bratislava 17. decembra (TASR) - …".
_CS_PLACE_WORD = r"(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’\-]*)"
CS_DATELINE = re.compile(
    rf"^(?P<place>{_CS_PLACE_WORD}(?: (?:nad |pod )?{_CS_PLACE_WORD}){{0,3}})\s+\d{{1,2}}\.\s+"
    rf"[a-záčďéěíňóřšťúůýž]{{3,10}}\s+\((?P<agency>(?i:{_AGENCY_ALT}))\)\s*[—–\-]\s")
# Kazinform's English service: the place and its name in capitals, a full stop between
# them, a dash after: "ASTANA. KAZINFORM – …" (the name must be a wire's).
CAPS_STOP_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2})\.\s+(?P<agency>[A-Z][A-Z.\-]{1,20})"
    r"\s*[—–\-]\s")
# Spanish-language papers open staff copy with the place and ".-", in any case and without a
# credit: "Ciudad de México.- El Banco…", "BOGOTÁ.- La…" (place words capitalised, "de"/"del"
# may join them); Mexican papers (Excélsior) set an em dash there: "SAO PAULO.— El …".
DOT_DASH_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: (?:de |del |de la )?{_PLACE_WORD}){{0,4}})\.[-—–]\s*\S"
)
# The Ghana News Agency sets its name bare after the day, no parentheses: "Accra, Dec. 17,
# GNA – The …" (read only with the month and day before it, and a dash after).
# Armenpress sets it in capitals with a full stop after: "YEREVAN, DECEMBER 17, ARMENPRESS.
# The …".
# LETA sets the day first ("RĪGA, 4. decembris, LETA. Saeima …"), AKP the year and no comma
# ("Phnom Penh, December 17, 2024 AKP -- …"); Azertac prints "Baku, December 17, AZERTAC"
# as a paragraph of its own.
BARE_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}),\s*(?:(?i:{_MONTH})\s+\d{{1,2}}"
    rf"|\d{{1,2}}\.?\s+(?i:{_MONTH}))(?:,\s*\d{{4}}(?=\s+[A-Z]{{3}}))?,?\s*"
    rf"(?P<agency>(?i:{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)}))"
    r"\s*(?:[—–\-]+\s*\S|(?<=[A-Z])\.\s+\S|$)"
)
# SANA's English service sets its name right after the place, no day, a hyphen closing it:
# "Damascus, SANA- The …" (the name in capitals, a wire's; "London, UK - …" is no credit).
PLACE_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}}),\s*(?P<agency>[A-Z]{{2,8}})"
    r"\s*[—–\-]+\s*\S")
# Korean and Japanese wire copy opens with place and agency in one bracket: Yonhap's
# "(서울=연합뉴스) 홍길동 기자 = …", Kyodo's and Jiji's "【北京共同】…", "【ワシントン時事】…"
# (the agency by its short name), a foreign wire's copy in Japanese papers
# "【ニューヨーク=ロイター】…", and AFP's own Japanese service, republished by portals with its
# credit, the day in place of the place: "【6月18日 AFP】…".
# Newsis sets it in square brackets: "[부산=뉴시스]김민수 기자 = …".
CJK_DATELINE = re.compile(
    rf"^(?:[(\[](?P<place>[^=()\[\]]{{1,20}})=(?P<agency>{_AGENCY_ALT})[)\]]"
    # Yonhap's Japanese service: "【ソウル聯合ニュース】…".
    r"|【(?P<jplace>[^】=＝]{1,20}?)[=＝]?(?P<short>共同|時事|ロイター|AFP|AP|聯合ニュース)】"
    # Reuters' own Japanese service: place, day and credit in full-width square brackets,
    # "［東京　１７日　ロイター］ -".
    r"|［(?P<rplace>[^］\s　\d０-９]{1,20})[\s　]+[\d０-９]{1,2}日[\s　]+ロイター］)"
)
_SHORT_AGENCIES = {"共同": "Kyodo", "時事": "Jiji", "ロイター": "Reuters", "AFP": "AFP", "AP": "AP",
                   "聯合ニュース": "Yonhap"}
_JA_DAY = re.compile(r"[\d０-９]{1,2}月[\d０-９]{1,2}日\s*")
# Hindi wire copy: "नयी दिल्ली, 17 दिसंबर (भाषा) …", "नई दिल्ली, 17 दिसंबर (आईएएनएस)। …": a
# Devanagari place of one to four words, the day and month, the credit, then the danda "।",
# a dash or nothing. (Devanagari has no capitals for DATELINE's place words to key on.)
_DEVANAGARI_WORD = r"[\u0900-\u0963\u0970-\u097F]+"
HINDI_DATELINE = re.compile(
    rf"^(?P<place>{_DEVANAGARI_WORD}(?: {_DEVANAGARI_WORD}){{0,3}})"
    # ANI's Hindi service names the country in brackets after the place: "नई दिल्ली [भारत],".
    rf"(?:\s*\[{_DEVANAGARI_WORD}(?: {_DEVANAGARI_WORD})?\])?"
    rf"(?P<day>\s*,\s*\d{{1,2}}\s+{_DEVANAGARI_WORD}(?:\s*,?\s*\d{{4}})?)?"
    # Without the day, the danda, a colon or a dash must follow the credit: "भाषा" and "वार्ता"
    # are words too ("शिखर वार्ता (वार्ता) शुरू"), and a word and a credit open sentences.
    rf"\s*\((?P<agency>{_AGENCY_ALT}|{_UNNAMED_WIRES})\)\s*(?(day)[।:—–\-]?|[।:—–\-])\s"
)
# Bengali wire copy: "ঢাকা, ১৭ ডিসেম্বর, ২০২৪ (বাসস) : …", "কলকাতা, ১৭ ডিসেম্বর (পিটিআই): …":
# the same shape in Bengali script, its digits Bengali or ASCII.
_BENGALI_WORD = r"[\u0980-\u09e5\u09f0-\u09ff]+"
_BENGALI_NUMBER = r"[\d\u09e6-\u09ef]"
BENGALI_DATELINE = re.compile(
    rf"^(?P<place>{_BENGALI_WORD}(?: {_BENGALI_WORD}){{0,3}})"
    rf"(?:\s*,\s*{_BENGALI_NUMBER}{{1,2}}\s+{_BENGALI_WORD}(?:\s*,?\s*{_BENGALI_NUMBER}{{4}})?)?"
    rf"\s*\((?P<agency>{_AGENCY_ALT})\)\s*[।:—–\-]?\s"
)
# Tamil wire copy: "சென்னை, டிச. 17 (பிடிஐ): …", "சென்னை, 17 டிசம்பர் (பிடிஐ) …": a Tamil place,
# the month (perhaps shortened with a dot) and day either way round, the credit.
_TAMIL_WORD = r"[\u0b80-\u0bff]+"
TAMIL_DATELINE = re.compile(
    rf"^(?P<place>{_TAMIL_WORD}(?: {_TAMIL_WORD}){{0,3}})"
    rf"(?:\s*,\s*(?:{_TAMIL_WORD}\.?\s*\d{{1,2}}|\d{{1,2}}\s+{_TAMIL_WORD}\.?)(?:\s*,?\s*\d{{4}})?)?"
    rf"\s*\((?P<agency>{_AGENCY_ALT})\)\s*[:—–\-]?\s"
)
# The other Indian scripts' wire copy, the same shape: Marathi "मुंबई, १७ डिसेंबर (पीटीआय) :",
# Gujarati "અમદાવાદ, 17 ડિસેમ્બર (પીટીઆઈ)", Telugu "హైదరాబాద్, డిసెంబర్ 17 (పీటీఐ):", Kannada
# "ಬೆಂಗಳೂರು, ಡಿ.17 (ಪಿಟಿಐ):", Odia, Malayalam, Punjabi: a place in one of the Brahmic blocks
# (U+0900-U+0DFF, less each block's digits and the danda), the day in any script's digits
# (\d reads them all) before or after the month, perhaps shortened with a dot, the credit.
_INDIC_WORD = (r"[\u0900-\u0963\u0970-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5"
               r"\u0bf0-\u0c65\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff]+")
INDIC_DATELINE = re.compile(
    rf"^(?P<place>{_INDIC_WORD}(?: {_INDIC_WORD}){{0,3}})"
    rf"(?P<day>\s*,\s*(?:\d{{1,2}}\s+{_INDIC_WORD}\.?|{_INDIC_WORD}\.?\s*\d{{1,2}})"
    rf"(?:\s*,?\s*\d{{4}})?)?"
    # Without the day, a colon or dash must follow the credit: a word and a credit in
    # parentheses open a sentence too ("മന്ത്രി (ഐഎഎൻഎസ്) പറഞ്ഞു", "the minister said").
    rf"\s*\((?P<agency>{_AGENCY_ALT})\)\s*(?(day)[।:—–\-]?|[:—–\-])\s"
)
# Arabic wire copy: "برلين - (د ب أ) -", "الرياض 17 ديسمبر 2024 (واس) -", "الكويت - 17 - 12
# (كونا) --": a place of one to three Arabic words, perhaps a date (Arabic or ASCII digits and
# a month name), the credit in parentheses, then a dash or a colon. (Arabic has no capitals
# for DATELINE's place words to key on.)
# The place may name its country after the Arabic comma ("دمشق، سوريا"), and a broadcaster's
# own copy carries its Latin credit: "دمشق، سوريا (CNN) -- …" (the credit no wire: `network`).
_ARABIC_WORD = r"[\u0621-\u064a\u0671-\u06d3]+"
ARABIC_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: (?!في ){_ARABIC_WORD}){{0,2}}"
    rf"(?:،\s*{_ARABIC_WORD}(?: {_ARABIC_WORD})?)?)"
    # Yonhap's Arabic service sets the Arabic comma before the day ("سيئول، 17 ديسمبر").
    rf"(?P<aday>\s*[-–،]?\s*(?:في\s+)?\d{{1,2}}"
    # SUNA's day in figures with the year ("بورتسودان 17-12-2024 (سونا) -"); MENA sets its
    # credit between slashes and no dash after it ("القاهرة في 17 ديسمبر /أ ش أ/ تابع …").
    rf"(?:\s*[-/]\s*\d{{1,2}}(?:\s*[-/]\s*\d{{4}})?|\s+{_ARABIC_WORD}(?: الأول| الثاني)?)"
    rf"(?:\s+\d{{4}})?)?"
    rf"\s*[-–]?\s*(?:\(|(?P<slash>/))\s*(?:(?P<agency>{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)})"
    rf"|(?P<network>[A-Z]{{2,4}}))\s*(?(slash)/|\))"
    # Xinhua's Arabic service sets no dash after its dated credit: "شيتشانغ 17 ديسمبر 2024
    # (شينخوا) أطلقت …" (a day before the credit: a place alone and a credit open sentences).
    r"\s*(?:[-–—:]+|$|(?(slash)(?=\S)|(?(aday)(?=\S)|(?!))))"
)
# WAFA and the Iranian agencies set their credit bare, between dashes, after the place (and
# WAFA's day in figures): "رام الله 17-12-2024 وفا- …", "تهران- ایرنا- …" (the credit one of
# those names: a bare word after a place is otherwise the text's).
BARE_ARABIC_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s*(?:\d{{1,2}}-\d{{1,2}}-\d{{4}}\s*)?"
    r"[-–]?\s*(?P<agency>وفا|ایرنا|إيرنا|ایسنا|تسنیم)\s*[-–]+\s*\S"
)
# SPA prints its dateline as a paragraph of its own, the Hijri day, "الموافق" ("matching")
# and the Gregorian one, its name bare at the end: "الرياض 16 جمادى الآخرة 1446 هـ الموافق 17
# ديسمبر 2024 م واس".
SPA_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s+\d{{1,2}}\s+[^\d]{{3,30}}"
    rf"\d{{4}}\s*هـ?\s+الموافق\s+\d{{1,2}}\s+{_ARABIC_WORD}\s+\d{{4}}\s*م?\s+(?P<agency>واس)\s*$")
# Ethiopia's ENA in Amharic: the place, the Ethiopian day after "፤", its credit in
# parentheses and "፦": "አዲስ አበባ፤ ታኅሣሥ 8/2017(ኢዜአ)፦ …".
ETHIOPIC_DATELINE = re.compile(
    r"^(?P<place>[\u1200-\u135a]+(?: [\u1200-\u135a]+){0,2})\s*[፤፣,]\s*[\u1200-\u135a]+\s*"
    r"\d{1,2}/\d{4}\s*\((?P<agency>ኢዜአ)\)\s*[፦:\-–]")
# Thailand's TNA opens its copy with the place, the day and the month's Thai abbreviation
# and ".-": "ทำเนียบรัฐบาล 17 ธ.ค.- …" (its credit, "สำนักข่าวไทย", closes the text).
THAI_DATELINE = re.compile(
    r"^(?P<place>[\u0e01-\u0e4e]{2,30}(?: [\u0e01-\u0e4e]{2,30})?)\s+\d{1,2}\s+"
    r"[\u0e01-\u0e2e]\.[\u0e01-\u0e2e]\.\s*-\s*\S")
# Urdu wire copy from India (UNI's Urdu service, PTI and IANS as Urdu papers credit them):
# "نئی دہلی، 17 دسمبر (یو این آئی) مرکزی حکومت …", the credit run into the text with no dash
# (ARABIC_DATELINE wants one). The day is required, so a name and a credit in parentheses
# opening a sentence are not read so; looked for only in text with Urdu's own letters.
URDU_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s*[،,]\s*\d{{1,2}}\s+{_ARABIC_WORD}"
    rf"(?:\s+\d{{4}})?\s*\((?P<agency>{_AGENCY_ALT})\)\s*[-–—:]?\s"
)
_URDU_LETTERS = frozenset("یےہٹڈڑںھ")
# Pakistan's APP in Urdu copy sets no day: "اسلام آباد (اے پی پی) وزیراعظم …" (read only with
# that credit: a word and another name in parentheses open sentences too).
PK_URDU_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s*\((?P<agency>اے پی پی)\)\s*[-–—:]?\s")
# AKP's Khmer copy: the place, the day in Khmer figures and the month, its credit's initials
# in parentheses, a dash: "ភ្នំពេញ ១៧ ធ្នូ (អ.ក.ព) – …".
KHMER_DATELINE = re.compile(
    r"^(?P<place>[\u1780-\u17dd]+(?: [\u1780-\u17dd]+)?)\s+\d{1,2}\s+[\u1780-\u17dd]+\s*"
    r"\((?P<agency>អ\.ក\.ព)\)\s*[-–—:]\s")
# Chinese wire copy opens with the agency, the place, the day and 电 ("cabled"), then the
# reporters in brackets: Xinhua's "新华社北京12月17日电（记者 张三 李四）", China News Service's
# "中新社北京12月17日电 (记者 王五)" and its site's "中新网北京12月17日电(记者 王五)".
ZH_DATELINE = re.compile(
    # Yonhap's Chinese service so too: "韩联社首尔12月17日电 …". Reuters' Chinese service
    # prints no 电, a dash after the day: "路透北京12月17日 - …".
    # Kyodo's Chinese service prints no place: "共同社12月17日电 …".
    r"^(?:(?P<agency>新华社|中新社|中新网|韩联社|共同社)(?P<place>[\u4e00-\u9fff·]{0,12}?)"
    r"\d{1,2}月\d{1,2}日电"
    r"|(?P<ragency>路透)(?P<rplace>[\u4e00-\u9fff·]{1,12}?)\d{1,2}月\d{1,2}日\s*[-—–])"
    r"\s*(?:[（(]\s*记者\s*(?P<reporters>[^）)]{2,40}?)\s*[）)])?"
)
# Taiwan's Central News Agency opens its Chinese copy with credit, reporters, place and day
# in full-width brackets, the names run into the place: "（中央社記者王小明台北17日電）",
# "（中央社記者王小明、李大華台北17日電）", "（中央社台北17日電）",
# "（中央社記者林小美東京17日專電）", "（中央社華盛頓16日綜合外電報導）".
CNA_DATELINE = re.compile(
    r"^[（(]中央社(?:記者(?P<reporters>[\u4e00-\u9fff、]{4,40}?)|(?P<place>[\u4e00-\u9fff]{2,8}?))"
    r"\d{1,2}日(?:專電|電|綜合外電報導)[）)]")
_ZH_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
_ZH_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
# Russian and Ukrainian wire copy: "МОСКВА, 17 декабря. /ТАСС/. …" (TASS sets its name between
# slashes), "Москва. 17 декабря. INTERFAX.RU - …", "МОСКВА, 17 дек - РИА Новости. …", "Київ,
# 17 грудня. Укрінформ. …": a Cyrillic place ("Нижний Новгород", "Ростов-на-Дону"), the day
# and month (genitive or short), then the credit after a full stop or a dash. Central Asian
# and Belarusian wires may leave the date out or set the credit in parentheses: "АСТАНА.
# КАЗИНФОРМ – …", "МИНСК, 17 декабря (БЕЛТА) – …". BTA names its reporter inside the slashes
# and sets nothing after them: "София, 17 декември /Мария Иванова, БТА/ Правителството …".
_CYRILLIC_PLACE_WORD = r"[А-ЯЁІЇЄҐ][\w'’\-]*"
_CYRILLIC_NAME = r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:[ \-][А-ЯЁІЇЄҐ][а-яёіїєґ]+){1,2}"
CYRILLIC_DATELINE = re.compile(
    rf"^(?P<place>{_CYRILLIC_PLACE_WORD}(?: {_CYRILLIC_PLACE_WORD}){{0,3}})"
    # Tanjug's Serbian sets a dot after the day ("БЕОГРАД, 17. децембра (Тањуг) -"),
    # Montsame's Mongolian the year first ("Улаанбаатар, 2024 оны 12 дугаар сарын 17
    # /МОНЦАМЭ/.").
    # MIA's Macedonian adds the year ("Скопје, 17 декември 2024 (МИА) -").
    r"(?:\s*[.,]\s*\d{1,2}\.?\s+[а-яёіїєґђјљњћџ]{3,9}\.?(?:\s+\d{4})?"
    r"|\s*,\s*\d{4} оны \d{1,2} (?:дугаар|дүгээр) сарын \d{1,2})?\s*(?:[.,]|[—–\-])?\s*"
    rf"(?:/(?:(?P<reporter>{_CYRILLIC_NAME}),\s*)?|\()?"
    rf"(?P<agency>(?i:{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)}))"
    r"(?:/\s*(?:[.:]|[—–\-])?|\)?\s*(?:[.:]|[—–\-]))\s"
)
# Anadolu's French and other Latin-script services open the copy with a line of its own: the
# wire, the place and the reporters between slashes ("AA / Ankara / Mehmet Sah Yilmaz"); its
# Arabic service with the place and its name ("أنقرة/ الأناضول").
SLASHED_CREDIT_LINE = re.compile(
    rf"^(?:(?P<agency>[A-Z]{{2,5}})\s+/\s+(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}})\s+/\s+"
    r"(?P<reporters>[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.\-]+){1,3}"
    r"(?:,\s*[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.\-]+){1,3}){0,3})"
    rf"|(?P<arplace>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s*/\s*(?P<aragency>الأناضول)"
    # Its Russian service likewise: "Стамбул/Анадолу".
    r"|(?P<ruplace>[А-ЯЁ][а-яё\-]+(?: [А-ЯЁ][а-яё\-]+){0,2})\s*/\s*(?P<ruagency>Анадолу))$")
# A broadcaster credits its own staff copy after a place in capitals: "WASHINGTON (CNN) — …",
# "CHICAGO (WLS) -- …". The place is the dateline; the credit is no wire (not the agency).
# One capitalised word of two to four letters, so "(VIDEO)" or "(UPDATED)" are not read so.
# AOL News put the day there instead: "WASHINGTON (Aug. 13) -- …".
NETWORK_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{2,30}(?:, [A-Z][\w.]+)?)\s*\((?!LIVE\))(?:[A-Z]{2,4}"
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2})\)"
    r"\s*(?:[—–\-]|--)\s+\S")
# Quebec papers open copy with the place alone in parentheses: "(Québec) Le gouvernement …",
# "(Ottawa) Le premier ministre …" (La Presse). In title case: "(CNN)" or "(AP)" is a credit.
PAREN_DATELINE = re.compile(
    rf"^\((?P<place>{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}})\)\s+(?=[A-ZÀ-ÝÉ«\"“])")
# The credit alone opens the story: "(Reuters) — The New York State Attorney General …".
CREDIT_OPENING = re.compile(rf"^\((?P<agency>(?i:{_AGENCY_ALT}))\)\s*[:—–\-]\s")
# AGI opens its copy with its name bare in capitals and a hyphen: "AGI - A novembre …".
# Lebanon's NNA opens every story with its Arabic short name so: "وطنية - استقبل …"
# ("national"; read only as the whole opening word before a dash).
BARE_CREDIT_OPENING = re.compile(r"^(?P<agency>[A-Z]{2,8}|وطنية) [—–\-] (?=[A-Z\"“«\u0621-\u064a])")
# US papers credit the wire under their own reporters' copy: "Contributing: The Associated
# Press" (Gannett's USA TODAY Network).
CLOSING_CREDIT = re.compile(
    # British papers credit the wire under the text: "Additional reporting by PA", "Reuters
    # contributed to this report".
    r"^[\s—–\-(]*(?:with inputs from|inputs from|source:|agencies:|contributing:"
    # Brazilian papers' "*Com Reuters" under a staff reporter's copy.
    r"|additional reporting by|\*?com(?= )"
    # Hindi portals' "(इनपुट-आईएएनएस)", "इनपुट : भाषा" ("input").
    r"|इनपुट\s*[-:–]?)?\s*"
    rf"\(?(?P<agency>{_AGENCY_ALT})\)?(?:\s+contributed to this (?:report|story|article))?"
    r"[\s.)]*$",
    re.I,
)
# US papers close staff copy crediting colleagues and the wire in one line: "Fox News' Jane Doe
# and The Associated Press contributed to this report.", "Times staff writer Jane Doe and the
# Associated Press contributed to this report."; Voice of America's "Some information for
# this report came from The Associated Press and Reuters." (the first wire named).
SHARED_CREDIT = re.compile(
    rf"(?:\band|,) (?:the )?(?P<agency>{_AGENCY_ALT}) contributed to this (?:report|story|article)"
    r"\.?$"
    rf"|^(?:some information (?:for|in) this (?:report|story|article) (?:came|comes) from "
    # The Canadian Press closes its copy with the day it moved: "This report by The Canadian
    # Press was first published Dec. 17, 2024."
    rf"|this (?:report|story|article) by )"
    rf"(?:the )?(?P<first>{_AGENCY_ALT})(?![\w-])",
    re.I,
)
# "(Quelle: APA/sda/dpa)", "Quelle: ntv.de, ino/dpa", "Source: Reuters, AFP", and the Spanish
# "(Con información de EFE y AFP)" closing Latin American papers' staff copy: a source line
# naming agencies among other credits; the first agency named is the credit.
SOURCE_LINE = re.compile(
    r"^\(?(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti|agenturen|agencies|"
    r"sursa|izvor|извор|източник|джерело|источник|πηγή|źródło|źródła|"
    # Czech and Slovak ("Zdroj: ČTK"), Hungarian ("Forrás: MTI"), Dutch ("Bron: ANP").
    r"zdroj|zdroje|forrás|bron|"
    r"mit material von|with inputs from|con información de"
    # Portuguese: "*Com informações da Agência Brasil e da Reuters".
    r"|\*?com informações d(?:a|o|e|as|os))\s*:?\s*(?P<credits>.{2,100}?)\)?\.?$",
    re.I,
)
_AGENCY_WORD = re.compile(rf"(?<![\w-])(?:{_AGENCY_ALT})(?![\w-])", re.I)
INLINE_CREDIT = re.compile(rf"(?:©|\(c\)|copyright)\s*(?P<agency>{_AGENCY_ALT})\b", re.I)
# "… the statement said. — PTI": a dash after a space, never one inside a word ("day-spa").
#: Japanese papers close wire copy with the agency's short name in wide parentheses: Kyodo's
#: "…終えた。（共同）", Jiji's "（時事）", Reuters's "（ロイター）", AFP via Jiji "（AFP時事）".
_JA_CLOSING_CREDIT = re.compile(r"[（(](共同|時事|ロイター|AFP[=＝]?時事|AP[=＝]?時事)[）)]$")
# ANSA closes its text with the credit in parentheses: "… terza lettura. (ANSA)."
#: Portals set their inputs credit there too: "… he said. (With inputs from PTI)", Hindi
#: portals' "… कहा। (इनपुट-आईएएनएस)".
# TNA closes its Thai copy with ".-สำนักข่าวไทย", no space before the dash.
_TRAILING_CREDIT = re.compile(
    rf"(?:\s|(?<=\.))(?:[—–\-]\s*(?P<agency>{_AGENCY_ALT})"
    rf"|\((?:with (?:agency )?inputs? from |inputs? from "
    rf"|इनपुट\s*[-:–]?\s*)?(?P<paren>{_AGENCY_ALT})\))\s*\.?$", re.I)
#: The wire in capitals after the last sentence, in its paragraph, as Singapore's papers sign
#: wire copy: "… whether he would appear. REUTERS", "… on Dec 18. AFP, REUTERS" (the first).
_CAPS_CREDIT = re.compile(
    r"[.!?”\"’)]\s+(?P<first>[A-Z]{2,}(?: [A-Z]{2,})*)(?:,\s*[A-Z]{2,}(?: [A-Z]{2,})*)*$")
#: Ritzau's credit closing its copy, as Danish papers print it: "/ritzau/", "/ritzau/AFP" (the
#: wire it relayed), a line of its own or the end of the last paragraph.
SLASH_CREDIT = re.compile(r"(?:^|\s)/(?P<agency>ritzau)/(?:[A-Za-z]{2,8})?\s*$", re.I)
#: German news sites close copy written from wire reports with their editors' initials and
#: the wires' names, slashes between them, in a line of its own: "mrc/dpa/AFP", "muk/Reuters",
#: "ssu/dpa": the first wire after the initials is the credit (initials alone, "kw/ mk/",
#: credit no wire).
_SIGLE_LINE = re.compile(
    rf"^(?:(?-i:[a-zäöü]{{2,4}})\s?/\s?)+?(?P<agency>{_AGENCY_ALT})"
    r"(?:\s?/\s?[\w-]{2,12})*$", re.I)
#: Longer text is not a credit line, and regexes stay linear-time on hostile input.
_MAX_CREDIT_CHARS = 200


#: Italian papers print their own reporter's post before the place: "DALLA NOSTRA
#: CORRISPONDENTE BRUXELLES — …", "DAL NOSTRO INVIATO A KIEV — …": no part of the dateline.
_OWN_REPORTER = re.compile(
    r"^DA(?:L|LLA|I|LLE) NOSTR[OAIE] (?:INVIAT[OAIE]|CORRISPONDENT[EI])(?: SPECIALE)?"
    r"(?: A| IN)? (?=[A-Z])")


#: A wire photo's credit closing its caption, in parentheses: the wire, a slash, the
#: photographer ("… a factory in Hefei. (Xinhua/Zhou Mu)").
_PHOTO_CREDIT_TAIL = re.compile(rf"\((?i:{_AGENCY_ALT})/(?-i:[A-Z])[\w.'’ -]{{1,40}}\)$")


def without_opening_caption(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a wire photo's caption set as the first, over copy that opens
    with its dateline (Xinhua's pages: "Photo taken on Dec. 16, 2024 shows … (Xinhua/Zhou
    Mu)" centred under the picture, then "BEIJING, Dec. 17 (Xinhua) -- …"): no line of the
    story, and it hid the dateline.

    >>> without_opening_caption(["A workshop in Hefei. (Xinhua/Zhou Mu)",
    ...                          "BEIJING, Dec. 17 (Xinhua) -- Output rose."])
    ['BEIJING, Dec. 17 (Xinhua) -- Output rose.']
    >>> len(without_opening_caption(["A workshop in Hefei. (Xinhua/Zhou Mu)", "Output rose."]))
    2
    >>> len(without_opening_caption(["He said (and/or) so.", "BEIJING (AP) — Output rose."]))
    2
    """
    first = paragraphs[0] if len(paragraphs) > 1 else ""
    if first.endswith(")") and "/" in first[-50:] \
            and _PHOTO_CREDIT_TAIL.search(first[-60:]) and find_dateline(paragraphs[1])[0]:
        return paragraphs[1:]
    return paragraphs


def without_repeated_dateline(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a dateline printed alone over copy that opens with it again (IPS's
    `div.dateline` "UNITED NATIONS, Dec 17 2024 (IPS)" over "UNITED NATIONS, Dec 17 2024
    (IPS) - The gap …"): the text said its dateline twice.

    >>> without_repeated_dateline(["ROME, Dec 17 2024 (IPS)",
    ...                            "ROME, Dec 17 2024 (IPS) - Aid fell."])
    ['ROME, Dec 17 2024 (IPS) - Aid fell.']
    >>> len(without_repeated_dateline(["The plan", "The plan was dropped."]))
    2
    """
    first = paragraphs[0] if len(paragraphs) > 1 else ""
    if 0 < len(first) <= 80 and len(paragraphs[1]) > len(first) \
            and paragraphs[1].startswith(first) and find_dateline(first)[0]:
        return paragraphs[1:]
    return paragraphs


#: A place in capitals printed alone as the text's first line (Anadolu's "ANKARA" over its
#: English copy): one to three words, no digit, no stop.
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĞİŞ][A-ZÀ-ÖØ-ÞĞİŞ'’\-]+"
_LONE_PLACE = re.compile(rf"^{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}$")
#: The day in capitals after the lone place's comma: ", DECEMBER 17", ", DEC. 17".
_CAPS_DAY = re.compile(rf",\s*{_MONTH}\s+\d{{1,2}}$", re.I)
#: Labels set alone over a story in capitals, which are no place.
_LONE_LABELS = frozenset({
    "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION",
    "COMMENTARY", "EDITORIAL", "LIVE", "WATCH", "VIDEO", "PHOTOS", "FACTBOX", "EXPLAINER",
    "INTERVIEW", "FEATURE", "NEWS", "CORRECTION", "ADVISORY", "URGENT", "FLASH", "FACT CHECK",
    "REVIEW", "OBITUARY", "PREVIEW", "RESULTS", "TRANSCRIPT", "SUMMARY", "HIGHLIGHTS"})


def lone_place(first_paragraph: str) -> str | None:
    """The place a wire's copy prints alone in capitals as its first line, over the text
    ("ANKARA"), or None; asked only where the page credits a wire.

    >>> lone_place("ANKARA"), lone_place("NEW YORK"), lone_place("İSTANBUL")
    ('ANKARA', 'NEW YORK', 'İSTANBUL')
    >>> lone_place("UPDATE"), lone_place("Ankara"), lone_place("ANKARA, Dec 17")
    (None, None, None)

    Or with the day in capitals after a comma, as Nepali papers print RSS copy:

    >>> lone_place("KATHMANDU, DECEMBER 17"), lone_place("UPDATE, DEC 17")
    ('KATHMANDU', None)
    """
    text = first_paragraph.strip()
    if text.isupper() and (day := _CAPS_DAY.search(text)):
        text = text[:day.start()]  # "KATHMANDU, DECEMBER 17": the day in capitals beside it
    if len(text) > 30 or not _LONE_PLACE.match(text) or text in _LONE_LABELS:
        return None
    return text


def find_dateline(first_paragraph: str) -> tuple[str | None, str | None]:
    """(dateline place, agency) from a body's opening, as printed.

    >>> find_dateline("NEW DELHI, Dec 17 (IANS) — The government said…")
    ('NEW DELHI', 'IANS')
    >>> find_dateline("Pune [India], December 3 (ANI): Police said…")
    ('Pune', 'ANI')
    >>> find_dateline("Srinagar (Jammu and Kashmir) [India], December 17 (ANI): Snow fell…")
    ('Srinagar', 'ANI')
    >>> find_dateline("Alappuzha (Kerala), Mar 12 (PTI) A fresh outbreak…")
    ('Alappuzha', 'PTI')
    >>> find_dateline("New Delhi, Dec 3 (IANS) The national capital woke up…")
    ('New Delhi', 'IANS')
    >>> find_dateline("MANILA -- The Senate approved…")
    ('MANILA', None)
    >>> find_dateline("SEOUL, South Korea — South Korean lawmakers voted…")
    ('SEOUL, South Korea', None)
    >>> find_dateline("LA CROSSE, Wis. (AP) — After a summer…")
    ('LA CROSSE, Wis.', 'AP')
    >>> find_dateline("Madrid, 17 dic (EFE).- El…"), find_dateline("MADRID, 17 (EUROPA PRESS)")
    (('Madrid', 'EFE'), ('MADRID', 'Europa Press'))
    >>> find_dateline("Lisboa, 17 dez 2024 (Lusa) - O Governo…")
    ('Lisboa', 'Lusa')
    >>> find_dateline("ROMA, 17 DIC - La Camera…"), find_dateline("Roma, 17 dic. (Adnkronos) - Il…")
    (('ROMA', None), ('Roma', 'Adnkronos'))
    >>> find_dateline("Milano, 17 dic. (AGI) - Borsa…")
    ('Milano', 'AGI')
    >>> find_dateline("WASHINGTON — The Senate voted…")
    ('WASHINGTON', None)
    >>> find_dateline("WASHINGTON (CNN) — The Senate…"), find_dateline("CHICAGO (WLS) -- A…")
    (('WASHINGTON', None), ('CHICAGO', None))
    >>> find_dateline("WASHINGTON (VIDEO) — The Senate…")
    (None, None)
    >>> find_dateline("WASHINGTON (Aug. 13) -- Declaring…")
    ('WASHINGTON', None)
    >>> find_dateline("DALLA NOSTRA CORRISPONDENTE BRUXELLES — Dopo una notte…")
    ('BRUXELLES', None)
    >>> find_dateline("NEW DELHI: Pakistan's army…")
    ('NEW DELHI', None)
    >>> find_dateline("STOCKHOLM (TT) Åklagaren väckte…"), find_dateline("OSLO (NTB): Rundt…")
    (('STOCKHOLM', 'TT'), ('OSLO', 'NTB'))
    >>> find_dateline("Ciudad de México.- El Banco…"), find_dateline("Madrid.- La…")
    (('Ciudad de México', None), ('Madrid', None))
    >>> find_dateline("SAO PAULO.— El presidente…")
    ('SAO PAULO', None)
    >>> find_dateline("CIUDAD DE MÉXICO (AP) — El…")
    ('CIUDAD DE MÉXICO', 'AP')
    >>> find_dateline("Bruxelles, 17 déc 2024 (AFP) - La Commission…")
    ('Bruxelles', 'AFP')
    >>> find_dateline("МОСКВА, 17 декабря. /ТАСС/. Облачная погода…")
    ('МОСКВА', 'TASS')
    >>> find_dateline("АСТАНА. КАЗИНФОРМ – В столице…")
    ('АСТАНА', 'Kazinform')
    >>> find_dateline("МИНСК, 17 декабря (БЕЛТА) - В…")
    ('МИНСК', 'BelTA')
    >>> find_dateline("Москва. 17 декабря. INTERFAX.RU - Более 40 рейсов…")
    ('Москва', 'Interfax')
    >>> find_dateline("МОСКВА, 17 дек - РИА Новости. Зимние каникулы…")
    ('МОСКВА', 'RIA Novosti')
    >>> find_dateline("Київ, 17 грудня. Укрінформ. Опалювальний сезон…")
    ('Київ', 'Ukrinform')
    >>> find_dateline("София, 17 декември /Мария Иванова, БТА/ Правителството одобри…")
    ('София', 'BTA')
    >>> find_dateline("София, 17 декември /БТА/. Министърът…")
    ('София', 'BTA')
    >>> find_dateline("Düsseldorf (dpa/lnw) - Der Landtag…")
    ('Düsseldorf', 'dpa')
    >>> find_dateline("Warszawa (PAP) - Instytut Meteorologii…")
    ('Warszawa', 'PAP')
    >>> find_dateline("Bucureşti, 17 dec /Agerpres/ - Guvernul a aprobat…")
    ('Bucureşti', 'Agerpres')
    >>> find_dateline("ZAGREB, 17. prosinca (Hina) - Hrvatski sabor…")
    ('ZAGREB', 'Hina')
    >>> find_dateline("Taipei, Dec. 17 (CNA) Taiwan's exports rose…")
    ('Taipei', 'CNA')
    >>> find_dateline("KUWAIT CITY, Dec 17, (KUNA): The Cabinet approved …")
    ('KUWAIT CITY', 'KUNA')
    >>> find_dateline("Accra, Dec. 17, GNA – The Electoral Commission…")
    ('Accra', 'GNA')
    >>> find_dateline("RĪGA, 4. decembris, LETA. Saeima …"), find_dateline("Baku, Dec 17, AZERTAC")
    (('RĪGA', 'LETA'), ('Baku', 'Azertac'))
    >>> find_dateline("Vilnius, gruodžio 17 d. (BNS). Seimas …")
    ('Vilnius', 'BNS')
    >>> find_dateline("Tiranë, 17 dhjetor/ATSH/ Kuvendi …")
    ('Tiranë', 'ATA')
    >>> find_dateline("AA / Ankara / Mehmet Sah Yilmaz"), find_dateline("أنقرة/ الأناضول")
    (('Ankara', 'Anadolu'), ('أنقرة', 'Anadolu'))
    >>> find_dateline("AU / EU / Jane Doe"), find_dateline("AA / Ankara / Le ministre a dit …")
    ((None, None), (None, None))
    >>> find_dateline("Damascus, SANA- The fair …"), find_dateline("London, UK - The …")
    (('Damascus', 'SANA'), (None, None))
    >>> find_dateline("وطنية - استقبل رئيس الحكومة …")
    (None, 'NNA')
    >>> find_dateline("Ciudad de México, 15 Dic (Notimex).- La …")
    ('Ciudad de México', 'Notimex')
    >>> find_dateline("韩联社首尔12月17日电 韩国统计厅 …")
    ('首尔', 'Yonhap')
    >>> find_dateline("【ソウル聯合ニュース】韓国統計庁が …")
    ('ソウル', 'Yonhap')
    >>> find_dateline("سيئول، 17 ديسمبر (يونهاب) -- بدأت …")
    ('سيئول', 'Yonhap')
    >>> find_dateline("شيتشانغ 17 ديسمبر 2024 (شينخوا) أطلقت الصين …")
    ('شيتشانغ', 'Xinhua')
    >>> find_dateline("नई दिल्ली [भारत], 9 दिसंबर (एएनआई): रक्षा मंत्री …")
    ('नई दिल्ली', 'ANI')
    >>> find_dateline("Стамбул/Анадолу")
    ('Стамбул', 'Anadolu')
    >>> find_dateline("共同社12月17日电 据多名日本政府相关人士透露，…")
    (None, 'Kyodo')
    >>> find_dateline("路透北京12月17日 - 中国国家统计局 …")
    ('北京', 'Reuters')
    >>> find_dateline("［東京 １７日 ロイター］ - 日銀は…")
    ('東京', 'Reuters')
    >>> find_dateline("Скопје, 17 декември 2024 (МИА) - Владата …")
    ('Скопје', 'MIA')
    >>> find_dateline("القاهرة في 17 ديسمبر /أ ش أ/ تابع …")
    ('القاهرة', 'MENA')
    >>> find_dateline("بورتسودان 17-12-2024 (سونا) - أجاز …")
    ('بورتسودان', 'SUNA')
    >>> find_dateline("(Reuters) — The New York State Attorney General…")
    (None, 'Reuters')
    >>> find_dateline("(ANSA) - ROMA, 17 DIC - La Camera…")  # ANSA's credit first
    ('ROMA', 'ANSA')
    >>> find_dateline("(ANSA) - ROME, DEC 17 - Italian Premier Giorgia Meloni…")
    ('ROME', 'ANSA')
    >>> find_dateline("MOSCOW, December 17. /TASS/. Russia's Central Bank…")
    ('MOSCOW', 'TASS')
    >>> find_dateline("ABU DHABI, 17th December, 2024 (WAM) -- The UAE Cabinet…")
    ('ABU DHABI', 'WAM')
    >>> find_dateline("ΑΘΗΝΑ, 17 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση…")
    ('ΑΘΗΝΑ', 'ANA-MPA')
    >>> find_dateline("(Québec) Le gouvernement…"), find_dateline("(CNN) The storm…")
    (('Québec', None), (None, None))
    >>> find_dateline("(Saint-Jean-sur-Richelieu) Un incendie…"), find_dateline("(Reuters) Le…")
    (('Saint-Jean-sur-Richelieu', None), (None, None))
    >>> find_dateline("【ワシントン=共同】米商務省は…")  # Nikkei's form, "=" before the credit
    ('ワシントン', 'Kyodo')
    >>> find_dateline("(서울=연합뉴스) 홍길동 기자 = 서울시는…"), find_dateline("【北京共同】中国…")
    (('서울', 'Yonhap'), ('北京', 'Kyodo'))
    >>> find_dateline("【6月18日 AFP】ナイジェリア北東部…"), find_dateline("【ソウル=ロイター】…")
    ((None, 'AFP'), ('ソウル', 'Reuters'))
    >>> find_dateline("【ロンドン＝岡田浩幸】英政府は…")  # a paper's own correspondent: no wire
    (None, None)
    >>> find_dateline("[부산=뉴시스]김민수 기자 = 부산시가…")
    ('부산', 'Newsis')
    >>> find_dateline("नयी दिल्ली, 17 दिसंबर (भाषा) राष्ट्रीय…")
    ('नयी दिल्ली', 'PTI')
    >>> find_dateline("नई दिल्ली, 17 दिसंबर (आईएएनएस)। भारतीय…")
    ('नई दिल्ली', 'IANS')
    >>> find_dateline("ঢাকা, ১৭ ডিসেম্বর, ২০২৪ (বাসস) : দেশের…")
    ('ঢাকা', 'BSS')
    >>> find_dateline("কলকাতা, ১৭ ডিসেম্বর (পিটিআই): রাজ্যের…")
    ('কলকাতা', 'PTI')
    >>> find_dateline("சென்னை, டிச. 17 (பிடிஐ): தமிழகத்தில்…")
    ('சென்னை', 'PTI')
    >>> find_dateline("नयी दिल्ली, 17 दिसंबर (वार्ता) केंद्र…")
    ('नयी दिल्ली', 'UNI')
    >>> find_dateline("शिखर वार्ता (वार्ता) शुरू हुई…"), find_dateline("लखनऊ (हि.स.)। प्रदेश…")
    ((None, None), ('लखनऊ', 'Hindusthan Samachar'))
    >>> find_dateline("मुंबई, १७ डिसेंबर (पीटीआय) : राज्यातील…")
    ('मुंबई', 'PTI')
    >>> find_dateline("ಬೆಂಗಳೂರು, ಡಿ.17 (ಪಿಟಿಐ): ರಾಜ್ಯದಲ್ಲಿ…")
    ('ಬೆಂಗಳೂರು', 'PTI')
    >>> find_dateline("മന്ത്രി (ഐഎഎൻഎസ്) പറഞ്ഞു"), find_dateline("ಬೆಂಗಳೂರು (ಪಿಟಿಐ): ರಾಜ್ಯದಲ್ಲಿ…")
    ((None, None), ('ಬೆಂಗಳೂರು', 'PTI'))
    >>> find_dateline("New Delhi, Dec 17 (Agencies) The Kremlin said…")  # pooled copy: no wire
    ('New Delhi', None)
    >>> find_dateline("नई दिल्ली, 17 दिसंबर (एजेंसी)। रूस ने…")
    ('नई दिल्ली', None)
    >>> find_dateline("Kathmandu, Dec 17 (RSS): The government…")
    ('Kathmandu', 'RSS')
    >>> find_dateline("İSTANBUL (İHA) – İstanbul'da sabah…")
    ('İSTANBUL', 'İHA')
    >>> find_dateline("برلين - (د ب أ) - سحب البرلمان…")
    ('برلين', 'dpa')
    >>> find_dateline("الرياض 17 ديسمبر 2024 (واس) - أعلنت…")
    ('الرياض', 'SPA')
    >>> find_dateline("الكويت - 17 - 12 (كونا) -- أعلنت…")
    ('الكويت', 'KUNA')
    >>> find_dateline("دمشق، سوريا (CNN) -- أعلنت…"), find_dateline("القاهرة، مصر (رويترز) - قال…")
    (('دمشق، سوريا', None), ('القاهرة، مصر', 'Reuters'))
    >>> find_dateline("نئی دہلی، 17 دسمبر (یو این آئی) مرکزی حکومت نے…")
    ('نئی دہلی', 'UNI')
    >>> find_dateline("وزیر اعظم (پی ٹی آئی) نے کہا…")  # no day: a sentence, no dateline
    (None, None)
    >>> find_dateline("新华社北京12月17日电（记者 张三 李四）记者17日从…")
    ('北京', 'Xinhua')
    >>> find_dateline("中新社北京12月17日电 (记者 王五)中国国家能源局…")
    ('北京', 'China News Service')
    >>> find_dateline("（中央社記者王小明台北17日電）經濟部今天公布…")
    ('台北', 'CNA')
    """
    first_paragraph = first_paragraph[:300]
    if "\u0600" <= first_paragraph[:1] <= "\u06ff":
        arabic = ARABIC_DATELINE.match(first_paragraph) \
            or BARE_ARABIC_DATELINE.match(first_paragraph) \
            or SPA_DATELINE.match(first_paragraph)
        if arabic:
            return arabic.group("place"), normalise_credit(arabic.group("agency") or "")
        if not _URDU_LETTERS.isdisjoint(first_paragraph[:60]) \
                and (urdu := URDU_DATELINE.match(first_paragraph)
                     or PK_URDU_DATELINE.match(first_paragraph)):
            return urdu.group("place"), normalise_agency(urdu.group("agency"))
    if "/" in first_paragraph[:40] and (line := SLASHED_CREDIT_LINE.match(first_paragraph)) \
            and (wire := normalise_agency(line.group("agency") or line.group("aragency")
                                          or line.group("ruagency"))):
        return line.group("place") or line.group("arplace") or line.group("ruplace"), wire
    if first_paragraph[:1] in ("新", "中", "韩", "路", "共"):
        zh = ZH_DATELINE.match(first_paragraph)
        if zh:
            return zh.group("place") or zh.group("rplace") or None, \
                normalise_agency(zh.group("agency") or zh.group("ragency"))
    if first_paragraph[1:4] == "中央社" and (cna := CNA_DATELINE.match(first_paragraph)):
        return _cna_reporters_place(cna)[1], "CNA"
    if "\u0900" <= first_paragraph[:1] <= "\u097f":
        hindi = HINDI_DATELINE.match(first_paragraph)
        if hindi:
            return hindi.group("place"), normalise_agency(hindi.group("agency"))
    if "\u0980" <= first_paragraph[:1] <= "\u09ff":
        bengali = BENGALI_DATELINE.match(first_paragraph)
        if bengali:
            return bengali.group("place"), normalise_agency(bengali.group("agency"))
    if "\u0b80" <= first_paragraph[:1] <= "\u0bff":
        tamil = TAMIL_DATELINE.match(first_paragraph)
        if tamil:
            return tamil.group("place"), normalise_agency(tamil.group("agency"))
    if "\u0900" <= first_paragraph[:1] <= "\u0dff":
        indic = INDIC_DATELINE.match(first_paragraph)
        if indic:
            return indic.group("place"), normalise_agency(indic.group("agency"))
    if "\u0400" <= first_paragraph[:1] <= "\u04ff":
        cyrillic = CYRILLIC_DATELINE.match(first_paragraph)
        if cyrillic:
            return cyrillic.group("place"), normalise_credit(cyrillic.group("agency"))
    if first_paragraph[:1] in ("(", "【", "[", "［"):
        cjk = CJK_DATELINE.match(first_paragraph)
        if cjk and cjk.group("rplace"):
            return cjk.group("rplace"), "Reuters"
        if cjk and cjk.group("short"):
            jplace = cjk.group("jplace")
            wire = _SHORT_AGENCIES[cjk.group("short")]
            return (None if _JA_DAY.fullmatch(jplace) else jplace), wire
        if cjk:
            return cjk.group("place").strip(), normalise_agency(cjk.group("agency"))
    if ". " in first_paragraph[:40] and first_paragraph[:1].isupper():
        m = CS_DATELINE.match(first_paragraph)
        if m:
            return m.group("place"), normalise_credit(m.group("agency"))
        m = CAPS_STOP_DATELINE.match(first_paragraph)
        if m and (agency := normalise_credit(m.group("agency"))):
            return m.group("place"), agency
    if "\u1200" <= first_paragraph[:1] <= "\u137f" \
            and (ethiopic := ETHIOPIC_DATELINE.match(first_paragraph)):
        return ethiopic.group("place"), normalise_agency(ethiopic.group("agency"))
    if "\u1780" <= first_paragraph[:1] <= "\u17ff" \
            and (khmer := KHMER_DATELINE.match(first_paragraph)):
        return khmer.group("place"), "AKP"
    if "\u0e00" <= first_paragraph[:1] <= "\u0e7f" \
            and (thai := THAI_DATELINE.match(first_paragraph)):
        return thai.group("place"), None
    if first_paragraph[:3].upper() == "DAL":
        first_paragraph = _OWN_REPORTER.sub("", first_paragraph, count=1)
    m = DATELINE.match(first_paragraph)
    if m:
        place = re.sub(rf"{_STATE}?\s*\[[\w ]+\]$|{_STATE}$", "", m.group("place")).strip(" ,")
        credit = m.group("agency")
        return place, normalise_agency(credit) or _DATELINE_ONLY.get(credit.casefold())
    m = PLAIN_DATELINE.match(first_paragraph) or NETWORK_DATELINE.match(first_paragraph)
    if m:
        return m.group("place").strip(), None
    m = DOT_DASH_DATELINE.match(first_paragraph) if (
        ".-" in (head := first_paragraph[:40]) or ".—" in head) else None
    if m:
        return m.group("place"), None
    m = BARE_CREDIT_DATELINE.match(first_paragraph) \
        or PLACE_CREDIT_DATELINE.match(first_paragraph)
    if m and (agency := normalise_credit(m.group("agency"))):
        return m.group("place"), agency
    m = CREDIT_OPENING.match(first_paragraph)
    if m:
        # ANSA's sites set the credit before the dateline: "(ANSA) - ROMA, 17 DIC - …".
        plain = PLAIN_DATELINE.match(first_paragraph[m.end():])
        return plain.group("place").strip() if plain else None, normalise_agency(m.group("agency"))
    m = BARE_CREDIT_OPENING.match(first_paragraph[:12])
    if m and (agency := normalise_credit(m.group("agency"))):
        return None, agency
    m = PAREN_DATELINE.match(first_paragraph) if first_paragraph[:1] == "(" else None
    if m and not m.group("place").isupper() and not normalise_agency(m.group("place")):
        return m.group("place"), None
    return None, None


#: A place in title case closing with a colon ("New Delhi: The government …"), as NDTV sets
#: it in bold before wire copy; read only where the page credits a wire, as "Note:" and
#: "Watch:" open other text so.
COLON_DATELINE = re.compile(
    # Indian papers set the day between place and colon: "NEW DELHI, Dec 17: The …".
    rf"^(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})"
    # MAP's French sets a hyphen after a place in title case: "Rabat - Le Conseil …".
    rf"(?::|\s–|(?<=[a-zà-ÿ])\s-|,\s(?-i:[A-Z][a-z]{{2,3}})\.?\s\d{{1,2}}:)\s+(?=[A-ZÄÖÜ\"“‘'„])")


#: Serbian, Croatian and Bosnian papers set the place in capitals before a plain hyphen:
#: "BEOGRAD - Vlada Srbije …", "BANJA LUKA - …" (read only where the page credits a wire, as
#: "NEW - …" opens other text so).
CAPS_HYPHEN_DATELINE = re.compile(
    r"^(?P<place>[A-ZČĆŠŽĐ]{3,}(?: [A-ZČĆŠŽĐ]{2,}){0,2}) - (?=[A-ZČĆŠŽĐ„\"“][a-zčćšžđ])")


#: Indian-language papers set the place in their own script before a colon: "சென்னை: …",
#: "नई दिल्ली: …", "புது தில்லி: …" (Brahmic scripts have no capitals to go by).
INDIC_COLON_DATELINE = re.compile(
    r"^(?P<place>[\u0900-\u0DFF]{2,}(?: [\u0900-\u0DFF]{2,}){0,2}):\s+(?=[\u0900-\u0DFF])")


#: CBS News sets the place in bold title case before an em dash: "<strong>Washington</strong>
#: — The Senate …" (read only where the paragraph's bold lead is that place: "Elon Musk — The
#: richest man …" opens text so).
# A broadcaster's credit may follow the place, in the bold lead too: "<b>Washington (CNN)</b>
# -- Democrats pledged …" (CNN's staff copy, its double hyphen for the dash).
DASH_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})(?P<credit>\s*\([A-Z]{{2,4}}\))?"
    r"\s*(?:[—–]|--)\s*(?=[A-Z\"“‘'])")


#: A speaker's name in capitals and a colon opening a transcript's paragraph.
_SPEAKER = re.compile(r"^[A-Z][A-Z.'’\- ]{2,30}:\s")


def speaker_label(paragraphs: list[str]) -> bool:
    """Does the first paragraph open with a speaker's label, as other paragraphs do: a
    broadcast transcript ("MARK BANNERMAN: Perhaps not surprisingly, …", then "ELLESA
    THROWDEN: It's been …"), whose first label is no place?

    >>> speaker_label(["JANE DOE: Good evening.", "The report.", "JOHN ROE: Thanks."])
    True
    >>> speaker_label(["NEW DELHI: Pakistan's army said …", "The army said so."])
    False
    """
    if not paragraphs or not _SPEAKER.match(paragraphs[0]):
        return False
    return any(_SPEAKER.match(p) for p in paragraphs[1:])


def dash_dateline(first_paragraph: str, bold_lead: str) -> str | None:
    """The title-case place before an em dash opening the text, when it is the paragraph's
    bold lead `bold_lead`, or None.

    >>> dash_dateline("Washington — The Senate passed…", "Washington ")
    'Washington'
    >>> dash_dateline("Elon Musk — The richest man…", ""), dash_dateline("Yes — we", "Yes")
    (None, None)
    >>> dash_dateline("Washington (CNN) -- Democrats pledged…", "Washington (CNN)")
    'Washington'
    """
    m = DASH_DATELINE.match(first_paragraph[:60])
    lead = bold_lead.strip()
    return m.group("place") if m and lead in (
        m.group("place"), m.group("place") + (m.group("credit") or "")) else None


#: East African papers (Nation Media Group's in Tanzania and Uganda, Mwananchi) open staff copy
#: with the place and a full stop: "Dar es Salaam. The Tanzania Electric …", "Kampala. The
#: …". One to three title-case words (Swahili and Arabic place names join them with "es",
#: "wa", "al", "el"), never a title cut short ("South Dakota Gov. Kristi Noem …").
DOT_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z'’\-]+(?: (?:es |wa |al |el |de )?[A-Z][a-z'’\-]+){0,2})"
    r"\. (?=[A-Z\"“‘][a-z ])")
_ABBREVIATED_WORDS = frozenset({
    "Gov", "Gen", "Sen", "Rep", "Col", "Capt", "Prof", "Corp", "Sept", "Supt", "Insp", "Cmdr",
    "Bros", "Dept", "Govt", "Lt", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Rev", "Sgt",
    "Maj", "Adm", "Hon", "Inc", "Ltd", "Co", "No", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Pres", "Gov't", "Atty", "Ave", "Blvd",
    "Cpl", "Pvt", "Det", "Sup", "Cllr",
})


def dot_dateline(first_paragraph: str) -> str | None:
    """The place an opening "Dar es Salaam. The …" names, or None.

    >>> dot_dateline("Dar es Salaam. The Tanzania Electric Supply Company (Tanesco) will…")
    'Dar es Salaam'
    >>> dot_dateline("Kampala. Parliament on Tuesday approved…")
    'Kampala'
    >>> dot_dateline("South Dakota Gov. Kristi Noem is defending…"), dot_dateline("U.S. officials")
    (None, None)
    >>> dot_dateline("Dr. Jane Doe said…"), dot_dateline("The minister said. Then…")
    (None, None)
    """
    m = DOT_DATELINE.match(first_paragraph[:60])
    if not m or m.group("place").rsplit(" ", 1)[-1] in _ABBREVIATED_WORDS:
        return None
    return m.group("place")


#: A wire's dateline with its credit cut, as Lokmat Times prints IANS copy: "Mumbai, Oct 9 The
#: Reserve Bank …" (the place, a comma, the month and day, then the text's capital).
_UNCREDITED_DAY_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}),\s*{_MONTH}\s+\d{{1,2}}\s+"
    r"(?=[A-Z][a-z]*\s)"
    # The wire's own site prints no credit: STA's "Ljubljana, 17 December - The …", Trend's
    # "BAKU, Azerbaijan, December 17. Azerbaijan's …" (the country after the place).
    rf"|^(?P<own>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}(?:, [A-Z][a-z]+)?),\s*"
    rf"(?:\d{{1,2}}\s+{_MONTH}\s+[—–\-]|{_MONTH}\s+\d{{1,2}}\.)\s+(?=[A-Z])")


def uncredited_day_dateline(first_paragraph: str) -> str | None:
    """The place of a dateline whose credit the portal cut ("Mumbai, Oct 9 The RBI …"), or
    None; asked only where the page credits a wire.

    >>> uncredited_day_dateline("Mumbai, Oct 9 The Reserve Bank of India on Wednesday…")
    'Mumbai'
    >>> uncredited_day_dateline("Mumbai, Oct 9: The…"), uncredited_day_dateline("On Oct 9 The")
    (None, None)
    >>> uncredited_day_dateline("Ljubljana, 17 December - The government adopted…")
    'Ljubljana'
    >>> uncredited_day_dateline("BAKU, Azerbaijan, December 17. Azerbaijan exported…")
    'BAKU, Azerbaijan'
    >>> uncredited_day_dateline("Paris, 17 December 2024 - The…") is None  # a year
    True
    """
    m = _UNCREDITED_DAY_DATELINE.match(first_paragraph[:60])
    return (m.group("place") or m.group("own")) if m else None


def colon_dateline(first_paragraph: str) -> str | None:
    """The place a wire story's "New Delhi: …" opening names, or None; German-language
    papers set the place before an en dash ("Wien – Der Nationalrat …"), Serbian and
    Croatian ones in capitals before a hyphen ("BEOGRAD - Vlada …").

    >>> colon_dateline("New Delhi: The government on Tuesday…"), colon_dateline("Text.")
    ('New Delhi', None)
    >>> colon_dateline("NEW DELHI, Dec 17: The panel…"), colon_dateline("Delhi, Dec 17: no")
    ('NEW DELHI', None)
    >>> colon_dateline("Wien – Der Nationalrat hat…"), colon_dateline("Wien – so heißt es")
    ('Wien', None)
    >>> colon_dateline("BEOGRAD - Vlada Srbije je…"), colon_dateline("NATO - NATO je…")
    ('BEOGRAD', None)
    >>> colon_dateline("Rabat - Le Conseil de gouvernement…")
    'Rabat'
    >>> colon_dateline("சென்னை: தமிழகத்தில் மழை…"), colon_dateline("नई दिल्ली: सरकार ने…")
    ('சென்னை', 'नई दिल्ली')
    """
    head = first_paragraph[:40]
    if ":" in head and (indic := INDIC_COLON_DATELINE.match(first_paragraph[:60])):
        return indic.group("place")
    if " - " in head and (caps := CAPS_HYPHEN_DATELINE.match(first_paragraph[:60])):
        return caps.group("place")
    m = COLON_DATELINE.match(first_paragraph[:60]) \
        if ":" in head or " – " in head or " - " in head else None
    return m.group("place") if m else None


#: Taiwan's reporter credit names the place reported from: "記者王小明／台北即時報導"
#: ("reporter …, reporting live from Taipei"); "綜合報導" (a roundup) names none.
_REPORTER_PLACE = re.compile(r"[記记]者[\u4e00-\u9fff、]{2,12}[／/](?P<place>[\u4e00-\u9fff]{2,6}?)"
                             r"(?:即時|即时|連線|连线)?(?:報導|报道)$")


def reporter_credit_place(credit: str) -> str | None:
    """The place a Chinese reporter credit says the story was reported from, or None.

    >>> reporter_credit_place("2024-12-17 14:32 聯合報 / 記者王小明／台北即時報導")
    '台北'
    >>> reporter_credit_place("記者林小美／綜合報導"), reporter_credit_place("By Jane Doe")
    (None, None)
    """
    match = _REPORTER_PLACE.search(credit)
    place = match.group("place") if match else None
    return None if place in (None, "綜合", "综合") else place


#: A Taiwanese paper's own reporters opening the text in brackets, with the place reported
#: from: the Liberty Times' "〔記者林宏／台北報導〕", "〔記者王小明、李大華／綜合報導〕".
_STAFF_BRACKET = re.compile(
    r"^[〔【\[]\s*[記记]者(?P<names>[\u4e00-\u9fff]{2,4}(?:[、,][\u4e00-\u9fff]{2,4})*)"
    r"\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,6}?)(?:即時|即时|連線|连线)?(?:報導|报道)\s*[〕】\]]")


def staff_bracket(first_paragraph: str) -> tuple[list[str], str | None] | None:
    """The reporters and place of a paper's staff credit opening its text in brackets.

    >>> staff_bracket("〔記者林宏／台北報導〕央行今天宣布…")
    (['林宏'], '台北')
    >>> staff_bracket("〔記者王小明、李大華／綜合報導〕…"), staff_bracket("〔編譯〕…")
    ((['王小明', '李大華'], None), None)
    """
    match = _STAFF_BRACKET.match(first_paragraph[:60])
    if match is None:
        return None
    place = match.group("place")
    return (re.split(r"[、,]", match.group("names")),
            None if place in ("綜合", "综合") else place)


def dateline_reporters(first_paragraph: str) -> list[str]:
    """The reporters a Chinese wire dateline names in its brackets, or BTA's between its
    slashes: the story's authors.

    >>> dateline_reporters("新华社北京12月17日电（记者 张三 李四）记者17日从…")
    ['张三', '李四']
    >>> dateline_reporters("中新社北京12月17日电 (记者 王五)中国…"), dateline_reporters("北京…")
    (['王五'], [])
    >>> dateline_reporters("（中央社記者王小明、李大華台北17日電）經濟部…")
    ['王小明', '李大華']
    >>> dateline_reporters("[부산=뉴시스]김민수 기자 = 부산시가…")
    ['김민수']
    >>> dateline_reporters("(서울=연합뉴스) 홍길동·김철수 기자 = 서울시는…")
    ['홍길동', '김철수']
    >>> dateline_reporters("София, 17 декември /Мария Иванова, БТА/ Правителството…")
    ['Мария Иванова']
    >>> dateline_reporters("AA / Ankara / Mehmet Sah Yilmaz")
    ['Mehmet Sah Yilmaz']
    """
    if first_paragraph[1:4] == "中央社" and (cna := CNA_DATELINE.match(first_paragraph)):
        return _cna_reporters_place(cna)[0]
    if "/" in first_paragraph[:40] and (line := SLASHED_CREDIT_LINE.match(first_paragraph)) \
            and line.group("reporters") and normalise_agency(line.group("agency")):
        return [n.strip() for n in line.group("reporters").split(",")]
    if first_paragraph[:1] in ("(", "[") and (ko := _KO_REPORTERS.match(first_paragraph)):
        return ko.group("names").split("·")
    if "\u0400" <= first_paragraph[:1] <= "\u04ff":
        cyrillic = CYRILLIC_DATELINE.match(first_paragraph[:300])
        return [cyrillic.group("reporter")] if cyrillic and cyrillic.group("reporter") else []
    zh = ZH_DATELINE.match(first_paragraph[:100]) if first_paragraph[:1] in ("新", "中", "韩") \
        else None
    if zh is None or not zh.group("reporters"):
        return []
    return [n for n in _ZH_NAME_SEPARATORS.split(zh.group("reporters")) if _ZH_NAME.match(n)]


#: The reporters a Korean wire dateline names before "기자 =" ("(서울=연합뉴스) 홍길동·김철수 기자
#: = …", "[부산=뉴시스]김민수 기자 = …").
_KO_REPORTERS = re.compile(r"^[(\[][^=()\[\]]{1,20}=[^()\[\]]{2,10}[)\]]\s*"
                           r"(?P<names>[가-힣]{2,4}(?:·[가-힣]{2,4})*) ?기자\s*=")


def _cna_reporters_place(match: re.Match[str]) -> tuple[list[str], str]:
    """The reporters and the place of a CNA credit. Nothing marks where the last name ends
    and the place begins: most Taiwanese names have three characters, places two or more.

    >>> _cna_reporters_place(CNA_DATELINE.match("（中央社記者王小明華盛頓16日電）"))
    (['王小明'], '華盛頓')
    >>> _cna_reporters_place(CNA_DATELINE.match("（中央社記者林宏台北17日電）"))
    (['林宏'], '台北')
    >>> _cna_reporters_place(CNA_DATELINE.match("（中央社台北17日電）"))
    ([], '台北')
    """
    if match.group("place"):
        return [], match.group("place")
    *names, last = match.group("reporters").split("、")
    cut = 3 if len(last) >= 5 else 2
    return [n for n in [*names, last[:cut]] if _ZH_NAME.match(n)], last[cut:]


#: AFP's desk slug closing its copy: the writers' and editors' initials ("bur-cma/lth",
#: "jm/dw"), printed by the portals that run the feed; a routing code, not the story.
_DESK_CODE = re.compile(r"^(?:[a-z]{2,5}[-/])*[a-z]{2,5}/[a-z]{2,5}$"
                        # PAP's: each editor's initials closed by a slash ("an/ mok/").
                        r"|^(?:[a-z]{2,5}/ ?){2,4}$")
#: African wires (APS, AIP, MAP) close copy with the editors' initials in capitals, three of
#: them or more ("AKS/OID/ASG"): two would be an abbreviation ("AU/EU").
_UPPER_DESK_CODE = re.compile(r"^[A-Z]{2,5}(?:/[A-Z]{2,5}){2,4}$")
#: PTI's desk code as the portals running its feed print it, without the wire's name ("ABS
#: RT RT" for "PTI ABS RT RT"): three to six groups of two to four capitals alone, read as a
#: desk code only under copy a wire's dateline credits (`without_desk_code`).
_BARE_DESK_CODE = re.compile(r"^[A-Z]{2,4}(?: [A-Z]{2,4}){2,5}$"
                             # The Hindi services' the same way, in Devanagari: IANS's
                             # initials in a slash pair under "--आईएएनएस" ("एसकेपी/एबीएम"),
                             # PTI-Bhasha's credit and its editors' names ("भाषा रमण अजय").
                             r"|^[\u0900-\u097f]{2,8}(?:/[\u0900-\u097f]{2,8}){1,3}$"
                             r"|^भाषा(?: [\u0900-\u097f]{2,10}){1,4}$")
#: ČTK's editors' initials in lower case, under copy a wire's dateline credits: "dvl mtk".
_LOWER_DESK_CODE = re.compile(r"^[a-z]{2,4}(?: [a-z]{2,4}){1,3}$")
#: Korean and Japanese wire copy closes with the reporters' e-mail addresses alone
#: ("gildong@yna.co.kr"): a sign-off, like the desk slug. Yonhap's English service ends
#: the line with its end mark ("ejkim@yna.co.kr (END)"), or prints the mark alone.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_SIGNOFF_EMAILS = re.compile(
    rf"^(?:{_EMAIL}(?:[\s,/]+{_EMAIL})*(?:\s*\(END\))?|\(END\))$")
#: KUNA closes its copy with its end mark and the editors' initials: "(end) aa.hm".
_END_INITIALS = re.compile(r"^\(end\)\s+[a-z]{1,4}(?:\.[a-z]{1,4}){1,3}$", re.I)
#: German and Austrian papers close a story with its editor's initials or the desk's "red."
#: (Redaktion) in parentheses, alone on the line: "(nika)", "(red.)", "(ag./red.)"; a wire's
#: name among them ("(dpa)", "(APA/red)") is the credit and stays for the agency's reading.
_EDITOR_INITIALS = re.compile(r"^\([a-zäöü]{2,5}\.?(?:\s?[/,]\s?[a-zäöü]{2,5}\.?){0,2}\)$")
#: CNA's English service closes its copy with "Enditem/AW" (the editor's initials).
_ENDITEM = re.compile(r"^Enditem(?:/[A-Za-z]{1,8})*$", re.I)
#: The national wires' own end marks and editors' initials closing their copy on their own
#: sites: Lusa's "JML // JMR" and "Lusa/Fim", Andina's "(FIN) JJV/JJV", SPA's "//انتهى//"
#: ("ended") and its filing time "13:03ت م", WAFA's Arabic initials "ع.ف" under a rule of
#: tatweels "ـــــ", Hina's credit and initials "(Hina) ip ymi", BSS's "BSS/SMU/MSY/1303"
#: (the filing time after the initials), Agerpres's "AGERPRES/(A - autor: …, editor: …)".
_WIRE_END_MARK = re.compile(
    r"^(?:[A-Z]{2,5}(?: ?// ?[A-Z]{2,5}){1,3}|Lusa/Fim|\(FIN\)(?: [A-Z]{2,5}(?:/[A-Z]{2,5}){0,3})?"
    r"|//\s*انتهى\s*//|\d{1,2}:\d{2}\s*ت\s?م|[\u0621-\u064a](?:\.[\u0621-\u064a]){1,3}|ـ{3,}"
    rf"|\((?i:{_AGENCY_ALT})\)(?: [a-z]{{2,4}}){{1,4}}|[A-Z]{{2,5}}(?:/[A-Z]{{2,5}}){{2,4}}/\d{{4}}"
    r"|AGERPRES\s*/\s*\((?:[A-Z]{1,3}\s*-\s*)?autor:[^()]{2,120}\)"
    # Petra's editors' initials ("M.H/Mh"), Andina's "Más en Andina:" over its links.
    rf"|[A-Z](?:\.[A-Z]){{1,2}}\.?/[A-Za-z]{{1,3}}|Más en (?i:{_AGENCY_ALT}):"
    # The third set's: FENA's credit and the editor's dotted initials ("(FENA) A. O."),
    # ATA's "/k.s/", MENA's and SUNA's spaced Arabic initials ("ح م ع"), LANA's credit, place
    # and initials ("(وال - طرابلس) م ع"), NNA's rule and initials ("=========== ر.إ"),
    # Xinhua's Spanish end mark "Fin".
    rf"|\((?i:{_AGENCY_ALT})\)\s+[A-Z]\.(?:\s?[A-Z]\.){{0,3}}|/[a-z]{{1,3}}(?:\.[a-z]{{1,3}}){{1,3}}/"
    r"|[\u0621-\u064a](?: [\u0621-\u064a]){1,3}"
    rf"|\((?:{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)})\s*-\s*[\u0621-\u064a ]{{2,20}}\)"
    r"(?: [\u0621-\u064a]){1,3}|={3,}\s*[\u0621-\u064a](?:\.[\u0621-\u064a]){0,3}|(?i:fin)"
    # UNI's Urdu service: its credit and the editors' initials, each closed by the Urdu full
    # stop ("یو این آئی۔ ع ا۔ م ع").
    rf"|(?:{_AGENCY_ALT})\s*۔"
    r"(?:\s*[\u0621-\u06d3]{1,2}(?: [\u0621-\u06d3]{1,2}){0,3}\s*۔?){1,3})$")
#: The editors' line closing wire copy, under its bare credit: GNA's "GNA⏎Edited by Alice
#: Tettey/Benjamin Mensah" (the names joined by slashes); read only under copy a wire's
#: dateline credits.
_EDITED_BY = re.compile(
    r"^Edited by (?:[A-Z][\w.'’-]+ ?){2,4}(?:\s?/\s?(?:[A-Z][\w.'’-]+ ?){2,4}){0,3}$")
#: A lone editor's or desk's initials in capitals closing wire copy (BNA's "AHN"): read only
#: under copy a wire's dateline credits, and never a wire's own name ("GNA", "KPL" stay).
_LONE_CAPS_INITIALS = re.compile(r"^[A-Z]{2,4}$")


#: Swiss French papers close Keystone-ATS copy with the wire and the editors' initials, in
#: either case ("ats/vajo", "ats/afp/jpt", "ATS/NXP"): the credit, not the story.
#: IANS closes its copy the same way after a dash, the initials' slash pair on the next line
#: ("--IANS⏎sktr/vd", read as one line), and PTI and UNI with the initials in capitals after
#: their name ("PTI ABC DEF", "UNI XC SS"; two groups at least), UNI's with the desk's
#: filing time after them ("UNI SNU RSA 1542").
_WIRE_DESK_CODE = re.compile(
    rf"^(?:(?P<agency>{_AGENCY_ALT}|{'|'.join(_DATELINE_ONLY)})(?:/[a-z]{{2,5}}){{1,3}}"
    rf"|[—–\-]+\s*(?P<dashed>{_AGENCY_ALT})\s+[a-z]{{2,5}}(?:/[a-z]{{2,5}}){{1,3}}"
    r"|(?-i:(?P<caps>PTI|UNI)(?: [A-Z]{2,4}){2,5}(?: [0-2]\d[0-5]\d)?)"
    # Dow Jones's end mark with its name, as finance portals print its copy: "(END) Dow Jones
    # Newswires" (the dated stamp and rights line under it are the page's boilerplate).
    rf"|\(END\)\s+(?P<ended>{_AGENCY_ALT}))$", re.I)
#: A newsroom's editor's initials alone, in lower case, closing copy a dateline opens:
#: Mexican papers' "ksh", "lgs" under wire and staff copy ("SAO PAULO.— …").
_LONE_INITIALS = re.compile(r"^[a-z]{2,4}$")


def without_desk_code(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a closing wire desk slug or e-mail sign-off.

    >>> without_desk_code(["LAGOS (AFP) - Prices rose.", "bur-cma/lth"])
    ['LAGOS (AFP) - Prices rose.']
    >>> without_desk_code(["Prices rose.", "He said: and/or."])
    ['Prices rose.', 'He said: and/or.']
    >>> without_desk_code(["물가가 올랐다.", "gildong@yna.co.kr"])
    ['물가가 올랐다.']
    >>> without_desk_code(["Le National a dit oui.", "ATS/NXP"])
    ['Le National a dit oui.']
    >>> without_desk_code(["Growth slowed.", "ejkim@yna.co.kr (END)"])
    ['Growth slowed.']
    >>> without_desk_code(["Exports rose.", "Enditem/AW"])
    ['Exports rose.']
    >>> without_desk_code(["Dakar, 17 déc (APS) - Le texte.", "AKS/OID/ASG"])
    ['Dakar, 17 déc (APS) - Le texte.']
    >>> without_desk_code(["The court adjourned.", "PTI ABC DEF XYZ"])
    ['The court adjourned.']
    >>> without_desk_code(["Loading rose.", "UNI SNU RSA 1542"])
    ['Loading rose.']
    >>> without_desk_code(["Ustawa trafi do Senatu. (PAP)", "an/ mok/"])
    ['Ustawa trafi do Senatu. (PAP)']
    >>> without_desk_code(["The Amir received him.", "(end) aa.hm"])
    ['The Amir received him.']
    >>> without_desk_code(["Talks went on.", "AU/EU"])
    ['Talks went on.', 'AU/EU']
    >>> without_desk_code(["Die Kosten steigen.", "(red.)"])
    ['Die Kosten steigen.']
    >>> without_desk_code(["Die Kosten steigen.", "(dpa)"])
    ['Die Kosten steigen.', '(dpa)']
    >>> without_desk_code(["Oil rose.", "(END) Dow Jones Newswires"])
    ['Oil rose.']
    >>> without_desk_code(["SAO PAULO.— Lula fue operado.", "ksh"])
    ['SAO PAULO.— Lula fue operado.']
    >>> without_desk_code(["Lula fue operado.", "ksh"]), without_desk_code(["BERN - Ja.", "sda"])
    (['Lula fue operado.', 'ksh'], ['BERN - Ja.', 'sda'])
    >>> without_desk_code(["Lisboa, 17 dez 2024 (Lusa) - O Governo.", "JML // JMR"])
    ['Lisboa, 17 dez 2024 (Lusa) - O Governo.']
    >>> without_desk_code(["Tarifas.", "(FIN) JJV/JJV"]), without_desk_code(["م.", "//انتهى//"])
    (['Tarifas.'], ['م.'])
    >>> without_desk_code(["ZAGREB, 17. prosinca (Hina) - Sabor.", "(Hina) ip ymi"])
    ['ZAGREB, 17. prosinca (Hina) - Sabor.']
    >>> without_desk_code(["DHAKA, Dec 17 (BSS) - Rice.", "BSS/SMU/MSY/1303"])
    ['DHAKA, Dec 17 (BSS) - Rice.']
    >>> without_desk_code(["Guvernul.", "AGERPRES/(A - autor: Ana Pop, editor: Ion Ene)"])
    ['Guvernul.']
    >>> without_desk_code(["Gobierno.", "ABI/jsc"]), without_desk_code(["King.", "M.H/Mh"])
    (['Gobierno.'], ['King.'])
    >>> without_desk_code(["Vijeće.", "(FENA) A. O."]), without_desk_code(["Kuvendi.", "/k.s/"])
    (['Vijeće.'], ['Kuvendi.'])
    >>> without_desk_code(["تابع.", "ح م ع"]), without_desk_code(["بحث.", "(وال - طرابلس) م ع"])
    (['تابع.'], ['بحث.'])
    >>> without_desk_code(["استقبل.", "=========== ر.إ"]), without_desk_code(["Crecieron.", "Fin"])
    (['استقبل.'], ['Crecieron.'])
    >>> without_desk_code(["نئی دہلی، 17 دسمبر (یو این آئی) اجلاس۔", "یو این آئی۔ ع ا۔ م ع"])
    ['نئی دہلی، 17 دسمبر (یو این آئی) اجلاس۔']

    Capitals alone only under copy a wire's dateline credits, never a wire's name:

    >>> without_desk_code(["Manama, Dec. 17 (BNA): HM the King.", "AHN"])
    ['Manama, Dec. 17 (BNA): HM the King.']
    >>> without_desk_code(["Vientiane, Dec 17 (KPL) Laos.", "KPL"])
    ['Vientiane, Dec 17 (KPL) Laos.', 'KPL']
    >>> without_desk_code(["A.", "AHN"])
    ['A.', 'AHN']
    >>> without_desk_code(["Accra, Dec. 17, GNA – Text.", "GNA", "Edited by Ama Tettey/Ben Osei"])
    ['Accra, Dec. 17, GNA – Text.', 'GNA']

    Lower-case initials only under copy a wire's dateline credits:

    >>> without_desk_code(["Praha 17. prosince (ČTK) - Vláda.", "dvl mtk"])
    ['Praha 17. prosince (ČTK) - Vláda.']
    >>> without_desk_code(["He said.", "and so on"])
    ['He said.', 'and so on']

    The capitals alone only under copy a wire's dateline credits:

    >>> without_desk_code(["New Delhi, Dec 17 (PTI) The court adjourned.", "ABS RT RT"])
    ['New Delhi, Dec 17 (PTI) The court adjourned.']
    >>> without_desk_code(["The court adjourned.", "ABS RT RT"])
    ['The court adjourned.', 'ABS RT RT']
    >>> without_desk_code(["मुंबई, 17 दिसंबर (भाषा) सेंसेक्स टूटा।", "भाषा रमण अजय"])
    ['मुंबई, 17 दिसंबर (भाषा) सेंसेक्स टूटा।']
    >>> without_desk_code(["नई दिल्ली, 17 दिसंबर (आईएएनएस)। यात्रा।", "--आईएएनएस", "एसकेपी/एबीएम"])
    ['नई दिल्ली, 17 दिसंबर (आईएएनएस)। यात्रा।', '--आईएएनएस']
    """
    if len(paragraphs) > 1 and len(paragraphs[-1]) < 200 and (
            _DESK_CODE.match(paragraphs[-1]) or _SIGNOFF_EMAILS.match(paragraphs[-1])
            or _WIRE_DESK_CODE.match(paragraphs[-1]) or _ENDITEM.match(paragraphs[-1])
            or _UPPER_DESK_CODE.match(paragraphs[-1]) or _END_INITIALS.match(paragraphs[-1])
            or (_EDITOR_INITIALS.match(paragraphs[-1])
                and not any(normalise_agency(part) for part in re.findall(r"\w+", paragraphs[-1])))
            or _WIRE_END_MARK.match(paragraphs[-1])
            or (_LOWER_DESK_CODE.match(paragraphs[-1])
                and find_dateline(paragraphs[0][:200])[1] is not None)
            or (_BARE_DESK_CODE.match(paragraphs[-1])
                and find_dateline(paragraphs[0][:200])[1] is not None)
            or (_LONE_INITIALS.match(paragraphs[-1]) and not normalise_agency(paragraphs[-1])
                and find_dateline(paragraphs[0][:200])[0] is not None)
            or (((_LONE_CAPS_INITIALS.match(paragraphs[-1])
                  and not normalise_credit(paragraphs[-1])) or _EDITED_BY.match(paragraphs[-1]))
                and find_dateline(paragraphs[0][:200])[1] is not None)):
        return paragraphs[:-1]
    return paragraphs


def without_site_signoff(paragraphs: list[str], names: tuple[str, ...]) -> list[str]:
    """`paragraphs` without a last line that is only the site's own name: Nigerian papers
    sign their copy off so ("Vanguard News", og:site_name's), no part of the story.

    >>> without_site_signoff(["Prices rose.", "(NAN)", "Vanguard News"], ("Vanguard News",))
    ['Prices rose.', '(NAN)']
    >>> without_site_signoff(["Vanguard News"], ("Vanguard News",))
    ['Vanguard News']
    """
    last = paragraphs[-1].strip().casefold() if len(paragraphs) > 1 else ""
    if last and len(last) < 60 and any(last == n.casefold() for n in names):
        return paragraphs[:-1]
    return paragraphs


def desk_code_agency(paragraphs: list[str]) -> str | None:
    """The wire a closing desk slug names first ("ats/vajo"), or None.

    >>> desk_code_agency(["Text.", "ats/vajo"]), desk_code_agency(["Text.", "ATS/afp/NXP"])
    ('SDA', 'SDA')
    >>> desk_code_agency(["Text.", "--IANS sktr/vd"]), desk_code_agency(["Text.", "PTI ABC DEF"])
    ('IANS', 'PTI')
    >>> desk_code_agency(["Text.", "PTI said so"]), desk_code_agency(["Text.", "NEW YORK CITY"])
    (None, None)
    >>> desk_code_agency(["Text.", "(END) Dow Jones Newswires"])
    'Dow Jones'
    >>> desk_code_agency(["Text.", "bur-cma/lth"]), desk_code_agency(["ats/vajo"])
    (None, None)
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    m = _WIRE_DESK_CODE.match(last) if len(last) < 40 else None
    return normalise_agency(m.group("agency") or m.group("dashed") or m.group("caps")
                            or m.group("ended")) if m else None


#: A closing credit line ("Quelle: dpa/AFP", "Quelle: FAZ.NET", "Source: Reuters"): who supplied
#: the story, not the story. The colon is required: "Sources say the talks …" is a sentence.
SOURCE_CREDIT_LINE = re.compile(
    # Romanian, Croatian/Serbian, Bulgarian, Greek and Polish: "Sursa: AGERPRES", "Izvor:
    # Hina", "Източник: БТА", "Πηγή: ΑΠΕ-ΜΠΕ", "Źródło: PAP"; Ukrainian and Russian
    # "Джерело: Укрінформ", "Источник: РИА Новости".
    r"^\(?(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti|sursa|izvor|извор"
    r"|източник|джерело|источник|πηγή|źródło|źródła|zdroj|zdroje|forrás|bron)\s*:\s*\S.{0,80}$",
    re.I)


#: Chinese copy closes with its source and its desk's staff: "本文来源：新华社
#: 责任编辑：李曦_NN2587" (163.com), "(责编：汤诗瑶、丁涛)" (People's Daily), "责编：Demi Xia",
#: "来源：无锡交警", "校对：刘威": who supplied and handled the story, not the story (an editor
#: is no author). A bare "（编辑：…）" stays: newspaper4k's reviewed China Daily text keeps it.
#: The Paper sets a bar for the colon: "责编|陈梦莹", "校对|黄慧敏", "来源|广州参考".
ZH_SIGNOFF_LINE = re.compile(
    r"^[（(]?(?:本文来源|文章来源|来源|稿源|责任编辑|责编|校对)\s*[:：|｜]\s*\S.{0,60}$")


#: Chinese portals close every story with their reader hotlines: "违法和不良信息举报电话：010-…
#: 举报邮箱：…" (the illegal-content report line the law asks for), "新浪新闻意见反馈留言板
#: 400-… 欢迎批评指正": the site's, not the story's.
ZH_HOTLINE_LINE = re.compile(r"举报电话|举报邮箱|意见反馈|欢迎批评指正|报料[:：]|未经授权不得转载")


#: Austrian papers close copy with its credits and the day, in parentheses: "(APA, red,
#: 17.12.2024)", "(Anna Müller, 17.12.2024)": the sign-off, not the story.
DATED_CREDIT_LINE = re.compile(
    r"^\((?P<credits>[^()]{2,80}?),\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)$")


def without_source_line(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a closing source credit line (`find_agency` still reads it).

    >>> without_source_line(["Assad floh nach Moskau.", "Quelle: dpa/AFP"])
    ['Assad floh nach Moskau.']
    >>> without_source_line(["Talks go on.", "Sources say a deal is close."])
    ['Talks go on.', 'Sources say a deal is close.']
    >>> without_source_line(["Afgiften bliver på 300 kroner.", "/ritzau/"])
    ['Afgiften bliver på 300 kroner.']
    >>> without_source_line(["Guvernul a aprobat.", "Sursa: AGERPRES"])
    ['Guvernul a aprobat.']
    >>> without_source_line(["IMGW ostrzega.", "Źródło: PAP"])
    ['IMGW ostrzega.']
    >>> without_source_line(["Пункт працює.", "Джерело: Укрінформ"])
    ['Пункт працює.']
    >>> without_source_line(["Rozpočet podepíše prezident.", "Zdroj: ČTK"])
    ['Rozpočet podepíše prezident.']
    >>> without_source_line(["Die Anpassung tritt in Kraft.", "(APA, red, 17.12.2024)"])
    ['Die Anpassung tritt in Kraft.']
    >>> without_source_line(["Er sagte es.", "(Das war 2024, sagte er.)"])
    ['Er sagte es.', '(Das war 2024, sagte er.)']
    >>> without_source_line(["疫情防控。", "本文来源：新华社 责任编辑：李曦_NN2587"])
    ['疫情防控。']
    >>> without_source_line(["邮轮母港开通。", "校对|黄慧敏"])
    ['邮轮母港开通。']
    >>> without_source_line(["他说。", "违法和不良信息举报电话：010-62675637"])
    ['他说。']
    >>> without_source_line(["他说。", "来源说明了一切。"])
    ['他说。', '来源说明了一切。']
    """
    if len(paragraphs) > 1 and (SOURCE_CREDIT_LINE.match(paragraphs[-1])
                                or ZH_SIGNOFF_LINE.match(paragraphs[-1][:80])
                                or (len(paragraphs[-1]) < 80
                                    and ZH_HOTLINE_LINE.search(paragraphs[-1]))
                                or SLASH_CREDIT.match(paragraphs[-1][:40])
                                or DATED_CREDIT_LINE.match(paragraphs[-1][:100])):
        return paragraphs[:-1]
    return paragraphs


#: At most this many sign-off lines close a text (a source line, a desk slug, an e-mail, the
#: site's name).
MAX_SIGNOFF_LINES = 3


def closing_signoff(paragraphs: list[str], names: tuple[str, ...] = ()
                    ) -> tuple[list[str], list[str], str | None]:
    """(text, source lines, desk wire): `paragraphs` without the sign-off lines closing them,
    however many and in whatever order they come (IANS's "--IANS⏎sktr/vd" over the site's
    name, "Quelle: dpa" over an editor's initials or Austrian papers' dated credit); the
    source lines cut (`find_agency` reads them) and the wire the first desk slug names.

    >>> closing_signoff(["Text.", "Source: IANS", "--IANS sktr/vd"])
    (['Text.'], ['Source: IANS'], 'IANS')
    >>> closing_signoff(["Text.", "--IANS sktr/vd", "Vanguard News"], ("Vanguard News",))
    (['Text.'], [], 'IANS')
    >>> closing_signoff(["Text.", "Quelle: dpa", "(APA, red, 17.12.2024)"])
    (['Text.'], ['Quelle: dpa', '(APA, red, 17.12.2024)'], None)
    >>> closing_signoff(["Text.", "Source: IANS", "He said so."])  # text after it: no sign-off
    (['Text.', 'Source: IANS', 'He said so.'], [], None)
    """
    sources: list[str] = []
    desk: str | None = None
    for _ in range(MAX_SIGNOFF_LINES):
        rest = without_desk_code(paragraphs)
        if rest is not paragraphs:
            desk = desk_code_agency(paragraphs) or desk  # the first (topmost) slug's wire
        elif (rest := without_site_signoff(paragraphs, names)) is paragraphs:
            rest = without_source_line(paragraphs)
            if rest is paragraphs:
                break
            sources.insert(0, paragraphs[-1])
        paragraphs = rest
    if (rest := without_closing_name(paragraphs)) is not paragraphs:
        sources.insert(0, paragraphs[-1])
        paragraphs = rest
    return paragraphs, sources, desk


#: A name alone closing the text is at most this long, in two to four words.
MAX_CLOSING_NAME_CHARS = 40
#: … after at least this many words of text.
MIN_TEXT_BEFORE_NAME = 60
_SENTENCE_END = (".", "!", "?", "…", "\"", "”", "»", ")")


def without_closing_name(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a last line that is only a name, two to four capitalised words
    and nothing else, after a text whose last paragraph ends its sentence: the paper the
    story came from (Wprost's "Dziennik Gazeta Prawna" under a story of that paper's), the
    writer's sign-off. No sentence is so short and so capitalised.

    >>> story = ["Text " * 60 + "end.", "Dziennik Gazeta Prawna"]
    >>> without_closing_name(story) == story[:1]
    True
    >>> [len(without_closing_name(["Text " * 60 + "end.", line])) for line in (
    ...     "He left.", "Dziennik", "The End of 2024", "Jane doe")]
    [2, 2, 2, 2]
    >>> len(without_closing_name(["Text " * 60 + "list:", "Jane Doe"]))  # a list's last item
    2
    """
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1].strip()
    words = last.split()
    if len(last) > MAX_CLOSING_NAME_CHARS or not 2 <= len(words) <= 4 \
            or not all(w[0].isupper() and w.replace("-", "").isalpha() for w in words):
        return paragraphs
    if not paragraphs[-2].rstrip().endswith(_SENTENCE_END) \
            or sum(len(p.split()) for p in paragraphs[:-1]) < MIN_TEXT_BEFORE_NAME:
        return paragraphs
    return paragraphs[:-1]


#: The stamp a wire's copy carries on its own site and on portals that run the feed: ANI's
#: "ANI | Updated: Dec 17, 2024 13:03 IST" over the text, "IANS | Updated: …", "PTI |
#: Published: …": the credit and a date, no line of the story.
_WIRE_STAMP = re.compile(
    rf"^(?P<agency>{_AGENCY_ALT})\s*[|•·]\s*(?:last |first )?(?:updated|published|posted)"
    r"(?: on| at)?\s*:?\s*(?P<value>\S.{4,40})$", re.I)
#: A stamp line is short: longer text is never read as one.
_MAX_STAMP_CHARS = 80


def wire_stamp(text: str) -> str | None:
    """The wire a stamp line credits, or None. (Its date is read as printed dates are: the
    "Updated:" label's is the modified time.)

    >>> wire_stamp("ANI | Updated: Dec 17, 2024 13:03 IST")
    'ANI'
    >>> wire_stamp("PTI | Published: Dec 17, 2024 13:03 IST")
    'PTI'
    >>> wire_stamp("ANI | Updated: the talks went on all night"), wire_stamp("ANI said so.")
    (None, None)
    >>> wire_stamp("New Delhi | Updated: Dec 17, 2024 13:03 IST")  # a place, not a wire

    A Chinese story's date-and-source line under its headline credits a wire only:

    >>> wire_stamp("2019-08-13 14:07来源：新华社"), wire_stamp("2019-08-13 14:07来源：澎湃新闻")
    ('Xinhua', None)
    """
    if (sourced := day_then_source(text)) is not None:
        return normalise_agency(sourced[0])  # a wire only: a paper or a site is no agency
    head = text[:30]
    if len(text) > _MAX_STAMP_CHARS or not ("|" in head or "•" in head or "·" in head):
        return None
    m = _WIRE_STAMP.match(text)
    return normalise_agency(m.group("agency")) if m and is_date_line(m.group("value")) else None


#: A closing rights line longer than this is the paper's own notice, not the wire's credit.
_MAX_RIGHTS_CHARS = 80
#: A rights line crediting a wire: "Copyright © 2024 Reuters", "© 2024 AFP", "© IANS".
_RIGHTS_CREDIT = re.compile(
    rf"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?(?:\d{{4}}\s*)?(?:the )?"
    rf"(?P<agency>{_AGENCY_ALT})(?![\w-])", re.I)


def note_agency(notes: Iterable[str]) -> str | None:
    """The wire a dropped rights line or syndication note credits: right after the rights
    sign, else a wire named as wires are printed (in capitals, in parentheses, or in
    another script), so a site's own name in a note credits no one.

    >>> note_agency(["Copyright © 2024 Reuters"]), note_agency(["© 2024 AFP"])
    ('Reuters', 'AFP')
    >>> note_agency(["ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde "
    ...              "automatisch von der Deutschen Presse-Agentur (dpa) übernommen."])
    'dpa'
    >>> note_agency(["(डिस्क्लेमर: यह आईएएनएस न्यूज फीड से सीधे पब्लिश हुई खबर है.)"])
    'IANS'
    >>> note_agency(["Copyright © 2024 The Washington Times, LLC."])
    >>> note_agency(["(This story has not been edited by Beta News staff and is from a "
    ...              "syndicated feed.)"])
    """
    for text in notes:
        if m := _RIGHTS_CREDIT.match(text):
            return normalise_agency(m.group("agency"))
        for word in _AGENCY_WORD.finditer(text):
            name = word.group(0)
            if name.isupper() or not name.isascii() or text[word.start() - 1:word.start()] == "(":
                return normalise_agency(name)
    return None


def find_agency(paragraphs: list[str], names: Iterable[str]) -> str | None:
    """The wire service credited by a closing line, a © credit, or an agency name among
    `names` (authors, author box, JSON-LD source organisation).

    >>> find_agency(["Text.", "— With inputs from IANS"], [])
    'IANS'
    >>> find_agency(["Text."], ["Press Trust of India"])
    'PTI'
    >>> find_agency(["Text.", "(Quelle: APA/sda/dpa)"], [])
    'APA'
    >>> find_agency(["Text.", "Al Senato il voto è atteso prima di Natale. (ANSA)."], [])
    'ANSA'
    >>> find_agency(["Text.", "Contributing: The Associated Press"], [])
    'AP'
    >>> find_agency(["Text.", "Additional reporting by PA"], [])
    'PA'
    >>> find_agency(["Text.", "Reuters contributed to this report"], [])
    'Reuters'
    >>> find_agency(["Text.", "(red, APA, 17.12.2024)"], [])
    'APA'
    >>> find_agency(["Text.", "The hearing is on Friday, he said. (With inputs from PTI)"], [])
    'PTI'
    >>> find_agency(["Text.", "सुनवाई शुक्रवार को होगी। (इनपुट-आईएएनएस)"], [])
    'IANS'
    >>> find_agency(["Text.", "(इनपुट-आईएएनएस)"], []), find_agency(["Text.", "इनपुट : भाषा"], [])
    ('IANS', 'PTI')
    >>> find_agency(["Text.", "Con información de AFP"], [])
    'AFP'
    >>> find_agency(["Text.", "(Con información de EFE y AFP)"], [])
    'EFE'
    >>> find_agency(["Text.", "*Com Reuters"], []), find_agency(["Com a alta, a Reuters diz."], [])
    ('Reuters', None)
    >>> find_agency(["Text.", "*Com informações da Agência Brasil e do g1"], [])
    'Agência Brasil'
    >>> find_agency(["Text.", "mrc/dpa/AFP"], []), find_agency(["Text.", "kw/ mk/"], [])
    ('dpa', None)
    >>> find_agency(["Text.", "/ritzau/"], []), find_agency(["Han siger nej. /ritzau/AFP"], [])
    ('Ritzau', 'Ritzau')
    >>> find_agency(["Text.", "Fox News' Jane Doe and The Associated Press contributed to "
    ...              "this report."], [])
    'AP'
    >>> find_agency(["Text.", "Some information for this report came from The Associated "
    ...              "Press and Reuters."], [])
    'AP'
    >>> find_agency(["Text.", "It was not clear whether he would appear. REUTERS"], [])
    'Reuters'
    >>> find_agency(["Text.", "The talks end on Dec 18. AFP, REUTERS"], [])
    'AFP'
    >>> find_agency(["Text.", "He met the heads of NATO. USA"], [])
    >>> find_agency(["Text.", "CNBC's Jane Doe contributed to this report."], [])
    >>> find_agency(["Text.", "© Copyright IANS"], []), find_agency(["Text.", "© ANI"], [])
    ('IANS', 'ANI')
    >>> find_agency(["Text.", "Reuters reported the talks ended."], [])
    >>> find_agency(["Text.", "This report by The Canadian Press was first published Dec. 17, "
    ...              "2024."], [])
    'CP'
    """
    for text in reversed(paragraphs[-2:]):
        m = (CLOSING_CREDIT.match(text) if len(text) < _MAX_CREDIT_CHARS else None) \
            or (_RIGHTS_CREDIT.match(text) if len(text) < _MAX_RIGHTS_CHARS else None) \
            or _TRAILING_CREDIT.search(text[-40:]) \
            or SLASH_CREDIT.search(text[-20:]) \
            or (_SIGLE_LINE.match(text) if len(text) < 40 and "/" in text else None)
        if m:
            return normalise_agency(m.group("agency") or m.group("paren"))
        caps = _CAPS_CREDIT.search(text[-40:])
        if caps and (agency := normalise_agency(caps.group("first"))):
            return agency
        if text[-1:] in ("）", ")") and (ja := _JA_CLOSING_CREDIT.search(text[-12:])):
            return _SHORT_AGENCIES.get(ja.group(1).replace("時事", "").strip("=＝")
                                       or "時事") or "Jiji"  # "…終えた。（共同）"
        shared = SHARED_CREDIT.search(text) if len(text) < _MAX_CREDIT_CHARS else None
        if shared:
            return normalise_agency(shared.group("agency") or shared.group("first"))
        source = (SOURCE_LINE.match(text) or DATED_CREDIT_LINE.match(text)) \
            if len(text) < 120 else None
        named = _AGENCY_WORD.search(source.group("credits")) if source else None
        if named:
            return normalise_agency(named.group(0))
    for name in names:
        agency = normalise_agency(name)
        if agency:
            return agency
    for text in paragraphs[:3]:
        m = INLINE_CREDIT.search(text[:500])
        if m:
            return normalise_agency(m.group("agency"))
    return None


#: Reuters closes its copy with a credit line in brackets naming who reported, wrote and
#: edited it: "(Reporting by Will Dunham; Editing by Tom Brown)", "(Reporting by A, B, with
#: reporting by C, editing by D.)". Pages running the wire's copy under its name alone
#: ("Reuters" as the author) name the reporters only there. The wire's own site prints the
#: line bare, and then it names its editor too: "Reporting by Jane Doe; Editing by Tom Brown".
#: Its Spanish and Portuguese services word it "(Información de Jesús Aguado; editado en
#: español por …)", "(Reporte de …; Editado en español por …)", "(Reportagem de …; Edição de
#: …)".
_WRITERS_BY = (r"(?:Reporting|Writing|Reporting and writing) by|(?:Información|Reporte|Reportaje"
               r"|Reportagem) de")
_CLOSING_CREDIT = re.compile(rf"^(?:\((?P<credit>(?:{_WRITERS_BY}) "
                             r"[^()]{3,300}?)\.?\)|(?P<bare>(?:Reporting|Writing|Reporting and "
                             r"writing) by [^();]{3,200};(?:\s*[^();]{3,120};)*\s*(?:Editing|"
                             r"Edited) by [^();]{3,120}?)\.?)$", re.I)
#: A clause of that line crediting the story's writers ("Reporting by …", "Writing by …"),
#: not its contributors ("Additional reporting by …", ", with reporting by …") or editors.
_WRITERS_CLAUSE = re.compile(rf"^(?:{_WRITERS_BY}) (?P<names>.+)$", re.I)
_OTHER_CLAUSE = re.compile(r",?\s+(?:with|additional|editing|edited|writing|graphics|con|com"
                           r"|editado|edición|edição)\b.*$", re.I)
#: A name as the wire prints it: two to four words, each capitalised but for a particle.
_NO_NAME_WORDS = frozenset({"staff", "desk", "bureau", "newsroom", "correspondent",
                            "correspondents", "reporters", "team"})
#: PAP's closing credit: "Autorka: Anna Kowalska (PAP)", "Autorzy: Jan Nowak, Ewa Lis (PAP)".
_WRITER_WIRE_CREDIT = re.compile(
    rf"^(?:autor|autorka|autorzy|autorki)\s*:\s*(?P<names>[^():]{{3,100}}?)\s*"
    rf"\((?:{_AGENCY_ALT})\)$", re.I)
_WIRE_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: (?:(?:de|del|da|van|von|der|al|bin|le|la)"
                        r"|[A-Z][\w'’.-]*)){1,3}$")


#: Reuters's bracketed closing credit, reporters then editors: "(Reporting by Colleen Howe in
#: Beijing; Editing by Jamie Freed)", the house style no other wire prints.
_REUTERS_CLOSING = re.compile(
    r"^\((?:additional )?reporting by [^()]{3,300}?;(?: [^;()]{3,120};)*? "
    r"(?:writing and )?editing by [^();]{3,120}\)$", re.I)


def reuters_closing_line(paragraphs: list[str]) -> str | None:
    """"Reuters" where the copy closes with Reuters's bracketed credit line ("(Reporting by
    …; Editing by …)"), or None: portals running the feed (Devdiscourse) drop the dateline's
    "(Reuters)" and credit no wire elsewhere.

    >>> reuters_closing_line(["Oil rose.", "(Reporting by Colleen Howe; Editing by Jamie Freed)"])
    'Reuters'
    >>> reuters_closing_line(["Oil rose.", "(Reporting by Colleen Howe)"]) is None
    True
    """
    for text in paragraphs[-2:]:
        if text[:1] == "(" and _REUTERS_CLOSING.match(text.strip()):
            return "Reuters"
    return None


def closing_reporters(paragraphs: list[str]) -> list[str]:
    """The reporters a wire's closing credit line names, among the text's last paragraphs;
    none where a name there does not read as a person's.

    >>> closing_reporters(["Text.", "(Reporting by Will Dunham; Editing by Tom Brown)"])
    ['Will Dunham']
    >>> closing_reporters(["(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, "
    ...                    "with reporting by Herb Lash, editing by Martin Howell.)"])
    ['Greg Roumeliotis', 'Joshua Franklin', 'Koh Gui Qing']
    >>> closing_reporters(["(Reporting by Jane Doe in Berlin and John Roe; Writing by Ann Poe;"
    ...                    " Additional reporting by Max Moe; Editing by Tom Brown)"])
    ['Jane Doe', 'John Roe', 'Ann Poe']
    >>> closing_reporters(["(Reporting by Reuters Staff; Editing by Tom Brown)"])
    []
    >>> closing_reporters(["Reporting by Jane Doe."])  # not the bracketed credit line
    []
    >>> closing_reporters(["Reporting by Jane Doe and John Roe; Editing by Tom Brown"])
    ['Jane Doe', 'John Roe']
    >>> closing_reporters(["Texto.", "(Información de Jesús Aguado y Emma Pinedo; editado en "
    ...                    "español por Benjamín Mejías Valencia)"])
    ['Jesús Aguado', 'Emma Pinedo']

    PAP's credit closing its copy on Polish portals names its writers, the wire after them:

    >>> closing_reporters(["Tekst.", "Autorka: Anna Kowalska (PAP)", "Źródło: PAP"])
    ['Anna Kowalska']
    >>> closing_reporters(["Tekst.", "Autorzy: Jan Nowak, Ewa Lis (PAP)"])
    ['Jan Nowak', 'Ewa Lis']
    >>> closing_reporters(["Tekst.", "Autor: Redakcja (PAP)"])
    []
    """
    for text in paragraphs[-3:]:
        if text[:4].casefold() == "auto" and (signed := _WRITER_WIRE_CREDIT.match(text.strip())):
            named = re.split(r",\s*|\s+i\s+", signed.group("names"))
            return named if all(_WIRE_NAME.match(n) and clean_author(n) == n
                                for n in named) else []
        credit = _CLOSING_CREDIT.match(text.strip())
        if credit is None:
            continue
        names: list[str] = []
        for clause in (credit.group("credit") or credit.group("bare")).split(";"):
            writers = _WRITERS_CLAUSE.match(clause.strip())
            if writers is None:
                continue
            listed = _OTHER_CLAUSE.sub("", writers.group("names"))
            for name in re.split(r",\s*|\s+(?:and|y|e)\s+", listed):
                # "… in Berlin", "… en Madrid"
                name = re.sub(r"\s+(?:in|en|em)\s+[A-Z][\w .'-]*$", "", name.strip())
                if (not _WIRE_NAME.match(name) or clean_author(name) != name
                        or any(normalise_agency(w) or w.lower() in _NO_NAME_WORDS
                               for w in name.split())):
                    return []  # "Reuters Staff", "Our Correspondent": no one's name
                if name not in names:
                    names.append(name)
        return names
    return []
