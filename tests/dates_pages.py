# ruff: noqa: E501
"""Look-alike article pages whose dates live in the printed text alone (or whose metadata is
naive or partial), written from what real sites of many countries printed around 2024: the
date and update lines as the site prints them (its words, its clock, its zone word or none,
its calendar), under a head that carries at most a site name and, where the site writes one,
a naive or partial stamp. Each comes with the record a careful reader writes: title, body,
authors, and `published`/`modified` to the minute in the newsroom's own UTC offset, or None
where the page does not say (a wrong date is worse than none).

A page printing a day alone has that day as its truth ("2024-12-17"): the record's date,
read in its own offset, must fall on it (the day names no minute and no zone).

Relative dates ("hace 3 horas", "il y a 2 heures", "vor 5 Stunden", "3 घंटे पहले") count
back from `FETCHED_AT`; their truth is that instant in UTC (`relative` pages: only the instant
is compared, the text names no offset).

`pages()` yields `tests.publisher_pages.Page`s; `ablated` (from there) strips the metadata.
`python -m tests.dates_measure -v` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from tests.publisher_pages import Page, _doc, _ld, _metas, _ps, _text, ablated

__all__ = ["FETCHED_AT", "Page", "ablated", "pages"]

#: When the pages are read: a month after most were printed; the relative ones were printed
#: that morning.
FETCHED_AT = datetime(2025, 1, 15, 6, 0, tzinfo=UTC)


def _nav(site: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{i}</a></li>' for i in items)
    return (f'<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" '
            f'alt="{site}"></a><nav class="menu"><ul>{links}</ul></nav></header>')


def _footer(text: str) -> str:
    return ('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li>'
            f'<a href="/privacy">Privacy</a></li></ul><p>{text}</p></footer>')


def _related(label: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/news/{n}-story">{t}</a></li>' for n, t in enumerate(items))
    return f'<aside class="related"><h3>{label}</h3><ul>{links}</ul></aside>'


def _page(key: str, url: str, lang: str, site: str, title: str, paras: list[str],
          authors: list[str], published: str | None, modified: str | None, header: str, *,
          nav: list[str], head: str = "", title_tag: str | None = None, lead: str = "",
          related: tuple[str, list[str]] = ("", []), footer: str = "", relative: bool = False,
          after_body: str = "") -> Page:
    """One page: the site's header, the headline, the date/byline block as printed, the copy."""
    head_html = _metas([("property", "og:title", title), ("property", "og:site_name", site),
                        ("property", "og:type", "article")]) + head
    lead_html = f'<p class="standfirst">{lead}</p>' if lead else ""
    body = (_nav(site, nav) + '<main><article class="article">'
            f'<h1 class="article-title">{title}</h1>{lead_html}{header}'
            '<figure class="lead-image"><img src="/media/lead.jpg" alt=""></figure>'
            f'<div class="article-body">{_ps(paras)}</div>{after_body}</article>'
            + (_related(*related) if related[1] else "") + "</main>"
            + _footer(footer or f"© 2024 {site}"))
    text = (lead + "\n\n" if lead else "") + _text(paras)
    truth: dict[str, Any] = {"title": title, "body": text, "authors": authors,
                             "published": published, "modified": modified,
                             "relative": relative}
    return Page(key, url, _doc(lang, title_tag or f"{title} | {site}", head_html, body), truth)


EN = ["The government announced on Tuesday a new package of measures to ease the cost of "
      "living, including lower fuel duties and support for households with young children.",
      "Officials said the plan would cost about 2 billion over the next two years and would be "
      "funded in part by savings elsewhere in the budget, a claim the opposition disputed.",
      "Economists welcomed the targeted support but warned that inflation could stay above the "
      "central bank's target well into next year."]


# ---------------------------------------------------------------------------------------------
# Naive clocks on .com sites whose zone the page names (Israel, the Gulf)


def jpost() -> Page:
    url = "https://www.jpost.com/israel-news/politics-and-diplomacy/article-833412"
    title = "Knesset passes budget bill in first reading after marathon debate"
    return _page("jpost", url, "en", "The Jerusalem Post | JPost.com", title, EN, ["Tovah Lazaroff"],
                 "2024-12-17T13:03:00+02:00", "2024-12-17T14:10:00+02:00",
                 '<div class="article-subline"><span class="reporters">By <a href="/author/tovah-lazaroff">'
                 'TOVAH LAZAROFF</a></span><time class="article-subline-date">DECEMBER 17, 2024 13:03'
                 '</time><span class="article-subline-updated">Updated: DECEMBER 17, 2024 14:10</span></div>',
                 nav=["Israel News", "Middle East", "Opinion", "Business"],
                 title_tag=f"{title} - The Jerusalem Post", footer="All rights reserved © The Jerusalem Post 2024")


def timesofisrael() -> Page:
    url = "https://www.timesofisrael.com/cabinet-approves-new-northern-evacuee-grants/"
    title = "Cabinet approves new grants for northern evacuees returning home"
    return _page("toi", url, "en-US", "The Times of Israel", title, EN, ["Sam Sokol"],
                 "2024-12-17T13:03:00+02:00", None,
                 '<div class="byline"><span class="byline-name">By <a href="/writers/sam-sokol/">Sam Sokol</a>'
                 '</span> <span class="date">17 December 2024, 1:03 pm</span></div>',
                 nav=["Israel &amp; the Region", "Jewish Times", "Opinion"],
                 title_tag=f"{title} | The Times of Israel")


def gulfnews() -> Page:
    url = "https://gulfnews.com/uae/government/uae-announces-new-federal-budget-1.500012345"
    title = "UAE announces new federal budget for 2025"
    return _page("gulfnews", url, "en", "Gulf News", title, EN, ["Samihah Zaman"],
                 "2024-12-17T13:03:00+04:00", "2024-12-17T14:10:00+04:00",
                 '<div class="author-details"><a class="author" href="/author/samihah-zaman">Samihah Zaman'
                 '</a>, Senior Reporter</div><div class="time-details"><span>Published: December 17, 2024 13:03'
                 '</span> <span>Last updated: December 17, 2024 14:10</span></div>',
                 nav=["UAE", "Business", "World", "Sport"], footer="© Al Nisr Publishing LLC 2024. All rights reserved.")


def khaleejtimes() -> Page:
    url = "https://www.khaleejtimes.com/uae/dubai-metro-blue-line-work-begins"
    title = "Dubai Metro Blue Line: work begins on new stations"
    return _page("khaleej", url, "en", "Khaleej Times", title, EN, ["Nasreen Abdulla"],
                 "2024-12-17T13:03:00+04:00", "2024-12-17T14:10:00+04:00",
                 '<div class="article-top-author-nw-nf-right"><a href="/author/nasreen-abdulla">Nasreen Abdulla'
                 '</a></div><div class="article-top-date"><p>Published: Tue 17 Dec 2024, 1:03 PM</p>'
                 '<p>Last updated: Tue 17 Dec 2024, 2:10 PM</p></div>',
                 nav=["UAE", "World", "Business", "Sports"])


