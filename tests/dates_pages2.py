# ruff: noqa: E501
"""A second set of look-alike article pages for dates (`tests.dates_pages` is the first): the
shapes that set lacks, written from what real sites printed between 2019 and 2025 — relative
times in more languages and "Today"/"Yesterday" clocks, other calendars (Japanese era years,
the Thai Buddhist era spelled "พ.ศ.", the Solar Hijri and Bikram Sambat calendars, a Hijri date
beside the Gregorian one), 12-hour clocks in many languages, zone abbreviations (IST, EDT,
KST, PKT, AEDT, BST, HNE, "GMT+2"), label pairs ("Published: … | Updated: …", "Last
Updated:" alone, "First published on", "Posted on … at …", "Stand:"), dates kept in `data-`
attributes or the URL's path only, naive JSON-LD stamps on sites of a known zone, a numeric
date read month- or day-first by the page's language, a live page, an obituary's birth and
death dates and a story's opening "On December 3, 2019, …" (none of them the publication).

Each truth is what a careful reader writes: `published`/`modified` to the minute in the
newsroom's own UTC offset, a day alone ("2024-12-17") where the page names no clock, the
instant alone for relative times (`relative` pages, counted back from `FETCHED_AT`), and None
where the page gives no way to know — never a guessed zone.

`python -m tests.dates_measure -v --set 2` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.dates_pages import (
    AR,
    DE,
    EN,
    ES,
    FETCHED_AT,
    FR,
    JA,
    KO,
    PT,
    TH,
    Page,
    _page,
    ablated,
)
from tests.publisher_pages import _ld, _metas

__all__ = ["FETCHED_AT", "Page", "ablated", "pages"]

BN = ["রাজ্য সরকার মঙ্গলবার কৃষকদের জন্য একটি নতুন প্রকল্পের ঘোষণা করেছে, যার আওতায় ফসল বিমার প্রিমিয়াম কমানো হবে।",
      "কৃষিমন্ত্রী জানিয়েছেন, আগামী দুই বছরে এই প্রকল্পে প্রায় দুই হাজার কোটি টাকা খরচ হবে।",
      "বিরোধীরা এই ঘোষণাকে নির্বাচনী চমক বলে সমালোচনা করেছে।"]
FA = ["دولت روز سه‌شنبه بسته تازه‌ای برای حمایت از خانوارهای کم‌درآمد در برابر افزایش قیمت‌ها اعلام کرد.",
      "وزیر اقتصاد گفت هزینه این بسته از محل صرفه‌جویی در بودجه جاری تأمین می‌شود.",
      "شماری از نمایندگان مجلس این طرح را ناکافی دانستند و خواستار اصلاح آن شدند."]
NE = ["सरकारले मंगलबार किसानका लागि नयाँ राहत कार्यक्रम घोषणा गरेको छ, जसअन्तर्गत मलमा अनुदान बढाइनेछ।",
      "अर्थमन्त्रीले यो कार्यक्रमका लागि आगामी दुई वर्षमा करिब दुई अर्ब रुपैयाँ खर्च हुने बताए।",
      "विपक्षी दलहरूले भने कार्यक्रम अपर्याप्त भएको टिप्पणी गरेका छन्।"]
OBIT = ["Margaret Ann Kelly, 83, of Springfield, passed away peacefully on Thursday, December 12, "
        "2024, at Memorial Hospital surrounded by her family.",
        "She was born on March 3, 1941, in Decatur, the daughter of Thomas and Ruth Walsh. She "
        "taught third grade at Lincoln Elementary School for 34 years.",
        "Visitation will be held from 4 to 7 p.m. Friday, December 20, 2024, at Staab Funeral "
        "Home, with a funeral Mass at 10 a.m. Saturday at St. Agnes Church."]
CITING = ["On December 3, 2019, the city council voted to close the Main Street bridge for "
          "repairs that were expected to take eighteen months.",
          "Five years later the bridge is still closed, and the cost of the work has more than "
          "tripled, according to figures released by the public works department on Tuesday.",
          "Council members said they would ask the state for emergency funding in January."]
LIVE = ["Welcome to our live coverage of the budget debate in the House of Commons, where MPs "
        "are expected to vote on the measures this evening.",
        "The chancellor has opened the debate, telling MPs the package will help two million "
        "households with their energy bills this winter.",
        "The opposition's spokesperson said the plan came too late and called for a windfall tax."]


# ---------------------------------------------------------------------------------------------
# Relative times and "Today"/"Yesterday" clocks


def yahoo_ago() -> Page:
    url = "https://www.yahoo.com/news/senate-passes-stopgap-spending-bill-040012345.html"
    title = "Senate passes stopgap spending bill hours before deadline"
    return _page("yahoo-ago", url, "en-US", "Yahoo News", title, EN, ["Lisa Mascaro"],
                 "2025-01-15T04:00:00+00:00", None,
                 '<div class="caas-attr-meta"><div class="caas-attr-item-author">Lisa Mascaro</div>'
                 '<div class="caas-attr-time-style"><time>2 hours ago</time></div></div>',
                 nav=["News", "Finance", "Sports", "Entertainment"], relative=True)


def elpais_min() -> Page:
    url = "https://elpais.com/espana/2025-01-15/el-gobierno-aprueba-el-decreto-omnibus.html"
    title = "El Gobierno aprueba el decreto ómnibus con la subida de las pensiones"
    return _page("elpais-min", url, "es", "EL PAÍS", title, ES, ["Carlos E. Cué"],
                 "2025-01-15T05:15:00+00:00", None,
                 '<div class="a_md"><div class="a_md_a">Carlos E. Cué</div>'
                 '<span class="a_md_f">Hace 45 minutos</span></div>',
                 nav=["España", "Internacional", "Economía", "Opinión"], relative=True)


def zeit_stunde() -> Page:
    url = "https://www.zeit.de/politik/deutschland/2025-01/bundestag-entlastungspaket-familien"
    title = "Bundestag beschließt Entlastungspaket für Familien"
    return _page("zeit-vor", url, "de", "ZEIT ONLINE", title, DE, [],
                 "2025-01-15T05:00:00+00:00", None,
                 '<div class="metadata"><span class="metadata__date">Vor 1 Stunde</span>'
                 '<span class="metadata__source">Quelle: DPA</span></div>',
                 nav=["Politik", "Gesellschaft", "Wirtschaft", "Kultur"], relative=True)


def yahoojp_mae() -> Page:
    url = "https://news.yahoo.co.jp/articles/4f2a9c1e7b3d5a8f0e6c2b1a9d8e7f6c5b4a3d2e"
    title = "政府、総合経済対策を閣議決定 電気・ガス補助を再開"
    return _page("yahoojp-mae", url, "ja", "Yahoo!ニュース", title, JA, [],
                 "2025-01-15T03:00:00+00:00", None,
                 '<div class="article-header"><p class="source">共同通信</p><time>3 時間前</time></div>',
                 nav=["主要", "国内", "国際", "経済"], relative=True)


def anandabazar_bn() -> Page:
    url = "https://www.anandabazar.com/west-bengal/state-government-announces-new-crop-insurance-scheme-dgtl/cid/1512345"
    title = "কৃষকদের জন্য নতুন প্রকল্প ঘোষণা রাজ্যের"
    return _page("anandabazar", url, "bn", "আনন্দবাজার", title, BN, [],
                 "2025-01-15T04:00:00+00:00", None,
                 '<div class="editorbox"><span class="editor">নিজস্ব সংবাদদাতা</span>'
                 '<span class="date">২ ঘণ্টা আগে</span></div>',
                 nav=["রাজ্য", "দেশ", "বিদেশ", "খেলা"], relative=True)


def aljazeera_mundh() -> Page:
    url = "https://www.aljazeera.net/news/2025/1/15/الحكومة-تعلن-ميزانية"
    title = "الحكومة تعلن ميزانية العام الجديد"
    return _page("aljazeera-mundh", url, "ar", "الجزيرة نت", title, AR, [],
                 "2025-01-15T04:00:00+00:00", None,
                 '<div class="article-dates"><span class="article-dates__published">منذ ساعتين</span></div>',
                 nav=["أخبار", "سياسة", "اقتصاد", "رياضة"], relative=True)


def ht_today() -> Page:
    url = "https://www.hindustantimes.com/india-news/cabinet-clears-new-crop-insurance-scheme-101736912345678.html"
    title = "Cabinet clears new crop insurance scheme for farmers"
    return _page("ht-today", url, "en", "Hindustan Times", title, EN, ["Neeraj Chauhan"],
                 "2025-01-15T09:05:00+05:30", None,
                 '<div class="storyBy"><span>By <a href="/author/neeraj-chauhan">Neeraj Chauhan</a>, New Delhi</span>'
                 '<div class="dateTime">Today, 09:05 AM IST</div></div>',
                 nav=["India", "World", "Cities", "Opinion"])


def bbc_yesterday() -> Page:
    url = "https://www.bbc.co.uk/news/articles/c0kz9y1x2w3o"
    title = "Train operators announce new timetable after strikes end"
    return _page("bbc-yesterday", url, "en-GB", "BBC News", title, EN, ["Katy Austin"],
                 "2025-01-14T14:05:00+00:00", None,
                 '<div data-component="byline-block"><span>Katy Austin</span><span>Transport correspondent</span></div>'
                 '<div class="ssrcss-timestamp"><span>Yesterday 14:05</span></div>',
                 nav=["Home", "News", "Sport", "Business"])


# ---------------------------------------------------------------------------------------------
# Other calendars


def asahi_reiwa() -> Page:
    url = "https://www.asahi.com/articles/ASSDK3AB1SDKULFA012M.html"
    title = "総合経済対策を閣議決定 財政支出21兆円"
    return _page("asahi-reiwa", url, "ja", "朝日新聞デジタル", title, JA, [],
                 "2024-12-17T13:03:00+09:00", None,
                 '<div class="article-meta"><time>令和6年12月17日 13時03分</time></div>',
                 nav=["速報", "政治", "経済", "社会"])


def khaosod_be() -> Page:
    url = "https://www.khaosod.co.th/politics/news_9512345"
    title = "ครม.อนุมัติมาตรการกระตุ้นเศรษฐกิจระยะที่สอง"
    return _page("khaosod-be", url, "th", "ข่าวสด", title, TH, [],
                 "2024-12-17T13:03:00+07:00", None,
                 '<div class="udsg__meta"><span class="udsg__meta-date">วันอังคารที่ 17 ธันวาคม พ.ศ. 2567 เวลา 13:03 น.</span></div>',
                 nav=["การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา"])


def hamshahri_fa() -> Page:
    url = "https://www.hamshahrionline.ir/news/912345/بسته-حمایتی-دولت"
    title = "دولت بسته حمایتی تازه را اعلام کرد"
    return _page("hamshahri", url, "fa", "همشهری آنلاین", title, FA, [],
                 "2024-12-17T13:03:00+03:30", None,
                 '<div class="item-date"><span>سه‌شنبه ۲۷ آذر ۱۴۰۳ - ۱۳:۰۳</span></div>',
                 nav=["سیاسی", "اقتصادی", "اجتماعی", "ورزشی"])


def aawsat_hijri() -> Page:
    url = "https://aawsat.com/الاقتصاد/5093456-السعودية-تعلن-ميزانية-2025"
    title = "السعودية تعلن ميزانية 2025 بإنفاق 1.285 تريليون ريال"
    return _page("aawsat-hijri", url, "ar", "الشرق الأوسط", title, AR, [],
                 "2024-12-17", None,
                 '<div class="article-date"><span>الثلاثاء - 15 جمادى الآخرة 1446 هـ - 17 ديسمبر 2024 مـ</span></div>',
                 nav=["العالم العربي", "الاقتصاد", "الرياضة", "ثقافة"])


def onlinekhabar_bs() -> Page:
    url = "https://www.onlinekhabar.com/2024/12/1591234"
    title = "किसानका लागि सरकारको नयाँ राहत कार्यक्रम"
    return _page("onlinekhabar-bs", url, "ne", "Onlinekhabar", title, NE, [],
                 "2024-12-17T13:03:00+05:45", None,
                 '<div class="ok-news-post-hour"><span>२०८१ पुस २ गते १३:०३</span></div>',
                 nav=["समाचार", "अर्थ", "खेलकुद", "मनोरञ्जन"])


# ---------------------------------------------------------------------------------------------
# 12-hour clocks and zone words in many languages


def mainichi_gogo() -> Page:
    url = "https://mainichi.jp/articles/20241217/k00/00m/010/123000c"
    title = "補正予算案を閣議決定 物価高対策が柱"
    return _page("mainichi-gogo", url, "ja", "毎日新聞", title, JA, [],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<div class="articledetail-head-date"><span>2024/12/17 13:03（最終更新 12/17 14:10）</span></div>'
                 '<p class="articledetail-head-time">2024年12月17日 午後1時03分</p>',
                 nav=["速報", "政治", "経済", "国際"])


def chosun_ohu() -> Page:
    url = "https://www.chosun.com/politics/politics_general/2024/12/17/ABCDEFGHIJKLMNOP/"
    title = "정부, 소상공인 지원 추경안 의결"
    return _page("chosun-ohu", url, "ko", "조선일보", title, KO, ["김아사"],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<div class="article-byline"><span class="article-byline__author">김아사 기자</span>'
                 '<span class="upDate">입력 2024.12.17. 오후 1:03</span> '
                 '<span class="upDate">업데이트 2024.12.17. 오후 2:10</span></div>',
                 nav=["정치", "경제", "사회", "국제"])


def radiocanada_hne() -> Page:
    url = "https://ici.radio-canada.ca/nouvelle/2128456/enonce-economique-deficit-ottawa"
    title = "L'énoncé économique révèle un déficit bien au-delà de la cible"
    return _page("radiocanada", url, "fr-CA", "Radio-Canada", title, FR, ["Louis Blouin"],
                 "2024-12-17T13:03:00-05:00", "2024-12-17T14:10:00-05:00",
                 '<div class="signature"><span class="author">Louis Blouin</span></div>'
                 '<div class="date-publication"><time>Publié le 17 décembre 2024 à 13 h 03 HNE</time>'
                 '<span>Mis à jour le 17 décembre 2024 à 14 h 10 HNE</span></div>',
                 nav=["Info", "Politique", "Économie", "International"])


def tagesschau_stand() -> Page:
    url = "https://www.tagesschau.de/inland/innenpolitik/bundestag-entlastung-familien-100.html"
    title = "Bundestag beschließt Entlastung für Familien"
    return _page("tagesschau", url, "de", "tagesschau.de", title, DE, [],
                 "2024-12-17T15:05:00+01:00", None,
                 '<p class="metatextline">Stand: 17.12.2024 15:05 Uhr</p>',
                 nav=["Inland", "Ausland", "Wirtschaft", "Wetter"])


def publico_pt() -> Page:
    url = "https://www.publico.pt/2024/12/17/politica/noticia/governo-aprova-pacote-medidas-2115678"
    title = "Governo aprova pacote de medidas para as famílias"
    return _page("publico", url, "pt-PT", "PÚBLICO", title, PT, ["Leonete Botelho"],
                 "2024-12-17T13:03:00+00:00", None,
                 '<div class="byline"><a href="/autor/leonete-botelho">Leonete Botelho</a></div>'
                 '<time class="dateline">17 de Dezembro de 2024, 13:03</time>',
                 nav=["Política", "Sociedade", "Economia", "Mundo"])


def news18_lastupd() -> Page:
    url = "https://www.news18.com/india/cabinet-approves-one-nation-one-election-bills-9161234.html"
    title = "Cabinet approves One Nation One Election bills"
    return _page("news18-upd", url, "en", "News18", title, EN, ["Saurabh Verma"],
                 None, "2024-12-17T14:10:00+05:30",
                 '<div class="article_byline"><span>Curated By: <a href="/byline/saurabh-verma">Saurabh Verma</a></span></div>'
                 '<div class="article_timestamp">Last Updated: December 17, 2024, 14:10 IST</div>',
                 nav=["India", "World", "Politics", "Cricket"])


def wordpress_edt() -> Page:
    url = "https://www.bostonherald.com/2024/07/04/city-fireworks-go-ahead-despite-storms/"
    title = "City fireworks go ahead despite storms"
    return _page("edt-posted", url, "en-US", "Boston Herald", title, EN, ["Gayla Cawley"],
                 "2024-07-04T09:07:00-04:00", None,
                 '<div class="byline">By <a href="/author/gayla-cawley/">Gayla Cawley</a></div>'
                 '<div class="time"><span>Posted on July 4, 2024 at 9:07 am EDT</span></div>',
                 nav=["News", "Sports", "Opinion", "Things to Do"])


def euronews_gmt2() -> Page:
    url = "https://www.euronews.com/2024/07/17/eu-leaders-agree-on-new-migration-rules"
    title = "EU leaders agree on new migration rules"
    return _page("euronews", url, "en", "euronews", title, EN, ["Jorge Liboreiro"],
                 "2024-07-17T13:03:00+02:00", "2024-07-17T14:10:00+02:00",
                 '<div class="c-article-contributors">By <a href="/profiles/1234">Jorge Liboreiro</a></div>'
                 '<div class="c-article-publication-date"><time>Published on 17/07/2024 - 13:03 GMT+2</time>'
                 ' • <span>Updated 17/07/2024 - 14:10</span></div>',
                 nav=["Europe", "World", "Business", "Green"])


def kyodo_jst() -> Page:
    url = "https://english.kyodonews.net/news/2024/12/abc123def456-cabinet-approves-stimulus.html"
    title = "Japan Cabinet approves extra budget to fund stimulus package"
    return _page("kyodo", url, "en", "Kyodo News", title, EN, [],
                 "2024-12-17T13:03:00+09:00", None,
                 '<div class="credit"><p>KYODO NEWS - Dec 17, 2024 - 13:03 | Japan, Politics</p></div>',
                 nav=["Japan", "World", "Business", "Sports"])


def yonhap_kst() -> Page:
    url = "https://en.yna.co.kr/view/AEN20241217004500315"
    title = "Cabinet approves extra budget for small merchants"
    return _page("yonhap", url, "en", "Yonhap News Agency", title, EN, ["Kim Soo-yeon"],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<div class="info-con"><span class="writer">By Kim Soo-yeon</span>'
                 '<p class="update-time">2024-12-17 13:03 KST | Updated 2024-12-17 14:10 KST</p></div>',
                 nav=["National", "North Korea", "Economy", "Culture"])


def tribune_pkt() -> Page:
    url = "https://tribune.com.pk/story/2516789/govt-announces-relief-package-for-farmers"
    title = "Govt announces relief package for farmers"
    return _page("tribune-pkt", url, "en", "The Express Tribune", title, EN, ["Shahbaz Rana"],
                 "2024-12-17T13:03:00+05:00", None,
                 '<div class="left-authorbox"><span><a href="/author/shahbaz-rana">Shahbaz Rana</a></span>'
                 '<span>December 17, 2024, 1:03 PM PKT</span></div>',
                 nav=["Pakistan", "Business", "World", "Sports"])


def guardian_aedt() -> Page:
    url = "https://www.theguardian.com/australia-news/2024/dec/17/myefo-budget-deficit-chalmers"
    title = "Myefo: budget deficit to blow out as Chalmers blames slowing economy"
    return _page("guardian-aedt", url, "en-AU", "The Guardian", title, EN, ["Paul Karp"],
                 "2024-12-17T13:03:00+11:00", "2024-12-17T14:10:00+11:00",
                 '<div class="dcr-byline">Paul Karp</div>'
                 '<details class="dcr-dateline"><summary>Tue 17 Dec 2024 13.03 AEDT</summary>'
                 '<span>Last modified on Tue 17 Dec 2024 14.10 AEDT</span></details>',
                 nav=["News", "Opinion", "Sport", "Culture"])


def guardian_bst() -> Page:
    url = "https://www.theguardian.com/politics/2024/jul/04/polls-open-general-election"
    title = "Polls open in general election as voters head to ballot boxes"
    return _page("guardian-bst", url, "en-GB", "The Guardian", title, EN, ["Peter Walker"],
                 "2024-07-04T09:07:00+01:00", None,
                 '<div class="dcr-byline">Peter Walker</div>'
                 '<details class="dcr-dateline"><summary>Thu 4 Jul 2024 09.07 BST</summary></details>',
                 nav=["News", "Opinion", "Sport", "Culture"])


def dailymirror_lk() -> Page:
    url = "https://www.dailymirror.lk/breaking-news/Cabinet-approves-new-electricity-tariff/108-298765"
    title = "Cabinet approves new electricity tariff"
    return _page("dailymirror-lk", url, "en", "Daily Mirror", title, EN, [],
                 "2024-12-17T13:03:00+05:30", None,
                 '<div class="col-md-12"><span class="gtime">17 December 2024 01:03 pm (GMT+5:30)</span></div>',
                 nav=["News", "Business", "Sports", "Opinion"])


# ---------------------------------------------------------------------------------------------
# Label pairs


def sky_pipe() -> Page:
    url = "https://news.sky.com/story/chancellor-unveils-energy-support-package-13276543"
    title = "Chancellor unveils energy support package for households"
    return _page("sky-pipe", url, "en-GB", "Sky News", title, EN, ["Sam Coates"],
                 "2024-12-17T13:03:00+00:00", "2024-12-17T14:10:00+00:00",
                 '<div class="sdc-article-byline"><span class="sdc-article-byline__name">Sam Coates</span></div>'
                 '<p class="sdc-article-date">Published: 17 Dec 2024, 13:03 GMT | Updated: 17 Dec 2024, 14:10 GMT</p>',
                 nav=["Home", "UK", "Politics", "World"])


def indianexpress_first() -> Page:
    url = "https://indianexpress.com/article/india/cabinet-clears-crop-insurance-9731234/"
    title = "Cabinet clears revamped crop insurance scheme"
    return _page("ie-first", url, "en", "The Indian Express", title, EN, ["Harikishan Sharma"],
                 "2024-12-17T13:03:00+05:30", "2024-12-17T14:10:00+05:30",
                 '<div class="editor-date-logo"><div class="editor">Written by <a href="/profile/author/harikishan-sharma/">'
                 'Harikishan Sharma</a></div><span itemprop="dateModified">Updated: December 17, 2024 14:10 IST</span></div>',
                 nav=["India", "World", "Explained", "Opinion"],
                 after_body='<p class="first-pub">First published on: 17-12-2024 at 13:03 IST</p>')


def irish_posted() -> Page:
    url = "https://www.thejournal.ie/dail-housing-vote-6571234-Dec2024/"
    title = "Dáil passes emergency housing bill after late sitting"
    return _page("journal-posted", url, "en-IE", "TheJournal.ie", title, EN, ["Christina Finn"],
                 "2024-12-17T13:03:00+00:00", None,
                 '<div class="article-meta"><span>Posted on 17 December 2024 at 1:03 pm by '
                 '<a href="/author/christina-finn/">Christina Finn</a></span></div>',
                 nav=["News", "Sport", "Business", "Lifestyle"], title_tag=f"{title} · TheJournal.ie")


# ---------------------------------------------------------------------------------------------
# Where the date is kept: data- attributes, the URL, naive JSON-LD


def data_attrs() -> Page:
    url = "https://www.cleveland.com/news/2024/12/county-council-approves-budget.html"
    title = "County council approves 2025 budget with new jail funding"
    return _page("data-attrs", url, "en-US", "cleveland.com", title, EN, ["Courtney Astolfi"],
                 "2024-12-17T13:03:00-05:00", "2024-12-17T14:10:00-05:00",
                 '<div class="article__byline">By <a href="/staff/castolfi/">Courtney Astolfi</a></div>'
                 '<div class="article__date" data-published="2024-12-17T13:03:00-05:00" '
                 'data-updated="2024-12-17T14:10:00-05:00"><span>Dec. 17, 2024</span></div>',
                 nav=["News", "Sports", "Business", "Opinion"])


def url_only() -> Page:
    url = "https://www.independent.co.uk/news/uk/politics/2024/12/17/winter-fuel-payment-vote-b2665432.html"
    title = "MPs reject bid to restore winter fuel payments"
    return _page("url-only", url, "en-GB", "The Independent", title, EN, ["Kate Devlin"],
                 "2024-12-17", None,
                 '<div class="article-author"><a href="/author/kate-devlin">Kate Devlin</a>, Whitehall Editor</div>',
                 nav=["News", "Sport", "Culture", "Voices"])


def nikkei_naive_ld() -> Page:
    url = "https://www.nikkei.com/article/DGXZQOUA171NS0X11C24A2000000/"
    title = "補正予算案を閣議決定 経済対策の裏付け"
    return _page("nikkei-ld", url, "ja", "日本経済新聞", title, JA, [],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<div class="article-header"><time>2024年12月17日 13:03</time> '
                 '<span>（2024年12月17日 14:10更新）</span></div>',
                 nav=["速報", "経済", "政治", "国際"],
                 head=_ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                           "datePublished": "2024-12-17T13:03:00", "dateModified": "2024-12-17T14:10:00"}))


def spiegel_naive_ld() -> Page:
    url = "https://www.spiegel.de/politik/deutschland/wahlkampf-spd-union-a-1234abcd.html"
    title = "Union und SPD streiten über Steuerpläne"
    return _page("spiegel-ld", url, "de", "DER SPIEGEL", title, DE, [],
                 "2024-07-04T09:07:00+02:00", None,
                 '<div class="article-meta"><span class="article-source">aks/dpa/Reuters</span></div>',
                 nav=["Politik", "Ausland", "Wirtschaft", "Panorama"],
                 head=_ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                           "datePublished": "2024-07-04T09:07:00"}))


# ---------------------------------------------------------------------------------------------
# A numeric date read by the page's language


def us_slashed() -> Page:
    url = "https://www.nbcchicago.com/news/local/cta-fare-hike-vote/3412345/"
    title = "CTA board delays vote on fare increase"
    return _page("us-slashed", url, "en-US", "NBC Chicago", title, EN, ["Mary Norkol"],
                 "2024-03-04T09:07:00-06:00", None,
                 '<div class="article-byline">By <a href="/author/mary-norkol/">Mary Norkol</a></div>'
                 '<div class="article-date">Published 03/04/2024 09:07 AM CST</div>',
                 nav=["Local", "Weather", "Sports", "Investigations"])


def fr_slashed() -> Page:
    url = "https://www.ouest-france.fr/politique/le-senat-adopte-la-reforme-agricole-a1b2c3d4"
    title = "Le Sénat adopte la réforme agricole en première lecture"
    return _page("fr-slashed", url, "fr", "Ouest-France", title, FR, ["Jean-Pierre Buisson"],
                 "2024-04-03T09:07:00+02:00", None,
                 '<div class="su-signature"><span>Jean-Pierre Buisson</span></div>'
                 '<p class="su-date">Publié le 03/04/2024 à 09h07</p>',
                 nav=["Actu", "Sports", "Politique", "Économie"])


# ---------------------------------------------------------------------------------------------
# Dates that are not the publication's


def live_first_entry() -> Page:
    url = "https://www.standard.co.uk/news/politics/budget-debate-live-updates-b1198765.html"
    title = "Budget debate live: MPs set to vote on energy package"
    paras = [f"<strong>{t}</strong> {p}" for t, p in zip(("14:10", "13:35", "13:03"), reversed(LIVE), strict=True)]
    return _page("live-first", url, "en-GB", "Evening Standard", title, paras, ["Rachael Burford"],
                 "2024-12-17T13:03:00+00:00", "2024-12-17T14:10:00+00:00",
                 '<div class="byline">Rachael Burford</div>'
                 '<p class="live-status">LIVE · Updated 17 December 2024 14:10</p>',
                 nav=["News", "Sport", "Business", "Culture"])


def obituary() -> Page:
    url = "https://www.legacy.com/us/obituaries/sj-r/name/margaret-kelly-obituary?id=56781234"
    title = "Margaret Ann Kelly Obituary"
    return _page("obituary", url, "en-US", "Legacy.com", title, OBIT, [],
                 None, None,
                 '<div class="obit-dates"><span>March 3, 1941 – December 12, 2024</span>'
                 '<p>Springfield, IL</p></div>',
                 nav=["Obituaries", "Funeral Homes", "Send Flowers", "Resources"])


def citing_first_line() -> Page:
    url = "https://www.sj-r.com/story/news/local/2024/12/17/main-street-bridge-still-closed/76912345007/"
    title = "Five years on, Main Street bridge is still closed"
    return _page("citing", url, "en-US", "The State Journal-Register", title, CITING, ["Steven Spearie"],
                 "2024-12-17T13:03:00-06:00", None,
                 '<div class="gnt_ar_by">Steven Spearie</div>',
                 nav=["News", "Sports", "Opinion", "Obituaries"],
                 head=_metas([("property", "article:published_time", "2024-12-17T13:03:00-06:00")]))


BUILDERS: list[Callable[[], Page]] = [
    yahoo_ago, elpais_min, zeit_stunde, yahoojp_mae, anandabazar_bn, aljazeera_mundh,
    ht_today, bbc_yesterday,
    asahi_reiwa, khaosod_be, hamshahri_fa, aawsat_hijri, onlinekhabar_bs,
    mainichi_gogo, chosun_ohu, radiocanada_hne, tagesschau_stand, publico_pt,
    news18_lastupd, wordpress_edt, euronews_gmt2, kyodo_jst, yonhap_kst, tribune_pkt,
    guardian_aedt, guardian_bst, dailymirror_lk,
    sky_pipe, indianexpress_first, irish_posted,
    data_attrs, url_only, nikkei_naive_ld, spiegel_naive_ld,
    us_slashed, fr_slashed,
    live_first_entry, obituary, citing_first_line,
]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
