# ruff: noqa: E501
"""A second set of look-alike article pages of news agencies' own websites, none of them in
`tests.wire_pages`: Europe's national wires (Belga, ČTK, TASR, Hina, Tanjug, Agerpres, BTA,
ANA-MPA, Lusa, AGI, STA), the former Soviet Union's (Interfax, BelTA, Kazinform, Trend,
Armenpress, UNIAN), the Middle East's and North Africa's (IRNA, WAFA, SPA, WAM, QNA, Petra,
TAP, MAP), Africa's (APS, KNA, NAN, ENA), South and East Asia's (BSS, APP, RSS, Montsame, TNA,
CNA's Focus Taiwan) and Latin America's (Andina, ABI). Written, as the first set is, from what
the sites printed around 2019-2025: the head with the metadata the site carries (often
incomplete, dates often naive), the printed header, the dateline as the wire prints it, and
the body with the wire's boilerplate (captions and photo credits, "Related", share bars, desk
codes, "//انتهى//", "/ Agerpres /" credits with the editors, "(END)"), in the agency's own
language and script.

Each comes with the record a careful reader expects: `agency` as
`processors.normalise_agency` gives it, `dateline` as `find_dateline` gives it (the place as
printed), authors the persons named, else the wire as credited (a byline or author
metadata), else none. The body is the standfirst and the copy, dateline included; a bare
wire credit closing the copy stays, desk codes, editors' lines and the sites' notes do not.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.wire_measure -v --set 2` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _metas, _news_ld, _ps, _text, ablated
from tests.wire_pages import _footer, _most_read, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]


# ---------------------------------------------------------------------------------------------
# Western and Central Europe


def belga() -> Page:
    url = "https://www.belganewsagency.eu/federal-government-talks-resume-after-de-wever-meets-king"
    title = "Federal government talks resume after De Wever meets King"
    lead = "Formateur Bart De Wever met King Philippe on Tuesday to report on the progress of the talks."
    paras = ["Formateur Bart De Wever (N-VA) was received by King Philippe at the Royal Palace "
             "in Brussels on Tuesday afternoon to report on the state of the federal coalition "
             "negotiations.",
             "The five so-called Arizona parties resumed their talks on Monday evening after a "
             "week-long break.",
             "De Wever is due to report back to the King again in January."]
    pub = "2024-12-17T16:12:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Belga News Agency"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-17T16:12:00+01:00")]))
    body = (_nav("Belga News Agency", ["Politics", "Economy", "Society", "Sports", "Culture"])
            + '<main class="main-content"><article class="node node--type-article">'
            f'<h1 class="page-title"><span>{title}</span></h1>'
            '<div class="article-meta"><span class="date">Tuesday 17 December 2024</span>'
            '<span class="author">By Belga</span></div>'
            f'<div class="field--name-field-lead"><p>{lead}</p></div>'
            '<div class="field--name-field-image"><img src="/img/dewever.jpg"><div class="image-caption">'
            'Formateur Bart De Wever pictured at the Royal Palace in Brussels. BELGA PHOTO ERIC '
            'LALMAND</div></div><div class="field--name-body">' + _ps(paras)
            + '</div><div class="tags"><a href="/tag/government">government</a></div>'
            + _share("social-share") + '</article></main>'
            + _footer(["© Belga News Agency 2024"]))
    return Page("belga", url, _doc("en", title + " | Belga News Agency", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Belga"], pub, None, "Belga", None))


def ctk() -> Page:
    url = "https://www.ceskenoviny.cz/zpravy/2595431"
    title = "Vláda schválila návrh státního rozpočtu na příští rok se schodkem 230 miliard"
    paras = ["Praha 17. prosince (ČTK) - Vláda dnes schválila návrh státního rozpočtu na příští "
             "rok se schodkem 230 miliard korun. Novinářům to po jednání kabinetu řekl ministr "
             "financí Zbyněk Stanjura (ODS).",
             "Příjmy rozpočtu by podle návrhu měly dosáhnout 2,3 bilionu korun, výdaje 2,53 "
             "bilionu korun.",
             "Opozice návrh kritizuje jako nerealistický."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ČeskéNoviny.cz"),
                    ("name", "author", "ČTK")]))
    body = (_nav("České noviny", ["Domácí", "Zahraniční", "Ekonomika", "Kultura", "Sport"])
            + '<div id="main"><article class="box-article"><h1 itemprop="name">' + title + '</h1>'
            '<p class="tags">17.12.2024 13:03</p>'
            '<div class="box-article-photo"><img src="/p.jpg"><p class="caption">Ministr financí '
            'Zbyněk Stanjura. Foto: ČTK / Šimánek Vít</p></div>'
            '<div class="box-article-text" itemprop="articleBody">' + _ps(paras)
            + '<p class="author">dvl mtk</p></div>' + _share("box-share")
            + '<div class="box-related"><h3>Související</h3><ul><li><a href="/zpravy/1">Sněmovna '
            'schválila rozpočet v prvním čtení</a></li></ul></div></article></div>'
            + _footer(["© ČTK 2024. Všechna práva vyhrazena. Publikování nebo šíření obsahu je "
                       "zakázáno bez předchozího souhlasu ČTK."]))
    return Page("ctk", url, _doc("cs", title + " | ČeskéNoviny.cz", head, body),
                _truth(title, _text(paras), ["ČTK"], "2024-12-17T13:03:00+01:00", None, "ČTK",
                       "Praha"))


def tasr() -> Page:
    url = "https://www.teraz.sk/slovensko/vlada-schvalila-konsolidacny-balik/851234-clanok.html"
    title = "Vláda schválila zmeny v konsolidačnom balíku"
    lead = "Zmeny sa týkajú najmä dane z finančných transakcií."
    paras = ["Bratislava 17. decembra (TASR) - Vláda na stredajšom rokovaní schválila zmeny v "
             "konsolidačnom balíku. Týkajú sa najmä dane z finančných transakcií, ktorú budú "
             "živnostníci platiť v nižšej sadzbe.",
             "Minister financií Ladislav Kamenický (Smer-SD) uviedol, že zmeny nebudú mať "
             "výrazný vplyv na príjmy štátneho rozpočtu.",
             "Návrh ešte musí schváliť parlament."]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "TERAZ.sk"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-17 13:03:00")]))
    body = (_nav("TERAZ.sk", ["Slovensko", "Zahraničie", "Ekonomika", "Kultúra", "Šport"])
            + '<main><article class="articleMain"><h1 class="articleTitle">' + title + '</h1>'
            '<div class="articleMeta"><time class="articleDate">17. decembra 2024 13:03</time>'
            '<span class="articleAuthor">Autor TASR</span></div>'
            f'<div class="articlePerex"><p>{lead}</p></div>'
            '<figure class="articleImage"><img src="/a.jpg"><figcaption>Na snímke minister '
            'financií SR Ladislav Kamenický. Foto: TASR - Jaroslav Novák</figcaption></figure>'
            '<div class="articleBody">' + _ps(paras)
            + '</div><div class="articleRelated"><h4>Súvisiace</h4><a href="/r">Parlament '
            'schválil rozpočet</a></div>' + _share("articleShare") + '</article></main>'
            + _footer(["Copyright © TASR 2024. Všetky práva vyhradené."]))
    return Page("tasr", url, _doc("sk", title + " | TERAZ.sk", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["TASR"], pub, None, "TASR",
                       "Bratislava"))


def sta() -> Page:
    url = "https://english.sta.si/3412345/government-adopts-wage-reform-bills"
    title = "Government adopts public sector wage reform bills"
    paras = ["Ljubljana, 17 December - The government adopted on Tuesday a set of bills "
             "implementing the public sector wage reform, which is to take effect on 1 January.",
             "Public Administration Minister Franc Props said the reform would eliminate wage "
             "disparities between different professions.",
             "The bills will now be sent to parliament under the urgent procedure."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "STA")])
    body = (_nav("STA", ["Politics", "Economy", "Society", "Culture", "Sports"])
            + '<div class="container"><article class="article"><h1>' + title + '</h1>'
            '<div class="article-meta"><span class="category">Politics</span> | '
            '<span class="date">17.12.2024 13:03</span></div>'
            '<div class="article-text">' + _ps(paras) + '</div>'
            '<p class="note">The STA English Service is available to subscribers. Contact us '
            'for a free trial.</p></article></div>'
            + _footer(["© Slovenska tiskovna agencija 2024"]))
    return Page("sta", url, _doc("en", title + " | STA", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+01:00", None, "STA",
                       "Ljubljana"))


# ---------------------------------------------------------------------------------------------
# South-East Europe


def hina() -> Page:
    url = "https://www.hina.hr/vijest/12345678"
    title = "Sabor izglasao državni proračun za 2025. godinu"
    paras = ["ZAGREB, 17. prosinca (Hina) - Hrvatski sabor u utorak je s 77 glasova za "
             "izglasao državni proračun za 2025. godinu.",
             "Ministar financija Marko Primorac rekao je da je proračun razvojni i socijalno "
             "osjetljiv.",
             "Oporba je kritizirala rast rashoda za plaće u javnom sektoru."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "HINA")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T13:03:00",
                   "publisher": {"@type": "Organization", "name": "Hina"}}))
    body = (_nav("HINA", ["Vijesti", "Politika", "Gospodarstvo", "Svijet", "Sport"])
            + '<main><div class="news-detail"><h1 class="title">' + title + '</h1>'
            '<div class="meta"><span class="date">17.12.2024. 13:03</span>'
            '<span class="author">Autor: Ivana Perić</span></div>'
            '<div class="body">' + _ps(paras) + '<p>(Hina) ip ymi</p></div>'
            + _share("share") + '</div></main>'
            + _footer(["Hrvatska izvještajna novinska agencija © 2024. Sva prava pridržana."]))
    return Page("hina", url, _doc("hr", title + " | HINA", head, body),
                _truth(title, _text(paras), ["Ivana Perić"], "2024-12-17T13:03:00+01:00", None,
                       "Hina", "ZAGREB"))


def tanjug() -> Page:
    url = "https://www.tanjug.rs/srbija/politika/123456/vucic-sastanak-ambasador-eu/vest"
    title = "Вучић разговарао са шефом Делегације ЕУ"
    paras = ["БЕОГРАД, 17. децембра (Тањуг) - Председник Србије Александар Вучић разговарао је "
             "данас са шефом Делегације Европске уније у Србији Емануелом Жиофреом о наставку "
             "европских интеграција.",
             "Вучић је навео да је Србија посвећена реформама и отварању кластера 3.",
             "Састанку је присуствовала и министарка за европске интеграције."]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Tanjug"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+01:00"),
                    ("name", "author", "Tanjug")]))
    body = (_nav("Танјуг", ["Србија", "Свет", "Економија", "Култура", "Спорт"])
            + '<main><article class="single-news"><div class="news-category">Политика</div>'
            f'<h1 class="news-title">{title}</h1>'
            '<div class="news-date">17.12.2024. 13:03</div>'
            '<figure class="news-image"><img src="/v.jpg"><figcaption>Фото: Танјуг/ Марко '
            'Ђоковић</figcaption></figure><div class="news-text">' + _ps(paras)
            + '</div><div class="news-tags"><a href="/tag/vucic">Вучић</a></div>'
            + _share("news-share") + '</article>'
            + _most_read("Најчитаније", ["Временска прогноза", "Курс динара"]) + '</main>'
            + _footer(["© 2024 Танјуг. Сва права задржана."]))
    return Page("tanjug", url, _doc("sr", title + " | Танјуг", head, body),
                _truth(title, _text(paras), ["Tanjug"], pub, None, "Tanjug", "БЕОГРАД"))


def agerpres() -> Page:
    url = "https://www.agerpres.ro/politica/2024/12/17/guvernul-a-aprobat-ordonanta-trenulet--1401234"
    title = "Guvernul a aprobat ordonanţa 'trenuleţ' pentru reducerea deficitului"
    paras = ["Bucureşti, 17 dec /Agerpres/ - Guvernul a aprobat, marţi, ordonanţa de urgenţă "
             "care cuprinde măsuri fiscal-bugetare pentru reducerea deficitului bugetar, a "
             "anunţat purtătorul de cuvânt al Executivului, Mihai Constantin.",
             "Potrivit acestuia, actul normativ prevede îngheţarea salariilor din sectorul "
             "public în 2025.",
             "Ministrul Finanţelor, Marcel Boloş, a precizat că ţinta de deficit pentru anul "
             "viitor este de 7% din PIB."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AGERPRES"),
                    ("property", "og:type", "article")]))
    body = (_nav("AGERPRES", ["Politică", "Economic", "Social", "Internaţional", "Sport"])
            + '<div class="container"><div class="main_article"><h1>' + title + '</h1>'
            '<div class="date_published"><span>Data publicării: 17-12-2024 13:03</span></div>'
            '<div class="image_principal"><img src="/i.jpg"><div class="caption">Sursa foto: '
            'gov.ro</div></div><div class="text_article">' + _ps(paras)
            + '<p>AGERPRES/(A - autor: Florin Marin, editor: Oana Ghiţă, editor online: Adrian '
            'Dădârlat)</p></div>' + _share("share_buttons")
            + '<div class="related"><h3>Ştiri similare</h3><a href="/r">Bugetul pe 2025, '
            'amânat</a></div></div></div>'
            + _footer(["Toate drepturile rezervate © AGERPRES 2024. Preluarea conţinutului se "
                       "face doar în baza unui contract."]))
    return Page("agerpres", url, _doc("ro", title + " | AGERPRES", head, body),
                _truth(title, _text(paras), ["Florin Marin"], "2024-12-17T13:03:00+02:00",
                       None, "Agerpres", "Bucureşti"))


def bta() -> Page:
    url = "https://www.bta.bg/bg/news/bulgaria/812345-parlamentat-prie-byudzheta"
    title = "Парламентът прие на първо четене удължителния закон за бюджета"
    paras = ["София, 17 декември /Мария Иванова, БТА/ Народното събрание прие на първо четене "
             "законопроекта за събирането на приходи и извършването на разходи през 2025 г. "
             "до приемането на редовен бюджет.",
             "За законопроекта гласуваха 170 народни представители, против бяха 28.",
             "Удължителният закон ще бъде разгледан на второ четене в четвъртък."]
    pub = "2024-12-17T13:03:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "www.bta.bg"),
                    ("property", "article:published_time", "2024-12-17T11:03:00Z")]))
    body = (_nav("БТА", ["България", "Свят", "Икономика", "Култура", "Спорт"])
            + '<main><article class="news-card"><h1 class="news-card__title">' + title + '</h1>'
            '<div class="news-card__details"><span class="news-card__author">Автор: Мария '
            'Иванова</span><span class="news-card__date">13:03, 17.12.2024</span></div>'
            '<figure><img src="/b.jpg"><figcaption>Снимка: Красимир Свраков/БТА</figcaption>'
            '</figure><div class="post-content">' + _ps(paras)
            + '<p>/ЕД/</p></div><div class="news-card__tags"><a href="/tag/budget">бюджет</a>'
            '</div>' + _share("share-buttons") + '</article></main>'
            + _footer(["© 2024 Българска телеграфна агенция. Всички права запазени."]))
    return Page("bta", url, _doc("bg", title + " | БТА", head, body),
                _truth(title, _text(paras), ["Мария Иванова"], pub, None, "BTA", "София"))


def ana_mpa() -> Page:
    url = "https://www.amna.gr/home/article/876543/Egkrithike-o-proupologismos-tou-2025"
    title = "Εγκρίθηκε από τη Βουλή ο προϋπολογισμός του 2025"
    paras = ["Υπερψηφίστηκε από την Ολομέλεια της Βουλής ο κρατικός προϋπολογισμός του 2025, "
             "με 156 ψήφους υπέρ.",
             "Ο υπουργός Εθνικής Οικονομίας και Οικονομικών Κωστής Χατζηδάκης δήλωσε ότι ο "
             "προϋπολογισμός προβλέπει ανάπτυξη 2,3%.",
             "Η αντιπολίτευση καταψήφισε τον προϋπολογισμό."]
    pub = "2024-12-17T13:03:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ΑΠΕ-ΜΠΕ"),
                    ("name", "author", "Νίκος Παπαδόπουλος")])
            + _news_ld(title, "2024-12-17T13:03:00", None, ["Νίκος Παπαδόπουλος"], "ΑΠΕ-ΜΠΕ", url))
    body = (_nav("ΑΠΕ-ΜΠΕ", ["Ελλάδα", "Πολιτική", "Οικονομία", "Κόσμος", "Αθλητισμός"])
            + '<main><div class="article"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-info"><span class="article-date">17/12/2024 13:03</span>'
            '<span class="article-author">Νίκος Παπαδόπουλος</span></div>'
            '<div class="article-image"><img src="/g.jpg"><p class="caption">ΑΠΕ-ΜΠΕ/ΑΠΕ-ΜΠΕ/'
            'ΑΛΕΞΑΝΔΡΟΣ ΜΠΕΛΤΕΣ</p></div><div class="article-body">' + _ps(paras)
            + '</div>' + _share("share") + '</div></main>'
            + _footer(["© ΑΠΕ-ΜΠΕ Α.Ε. 2024 - Απαγορεύεται η αναδημοσίευση χωρίς άδεια."]))
    return Page("ana-mpa", url, _doc("el", title + " | ΑΠΕ-ΜΠΕ", head, body),
                _truth(title, _text(paras), ["Νίκος Παπαδόπουλος"], pub, None, "ANA-MPA", None))


def lusa() -> Page:
    url = "https://www.lusa.pt/article/43012345/governo-aprova-aumento-do-salario-minimo"
    title = "Governo aprova aumento do salário mínimo para 870 euros"
    paras = ["Lisboa, 17 dez 2024 (Lusa) - O Conselho de Ministros aprovou hoje o aumento do "
             "salário mínimo nacional para 870 euros a partir de 1 de janeiro, anunciou a "
             "ministra do Trabalho, Maria do Rosário Palma Ramalho.",
             "O aumento de 50 euros abrange cerca de 850 mil trabalhadores, segundo o Governo.",
             "As confederações patronais consideraram o aumento \"comportável\"."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Lusa")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17 13:03",
                   "author": {"@type": "Organization", "name": "Lusa"}}))
    body = (_nav("LUSA", ["Portugal", "Mundo", "Economia", "Lusofonia", "Desporto"])
            + '<div class="article-container"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-date">17 dez 2024, 13:03</div>'
            '<div class="article-body">' + _ps(paras) + '<p>JML // JMR</p>'
            '<p>Lusa/Fim</p></div><div class="subscribe-box">Para ter acesso a todos os '
            'conteúdos da Lusa, subscreva os nossos serviços.</div></div>'
            + _footer(["© 2024 LUSA - Agência de Notícias de Portugal, S.A."]))
    return Page("lusa", url, _doc("pt-PT", title + " - Lusa", head, body),
                _truth(title, _text(paras), ["Lusa"], "2024-12-17T13:03:00+00:00", None, "Lusa",
                       "Lisboa"))


def agi() -> Page:
    url = "https://www.agi.it/economia/news/2024-12-17/istat-inflazione-novembre-1-4-29123456/"
    title = "Istat, a novembre l'inflazione sale all'1,4%"
    lead = "Pesano i prezzi dei beni alimentari e dei servizi"
    paras = ["AGI - A novembre l'inflazione sale all'1,4% su base annua, dallo 0,9% di ottobre. "
             "Lo rileva l'Istat confermando la stima preliminare.",
             "L'accelerazione risente soprattutto dei prezzi dei beni energetici "
             "regolamentati e degli alimentari lavorati.",
             "Il cosiddetto carrello della spesa sale al 2%."]
    pub, mod = "2024-12-17T10:12:00+01:00", "2024-12-17T11:40:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AGI"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, mod, ["AGI"], "AGI", url, author_type="Organization"))
    body = (_nav("AGI", ["Politica", "Economia", "Cronaca", "Estero", "Sport"])
            + '<main><article class="article"><div class="article__header">'
            f'<h1 class="article__title">{title}</h1><p class="article__subtitle">{lead}</p>'
            '<div class="article__meta"><span class="article__author">AGI</span> '
            '<time datetime="2024-12-17">17 dicembre 2024, 10:12</time> '
            '<span class="article__updated">aggiornato alle 11:40</span></div></div>'
            '<figure><img src="/i.jpg"><figcaption>Carrello della spesa (AGF)</figcaption></figure>'
            '<div class="article__body">' + _ps(paras) + '</div>'
            '<div class="article__related"><h3>Leggi anche</h3><a href="/r">Bce, tassi giù</a>'
            '</div>' + _share("article__share") + '</article></main>'
            + _footer(["AGI Agenzia Italia © 2024 - P.IVA 00893701003"]))
    return Page("agi", url, _doc("it", title + " - AGI", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["AGI"], pub, mod, "AGI", None))


# ---------------------------------------------------------------------------------------------
# The former Soviet Union


def interfax() -> Page:
    url = "https://www.interfax.ru/business/998123"
    title = "ЦБ сохранил ключевую ставку на уровне 21%"
    paras = ["Москва. 20 декабря. INTERFAX.RU - Банк России по итогам заседания совета "
             "директоров в пятницу сохранил ключевую ставку на уровне 21% годовых, говорится в "
             "сообщении регулятора.",
             "Большинство аналитиков ожидали повышения ставки до 23%.",
             "Следующее заседание совета директоров ЦБ запланировано на 14 февраля 2025 года."]
    pub = "2024-12-20T13:30:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Интерфакс"),
                    ("name", "author", "Интерфакс")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-20T13:30:00+03:00",
                   "publisher": {"@type": "Organization", "name": "Интерфакс"}}))
    body = (_nav("Интерфакс", ["В России", "В мире", "Экономика", "Москва", "Спорт"])
            + '<main><div class="mainblock"><article itemscope>'
            '<aside class="textML"><a href="/business/">Экономика</a>'
            '<time datetime="2024-12-20T13:30">13:30, 20 декабря 2024</time></aside>'
            f'<h1 itemprop="headline">{title}</h1>'
            '<figure><img src="/cbr.jpg"><figcaption>Фото: Александр Щербак/ТАСС</figcaption>'
            '</figure><div class="textMTD">' + _ps(paras)
            + '<p><a href="https://t.me/interfaxonline">Подписывайтесь на Telegram-канал '
            '"Интерфакса"</a></p></div></article>'
            + _most_read("Самое читаемое", ["Курс доллара", "Новости СВО"]) + '</div></main>'
            + _footer(["© 1991—2024 АО «Интерфакс». Все права защищены."]))
    return Page("interfax", url, _doc("ru", title + " | Интерфакс", head, body),
                _truth(title, _text(paras), ["Интерфакс"], pub, None, "Interfax", "Москва"))


def belta() -> Page:
    url = "https://www.belta.by/economics/view/vvp-belarusi-vyros-na-4-1-678901-2024/"
    title = "ВВП Беларуси за январь-ноябрь вырос на 4,1%"
    paras = ["МИНСК, 17 декабря (БЕЛТА) - Валовой внутренний продукт Беларуси за "
             "январь-ноябрь 2024 года в сопоставимых ценах вырос на 4,1% по сравнению с "
             "аналогичным периодом прошлого года, сообщили БЕЛТА в Национальном статистическом "
             "комитете.",
             "ВВП в текущих ценах составил 230,4 млрд рублей.",
             "Наибольший вклад в прирост внесли промышленность и торговля."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "БЕЛТА")]))
    body = (_nav("БЕЛТА", ["Политика", "Экономика", "Общество", "Регионы", "Спорт"])
            + '<div class="content"><div class="content_margin"><div class="date_full">'
            '17 декабря 2024, 13:03</div><h1>' + title + '</h1>'
            '<div class="main_img"><img src="/b.jpg"><div class="img_caption">Фото из архива'
            '</div></div><div class="js-mediator-article"><div class="text">' + _ps(paras)
            + '</div></div><div class="news_tags_block"><a href="/tags/vvp">ВВП</a></div>'
            '<div class="subscribe">Подписывайтесь на наш Telegram-канал</div>'
            + _share("share_block") + '</div></div>'
            + _footer(["При использовании материалов гиперссылка на belta.by обязательна. "
                       "© 2024 БЕЛТА"]))
    return Page("belta", url, _doc("ru", title + " | Экономика | БЕЛТА", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+03:00", None, "BelTA",
                       "МИНСК"))


def kazinform() -> Page:
    url = "https://en.inform.kz/news/kazakhstans-gdp-grows-by-48-in-11-months-a8f3e2/"
    title = "Kazakhstan's GDP grows by 4.8% in 11 months"
    paras = ["ASTANA. KAZINFORM – Kazakhstan's economy grew by 4.8% in January-November "
             "2024, the Ministry of National Economy said.",
             "Construction, trade and transport were the main drivers of growth, the ministry "
             "added.",
             "The government expects the economy to grow by about 5% for the full year."]
    pub = "2024-12-17T13:03:00+05:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Kazinform"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+05:00"),
                    ("name", "author", "Aigerim Ospanova")]))
    body = (_nav("Kazinform", ["Politics", "Economy", "Society", "World", "Sports"])
            + '<main><article class="article"><h1 class="article__title">' + title + '</h1>'
            '<div class="article__info"><a class="article__author" href="/author/aigerim">Aigerim '
            'Ospanova</a><span class="article__date">13:03, 17 December 2024</span></div>'
            '<figure><img src="/k.jpg"><figcaption>Photo credit: Kazinform</figcaption></figure>'
            '<div class="article__body">' + _ps(paras) + '</div>'
            '<div class="article__read-also">Read also: <a href="/r">Kazakhstan inflation slows '
            'to 8.5%</a></div>' + _share("article__share") + '</article></main>'
            + _footer(["© 1997-2024 Kazinform International News Agency"]))
    return Page("kazinform", url, _doc("en", title + " | Kazinform", head, body),
                _truth(title, _text(paras), ["Aigerim Ospanova"], pub, None, "Kazinform",
                       "ASTANA"))


def trend() -> Page:
    url = "https://en.trend.az/business/energy/3978123.html"
    title = "Azerbaijan boosts gas exports to Europe"
    paras = ["BAKU, Azerbaijan, December 17. Azerbaijan exported 11.8 billion cubic meters of "
             "natural gas to Europe in January-November 2024, Trend reports.",
             "The figure is up 4.6 percent compared with the same period last year, according "
             "to the Ministry of Energy.",
             "Total gas exports reached 23.4 billion cubic meters."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Trend.Az")])
    body = (_nav("Trend", ["Politics", "Business", "Economy", "Region", "World"])
            + '<main><div class="article-page"><div class="top-part"><span class="date-time">'
            '17 December 2024 13:03 (UTC +04:00)</span>'
            f'<h1 class="article-title">{title}</h1></div>'
            '<div class="article-image"><img src="/t.jpg"></div>'
            '<div class="article-content">' + _ps(paras)
            + '<p><strong>Stay up-to-date with more news at <a href="https://whatsapp.com/x">'
            'Trend News Agency\'s WhatsApp channel</a></strong></p></div>'
            '<div class="author-block">Follow the author on X: <a href="https://x.com/x">'
            '@Nargiz_Sadikh</a></div>' + _share("share-block") + '</div></main>'
            + _footer(["© 2024 Trend News Agency. All rights reserved."]))
    return Page("trend", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+04:00", None, "Trend",
                       "BAKU, Azerbaijan"))


def armenpress() -> Page:
    url = "https://armenpress.am/en/article/1208123"
    title = "Armenia's economic activity index grows 6.2% in January-November"
    paras = ["YEREVAN, DECEMBER 17, ARMENPRESS. Armenia's economic activity index grew 6.2% in "
             "January-November 2024 compared with the same period last year, the Statistical "
             "Committee reported.",
             "Trade turnover rose 11.4%, while construction grew 19.1%.",
             "Industrial output declined 1.3% over the period."]
    pub = "2024-12-17T13:03:00+04:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Armenpress")])
            + _news_ld(title, "2024-12-17T13:03:00+04:00", None, None, "Armenpress", url))
    body = (_nav("ARMENPRESS", ["Politics", "Economy", "Society", "Culture", "Sport"])
            + '<main><div class="article-wrapper"><h1>' + title + '</h1>'
            '<div class="article-date">13:03, 17 December 2024</div>'
            '<div class="article-body">' + _ps(paras) + '</div>' + _share("socials")
            + '</div></main>'
            + _footer(["© 2024 ARMENPRESS Armenian News Agency. All rights reserved."]))
    return Page("armenpress", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], pub, None, "Armenpress", "YEREVAN"))


def unian() -> Page:
    url = "https://www.unian.ua/economics/finance/nbu-pidvishchiv-oblikovu-stavku-12876543.html"
    title = "НБУ підвищив облікову ставку до 13,5%"
    lead = "Регулятор пояснив рішення прискоренням інфляції."
    paras = ["Національний банк України підвищив облікову ставку на 1 процентний пункт – до "
             "13,5% річних.",
             "Як повідомили в НБУ, рішення ухвалене через прискорення інфляції, яка в "
             "листопаді сягнула 11,2%.",
             "Наступне засідання правління з монетарної політики відбудеться 30 січня."]
    pub, mod = "2024-12-12T14:05:00+02:00", "2024-12-12T14:40:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "УНІАН"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-12T14:05:00+02:00"),
                    ("property", "article:modified_time", "2024-12-12T14:40:00+02:00")])
            + _news_ld(title, pub, mod, ["Ірина Костенко"], "УНІАН", url))
    body = (_nav("УНІАН", ["Новини", "Політика", "Економіка", "Світ", "Спорт"])
            + '<main><div class="article"><h1>' + title + '</h1>'
            '<div class="article__info"><div class="article__info-item time">14:05, 12.12.24'
            '</div><a class="article__author-name" href="/author/kostenko">Ірина Костенко</a>'
            '</div><p class="article__like-h2">' + lead + '</p>'
            '<div class="article-text">' + _ps(paras)
            + '<p>Вас також можуть зацікавити новини:</p><ul><li><a href="/r">Курс долара на '
            'міжбанку</a></li></ul></div>' + _share("article__share") + '</div></main>'
            + _footer(["© 1993-2024 УНІАН. Використання матеріалів дозволяється лише за умови "
                       "гіперпосилання на УНІАН."]))
    return Page("unian", url, _doc("uk", title + " - УНІАН", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Ірина Костенко"], pub, mod, "UNIAN",
                       None))


# ---------------------------------------------------------------------------------------------
# Middle East and North Africa


def irna() -> Page:
    url = "https://www.irna.ir/news/85689123/"
    title = "رئیس‌جمهور: بودجه ۱۴۰۴ بر پایه واقعیت‌های اقتصادی تنظیم شده است"
    lead = "رئیس‌جمهور گفت لایحه بودجه سال آینده با در نظر گرفتن واقعیت‌های اقتصادی کشور تنظیم شده است."
    paras = ["تهران- ایرنا- مسعود پزشکیان روز سه‌شنبه در جلسه علنی مجلس شورای اسلامی گفت: "
             "لایحه بودجه ۱۴۰۴ بر پایه واقعیت‌های اقتصادی کشور تنظیم شده است.",
             "وی افزود: دولت تلاش کرده است کسری بودجه را به حداقل برساند.",
             "رئیس‌جمهور همچنین بر ضرورت همکاری دولت و مجلس تاکید کرد."]
    pub = "2024-12-17T13:03:00+03:30"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ایرنا"),
                    ("property", "og:description", lead)])
            + '<meta itemprop="datePublished" content="2024-12-17T09:33:00Z">'
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T09:33:00Z",
                   "publisher": {"@type": "Organization", "name": "خبرگزاری جمهوری اسلامی"}}))
    body = (_nav("ایرنا", ["سیاست", "اقتصاد", "جامعه", "بین‌الملل", "ورزش"])
            + '<main><article class="item-body"><div class="item-header"><h1 class="title">'
            + title + '</h1><div class="item-date"><span>۲۷ آذر ۱۴۰۳، ۱۳:۰۳</span></div>'
            '<div class="item-code"><span>کد خبر: 85689123</span></div></div>'
            f'<p class="summary introtext">{lead}</p>'
            '<figure class="item-img"><img src="/p.jpg"><figcaption>عکس: ایرنا</figcaption>'
            '</figure><div class="item-text">' + _ps(paras) + '</div>'
            '<div class="tags"><a href="/tag/budget">بودجه</a></div>' + _share("item-share")
            + '</article></main>' + _footer(["کلیه حقوق این سایت متعلق به خبرگزاری جمهوری "
                                             "اسلامی (ایرنا) است."]))
    return Page("irna", url, _doc("fa", title + " - ایرنا", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "IRNA", "تهران"))


def wafa() -> Page:
    url = "https://www.wafa.ps/Pages/Details/112345"
    title = "الرئيس عباس يستقبل وفدا من الاتحاد الأوروبي"
    paras = ["رام الله 17-12-2024 وفا- استقبل رئيس دولة فلسطين محمود عباس، اليوم الثلاثاء، "
             "في مقر الرئاسة بمدينة رام الله، وفدا من الاتحاد الأوروبي.",
             "وأطلع سيادته الوفد على آخر المستجدات في قطاع غزة والضفة الغربية.",
             "وحضر اللقاء عدد من المسؤولين الفلسطينيين."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "وكالة الأنباء والمعلومات الفلسطينية - وفا")])
    body = (_nav("وفا", ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "ثقافة"])
            + '<div class="container"><div class="details"><h2 class="details-title">' + title
            + '</h2><div class="details-date"><span>الثلاثاء 17/12/2024 13:03 مساءً</span></div>'
            '<div class="details-image"><img src="/w.jpg"></div>'
            '<div class="details-text">' + _ps(paras) + '<p>ـــــ</p><p>ع.ف</p></div>'
            + _share("share-icons") + '</div></div>'
            + _footer(["جميع الحقوق محفوظة © وكالة الأنباء والمعلومات الفلسطينية - وفا 2024"]))
    return Page("wafa", url, _doc("ar", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+02:00", None, "WAFA",
                       "رام الله"))


def spa() -> Page:
    url = "https://www.spa.gov.sa/N2234567"
    title = "مجلس الوزراء يوافق على الميزانية العامة للدولة للعام المالي 2025"
    paras = ["الرياض 16 جمادى الآخرة 1446 هـ الموافق 17 ديسمبر 2024 م واس",
             "وافق مجلس الوزراء خلال جلسته التي عقدها اليوم برئاسة صاحب السمو الملكي الأمير "
             "محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، على الميزانية "
             "العامة للدولة للعام المالي 2025م.",
             "وتقدر الإيرادات بنحو 1184 مليار ريال، والنفقات بنحو 1285 مليار ريال."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "وكالة الأنباء السعودية")])
    body = (_nav("واس", ["محلي", "اقتصادي", "دولي", "رياضي", "ثقافي"])
            + '<main><div class="article"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-date">الثلاثاء 1446/6/16 هـ 17/12/2024 م</div>'
            '<div class="article-body">' + _ps(paras) + '<p>//انتهى//</p><p>13:03ت م</p></div>'
            + _share("share") + '</div></main>'
            + _footer(["جميع الحقوق محفوظة لوكالة الأنباء السعودية © 2024"]))
    return Page("spa", url, _doc("ar", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+03:00", None, "SPA",
                       "الرياض"))


def wam() -> Page:
    url = "https://www.wam.ae/en/article/b3xy7k9-uae-president-receives-jordanian-king"
    title = "UAE President receives King of Jordan"
    paras = ["ABU DHABI, 17th December, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al "
             "Nahyan, President of the UAE, today received His Majesty King Abdullah II bin Al "
             "Hussein of Jordan, who is on a working visit to the country.",
             "The two leaders discussed the fraternal relations between the two countries and "
             "the latest regional developments.",
             "The meeting was attended by a number of sheikhs and senior officials."]
    pub = "2024-12-17T15:20:00+04:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Emirates News Agency"),
                    ("name", "author", "Esraa Ismail")])
            + _news_ld(title, "2024-12-17T11:20:00Z", None, ["Esraa Ismail"], "WAM", url))
    body = (_nav("WAM", ["UAE", "World", "Economy", "Sports", "Culture"])
            + '<main><div class="news-details"><h1>' + title + '</h1>'
            '<div class="news-meta"><span class="date">Tue 17-12-2024 15:20 PM</span></div>'
            '<figure><img src="/u.jpg"></figure><div class="news-body">' + _ps(paras)
            + '</div><div class="news-writer">Esraa Ismail</div>' + _share("share-bar")
            + '</div></main>' + _footer(["Copyright © 2024 Emirates News Agency (WAM)"]))
    return Page("wam", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Esraa Ismail"], pub, None, "WAM", "ABU DHABI"))


def qna() -> Page:
    url = "https://www.qna.org.qa/en/News-Area/News/2024-12/17/0031-amir-receives-message"
    title = "Amir Receives Written Message from President of Rwanda"
    paras = ["Doha, December 17 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani received a "
             "written message from HE President of the Republic of Rwanda Paul Kagame, "
             "pertaining to bilateral relations and ways to support and develop them.",
             "The message was received by HE Minister of State at the Ministry of Foreign "
             "Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi during his meeting with the "
             "Rwandan ambassador.",
             "During the meeting, they reviewed cooperation relations between the two "
             "countries."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "QNA")])
    body = (_nav("Qatar News Agency", ["Local", "Gulf", "Arab", "International", "Economy"])
            + '<div class="news-details"><h1 class="news-title">' + title + '</h1>'
            '<div class="news-date"><span>Doha</span><span>December 17, 2024</span>'
            '<span>01:03 PM</span></div><div class="news-image"><img src="/q.jpg"></div>'
            '<div class="news-text">' + _ps(paras) + '<p>(END)</p></div>'
            + _share("news-share") + '</div>'
            + _footer(["All rights reserved to Qatar News Agency © 2024"]))
    return Page("qna", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+03:00", None, "QNA", "Doha"))


def petra() -> Page:
    url = "https://petra.gov.jo/Include/InnerPage.jsp?ID=65123&lang=en&name=en_news"
    title = "King receives credentials of new ambassadors"
    paras = ["Amman, Dec. 17 (Petra) -- His Majesty King Abdullah II on Tuesday received the "
             "credentials of a number of new ambassadors accredited to the Kingdom.",
             "The ceremony, held at Al Husseiniya Palace, was attended by Royal Hashemite Court "
             "Chief Yousef Issawi.",
             "The ambassadors conveyed the greetings of their heads of state to His Majesty."]
    head = _metas([("property", "og:title", title)])
    body = (_nav("Petra", ["Local", "Arab & World", "Economy", "Sports", "Culture"])
            + '<div class="container"><div class="news-title"><h2>' + title + '</h2></div>'
            '<div class="news-date">17/12/2024 13:03:26</div>'
            '<div class="news-img"><img src="/p.jpg"></div>'
            '<div class="news-body">' + _ps(paras) + '<p>--(Petra)</p>'
            '<p>M.H/Mh</p></div>' + _share("share") + '</div>'
            + _footer(["Jordan News Agency (Petra) © 2024"]))
    return Page("petra", url, _doc("en", "Jordan News Agency", head, body),
                _truth(title, _text(paras) + "\n\n--(Petra)", [], "2024-12-17T13:03:26+03:00",
                       None, "Petra", "Amman"))


def tap() -> Page:
    url = "https://www.tap.info.tn/fr/Portail-Economie/18123456-le-taux-d-inflation"
    title = "Le taux d'inflation se replie à 6,4% en novembre 2024"
    paras = ["Tunis, 5 déc. (TAP) - Le taux d'inflation s'est replié à 6,4% au mois de novembre "
             "2024, après 6,5% en octobre, selon les données publiées jeudi par l'Institut "
             "national de la statistique (INS).",
             "Cette baisse s'explique par le ralentissement du rythme de hausse des prix de "
             "l'alimentation.",
             "Sur un an, les prix des produits alimentaires ont augmenté de 8,9%."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "TAP")]))
    body = (_nav("TAP", ["National", "Economie", "Régions", "Monde", "Sport"])
            + '<div id="content"><div class="itemView"><h2 class="itemTitle">' + title + '</h2>'
            '<span class="itemDateCreated">Publié le Jeudi, 05 Décembre 2024 13:03</span>'
            '<div class="itemImageBlock"><img src="/t.jpg"></div>'
            '<div class="itemFullText">' + _ps(paras) + '</div>' + _share("itemSocialSharing")
            + '</div></div>'
            + _footer(["© 2024 Agence Tunis Afrique Presse. Tous droits réservés."]))
    return Page("tap", url, _doc("fr", title + " | TAP", head, body),
                _truth(title, _text(paras), [], "2024-12-05T13:03:00+01:00", None, "TAP",
                       "Tunis"))


def map_ma() -> Page:
    url = "https://www.mapexpress.ma/actualite/economie-et-finances/conseil-gouvernement-adopte-projet-decret/"
    title = "Le Conseil de gouvernement adopte un projet de décret relatif à l'aide sociale directe"
    paras = ["Rabat - Le Conseil de gouvernement, réuni jeudi sous la présidence du Chef du "
             "gouvernement, Aziz Akhannouch, a adopté un projet de décret relatif au programme "
             "d'aide sociale directe.",
             "Ce projet a été présenté par la ministre de l'Economie et des Finances, Nadia "
             "Fettah, a indiqué le porte-parole du gouvernement.",
             "Le texte fixe les modalités de versement des aides aux ménages bénéficiaires."]
    pub = "2024-12-19T15:12:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "MAP Express"),
                    ("property", "article:published_time", "2024-12-19T15:12:00+01:00")]))
    body = (_nav("MAP Express", ["Politique", "Economie", "Société", "Monde", "Sport"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="posted-on">jeudi 19 décembre 2024 - 15:12'
            '</span></div><div class="entry-content">' + _ps(paras) + '</div>'
            + _share("sharing") + '<div class="related-posts"><h4>Articles similaires</h4>'
            '<a href="/r">Le Roi préside un Conseil des ministres</a></div></article></main>'
            + _footer(["© 2024 Agence Marocaine de Presse. Tous droits réservés."]))
    return Page("map", url, _doc("fr", title + " | MAP Express", head, body),
                _truth(title, _text(paras), [], pub, None, "MAP", "Rabat"))


# ---------------------------------------------------------------------------------------------
# Africa


def aps_sn() -> Page:
    url = "https://aps.sn/le-gouvernement-adopte-le-projet-de-loi-de-finances-2025/"
    title = "Le gouvernement adopte le projet de loi de finances 2025"
    paras = ["Dakar, 17 déc (APS) – Le Conseil des ministres a adopté, mardi, le projet de loi "
             "de finances pour l'année 2025, arrêté à 6 614 milliards de francs CFA, a appris "
             "l'APS du communiqué du Conseil.",
             "Le Premier ministre Ousmane Sonko a insisté sur la maîtrise des dépenses "
             "publiques.",
             "Le texte sera soumis à l'Assemblée nationale avant la fin de l'année."]
    pub = "2024-12-17T13:03:00+00:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "APS"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+00:00")])
            + _ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "headline": title, "datePublished": "2024-12-17T13:03:00+00:00",
                 "author": {"@type": "Person", "name": "Oumar Kandé"}}]}))
    body = (_nav("APS", ["Politique", "Economie", "Société", "Régions", "Sport"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="author">Par Oumar Kandé</span> '
            '<span class="posted-on">17 décembre 2024</span></div>'
            '<div class="entry-content">' + _ps(paras) + '<p>OID/ASG/OKD</p></div>'
            + _share("sharedaddy") + '</article></main>'
            + _footer(["© 2024 Agence de Presse Sénégalaise"]))
    return Page("aps-sn", url, _doc("fr", title + " – APS", head, body),
                _truth(title, _text(paras), ["Oumar Kandé"], pub, None, "APS", "Dakar"))


def kna_ke() -> Page:
    url = "https://www.kenyanews.go.ke/county-rolls-out-free-maternity-programme/"
    title = "County rolls out free maternity programme"
    paras = ["The Nakuru County Government has rolled out a free maternity programme aimed at "
             "reducing maternal and infant deaths in the region.",
             "Governor Susan Kihika said the programme would cover all public health facilities "
             "in the county's 11 sub-counties.",
             "\"No mother should die while giving life,\" Kihika said during the launch at the "
             "Nakuru Level Five Hospital."]
    pub = "2024-12-17T13:03:00+03:00"
    head = (_metas([("property", "og:title", title + " - Kenya News Agency"),
                    ("property", "og:site_name", "Kenya News Agency"),
                    ("property", "article:published_time", "2024-12-17T10:03:00+00:00"),
                    ("name", "author", "KNA")]))
    body = (_nav("Kenya News Agency", ["News", "Counties", "Features", "Business", "Sports"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="td-module-meta-info"><span class="td-post-author-name">By <a '
            'href="/author/kna/">KNA</a></span> <time class="entry-date">Dec 17, 2024</time>'
            '</div><div class="td-post-content"><figure><img src="/n.jpg"><figcaption>Nakuru '
            'Governor Susan Kihika during the launch. Photo by KNA.</figcaption></figure>'
            + _ps(paras) + '<p>By Jane Wanjiru</p></div>' + _share("td-post-sharing")
            + '</article></main>' + _footer(["Copyright © 2024 Kenya News Agency"]))
    return Page("kna-ke", url, _doc("en", title + " - Kenya News Agency", head, body),
                _truth(title, _text(paras), ["Jane Wanjiru"], pub, None, "KNA", None))


def nan() -> Page:
    url = "https://nannews.ng/2024/12/17/fg-to-begin-disbursement-of-n50000-grants/"
    title = "FG to begin disbursement of N50,000 grants to households"
    paras = ["By Felicia Imohimi",
             "Abuja, Dec. 17, 2024 (NAN) The Federal Government says it will begin the "
             "disbursement of N50,000 conditional cash grants to vulnerable households next "
             "week.",
             "The Minister of Humanitarian Affairs, Prof. Nentawe Yilwatda, said this in Abuja "
             "on Tuesday.",
             "He said the beneficiaries had been verified through the National Social "
             "Register. (NAN)(www.nannews.ng)"]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "News Agency of Nigeria (NAN)"),
                    ("property", "article:published_time", "2024-12-17T12:03:00+00:00"),
                    ("name", "author", "Emmanuel Yashim")])
            + _news_ld(title, "2024-12-17T12:03:00+00:00", None, ["Emmanuel Yashim"],
                       "News Agency of Nigeria", url))
    body = (_nav("NAN", ["News", "Politics", "Economy", "Health", "Sports"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="post-meta"><span class="author">By <a href="/author/emmanuel/">Emmanuel '
            'Yashim</a></span> <time>December 17, 2024</time></div>'
            '<div class="entry-content">' + _ps(paras)
            + '<p>Edited by Emmanuel Yashim</p></div>' + _share("sharing")
            + '<div class="related"><h4>Related</h4><a href="/r">FG approves new minimum wage'
            '</a></div></article></main>' + _footer(["© 2024 News Agency of Nigeria"]))
    return Page("nan", url, _doc("en", title + " – News Agency of Nigeria (NAN)", head, body),
                _truth(title, _text(paras[1:]), ["Felicia Imohimi"], pub, None, "NAN", "Abuja"))


def ena() -> Page:
    url = "https://www.ena.et/web/amh/w/amh_5123456"
    title = "የኢትዮጵያ የወጪ ንግድ ገቢ በአምስት ወራት ጨመረ"
    paras = ["አዲስ አበባ፤ ታኅሣሥ 8/2017(ኢዜአ)፦ ኢትዮጵያ በበጀት ዓመቱ የመጀመሪያ አምስት ወራት ከወጪ ንግድ "
             "ከ1 ነጥብ 9 ቢሊየን ዶላር በላይ ገቢ ማግኘቷን የንግድና ቀጣናዊ ትስስር ሚኒስቴር አስታወቀ።",
             "ገቢው ካለፈው ዓመት ተመሳሳይ ወቅት ጋር ሲነጻጸር ጭማሪ አሳይቷል።",
             "ቡና፣ ወርቅ እና የቅባት እህሎች ከፍተኛ ገቢ ያስገኙ ምርቶች ናቸው።"]
    pub = "2024-12-17T13:03:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Ethiopian News Agency")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T10:03:00Z"}))
    body = (_nav("ኢዜአ", ["ዜና", "ፖለቲካ", "ኢኮኖሚ", "ማህበራዊ", "ስፖርት"])
            + '<div class="portlet-body"><div class="journal-content-article">'
            '<h1 class="title">' + title + '</h1><div class="date">ታኅሣሥ 8/2017 (ኢዜአ)</div>'
            '<img src="/e.jpg">' + _ps(paras) + '</div>' + _share("social-bookmarks")
            + '</div>' + _footer(["© 2024 የኢትዮጵያ ዜና አገልግሎት"]))
    return Page("ena", url, _doc("am", title, head, body),
                _truth(title, _text(paras), [], pub, None, "ENA", "አዲስ አበባ"))


# ---------------------------------------------------------------------------------------------
# South and East Asia


def bss() -> Page:
    url = "https://www.bssnews.net/news/234567"
    title = "Govt to procure 50,000 tonnes of rice from Vietnam"
    paras = ["DHAKA, Dec 17, 2024 (BSS) - The government today decided to procure 50,000 "
             "tonnes of rice from Vietnam to keep the market stable.",
             "The decision was taken at a meeting of the Advisers Council Committee on "
             "Government Purchase chaired by Finance Adviser Dr Salehuddin Ahmed.",
             "Each tonne of rice will cost 498.5 US dollars, officials said."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "BSS")]))
    body = (_nav("BSS", ["National", "Business", "International", "Sports", "Entertainment"])
            + '<div class="container"><div class="news-details"><h1>' + title + '</h1>'
            '<div class="news-time"><i class="fa fa-clock"></i> 17 Dec 2024, 13:03</div>'
            '<div class="news-image"><img src="/b.jpg"></div><div class="news-content">'
            + _ps(paras) + '<p>BSS/SMU/MSY/1303</p></div>' + _share("social-share")
            + '</div></div>'
            + _footer(["© 2024 Bangladesh Sangbad Sangstha. All rights reserved."]))
    return Page("bss", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+06:00", None, "BSS",
                       "DHAKA"))


def app_pk() -> Page:
    url = "https://www.app.com.pk/national/pm-chairs-meeting-on-economic-outlook/"
    title = "PM chairs meeting on economic outlook"
    paras = ["ISLAMABAD, Dec 17 (APP): Prime Minister Muhammad Shehbaz Sharif on Tuesday "
             "chaired a meeting to review the country's economic outlook and directed the "
             "authorities to speed up reforms.",
             "The meeting was briefed that inflation had fallen to 4.9 percent in November, the "
             "lowest in over six years.",
             "The prime minister said the government would continue its efforts to provide "
             "relief to the common man."]
    pub = "2024-12-17T13:03:00+05:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Associated Press Of Pakistan"),
                    ("property", "article:published_time", "2024-12-17T08:03:00+00:00"),
                    ("name", "author", "APP")]))
    body = (_nav("APP", ["National", "Business", "World", "Sports", "Provinces"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="td-module-meta-info"><span class="td-post-author-name">By <a href="/author/app/">'
            'APP</a></span> - <time class="entry-date">December 17, 2024</time></div>'
            '<div class="td-post-content">' + _ps(paras) + '</div>' + _share("td-post-sharing")
            + '<div class="td-related"><h4>RELATED ARTICLES</h4><a href="/r">Senate passes bill'
            '</a></div></article></main>'
            + _footer(["Copyright © 2024 Associated Press of Pakistan. All Rights Reserved."]))
    return Page("app-pk", url, _doc("en", title + " - Associated Press Of Pakistan", head, body),
                _truth(title, _text(paras), ["APP"], pub, None, "APP", "ISLAMABAD"))


def rss_np() -> Page:
    url = "https://www.rss.com.np/detail/412345"
    title = "मन्त्रिपरिषद्को बैठकले बजेट कार्यान्वयनको समीक्षा गर्‍यो"
    paras = ["काठमाडौं, पुस २ (रासस) : मन्त्रिपरिषद्को आजको बैठकले चालु आर्थिक वर्षको बजेट "
             "कार्यान्वयनको समीक्षा गरेको छ।",
             "बैठकमा अर्थमन्त्री विष्णुप्रसाद पौडेलले पहिलो पाँच महिनाको खर्च विवरण प्रस्तुत गर्नुभएको थियो।",
             "पुँजीगत खर्च अपेक्षाकृत कम भएकामा बैठकले चिन्ता व्यक्त गरेको छ।"]
    pub = "2024-12-17T13:03:00+05:45"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "राष्ट्रिय समाचार समिति")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T13:03:00+05:45"}))
    body = (_nav("रासस", ["समाचार", "राजनीति", "अर्थ", "प्रदेश", "खेलकुद"])
            + '<main><div class="news-detail"><h1>' + title + '</h1>'
            '<div class="news-meta"><span>पुस २, २०८१</span></div>'
            '<div class="news-image"><img src="/r.jpg"></div><div class="news-content">'
            + _ps(paras) + '</div>' + _share("share") + '</div></main>'
            + _footer(["© २०२४ राष्ट्रिय समाचार समिति"]))
    return Page("rss-np", url, _doc("ne", title, head, body),
                _truth(title, _text(paras), [], pub, None, "RSS", "काठमाडौं"))


def montsame() -> Page:
    url = "https://montsame.mn/mn/read/356789"
    title = "Улсын Их Хурал 2025 оны төсвийн тодотголыг баталлаа"
    paras = ["Улаанбаатар, 2024 оны 12 дугаар сарын 17 /МОНЦАМЭ/. Улсын Их Хурлын өнөөдрийн "
             "нэгдсэн хуралдаанаар 2025 оны улсын төсвийн тухай хуульд өөрчлөлт оруулах "
             "тухай хуулийн төслийг баталлаа.",
             "Хуралдаанд оролцсон гишүүдийн 78.5 хувь нь дэмжсэн байна.",
             "Сангийн сайд Б.Жавхлан төслийн талаар танилцуулга хийсэн юм."]
    pub = "2024-12-17T13:03:00+08:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "МОНЦАМЭ"),
                    ("property", "article:published_time", "2024-12-17 13:03:00")]))
    body = (_nav("МОНЦАМЭ", ["Улс төр", "Эдийн засаг", "Нийгэм", "Дэлхийд", "Спорт"])
            + '<main><div class="news-detail"><h1 class="title">' + title + '</h1>'
            '<div class="stat"><span class="date">2024-12-17 13:03</span>'
            '<span class="author">Н.Оюунцэцэг</span></div>'
            '<div class="news-body">' + _ps(paras) + '</div>' + _share("share-buttons")
            + '</div></main>' + _footer(["© 2024 МОНЦАМЭ агентлаг"]))
    return Page("montsame", url, _doc("mn", title, head, body),
                _truth(title, _text(paras), ["Н.Оюунцэцэг"], pub, None, "Montsame",
                       "Улаанбаатар"))


def tna_th() -> Page:
    url = "https://tna.mcot.net/politics-1456789"
    title = "ครม.อนุมัติงบกระตุ้นเศรษฐกิจระยะที่ 2"
    paras = ["ทำเนียบรัฐบาล 17 ธ.ค.- ที่ประชุมคณะรัฐมนตรีวันนี้อนุมัติโครงการกระตุ้นเศรษฐกิจระยะที่ 2 "
             "วงเงิน 1.4 หมื่นล้านบาท เพื่อแจกเงินให้ผู้สูงอายุ",
             "โฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่า ผู้สูงอายุจะได้รับเงินคนละ 10,000 บาท "
             "ภายในเดือนมกราคม",
             "รัฐบาลคาดว่าจะช่วยกระตุ้นการบริโภคในประเทศ.-สำนักข่าวไทย"]
    pub = "2024-12-17T13:03:00+07:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "สำนักข่าวไทย อสมท"),
                    ("property", "article:published_time", "2024-12-17T06:03:00+00:00")]))
    body = (_nav("สำนักข่าวไทย", ["การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "สังคม", "กีฬา"])
            + '<main><article class="news-detail"><h1>' + title + '</h1>'
            '<div class="date">17 ธ.ค. 2567 13:03 น.</div>'
            '<figure><img src="/t.jpg"></figure><div class="content">' + _ps(paras)
            + '</div><div class="tags"><a href="/tag/ครม">ครม</a></div>' + _share("share")
            + '</article></main>' + _footer(["© 2024 สำนักข่าวไทย อสมท"]))
    return Page("tna-th", url, _doc("th", title, head, body),
                _truth(title, _text(paras), [], pub, None, "TNA", "ทำเนียบรัฐบาล"))


def focus_taiwan() -> Page:
    url = "https://focustaiwan.tw/politics/202412170012"
    title = "Taiwan reports 22 Chinese military aircraft around island"
    paras = ["Taipei, Dec. 17 (CNA) Taiwan's Ministry of National Defense (MND) said Tuesday "
             "it had detected 22 Chinese military aircraft and eight naval vessels around "
             "Taiwan over the previous 24 hours.",
             "Of the aircraft, 14 crossed the median line of the Taiwan Strait, the MND said.",
             "The ministry said it had monitored the situation and deployed aircraft, ships and "
             "missile systems in response.",
             "(By Lai Yu-chen and Sean Lin)"]
    pub = "2024-12-17T13:03:00+08:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Focus Taiwan"),
                    ("name", "author", "Focus Taiwan")])
            + _news_ld(title, pub, None, ["Focus Taiwan"], "Focus Taiwan", url,
                       author_type="Organization"))
    body = (_nav("Focus Taiwan", ["Politics", "Cross-Strait", "Business", "Society", "Sports"])
            + '<main><div class="centralContent"><h1>' + title + '</h1>'
            '<div class="updatetime"><span>12/17/2024 01:03 PM</span></div>'
            '<div class="wrap"><img src="/f.jpg"><div class="picinfo">CNA file photo</div></div>'
            '<div class="paragraph">' + _ps(paras) + '<p>Enditem/AW</p></div>'
            '<div class="moreArticle"><h3>Related News</h3><a href="/r">Taiwan, U.S. hold '
            'talks</a></div>' + _share("shareBar") + '</div></main>'
            + _footer(["© 2024 CNA English News"]))
    return Page("focus-taiwan", url, _doc("en", title + " - Focus Taiwan", head, body),
                _truth(title, _text(paras[:3]), ["Lai Yu-chen", "Sean Lin"], pub, None, "CNA",
                       "Taipei"))


# ---------------------------------------------------------------------------------------------
# Latin America


def andina() -> Page:
    url = "https://andina.pe/agencia/noticia-bcr-mantiene-tasa-referencia-1012345.aspx"
    title = "BCR mantiene tasa de referencia en 5 %"
    paras = ["Lima, dic. 12 (ANDINA). El Directorio del Banco Central de Reserva del Perú (BCR) "
             "acordó mantener la tasa de interés de referencia en 5 %, informó la entidad.",
             "La decisión toma en cuenta que la inflación se ubicó en 2,3 % en noviembre, dentro "
             "del rango meta.",
             "El BCR señaló que futuros ajustes dependerán de la nueva información."]
    pub = "2024-12-12T18:30:00-05:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Andina")]))
    body = (_nav("Andina", ["Economía", "Política", "Regionales", "Locales", "Deportes"])
            + '<div class="container"><h1 class="nota-titulo">' + title + '</h1>'
            '<div class="fecha">18:30 | Lima, dic. 12.</div>'
            '<div class="foto"><img src="/a.jpg"><p class="leyenda">Foto: ANDINA/Difusión</p></div>'
            '<div class="nota-cuerpo">' + _ps(paras)
            + '<p>Más en Andina:</p><p><a href="/r">BCR: inflación cerrará el 2024 en 2 %</a></p>'
            '<p>(FIN) JJV/JJV</p><p>Publicado: 12/12/2024</p></div>' + _share("redes")
            + '</div>' + _footer(["© Agencia Peruana de Noticias Andina"]))
    return Page("andina", url, _doc("es", title + " | Noticias | Agencia Peruana de Noticias Andina",
                                    head, body),
                _truth(title, _text(paras), [], pub, None, "Andina", "Lima"))


def abi() -> Page:
    url = "https://www.abi.bo/index.php/noticias/economia/45678-gobierno-garantiza-abastecimiento"
    title = "Gobierno garantiza abastecimiento de combustible para fin de año"
    paras = ["La Paz, 17 de diciembre (ABI).- El Gobierno garantizó el abastecimiento de "
             "combustible en todo el país durante las fiestas de fin de año, informó el "
             "ministro de Hidrocarburos, Alejandro Gallardo.",
             "La autoridad explicó que se aseguró la importación de diésel y gasolina para las "
             "próximas semanas.",
             "YPFB reforzará la distribución en las estaciones de servicio."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ABI")]))
    body = (_nav("ABI", ["Política", "Economía", "Sociedad", "Internacional", "Deportes"])
            + '<div class="item-page"><h2 itemprop="headline">' + title + '</h2>'
            '<dl class="article-info"><dd class="published"><time datetime="2024-12-17T13:03:00">'
            'Martes, 17 Diciembre 2024 13:03</time></dd></dl>'
            '<div itemprop="articleBody">' + _ps(paras) + '<p>ABI/jsc</p></div>'
            + _share("social-share") + '</div>'
            + _footer(["Agencia Boliviana de Información © 2024"]))
    return Page("abi", url, _doc("es", title + " - ABI", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00-04:00", None, "ABI",
                       "La Paz"))


BUILDERS: tuple[Callable[[], Page], ...] = (
    belga, ctk, tasr, sta, hina, tanjug, agerpres, bta, ana_mpa, lusa, agi, interfax, belta,
    kazinform, trend, armenpress, unian, irna, wafa, spa, wam, qna, petra, tap, map_ma, aps_sn,
    kna_ke, nan, ena, bss, app_pk, rss_np, montsame, tna_th, focus_taiwan, andina, abi,
)


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