# ---------------------------------------------------------------------------------------------
# US clocks with the zone's word: "EST", "ET", "CDT", "a.m./p.m."


def cbsnews() -> Page:
    url = "https://www.cbsnews.com/news/house-passes-stopgap-spending-bill-shutdown/"
    title = "House passes stopgap spending bill hours before shutdown deadline"
    return _page("cbsnews", url, "en", "CBS News", title, EN, ["Caitlin Yilek"],
                 None, "2024-12-17T15:45:00-05:00",
                 '<p class="content__meta content__meta--byline">By <a href="/team/caitlin-yilek/">Caitlin Yilek</a>'
                 '</p><p class="content__meta content__meta--timestamp"><time>Updated on: December 17, 2024 / '
                 '3:45 PM EST / CBS News</time></p>',
                 nav=["U.S.", "World", "Politics", "HealthWatch"])


def foxnews() -> Page:
    url = "https://www.foxnews.com/politics/senate-democrats-block-border-bill"
    title = "Senate Democrats block border bill in procedural vote"
    return _page("foxnews", url, "en-US", "Fox News", title, EN, ["Alex Miller"],
                 "2024-12-17T15:45:00-05:00", None,
                 '<div class="article-meta"><div class="author-byline"><span>By <a href="/person/m/alex-miller">'
                 'Alex Miller</a> Fox News</span></div><div class="article-date"><time>Published December 17, 2024 3:45pm EST'
                 '</time></div></div>',
                 nav=["U.S.", "Politics", "World", "Opinion"])


def chicagotribune() -> Page:
    url = "https://www.chicagotribune.com/2024/12/17/cta-budget-hearing-fares/"
    title = "CTA budget hearing draws riders angry over service cuts"
    return _page("chitrib", url, "en-US", "Chicago Tribune", title, EN, ["Sam Kelly"],
                 "2024-12-17T09:15:00-06:00", "2024-12-17T10:02:00-06:00",
                 '<div class="byline"><span class="author-name">By <a href="/author/sam-kelly/">Sam Kelly</a> | Chicago Tribune</span>'
                 '<div class="time"><span>PUBLISHED: December 17, 2024 at 9:15 AM CST</span> | '
                 '<span>UPDATED: December 17, 2024 at 10:02 AM CST</span></div></div>',
                 nav=["News", "Sports", "Business", "Opinion"])


def dallasnews() -> Page:
    url = "https://www.dallasnews.com/news/politics/2024/07/04/dallas-city-council-approves-budget/"
    title = "Dallas City Council approves budget after long night of debate"
    return _page("dallasnews", url, "en", "Dallas News", title, EN, ["Everton Bailey Jr."],
                 "2024-07-04T09:07:00-05:00", "2024-07-04T10:14:00-05:00",
                 '<div class="article-byline"><a href="/author/everton-bailey-jr/">Everton Bailey Jr.</a></div>'
                 '<div class="article-dates"><p>Published Jul. 4, 2024 at 9:07 a.m. CDT</p>'
                 '<p>Updated 10:14 a.m. CDT</p></div>',
                 nav=["News", "Sports", "Business", "Arts"])


def politico() -> Page:
    url = "https://www.politico.com/news/2024/12/17/senate-defense-bill-vote-00194512"
    title = "Senate clears defense bill, sending it to Biden"
    return _page("politico", url, "en", "POLITICO", title, EN, ["Connor O'Brien"],
                 "2024-12-17T15:45:00-05:00", "2024-12-17T17:02:00-05:00",
                 '<div class="story-meta"><p class="story-meta__authors">By <a href="/staff/connor-obrien">'
                 "Connor O'Brien</a></p><p class=\"story-meta__timestamp\"><time>12/17/2024 03:45 PM EST</time></p>"
                 '<p class="story-meta__updated"><time>Updated: 12/17/2024 05:02 PM EST</time></p></div>',
                 nav=["Congress", "White House", "Policy"])


def wapo() -> Page:
    url = "https://www.washingtonpost.com/dc-md-va/2024/12/17/metro-fare-increase-vote/"
    title = "Metro board votes to raise fares for the first time since 2019"
    return _page("wapo", url, "en", "The Washington Post", title, EN, ["Justin George"],
                 "2024-12-17T15:45:00-05:00", "2024-12-17T17:02:00-05:00",
                 '<div data-qa="author-byline">By <a href="/people/justin-george/">Justin George</a></div>'
                 '<div data-qa="timestamp"><span>December 17, 2024 at 3:45 p.m. EST</span></div>'
                 '<div data-qa="updated-timestamp"><span>Updated December 17, 2024 at 5:02 p.m. EST</span></div>',
                 nav=["Politics", "Opinions", "Style", "Investigations"])


def wgntv() -> Page:
    url = "https://wgntv.com/news/chicago-news/snow-storm-hits-chicago-area/"
    title = "Snowstorm hits Chicago area, slowing evening commute"
    return _page("wgntv", url, "en-US", "WGN-TV", title, EN, ["Tahman Bradley"],
                 "2024-12-17T15:45:00-06:00", "2024-12-17T17:02:00-06:00",
                 '<div class="article-authors">by: <a href="/author/tahman-bradley/">Tahman Bradley</a></div>'
                 '<div class="article-dates"><p>Posted: Dec 17, 2024 / 03:45 PM CST</p>'
                 '<p>Updated: Dec 17, 2024 / 05:02 PM CST</p></div>',
                 nav=["News", "Weather", "Sports", "Video"])


def npr() -> Page:
    url = "https://www.npr.org/2024/12/17/nx-s1-5231456/fed-interest-rates-inflation"
    title = "The Fed is expected to cut rates again. What it means for you"
    return _page("npr", url, "en", "NPR", title, EN, ["Scott Horsley"],
                 "2024-12-17T15:45:00-05:00", "2024-12-17T17:02:00-05:00",
                 '<div id="storybyline"><p class="byline__name">By <a href="/people/2100557/scott-horsley">'
                 'Scott Horsley</a></p></div><div class="dateblock"><time><span class="date">December 17, 2024'
                 '</span><span class="time">3:45 PM ET</span></time></div>'
                 '<p class="updated">Updated December 17, 2024 at 5:02 PM ET</p>',
                 nav=["News", "Culture", "Music", "Podcasts"])


def ap_et() -> Page:
    url = "https://www.wtop.com/national/2024/12/senate-passes-funding-bill/"
    title = "Senate passes funding bill, averting a holiday shutdown"
    return _page("wtop", url, "en-US", "WTOP News", title, EN, ["Mary Clare Jalonick"],
                 "2024-12-17T15:45:00-05:00", None,
                 '<div class="byline">By <a href="/author/mary-clare-jalonick/">Mary Clare Jalonick</a></div>'
                 '<div class="post-date">Posted 3:45 PM ET, Tue December 17, 2024</div>',
                 nav=["Local", "National", "Politics", "Sports"])


# ---------------------------------------------------------------------------------------------
# Spanish-language .com sites


ES = ["El Gobierno presentó este martes un paquete de medidas para contener el aumento de los "
      "precios de los alimentos y de la energía, que incluye rebajas de impuestos.",
      "El ministro de Hacienda explicó que el plan costará unos 2.000 millones y que se "
      "financiará con ahorros en otras partidas del presupuesto.",
      "La oposición criticó la iniciativa por llegar tarde y anunció que pedirá cambios durante "
      "el trámite parlamentario."]


def eltiempo() -> Page:
    url = "https://www.eltiempo.com/politica/gobierno/gobierno-presenta-paquete-de-medidas-3412345"
    title = "Gobierno presenta paquete de medidas contra la inflación"
    return _page("eltiempo", url, "es", "EL TIEMPO", title, ES, ["Juan Sebastián Lombo"],
                 "2024-12-17T13:03:00-05:00", "2024-12-17T14:10:00-05:00",
                 '<div class="c-detail__author"><a class="c-detail__author__name" href="/autor/juan-sebastian-lombo">'
                 'Juan Sebastián Lombo</a></div><div class="c-detail__date"><time>17 de diciembre 2024, 01:03 p. m.</time>'
                 '<span>Actualizado: 17 de diciembre 2024, 02:10 p. m.</span></div>',
                 nav=["Política", "Economía", "Bogotá", "Deportes"],
                 head=_metas([("property", "og:locale", "es_CO")]))


def milenio() -> Page:
    url = "https://www.milenio.com/politica/senado-aprueba-reforma-judicial-en-lo-general"
    title = "Senado aprueba en lo general la reforma a la ley de amparo"
    return _page("milenio", url, "es", "Milenio", title, ES, ["Carlos Alberto Tinoco"],
                 "2024-12-17T13:03:00-06:00", None,
                 '<div class="nd-content-head"><span class="author">Carlos Alberto Tinoco</span>'
                 '<span class="date">Ciudad de México / 17.12.2024 13:03:00</span></div>',
                 nav=["Política", "Negocios", "Policía", "Internacional"], footer="© 2024 Milenio Diario, S.A. de C.V. México")


def infobae() -> Page:
    url = "https://www.infobae.com/economia/2024/12/17/el-gobierno-anuncio-una-baja-de-retenciones/"
    title = "El Gobierno anunció una baja de retenciones para el trigo y la cebada"
    return _page("infobae", url, "es", "infobae", title, ES, ["Martín Kanenguiser"],
                 "2024-12-17T13:03:00-03:00", None,
                 '<div class="byline"><a class="author-name" href="/autor/martin-kanenguiser/">Martín Kanenguiser</a></div>'
                 '<span class="sharebar-article-date">17 Dic, 2024 01:03 p.m. AR</span>',
                 nav=["Economía", "Política", "Sociedad", "América"])


def marca() -> Page:
    url = "https://www.marca.com/futbol/real-madrid/2024/12/17/6761a2b3e2704e1b2c8b45a1.html"
    title = "Ancelotti confirma la vuelta de Vinicius para el partido de Copa"
    return _page("marca", url, "es", "MARCA", title, ES, ["José Félix Díaz"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="ue-c-article__byline"><div class="ue-c-article__byline-name"><a href="/autor/jose-felix-diaz">'
                 'José Félix Díaz</a></div><div class="ue-c-article__publishdate"><time>Martes, 17 diciembre 2024 - 13:03</time>'
                 '<span>Actualizado Martes, 17 diciembre 2024 - 14:10</span></div></div>',
                 nav=["Fútbol", "Baloncesto", "Motor", "Tenis"],
                 head=_ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                           "datePublished": "2024-12-17T13:03:00", "dateModified": "2024-12-17T14:10:00"}))


def tn_hace() -> Page:
    url = "https://tn.com.ar/politica/2025/01/15/el-congreso-convoca-a-sesiones-extraordinarias/"
    title = "El Congreso convoca a sesiones extraordinarias"
    return _page("tn-hace", url, "es", "TN", title, ES, ["Lucía Salinas"],
                 "2025-01-15T03:00:00+00:00", None,
                 '<div class="article__byline"><span>Por <a href="/autor/lucia-salinas/">Lucía Salinas</a></span>'
                 '<time class="article__date">hace 3 horas</time></div>',
                 nav=["Política", "Economía", "Deportes", "Show"], relative=True)


# ---------------------------------------------------------------------------------------------
# Relative dates in other languages


FR = ["Le gouvernement a présenté mardi un plan pour soutenir le pouvoir d'achat des ménages "
      "modestes, avec une baisse des taxes sur l'électricité.",
      "Le ministre de l'Économie a précisé que la mesure coûterait environ deux milliards "
      "d'euros et serait financée par des économies sur d'autres postes.",
      "L'opposition a dénoncé un texte insuffisant et annoncé le dépôt d'amendements."]
DE = ["Die Bundesregierung hat am Dienstag ein Entlastungspaket für Familien beschlossen, das "
      "unter anderem eine Erhöhung des Kindergeldes vorsieht.",
      "Der Finanzminister sagte, die Maßnahmen kosteten rund zwei Milliarden Euro und würden "
      "durch Einsparungen an anderer Stelle finanziert.",
      "Die Opposition kritisierte das Paket als zu spät und zu klein."]
HI = ["केंद्र सरकार ने मंगलवार को किसानों के लिए एक नई योजना की घोषणा की, जिसके तहत फसल बीमा की "
      "प्रीमियम दरों में कटौती की जाएगी।",
      "कृषि मंत्री ने कहा कि इस योजना पर अगले दो वर्षों में लगभग दो हजार करोड़ रुपये खर्च होंगे।",
      "विपक्ष ने इस घोषणा को चुनावी कदम बताया और कहा कि किसानों को इससे कोई खास लाभ नहीं होगा।"]


def lefigaro_ilya() -> Page:
    url = "https://www.lefigaro.fr/politique/le-gouvernement-presente-un-plan-pour-le-pouvoir-d-achat-20250115"
    title = "Le gouvernement présente un plan pour le pouvoir d'achat"
    return _page("figaro-ilya", url, "fr", "Le Figaro", title, FR, ["Claire Conruyt"],
                 "2025-01-15T04:00:00+00:00", None,
                 '<div class="fig-content-metas"><span class="fig-content-metas__author">Par <a href="/auteur/claire-conruyt">'
                 'Claire Conruyt</a></span><span class="fig-content-metas__pub-date">Publié il y a 2 heures</span></div>',
                 nav=["Politique", "International", "Économie", "Culture"], relative=True)


def ntv_vor() -> Page:
    url = "https://www.n-tv.de/politik/Kabinett-beschliesst-Entlastungspaket-article25491234.html"
    title = "Kabinett beschließt Entlastungspaket für Familien"
    return _page("ntv-vor", url, "de", "n-tv.de", title, DE, [],
                 "2025-01-15T01:00:00+00:00", None,
                 '<div class="article__meta"><span class="article__date">vor 5 Stunden</span>'
                 '<span class="article__source">Quelle: ntv.de, dpa</span></div>',
                 nav=["Politik", "Wirtschaft", "Sport", "Panorama"], relative=True)


def aajtak_pahle() -> Page:
    url = "https://www.aajtak.in/india/news/story/kendra-sarkar-kisan-yojana-1234567-2025-01-15"
    title = "केंद्र सरकार ने किसानों के लिए नई योजना की घोषणा की"
    return _page("aajtak-pahle", url, "hi", "आज तक", title, HI, ["हिमांशु मिश्रा"],
                 "2025-01-15T03:00:00+00:00", None,
                 '<div class="brand-detial-main"><div class="auth-name"><a href="/author/himanshu-mishra">हिमांशु मिश्रा</a></div>'
                 '<div class="brand-detial-date">नई दिल्ली, <span>3 घंटे पहले</span></div></div>',
                 nav=["देश", "विदेश", "खेल", "मनोरंजन"], relative=True)


TH = ["คณะรัฐมนตรีมีมติอนุมัติมาตรการกระตุ้นเศรษฐกิจระยะที่สอง โดยจะแจกเงินให้ผู้สูงอายุกว่าสามล้านคน",
      "โฆษกรัฐบาลกล่าวว่ามาตรการดังกล่าวใช้งบประมาณราวสี่หมื่นล้านบาทและจะเริ่มจ่ายเงินในเดือนหน้า",
      "ฝ่ายค้านวิจารณ์ว่ามาตรการนี้ไม่ได้ช่วยแก้ปัญหาเศรษฐกิจในระยะยาว"]


def thairath_rel() -> Page:
    url = "https://www.thairath.co.th/news/politic/2834567"
    title = "ครม.อนุมัติมาตรการกระตุ้นเศรษฐกิจระยะที่สอง"
    return _page("thairath-rel", url, "th", "ไทยรัฐ", title, TH, [],
                 "2025-01-15T03:00:00+00:00", None,
                 '<div class="article-meta"><span class="date">3 ชั่วโมงที่แล้ว</span></div>',
                 nav=["การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา"], relative=True)


def matichon_be() -> Page:
    url = "https://www.matichon.co.th/politics/news_4951234"
    title = "ครม.เคาะงบกระตุ้นเศรษฐกิจ 4 หมื่นล้าน"
    return _page("matichon-be", url, "th", "มติชนออนไลน์", title, TH, [],
                 "2024-12-17T13:03:00+07:00", "2024-12-17T14:10:00+07:00",
                 '<div class="td-post-header"><span class="td-post-date">วันที่ 17 ธันวาคม 2567 - 13:03 น.</span>'
                 '<span class="td-post-modified">อัปเดตล่าสุด 17 ธ.ค. 2567 14:10 น.</span></div>',
                 nav=["การเมือง", "เศรษฐกิจ", "ภูมิภาค", "บันเทิง"])


def bangkokpost() -> Page:
    url = "https://www.bangkokpost.com/thailand/politics/2923456/cabinet-approves-stimulus"
    title = "Cabinet approves second-phase stimulus handout"
    return _page("bangkokpost", url, "en", "Bangkok Post", title, EN, ["Aekarach Sattaburuth"],
                 "2024-12-17T13:03:00+07:00", "2024-12-17T14:10:00+07:00",
                 '<div class="article-info"><div class="article-info--col"><p>PUBLISHED : 17 Dec 2024 at 13:03</p>'
                 '<p>UPDATED : 17 Dec 2024 at 14:10</p></div><div class="writer">WRITER: '
                 '<a href="/profile/aekarach-sattaburuth">Aekarach Sattaburuth</a></div></div>',
                 nav=["Thailand", "World", "Business", "Opinion"])


# ---------------------------------------------------------------------------------------------
# Other calendars and scripts: Hebrew, Kannada, Urdu


HE = ["הממשלה אישרה ביום שלישי תוכנית חדשה לסיוע לתושבי הצפון שפונו מבתיהם, הכוללת מענקים לחזרה.",
      "שר האוצר אמר כי עלות התוכנית מוערכת בכשני מיליארד שקלים והיא תמומן מהתקציב הקיים.",
      "ראשי הרשויות בצפון אמרו כי הסיוע מגיע באיחור ואינו מספיק."]


def ynet_he() -> Page:
    url = "https://www.ynet.co.il/news/article/hkx00123ab"
    title = "הממשלה אישרה מענקים לתושבי הצפון שחוזרים לבתיהם"
    return _page("ynet", url, "he", "ynet", title, HE, ["מורן אזולאי"],
                 "2024-12-17T13:03:00+02:00", "2024-12-17T14:10:00+02:00",
                 '<div class="authorAndDate"><span class="authors">מורן אזולאי</span>'
                 '<span class="date"><time>פורסם: 17.12.24, 13:03</time></span>'
                 '<span class="updated">עודכן: 17.12.24, 14:10</span></div>',
                 nav=["חדשות", "כלכלה", "ספורט", "תרבות"])


def haaretz_he() -> Page:
    url = "https://www.haaretz.co.il/news/politics/2024-12-17/ty-article/00000193-1234-d2e4-a5d7-fb9f1c2e0000"
    title = "הכנסת אישרה בקריאה ראשונה את תקציב המדינה"
    return _page("haaretz", url, "he", "הארץ", title, HE, ["יהונתן ליס"],
                 "2024-12-17T13:03:00+02:00", None,
                 '<div class="article-header-meta"><address><a href="/ty-writer/0000017f-da2c">יהונתן ליס</a></address>'
                 '<div class="dates"><span class="hebrew-date">ט"ז בכסלו התשפ"ה</span> '
                 '<time>17 בדצמבר 2024 13:03</time></div></div>',
                 nav=["חדשות", "דעות", "כלכלה", "תרבות"])


KN = ["ರಾಜ್ಯ ಸರ್ಕಾರವು ಮಂಗಳವಾರ ರೈತರಿಗಾಗಿ ಹೊಸ ಯೋಜನೆಯನ್ನು ಘೋಷಿಸಿದೆ ಎಂದು ಮುಖ್ಯಮಂತ್ರಿ ತಿಳಿಸಿದರು.",
      "ಈ ಯೋಜನೆಗೆ ಮುಂದಿನ ಎರಡು ವರ್ಷಗಳಲ್ಲಿ ಎರಡು ಸಾವಿರ ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚವಾಗಲಿದೆ ಎಂದು ಅವರು ಹೇಳಿದರು.",
      "ವಿರೋಧ ಪಕ್ಷಗಳು ಈ ಘೋಷಣೆಯನ್ನು ಚುನಾವಣಾ ತಂತ್ರ ಎಂದು ಟೀಕಿಸಿವೆ."]


def prajavani_kn() -> Page:
    url = "https://www.prajavani.net/district/bengaluru-city/new-scheme-for-farmers-2971234"
    title = "ರೈತರಿಗೆ ಹೊಸ ಯೋಜನೆ ಘೋಷಿಸಿದ ರಾಜ್ಯ ಸರ್ಕಾರ"
    return _page("prajavani", url, "kn", "ಪ್ರಜಾವಾಣಿ", title, KN, [],
                 "2024-12-17T13:03:00+05:30", None,
                 '<div class="story-meta"><span class="place">ಬೆಂಗಳೂರು</span> '
                 '<span class="published">ಡಿ.17, 2024, 13:03</span></div>',
                 nav=["ರಾಜ್ಯ", "ದೇಶ", "ವಿದೇಶ", "ಕ್ರೀಡೆ"])


UR = ["وفاقی حکومت نے منگل کے روز کسانوں کے لیے ایک نئے امدادی پیکج کا اعلان کیا ہے۔",
      "وزیر خزانہ نے کہا کہ اس پیکج پر آئندہ دو برسوں میں تقریباً دو ارب روپے خرچ ہوں گے۔",
      "اپوزیشن نے اس اعلان کو ناکافی قرار دیتے ہوئے تنقید کی ہے۔"]


def jang_ur() -> Page:
    url = "https://jang.com.pk/news/1412345"
    title = "حکومت کا کسانوں کیلئے نئے امدادی پیکج کا اعلان"
    return _page("jang", url, "ur", "Daily Jang", title, UR, [],
                 "2024-12-17T13:03:00+05:00", None,
                 '<div class="detail-time"><span>17 دسمبر ، 2024</span> <span>01:03 PM</span></div>',
                 nav=["پاکستان", "دنیا", "کاروبار", "کھیل"])


def express_ur() -> Page:
    url = "https://www.express.pk/story/2732145/1"
    title = "کسانوں کیلئے امدادی پیکج کی منظوری"
    return _page("express-ur", url, "ur", "Express News", title, UR, [],
                 "2024-12-17", None,
                 '<div class="story-date"><span class="timestamp">منگل 17 دسمبر 2024</span></div>',
                 nav=["پاکستان", "انٹرنیشنل", "بزنس", "کھیل"])


# ---------------------------------------------------------------------------------------------
# A day only


def inquirer_day() -> Page:
    url = "https://newsinfo.inquirer.net/1998765/senate-approves-2025-budget"
    title = "Senate approves P6.352-trillion budget for 2025"
    return _page("inquirer", url, "en-US", "Philippine Daily Inquirer", title, EN, ["Marlon Ramos"],
                 "2024-12-17", None,
                 '<div id="art_author"><a href="/byline/marlon-ramos">Marlon Ramos</a> - '
                 'Philippine Daily Inquirer</div><div id="art_plat">December 17, 2024</div>',
                 nav=["News", "Business", "Sports", "Opinion"],
                 title_tag=f"{title} | Inquirer News")


def lemonde_day() -> Page:
    url = "https://www.lemonde.fr/politique/article/2024/12/17/le-senat-adopte-le-budget_6451234_823448.html"
    title = "Le Sénat adopte le projet de budget de la Sécurité sociale"
    return _page("lemonde-day", url, "fr", "Le Monde", title, FR, ["Manon Romain"],
                 "2024-12-17", None,
                 '<p class="article__authors">Par <a class="article__author-link" href="/signataires/manon-romain/">Manon Romain</a></p>'
                 '<p class="meta__date">Publié le 17 décembre 2024</p>',
                 nav=["International", "Politique", "Société", "Économie"])


# ---------------------------------------------------------------------------------------------
# "Last updated" lines in many languages


ID = ["Pemerintah resmi menaikkan tarif pajak pertambahan nilai menjadi 12 persen mulai 1 Januari "
      "2025, kata Menteri Keuangan dalam konferensi pers di Jakarta.",
      "Kenaikan itu hanya berlaku untuk barang dan jasa mewah, sementara kebutuhan pokok tetap "
      "dibebaskan dari pajak.",
      "Sejumlah ekonom menilai kebijakan ini akan menekan daya beli masyarakat kelas menengah."]
PT = ["O governo anunciou nesta terça-feira um pacote de corte de gastos que deve economizar "
      "cerca de R$ 70 bilhões nos próximos dois anos.",
      "Segundo o ministro da Fazenda, as medidas incluem mudanças no abono salarial e no "
      "reajuste do salário mínimo.",
      "A proposta ainda precisa ser aprovada pelo Congresso antes do recesso parlamentar."]
IT = ["Il governo ha approvato martedì la manovra di bilancio per il 2025, che prevede un taglio "
      "del cuneo fiscale per i lavoratori dipendenti.",
      "Il ministro dell'Economia ha spiegato che le misure costeranno circa 30 miliardi di euro.",
      "Le opposizioni hanno annunciato battaglia in Parlamento sugli emendamenti."]
PL = ["Sejm przyjął we wtorek ustawę budżetową na 2025 rok, która zakłada rekordowe wydatki na "
      "obronność.",
      "Minister finansów podkreślił, że deficyt nie przekroczy 289 miliardów złotych.",
      "Opozycja zapowiedziała, że będzie zabiegać o poprawki w Senacie."]
TR = ["Merkez Bankası politika faizini 250 baz puan indirerek yüzde 47'ye çekti.",
      "Kurul, enflasyondaki ana eğilimin gerilemeye devam ettiğini değerlendirdi.",
      "Ekonomistler, faiz indirim sürecinin önümüzdeki aylarda süreceğini tahmin ediyor."]
RU = ["Государственная дума приняла во вторник в третьем чтении закон о бюджете на 2025 год.",
      "Министр финансов заявил, что дефицит бюджета составит около полпроцента ВВП.",
      "Документ теперь должен одобрить Совет Федерации."]
AR = ["أعلنت الحكومة السعودية يوم الثلاثاء عن ميزانية عام 2025 بإنفاق يبلغ 1.285 تريليون ريال.",
      "وقال وزير المالية إن الميزانية تركز على دعم النمو الاقتصادي وتنويع مصادر الدخل.",
      "وتتوقع الحكومة عجزا بنحو 2.3 في المئة من الناتج المحلي الإجمالي."]
SV = ["Regeringen presenterade på tisdagen ett nytt stödpaket till hushållen med sänkt skatt på el.",
      "Finansministern sade att åtgärderna kostar omkring tio miljarder kronor nästa år.",
      "Oppositionen kritiserade förslaget för att komma för sent."]
EL = ["Η κυβέρνηση ανακοίνωσε την Τρίτη νέο πακέτο μέτρων στήριξης για τα νοικοκυριά με χαμηλά εισοδήματα.",
      "Ο υπουργός Οικονομικών ανέφερε ότι το κόστος των μέτρων ανέρχεται σε περίπου ένα δισ. ευρώ.",
      "Η αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή."]
CS = ["Vláda ve úterý schválila nový balíček opatření na podporu domácností s nízkými příjmy.",
      "Ministr financí uvedl, že opatření budou stát zhruba deset miliard korun.",
      "Opozice návrh kritizovala jako nedostatečný."]
JA = ["政府は17日の臨時閣議で、物価高対策や賃上げの後押しを盛り込んだ総合経済対策を正式に決定した。"
      "電気・ガス料金の補助を来年1月から3か月間再開するほか、ガソリン価格の抑制策も続ける。",
      "財政支出は約21兆円に上り、住民税が非課税となっている低所得世帯への給付金などが柱となる。"
      "政府はこの対策の裏付けとなる補正予算案を今月下旬に国会に提出する方針だ。",
      "一方、野党側は対策の効果が限定的だと批判しており、国会審議では規模や中身をめぐって論戦が続く見通しだ。"]
KO = ["정부는 17일 국무회의를 열고 소상공인 지원을 위한 추가경정예산안을 의결했다.",
      "기획재정부 장관은 이번 추경 규모가 약 10조원이라고 밝혔다.",
      "야당은 지원 규모가 충분하지 않다고 비판했다."]
VI = ["Quốc hội đã thông qua nghị quyết về dự toán ngân sách nhà nước năm 2025 vào sáng thứ ba.",
      "Bộ trưởng Tài chính cho biết bội chi ngân sách sẽ được kiểm soát ở mức 3,8% GDP.",
      "Nhiều đại biểu đề nghị tăng chi cho giáo dục và y tế."]
NL = ["Het kabinet heeft dinsdag een nieuw pakket maatregelen gepresenteerd om de energierekening "
      "van huishoudens te verlagen.",
      "De minister van Financiën zei dat de maatregelen ongeveer twee miljard euro kosten.",
      "De oppositie noemde het plan te laat en te klein."]


def kompas_id() -> Page:
    url = "https://nasional.kompas.com/read/2024/12/17/13030011/pemerintah-resmi-naikkan-ppn-12-persen"
    title = "Pemerintah Resmi Naikkan PPN Jadi 12 Persen"
    return _page("kompas", url, "id", "KOMPAS.com", title, ID, ["Fika Nurul Ulya"],
                 "2024-12-17T13:03:00+07:00", "2024-12-17T14:10:00+07:00",
                 '<div class="read__credit"><div class="read__credit__item">Penulis <a href="/author/fika">Fika Nurul Ulya</a></div></div>'
                 '<div class="read__time">Kompas.com - 17/12/2024, 13:03 WIB</div>'
                 '<div class="read__time--update">Diperbarui 17/12/2024, 14:10 WIB</div>',
                 nav=["Nasional", "Regional", "Megapolitan", "Global"])


def g1_pt() -> Page:
    url = "https://g1.globo.com/economia/noticia/2024/12/17/governo-anuncia-pacote-de-corte-de-gastos.ghtml"
    title = "Governo anuncia pacote de corte de gastos de R$ 70 bilhões"
    return _page("g1", url, "pt-BR", "g1", title, PT, ["Alexandro Martello"],
                 "2024-12-17T13:03:00-03:00", "2024-12-17T14:10:00-03:00",
                 '<p class="content-publication-data__from">Por <a href="/autor/alexandro-martello">Alexandro Martello</a>, g1 — Brasília</p>'
                 '<p class="content-publication-data__updated"><time>17/12/2024 13h03</time> '
                 '<span>Atualizado 17/12/2024 14h10</span></p>',
                 nav=["Economia", "Política", "Mundo", "Tecnologia"])


def sole24ore_it() -> Page:
    url = "https://www.ilsole24ore.com/art/manovra-approvata-consiglio-ministri-AGxY1234"
    title = "Manovra, via libera del governo: taglio del cuneo confermato"
    return _page("sole24ore", url, "it", "Il Sole 24 ORE", title, IT, ["Gianni Trovati"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<p class="auth">di <a href="/autori/gianni-trovati">Gianni Trovati</a></p>'
                 '<p class="meta"><time class="time">17 dicembre 2024, 13:03</time></p>'
                 '<p class="meta-update">Ultimo aggiornamento: 17 dicembre 2024, 14:10</p>',
                 nav=["Italia", "Mondo", "Economia", "Finanza"])


def onet_pl() -> Page:
    url = "https://wiadomosci.onet.pl/kraj/sejm-przyjal-ustawe-budzetowa-na-2025-rok/x1y2z3"
    title = "Sejm przyjął ustawę budżetową na 2025 rok"
    return _page("onet", url, "pl", "Onet Wiadomości", title, PL, ["Andrzej Gajcy"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="authorBox"><span class="name">Andrzej Gajcy</span></div>'
                 '<div class="dateBox"><span class="datePublished">17 grudnia 2024, 13:03</span> '
                 '<span class="dateModified">Aktualizacja: 17.12.2024 14:10</span></div>',
                 nav=["Kraj", "Świat", "Biznes", "Sport"])


def hurriyet_tr() -> Page:
    url = "https://www.hurriyet.com.tr/ekonomi/merkez-bankasi-faiz-karari-42612345"
    title = "Merkez Bankası faiz kararını açıkladı"
    return _page("hurriyet", url, "tr", "Hürriyet", title, TR, [],
                 "2024-12-17T13:03:00+03:00", "2024-12-17T14:10:00+03:00",
                 '<div class="news-date"><span>Giriş: 17.12.2024 - 13:03</span>'
                 '<span>Güncelleme: 17.12.2024 - 14:10</span></div>',
                 nav=["Gündem", "Ekonomi", "Dünya", "Spor"])


def lenta_ru() -> Page:
    url = "https://lenta.ru/news/2024/12/17/gosduma-prinyala-byudzhet/"
    title = "Госдума приняла закон о бюджете на 2025 год"
    return _page("lenta", url, "ru", "Lenta.ru", title, RU, [],
                 "2024-12-17T13:03:00+03:00", "2024-12-17T14:10:00+03:00",
                 '<div class="topic-header__info"><a class="topic-header__time" href="/news/2024/12/17/">'
                 '13:03, 17 декабря 2024</a><span class="topic-header__updated">Обновлено 17 декабря 2024, 14:10</span></div>',
                 nav=["Россия", "Мир", "Экономика", "Спорт"])


def alarabiya_ar() -> Page:
    url = "https://www.alarabiya.net/aswaq/economy/2024/12/17/السعودية-تعلن-ميزانية-2025"
    title = "السعودية تعلن ميزانية 2025 بإنفاق 1.285 تريليون ريال"
    return _page("alarabiya", url, "ar", "العربية", title, AR, [],
                 "2024-12-17T13:03:00+03:00", "2024-12-17T14:10:00+03:00",
                 '<div class="article-dates"><span class="date">نشر في: 17 ديسمبر ,2024: 01:03 م KSA</span>'
                 '<span class="date-update">آخر تحديث: 17 ديسمبر ,2024: 02:10 م KSA</span></div>',
                 nav=["السعودية", "العالم", "أسواق", "رياضة"])


def dn_sv() -> Page:
    url = "https://www.dn.se/sverige/regeringen-presenterar-nytt-stodpaket-till-hushallen/"
    title = "Regeringen presenterar nytt stödpaket till hushållen"
    return _page("dn", url, "sv", "DN.se", title, SV, ["Anna Nordbeck"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="article__byline"><a href="/av/anna-nordbeck/">Anna Nordbeck</a></div>'
                 '<div class="article__dates"><time>Publicerad 2024-12-17 13.03</time> '
                 '<span>Uppdaterad 2024-12-17 14.10</span></div>',
                 nav=["Sverige", "Världen", "Ekonomi", "Kultur"])


def kathimerini_el() -> Page:
    url = "https://www.kathimerini.gr/economy/563412345/nea-metra-stirixis/"
    title = "Νέο πακέτο μέτρων στήριξης για τα νοικοκυριά"
    return _page("kathimerini", url, "el", "ΚΑΘΗΜΕΡΙΝΗ", title, EL, [],
                 "2024-12-17T13:03:00+02:00", "2024-12-17T14:10:00+02:00",
                 '<div class="entry-meta"><time>17.12.2024 • 13:03</time>'
                 '<span class="updated">Τελευταία ενημέρωση: 17.12.2024 • 14:10</span></div>',
                 nav=["Πολιτική", "Οικονομία", "Κόσμος", "Αθλητισμός"])


def idnes_cs() -> Page:
    url = "https://www.idnes.cz/zpravy/domaci/vlada-schvalila-balicek-opatreni.A241217_130300_domaci_abc"
    title = "Vláda schválila balíček opatření pro domácnosti"
    return _page("idnes", url, "cs", "iDNES.cz", title, CS, ["Jan Novák"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="authors"><span itemprop="name">Jan Novák</span></div>'
                 '<div class="time">17. prosince 2024 13:03 <span class="time-update">aktualizováno 17. 12. 2024 14:10</span></div>',
                 nav=["Zprávy", "Sport", "Ekonomika", "Kultura"])


def nhk_ja() -> Page:
    url = "https://www3.nhk.or.jp/news/html/20241217/k10014671234000.html"
    title = "政府 経済対策を閣議決定 財政支出21兆円"
    return _page("nhk", url, "ja", "NHK", title, JA, [],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<p class="content--date"><time>2024年12月17日 13時03分</time></p>'
                 '<p class="content--update">更新日時 2024年12月17日 14時10分</p>',
                 nav=["政治", "経済", "国際", "スポーツ"])


def hani_ko() -> Page:
    url = "https://www.hani.co.kr/arti/economy/economy_general/1172345.html"
    title = "정부, 10조원 규모 추경안 의결"
    return _page("hani", url, "ko", "한겨레", title, KO, ["김소연"],
                 "2024-12-17T13:03:00+09:00", "2024-12-17T14:10:00+09:00",
                 '<div class="article-info"><span class="name">김소연 기자</span>'
                 '<ul class="date-box"><li>입력 2024-12-17 13:03</li><li>수정 2024-12-17 14:10</li></ul></div>',
                 nav=["정치", "사회", "경제", "국제"])


def vnexpress_vi() -> Page:
    url = "https://vnexpress.net/quoc-hoi-thong-qua-du-toan-ngan-sach-2025-4829123.html"
    title = "Quốc hội thông qua dự toán ngân sách năm 2025"
    return _page("vnexpress", url, "vi", "VnExpress", title, VI, [],
                 "2024-12-17T13:03:00+07:00", None,
                 '<div class="header-content"><span class="date">Thứ ba, 17/12/2024, 13:03 (GMT+7)</span></div>',
                 nav=["Thời sự", "Thế giới", "Kinh doanh", "Thể thao"])


def nos_nl() -> Page:
    url = "https://nos.nl/artikel/2548123-kabinet-presenteert-pakket-tegen-hoge-energierekening"
    title = "Kabinet presenteert pakket tegen hoge energierekening"
    return _page("nos", url, "nl", "NOS", title, NL, [],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="article-meta"><p>Geplaatst: dinsdag 17 december 2024, 13:03</p>'
                 '<p>Aangepast: dinsdag 17 december 2024, 14:10</p></div>',
                 nav=["Nieuws", "Sport", "Politiek", "Economie"])


def lemonde_maj() -> Page:
    url = "https://www.lemonde.fr/economie/article/2024/07/04/le-gouvernement-presente-son-plan_6245123_3234.html"
    title = "Le gouvernement présente son plan pour l'énergie"
    return _page("lemonde-maj", url, "fr", "Le Monde", title, FR, ["Adrien Pécout"],
                 "2024-07-04T09:07:00+02:00", "2024-07-04T10:14:00+02:00",
                 '<p class="article__authors">Par <a class="article__author-link" href="/signataires/adrien-pecout/">Adrien Pécout</a></p>'
                 '<p class="meta__date">Publié le 04 juillet 2024 à 09h07, modifié le 04 juillet 2024 à 10h14</p>',
                 nav=["International", "Politique", "Société", "Économie"])


def spiegel_de() -> Page:
    url = "https://www.spiegel.de/politik/deutschland/entlastungspaket-kabinett-beschliesst-a-1234abcd"
    title = "Kabinett beschließt Entlastungspaket für Familien"
    return _page("spiegel", url, "de", "DER SPIEGEL", title, DE, [],
                 "2024-07-04T09:07:00+02:00", "2024-07-04T10:14:00+02:00",
                 '<div class="article-meta"><time class="timeformat">04.07.2024, 09.07 Uhr</time>'
                 '<span class="update">Zuletzt aktualisiert: 04.07.2024, 10.14 Uhr</span></div>',
                 nav=["Politik", "Ausland", "Wirtschaft", "Kultur"])


def abc_au() -> Page:
    url = "https://www.abc.net.au/news/2024-12-17/federal-government-budget-update-myefo/104734567"
    title = "Budget update reveals deeper deficits over the next four years"
    return _page("abc-au", url, "en-AU", "ABC News", title, EN, ["Tom Crowley"],
                 "2024-12-17T13:03:00+11:00", "2024-12-17T14:10:00+11:00",
                 '<div class="byline"><span>By <a href="/news/tom-crowley/1234">Tom Crowley</a></span></div>'
                 '<div class="timestamps"><time>Posted Tue 17 Dec 2024 at 1:03pm</time>, '
                 '<time>updated Tue 17 Dec 2024 at 2:10pm</time></div>',
                 nav=["Just In", "Politics", "World", "Business"])


def cbc_ca() -> Page:
    url = "https://www.cbc.ca/news/politics/fall-economic-statement-deficit-1.7412345"
    title = "Fall economic statement shows deficit well above target"
    return _page("cbc", url, "en", "CBC News", title, EN, ["Peter Zimonjic"],
                 "2024-12-17T13:03:00-05:00", "2024-12-18",
                 '<div class="bylineDetails"><span class="authorText">Peter Zimonjic</span> · CBC News · '
                 '<time class="timeStamp">Posted: Dec 17, 2024 1:03 PM EST</time> | '
                 '<span class="updatedStamp">Last Updated: December 18, 2024</span></div>',
                 nav=["News", "Sports", "Radio", "Music"])


def irishtimes_pm() -> Page:
    url = "https://www.irishtimes.com/politics/2024/12/17/dail-approves-new-housing-measures/"
    title = "Dáil approves new housing measures after late-night sitting"
    return _page("irishtimes", url, "en", "The Irish Times", title, EN, ["Jack Horgan-Jones"],
                 "2024-12-17T13:03:00+00:00", None,
                 '<div class="b-byline">Jack Horgan-Jones</div>'
                 '<p class="c-date">Tue Dec 17 2024 - 13:03</p>',
                 nav=["News", "Sport", "Business", "Opinion"])


def nzherald_pm() -> Page:
    url = "https://www.nzherald.co.nz/nz/politics/government-unveils-infrastructure-plan/ABCDEF1234/"
    title = "Government unveils 30-year infrastructure plan"
    return _page("nzherald", url, "en-NZ", "NZ Herald", title, EN, ["Thomas Coughlan"],
                 "2024-12-17T13:03:00+13:00", None,
                 '<div class="article__byline"><a href="/author/thomas-coughlan/">Thomas Coughlan</a></div>'
                 '<time class="article__time">17 Dec, 2024 01:03 PM</time>',
                 nav=["NZ", "World", "Business", "Sport"])


def graphic_gh() -> Page:
    url = "https://www.graphic.com.gh/news/politics/parliament-approves-2025-budget.html"
    title = "Parliament approves 2025 budget after heated debate"
    return _page("graphic-gh", url, "en-gb", "Graphic Online", title, EN, ["Kweku Zurek"],
                 "2024-12-17T13:03:00+00:00", None,
                 '<div class="article-info"><span class="createdby">Kweku Zurek</span>'
                 '<span class="published">Dec - 17 - 2024 , 13:03</span></div>',
                 nav=["News", "Business", "Sports", "Entertainment"])


def franceinfo_maj() -> Page:
    url = "https://www.francetvinfo.fr/economie/budget/le-gouvernement-presente-son-plan_6951234.html"
    title = "Budget : le gouvernement présente un plan pour le pouvoir d'achat"
    return _page("franceinfo", url, "fr", "Franceinfo", title, FR, ["Margaux Duguet"],
                 "2024-12-17T13:03:00+01:00", "2024-12-17T14:10:00+01:00",
                 '<div class="c-signature"><span class="c-signature__names">Margaux Duguet</span>'
                 '<p class="publish-date"><time>Publié le 17/12/2024 13:03</time></p>'
                 '<p class="c-signature__update">Dernière mise à jour : 17 décembre 2024 à 14h10</p></div>',
                 nav=["Politique", "Monde", "Économie", "Culture"])


def detik_id() -> Page:
    url = "https://news.detik.com/berita/d-7689123/pemerintah-resmi-naikkan-ppn-12-persen"
    title = "Pemerintah Resmi Naikkan PPN Jadi 12 Persen Mulai 2025"
    return _page("detik", url, "id", "detikNews", title, ID, ["Anggi Muliawati"],
                 "2024-12-17T13:03:00+07:00", "2024-12-17T14:10:00+07:00",
                 '<div class="detail__author">Anggi Muliawati - detikNews</div>'
                 '<div class="detail__date">Selasa, 17 Des 2024 13:03 WIB</div>'
                 '<div class="detail__date-update">Terakhir diperbarui: 17 Des 2024, 14:10 WIB</div>',
                 nav=["Berita", "Daerah", "Internasional", "Hukum"])


def rbc_ru() -> Page:
    url = "https://www.rbc.ru/politics/17/12/2024/6761a2b39a7947c1e2a4b5c6"
    title = "Госдума приняла бюджет на 2025 год в третьем чтении"
    return _page("rbc", url, "ru", "РБК", title, RU, [],
                 "2024-12-17T13:03:00+03:00", "2024-12-17T14:10:00+03:00",
                 '<div class="article__header__info-block"><span class="article__header__date">17 декабря 2024, 13:03</span>'
                 '<span class="article__header__update">Последнее обновление: 17 декабря 2024, 14:10</span></div>',
                 nav=["Политика", "Экономика", "Бизнес", "Общество"])


def maariv_he() -> Page:
    url = "https://www.maariv.co.il/news/politics/article-1150123"
    title = "הממשלה אישרה את תקציב המדינה לשנת 2025"
    return _page("maariv", url, "he", "מעריב", title, HE, [],
                 "2024-12-17T13:03:00+02:00", "2024-12-17T14:10:00+02:00",
                 '<div class="article-info"><span class="article-date">פורסם: 17/12/2024 13:03</span>'
                 '<span class="article-update">עודכן לאחרונה: 17/12/2024 14:10</span></div>',
                 nav=["חדשות", "ספורט", "כלכלה", "תרבות"])


def jns_kislev() -> Page:
    url = "https://www.jns.org/knesset-passes-budget-bill-in-first-reading/"
    title = "Knesset passes budget bill in first reading"
    return _page("jns", url, "en-US", "JNS.org", title, EN, ["Josh Hasten"],
                 "2024-12-17", None,
                 '<div class="article-meta"><span class="author">By <a href="/author/josh-hasten/">Josh Hasten</a></span>'
                 '<span class="date">Tuesday, December 17, 2024 | Kislev 16, 5785</span></div>',
                 nav=["Israel News", "World", "Opinion", "Features"])


def dawn_ur() -> Page:
    url = "https://www.dawnnews.tv/news/1249123"
    title = "کسانوں کیلئے امدادی پیکج کا اعلان"
    return _page("dawnnews", url, "ur", "ڈان نیوز", title, UR, [],
                 "2024-12-17T14:10:00+05:00", None,
                 '<div class="story__time"><span class="timestamp">17 دسمبر 2024 ، 02:10 بعد دوپہر</span></div>',
                 nav=["پاکستان", "دنیا", "کھیل", "کاروبار"], head=_metas([("property", "og:locale", "ur_PK")]))


def hindustan_hi() -> Page:
    url = "https://www.livehindustan.com/national/story-kendra-sarkar-kisan-yojana-201734435123456.html"
    title = "केंद्र सरकार ने किसानों के लिए नई योजना का ऐलान किया"
    return _page("livehindustan", url, "hi", "Live Hindustan", title, HI, [],
                 "2024-12-17T13:03:00+05:30", "2024-12-17T14:10:00+05:30",
                 '<div class="author-box"><span>हिन्दुस्तान टीम</span>, नई दिल्ली</div>'
                 '<div class="date-info"><span class="pub-date">प्रकाशित: 17 दिसंबर 2024 13:03</span>'
                 '<span class="upd-date">अंतिम अपडेट: 17 दिसंबर 2024, 14:10 IST</span></div>',
                 nav=["देश", "विदेश", "खेल", "मनोरंजन"])


BUILDERS: list[Callable[[], Page]] = [
    jpost, timesofisrael, gulfnews, khaleejtimes,
    cbsnews, foxnews, chicagotribune, dallasnews, politico, wapo, wgntv, npr, ap_et,
    eltiempo, milenio, infobae, marca, tn_hace,
    lefigaro_ilya, ntv_vor, aajtak_pahle, thairath_rel, matichon_be, bangkokpost,
    ynet_he, haaretz_he, prajavani_kn, jang_ur, express_ur,
    inquirer_day, lemonde_day,
    kompas_id, g1_pt, sole24ore_it, onet_pl, hurriyet_tr, lenta_ru, alarabiya_ar, dn_sv,
    kathimerini_el, idnes_cs, nhk_ja, hani_ko, vnexpress_vi, nos_nl, lemonde_maj, spiegel_de,
    abc_au, cbc_ca, irishtimes_pm, nzherald_pm, graphic_gh,
    franceinfo_maj, detik_id, rbc_ru, maariv_he, jns_kislev, dawn_ur, hindustan_hi,
]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
