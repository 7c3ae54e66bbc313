# ruff: noqa: E501
"""A fourth set of look-alike article pages of news agencies' own websites, none of them in
`tests.wire_pages`, `tests.wire_pages2` or `tests.wire_pages3`: the big wires' other-language
services (AFP in Arabic, Spanish and German; Reuters in Japanese, Chinese and Arabic; AP in
Spanish; dpa and ANSA in English; EFE in English and Portuguese; Xinhua in Arabic and
Russian; TASS in Russian; Anadolu in Russian and Bosnian; IRNA in Persian; Yonhap in Arabic
and Spanish; Kyodo in Chinese; PTI's Hindi service Bhasha, IANS and ANI in Hindi, UNI's Urdu
service) and the page kinds the other sets lack: a wire brief of two paragraphs, a
correction printed as a story of its own, and a multi-part factbox. Written, as the other
sets are, from what the sites printed around 2023-2025: the head with the metadata the site
carries (often none, dates often naive), the printed header, the dateline as the wire prints
it in its language ("باريس (أ ف ب) -", "［東京　１７日　ロイター］ -", "路透北京12月17日 -",
"МОСКВА, 17 декабря. /ТАСС/.", "तेहरान- ایرنا-", "नयी दिल्ली, 17 दिसंबर (भाषा)"), and the
body with the wire's boilerplate (captions and photo credits, related links, share bars,
translators' and desk lines, "(END)").

Each comes with the record a careful reader expects: `agency` as
`processors.normalise_agency` gives it (the wire's own name where the service's credit is in
another script: "ロイター" is Reuters), `dateline` as `find_dateline` gives it (the place as
printed), authors the persons named, else the wire as credited (a byline or author
metadata), else none. The body is the standfirst and the copy, dateline and a factbox's
subheads included; a bare wire credit closing the copy stays, desk codes, translators' and
editors' lines and the sites' notes do not. A correction the wire prints as a page of its
own is an article: its text is the body.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.wire_measure -v --set 4` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _metas, _news_ld, _ps, _text, ablated
from tests.wire_pages import _footer, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]


# ---------------------------------------------------------------------------------------------
# AFP, Reuters and AP in other languages


def afp_ar() -> Page:
    url = "https://www.afp.com/ar/news/3954/doc-36pl2zk"
    title = "فرنسا: بايرو يعلن تشكيل حكومته قبل عيد الميلاد"
    paras = ["باريس (أ ف ب) - أعلن رئيس الوزراء الفرنسي فرنسوا بايرو الثلاثاء أنه سيشكل "
             "حكومته \"قبل عيد الميلاد\"، بعد أيام على تعيينه خلفا لميشال بارنييه.",
             "وقال بايرو للصحافيين إثر لقائه قادة الأحزاب إن \"الحكومة ستكون جاهزة خلال "
             "الأسبوع\".",
             "وتواجه فرنسا أزمة سياسية منذ حل الجمعية الوطنية في حزيران/يونيو."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AFP.com"),
                    ("property", "article:published_time", "2024-12-17T16:42:00+01:00")]))
    body = (_nav("AFP", ["الأخبار", "الصور", "الفيديو", "من نحن"], "header")
            + '<main><article class="node-article"><h1 class="title">' + title + '</h1>'
            '<div class="date">17/12/2024 16:42</div>'
            '<figure><img src="/sites/default/files/bayrou.jpg"><figcaption>رئيس الوزراء '
            'الفرنسي فرنسوا بايرو في باريس © لودوفيك مارين / أ ف ب</figcaption></figure>'
            '<div class="textcontent">' + _ps(paras) + '</div>'
            + _share("share-links") + '</article></main>'
            + _footer(["© وكالة فرانس برس 2024"]))
    return Page("afp-ar", url, _doc("ar", title + " | AFP.com", head, body),
                _truth(title, _text(paras), [], "2024-12-17T16:42:00+01:00", None, "AFP", "باريس"))


def afp_es() -> Page:
    url = "https://www.afp.com/es/actualidad/chile-aprueba-reforma-de-pensiones-tras-anos-de-debate"
    title = "Chile aprueba reforma de pensiones tras años de debate"
    paras = ["Santiago, 17 dic 2024 (AFP) - El Senado chileno aprobó el martes una reforma al "
             "sistema de pensiones que eleva la cotización a cargo de los empleadores, tras más "
             "de una década de debate.",
             "La iniciativa, impulsada por el gobierno del presidente Gabriel Boric, fue "
             "aprobada por 27 votos a favor y 13 en contra.",
             "El proyecto pasa ahora a la Cámara de Diputados.",
             "pa/mr/dga"]
    pub = "2024-12-17T19:05:00-03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AFP.com"),
                    ("name", "author", "Paula Bustamante")])
            + _news_ld(title, pub, None, ["Paula Bustamante"], "AFP", url))
    body = (_nav("AFP", ["Actualidad", "Fotos", "Videos", "Nosotros"], "header")
            + '<main><article class="node-article"><h1 class="title">' + title + '</h1>'
            '<div class="byline">Por Paula Bustamante</div><div class="date">17 de diciembre de '
            '2024 19:05</div><figure><img src="/f.jpg"><figcaption>El Senado chileno en '
            'Valparaíso, el 17 de diciembre de 2024 (AFP / Javier Torres)</figcaption></figure>'
            '<div class="textcontent">' + _ps(paras) + '</div></article></main>'
            + _footer(["© Agence France-Presse 2024"]))
    return Page("afp-es", url, _doc("es", title + " | AFP.com", head, body),
                _truth(title, _text(paras[:3]), ["Paula Bustamante"], pub, None, "AFP", "Santiago"))


def afp_de() -> Page:
    url = "https://www.afp.com/de/nachrichten/scholz-verliert-vertrauensfrage-im-bundestag"
    title = "Scholz verliert Vertrauensfrage im Bundestag"
    lead = "Weg für Neuwahl am 23. Februar ist frei"
    paras = ["Berlin (AFP) - Bundeskanzler Olaf Scholz (SPD) hat wie erwartet die "
             "Vertrauensfrage im Bundestag verloren. 207 Abgeordnete sprachen ihm am Montag das "
             "Vertrauen aus, 394 stimmten gegen ihn, 116 enthielten sich.",
             "Damit ist der Weg für eine vorgezogene Neuwahl frei. Bundespräsident Frank-Walter "
             "Steinmeier muss nun binnen 21 Tagen über die Auflösung des Parlaments entscheiden.",
             "Als Termin für die Neuwahl ist der 23. Februar vorgesehen."]
    pub = "2024-12-16T16:48:00+01:00"
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "AFP.com"),
                   ("property", "og:description", lead)])
    body = (_nav("AFP", ["Nachrichten", "Fotos", "Videos", "Über uns"], "header")
            + '<main><article class="node-article"><h1 class="title">' + title + '</h1>'
            f'<p class="chapo">{lead}</p><div class="date">16.12.2024 16:48</div>'
            '<figure><img src="/s.jpg"><figcaption>Olaf Scholz im Bundestag '
            '(AFP/Tobias SCHWARZ)</figcaption></figure>'
            '<div class="textcontent">' + _ps(paras) + '<p>pe/cha</p></div></article></main>'
            + _footer(["© AFP 2024. Alle Rechte vorbehalten."]))
    return Page("afp-de", url, _doc("de", title + " | AFP.com", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "AFP", "Berlin"))


def reuters_jp() -> Page:
    url = "https://jp.reuters.com/markets/japan/funds/AXQ2B3C4D5E6F7G8H9I0J1K2L3M-2024-12-17/"
    title = "日銀、追加利上げ見送りの公算　賃金動向見極め"
    paras = ["［東京　１７日　ロイター］ - 日銀は１８―１９日に開く金融政策決定会合で、"
             "追加利上げを見送る公算が大きい。複数の関係者が明らかにした。",
             "来年の春闘に向けた賃金動向や、米国の次期政権の経済政策を見極める必要があるとの"
             "判断に傾いている。",
             "市場では１月の利上げを予想する声が増えている。",
             "（和田崇彦、木原麗花　編集：石田仁志）"]
    pub, mod = "2024-12-17T14:10:00+09:00", "2024-12-17T15:02:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Reuters"),
                    ("property", "article:published_time", pub),
                    ("property", "article:modified_time", mod),
                    ("name", "author", "和田崇彦, 木原麗花")])
            + _news_ld(title, pub, mod, ["和田崇彦", "木原麗花"], "Reuters", url))
    body = ('<header class="site-header"><a href="/" aria-label="Reuters">ロイター</a><nav><ul>'
            '<li><a href="/world/">ワールド</a></li><li><a href="/business/">ビジネス</a></li>'
            '<li><a href="/markets/">マーケット</a></li></ul></nav></header>'
            '<main><article class="article-body"><h1 data-testid="Heading">' + title + '</h1>'
            '<div class="article-header__byline"><a href="/authors/takahiko-wada/">和田崇彦</a>'
            '、<a href="/authors/leika-kihara/">木原麗花</a></div>'
            '<time datetime="2024-12-17T05:10:00Z">2024年12月17日午後 2:10 GMT+9</time>'
            '<span>更新日時 2024年12月17日午後 3:02 GMT+9</span>'
            '<figure><img src="/r.jpg"><figcaption>日銀本店。都内で撮影（２０２４年　ロイター/'
            'Issei Kato）</figcaption></figure><div class="article-body__content">'
            + "".join(f'<div data-testid="paragraph-{i}">{p}</div>' for i, p in enumerate(paras))
            + '</div><p class="sign-off">私たちの行動規範：トムソン・ロイター「信頼の原則」</p>'
            '</article></main>' + _footer(["© 2024 Reuters. All rights reserved"]))
    return Page("reuters-jp", url, _doc("ja", title + " | ロイター", head, body),
                _truth(title, _text(paras[:3]), ["和田崇彦", "木原麗花"], pub, mod, "Reuters", "東京"))


def reuters_cn() -> Page:
    url = "https://cn.reuters.com/markets/china/ABCDEF1234567890-2024-12-17/"
    title = "中国11月社会消费品零售总额同比增长3%，低于预期"
    paras = ["路透北京12月17日 - 中国国家统计局周二公布的数据显示，11月社会消费品零售总额同比"
             "增长3%，低于10月的4.8%，也低于市场预期。",
             "同期规模以上工业增加值同比增长5.4%，略高于预期。",
             "分析师表示，政府需要出台更多刺激消费的措施。",
             "（编译 张明钧；审校 李婷）"]
    pub = "2024-12-17T10:35:00+08:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Reuters")])
            + _news_ld(title, pub, None, None, "Reuters", url))
    body = ('<header class="site-header"><a href="/">路透中文网</a><nav><ul><li><a href="/markets/">'
            '市场</a></li><li><a href="/world/">国际</a></li></ul></nav></header>'
            '<main><article><h1>' + title + '</h1><time datetime="2024-12-17T02:35:00Z">'
            '2024年12月17日 10:35</time><div class="article-body__content">' + _ps(paras)
            + '</div><p>我们的标准：汤森路透信任原则</p></article></main>'
            + _footer(["© 2024 路透社 版权所有"]))
    return Page("reuters-cn", url, _doc("zh-Hans", title + " | 路透", head, body),
                _truth(title, _text(paras[:3]), [], pub, None, "Reuters", "北京"))


def reuters_ar() -> Page:
    url = "https://www.reuters.com/ar/world/egypt-inflation-november-2024-12-10/"
    title = "تباطؤ التضخم السنوي في مدن مصر إلى 25.5% في نوفمبر"
    paras = ["القاهرة (رويترز) - أظهرت بيانات الجهاز المركزي للتعبئة العامة والإحصاء يوم "
             "الثلاثاء أن معدل التضخم السنوي لأسعار المستهلكين في المدن المصرية تباطأ إلى 25.5 "
             "بالمئة في نوفمبر تشرين الثاني من 26.5 بالمئة في أكتوبر تشرين الأول.",
             "وجاءت القراءة أقل من توقعات المحللين.",
             "(إعداد محمد علي للنشرة العربية - تحرير أحمد صبحي)"]
    pub = "2024-12-10T10:12:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Reuters")])
            + _news_ld(title, pub, None, None, "Reuters", url))
    body = ('<header class="site-header"><a href="/ar/">رويترز</a><nav><ul><li><a href="/ar/world/">'
            'العالم</a></li><li><a href="/ar/business/">أعمال</a></li></ul></nav></header>'
            '<main><article><h1>' + title + '</h1><time datetime="2024-12-10T08:12:00Z">'
            '10 ديسمبر 2024 10:12 ص</time><div class="article-body__content">' + _ps(paras)
            + '</div></article></main>' + _footer(["© 2024 رويترز"]))
    return Page("reuters-ar", url, _doc("ar", title + " | رويترز", head, body),
                _truth(title, _text(paras[:2]), [], pub, None, "Reuters", "القاهرة"))


def ap_es() -> Page:
    url = "https://apnews.com/world-news/general-news-8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"
    title = "México: Senado aprueba reforma que elimina organismos autónomos"
    paras = ["CIUDAD DE MÉXICO (AP) — El Senado de México aprobó el miércoles una reforma "
             "constitucional que elimina siete organismos autónomos, entre ellos el instituto "
             "de transparencia.",
             "La oposición calificó la medida como un retroceso democrático.",
             "La reforma debe ser ratificada por la mayoría de las legislaturas estatales."]
    pub, mod = "2024-11-28T23:40:12Z", "2024-11-29T01:05:44Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AP News"),
                    ("property", "article:published_time", pub),
                    ("property", "article:modified_time", mod),
                    ("name", "author", "MARÍA VERZA")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "dateModified": mod, "inLanguage": "es",
                   "author": [{"@type": "Person", "name": "MARÍA VERZA"}],
                   "publisher": {"@type": "Organization", "name": "Associated Press"}}))
    body = ('<bsp-header class="Page-header"><a class="Page-header-logo" href="/hub/noticias">'
            '<img alt="AP Noticias" src="/logo.svg"></a><nav><ul><li><a href="/hub/noticias">'
            'Noticias</a></li><li><a href="/hub/america-latina">América Latina</a></li></ul></nav>'
            '</bsp-header><main class="Page-main"><h1 class="Page-headline">' + title + '</h1>'
            '<div class="Page-byline"><div class="Page-authors"><span class="Link">Por </span>'
            '<a class="Link" href="/author/maria-verza">MARÍA VERZA</a></div>'
            '<div class="Page-dateModified"><span>Actualizado </span><bsp-timestamp '
            'data-timestamp="1732842344000"><span data-date>7:05 PM CST, Noviembre 28, 2024</span>'
            '</bsp-timestamp></div></div>'
            '<figure class="Figure"><img src="/i.jpg"><div class="Figure-caption"><p>El Senado '
            'mexicano en sesión, el miércoles 27 de noviembre de 2024. (AP Foto/Marco Ugarte)</p>'
            '</div></figure><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody '
            'RichTextBody">' + _ps(paras) + '</div></bsp-story-page></main>'
            + _footer(["Copyright 2024 The Associated Press. Todos los derechos reservados."]))
    return Page("ap-es", url, _doc("es", title + " | AP News", head, body),
                _truth(title, _text(paras), ["MARÍA VERZA"], pub, mod, "AP", "CIUDAD DE MÉXICO"))


# ---------------------------------------------------------------------------------------------
# Europe's wires in English and Portuguese


def dpa_en() -> Page:
    url = "https://www.dpa-international.com/topic/german-parliament-dissolved-election-february-urn%3Anewsml%3Adpa.com%3A20090101%3A241227-99-123456"
    title = "Steinmeier dissolves Bundestag, paving way for February election"
    paras = ["Berlin (dpa) - German President Frank-Walter Steinmeier on Friday dissolved the "
             "Bundestag, clearing the way for an early election on February 23.",
             "Steinmeier said that in difficult times stability required a government capable "
             "of acting and a reliable majority in parliament.",
             "Chancellor Olaf Scholz lost a confidence vote on December 16."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "dpa international")])
    body = (_nav("dpa international", ["Topics", "Germany", "Europe", "World"], "header")
            + '<main><article class="article"><div class="article-meta"><span class="date">'
            '27 December 2024, 13:20</span></div><h1>' + title + '</h1>'
            '<figure><img src="/p.jpg"><figcaption>German President Frank-Walter Steinmeier. '
            'Photo: Bernd von Jutrczenka/dpa</figcaption></figure>'
            '<div class="article-text">' + _ps(paras) + '</div></article></main>'
            + _footer(["© dpa GmbH"]))
    return Page("dpa-en", url, _doc("en", title + " | dpa international", head, body),
                _truth(title, _text(paras), [], "2024-12-27T13:20:00+01:00", None, "dpa", "Berlin"))


def ansa_en() -> Page:
    url = "https://www.ansa.it/english/news/politics/2024/12/17/meloni-says-italy-ready-to-help-syria-transition_1a2b3c4d.html"
    title = "Meloni says Italy ready to help Syria transition"
    lead = "Premier briefs parliament ahead of EU summit"
    paras = ["(ANSA) - ROME, DEC 17 - Premier Giorgia Meloni told the Senate on Tuesday that "
             "Italy is ready to help Syria through a peaceful transition after the fall of "
             "Bashar al-Assad.",
             "She was briefing parliament ahead of this week's European Council in Brussels.",
             "Meloni also said Italy would keep working with EU partners on migration.",
             "(ANSA)."]
    pub = "2024-12-17T13:48:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ANSA.it"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, None, "ANSA", url))
    body = (_nav("ANSA English", ["News", "Politics", "Business", "Culture", "Sport"], "header")
            + '<main><article class="news-detail"><h1 class="news-title">' + title + '</h1>'
            f'<h2 class="news-stit">{lead}</h2><div class="news-date"><time>17 December 2024, '
            '13:48</time></div><figure><img src="/m.jpg"><figcaption>Premier Giorgia Meloni '
            '(ANSA)</figcaption></figure><div class="news-txt">' + _ps(paras)
            + '<p class="copyright">© Copyright ANSA - All rights reserved</p></div></article>'
            '<aside class="related"><h3>Related Articles</h3><ul><li><a href="/r">Italy '
            'suspends Syrian asylum requests</a></li></ul></aside></main>'
            + _footer(["© Copyright ANSA - All rights reserved"]))
    return Page("ansa-en", url, _doc("en", title + " - English - ANSA.it", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "ANSA", "ROME"))


def efe_en() -> Page:
    url = "https://efe.com/en/latest-news/2024-12-17/spain-unemployment-falls-november/"
    title = "Spain's registered unemployment falls to lowest November level since 2007"
    paras = ["Madrid, Dec 17 (EFE).- The number of people registered as unemployed in Spain "
             "fell by 16,000 in November to 2.56 million, the lowest for the month since 2007, "
             "the labor ministry said on Tuesday.",
             "Social security affiliation rose by 26,000 to 21.3 million.",
             "Labor Minister Yolanda Díaz welcomed the figures."]
    pub = "2024-12-17T11:20:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "EFE"),
                    ("property", "article:published_time", pub)])
            + _news_ld(title, pub, None, ["EFE"], "Agencia EFE", url, author_type="Organization"))
    body = (_nav("EFE", ["Latest news", "World", "Economy", "Culture", "Sports"], "header")
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="author">EFE</span><time>Madrid, 17 Dec 2024 '
            '(11:20 CET)</time></div><figure><img src="/e.jpg"><figcaption>File photo of an '
            'employment office in Madrid. EFE/Fernando Villar</figcaption></figure>'
            '<div class="entry-content">' + _ps(paras) + '</div>' + _share("share-buttons")
            + '</article></main>' + _footer(["© EFE 2024"]))
    return Page("efe-en", url, _doc("en-US", title + " - EFE", head, body),
                _truth(title, _text(paras), ["EFE"], pub, None, "EFE", "Madrid"))


def efe_pt() -> Page:
    url = "https://efe.com/pt/brasil/2024-12-17/banco-central-eleva-juros-para-1225/"
    title = "Banco Central do Brasil eleva juros para 12,25% e sinaliza novas altas"
    paras = ["Brasília, 11 dez (EFE).- O Banco Central do Brasil elevou nesta quarta-feira a "
             "taxa básica de juros, a Selic, em um ponto percentual, para 12,25% ao ano, e "
             "sinalizou novas altas da mesma magnitude nas próximas duas reuniões.",
             "A decisão foi unânime entre os membros do Comitê de Política Monetária (Copom).",
             "O real acumula desvalorização de mais de 20% frente ao dólar neste ano."]
    pub = "2024-12-11T19:02:00-03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "EFE"),
                    ("property", "article:published_time", pub)])
            + _news_ld(title, pub, None, ["EFE Brasil"], "Agencia EFE", url,
                       author_type="Organization"))
    body = (_nav("EFE", ["Últimas notícias", "Brasil", "América", "Mundo", "Economia"], "header")
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="author">EFE Brasil</span><time>Brasília, 11 '
            'dez 2024 (19:02 BRT)</time></div><div class="entry-content">' + _ps(paras)
            + '</div></article></main>' + _footer(["© EFE 2024"]))
    return Page("efe-pt", url, _doc("pt-BR", title + " - EFE", head, body),
                _truth(title, _text(paras), ["EFE Brasil"], pub, None, "EFE", "Brasília"))


# ---------------------------------------------------------------------------------------------
# Xinhua, TASS, Anadolu, IRNA, Yonhap and Kyodo in other languages


def xinhua_ar() -> Page:
    url = "https://arabic.news.cn/20241217/a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d/c.html"
    title = "الصين تطلق بنجاح قمرا صناعيا جديدا للاتصالات"
    paras = ["شيتشانغ 17 ديسمبر 2024 (شينخوا) أطلقت الصين بنجاح قمرا صناعيا جديدا للاتصالات "
             "من مركز شيتشانغ لإطلاق الأقمار الصناعية في مقاطعة سيتشوان جنوب غربي البلاد، "
             "اليوم (الثلاثاء).",
             "وانطلق القمر على متن صاروخ حامل من طراز لونغ مارش-3بي ودخل مداره المحدد بنجاح.",
             "وهذه هي المهمة رقم 550 لسلسلة صواريخ لونغ مارش."]
    head = _metas([("name", "description", title)])
    body = ('<div class="header"><a href="/"><img src="/logo.png" alt="شينخوا"></a><ul class="nav">'
            '<li><a href="/china/">الصين</a></li><li><a href="/world/">العالم</a></li></ul></div>'
            '<div class="main"><div class="head-line"><h1><span class="title">' + title
            + '</span></h1><div class="header-cont"><span class="year">2024</span><span '
            'class="day">12/17</span> <span class="time">14:35:10</span> <span class="source">'
            'المصدر: شينخوا</span></div></div><div id="detail">' + _ps(paras) + '</div>'
            '<div class="editor">[المحرر: هدى]</div></div>'
            + _footer(["حقوق الطبع والنشر محفوظة لوكالة أنباء شينخوا"]))
    return Page("xinhua-ar", url, _doc("ar", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T14:35:10+08:00", None, "Xinhua",
                       "شيتشانغ"))


def xinhua_ru() -> Page:
    url = "https://russian.news.cn/20241217/0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d/c.html"
    title = "Китай успешно запустил новый спутник связи"
    paras = ["Сичан, 17 декабря /Синьхуа/ -- Китай во вторник успешно запустил новый спутник "
             "связи с космодрома Сичан в провинции Сычуань на юго-западе страны.",
             "Спутник был выведен на орбиту ракетой-носителем \"Чанчжэн-3B\".",
             "Это был 550-й полет ракет-носителей серии \"Чанчжэн\". -0-"]
    head = _metas([("name", "description", title)])
    body = ('<div class="header"><a href="/"><img src="/logo.png" alt="Синьхуа"></a><ul class="nav">'
            '<li><a href="/china/">Китай</a></li><li><a href="/world/">В мире</a></li></ul></div>'
            '<div class="main"><div class="head-line"><h1><span class="title">' + title
            + '</span></h1><div class="header-cont"><span class="year">2024</span><span '
            'class="day">12/17</span> <span class="time">14:52:03</span> <span class="source">'
            'Источник: Синьхуа</span></div></div><div id="detail">' + _ps(paras) + '</div>'
            '<div class="editor">[Редактор: Ван Лэй]</div></div>'
            + _footer(["Copyright © Агентство Синьхуа. All Rights Reserved."]))
    return Page("xinhua-ru", url, _doc("ru", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T14:52:03+08:00", None, "Xinhua",
                       "Сичан"))


def tass_ru() -> Page:
    url = "https://tass.ru/ekonomika/22701234"
    title = "ЦБ РФ сохранил ключевую ставку на уровне 21%"
    lead = "Регулятор пояснил, что ужесточение денежно-кредитных условий превзошло ожидания"
    paras = ["МОСКВА, 20 декабря. /ТАСС/. Банк России по итогам заседания совета директоров "
             "сохранил ключевую ставку на уровне 21% годовых. Об этом говорится в сообщении "
             "регулятора.",
             "Большинство аналитиков ожидали повышения ставки до 23%.",
             "Следующее заседание совета директоров ЦБ по ставке запланировано на 14 февраля."]
    pub = "2024-12-20T13:30:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ТАСС"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, None, "ТАСС", url))
    body = (_nav("ТАСС", ["Политика", "Экономика", "Общество", "Спорт"], "header")
            + '<main><article><div class="ds_ext"><h1 class="tass_pkg_title">' + title + '</h1>'
            f'<h3 class="tass_pkg_lead">{lead}</h3><div class="date">20 декабря, 13:30</div>'
            '<div class="text-content">' + _ps(paras) + '</div>'
            '<div class="tags"><a href="/tag/cb">Банк России</a></div></div></article></main>'
            + _footer(["© 2024 ТАСС. Информационное агентство России"]))
    return Page("tass-ru", url, _doc("ru", title + " - ТАСС", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "TASS", "МОСКВА"))


def aa_ru() -> Page:
    url = "https://www.aa.com.tr/ru/мир/глава-мид-турции-встретился-с-коллегой-из-иордании/3425700"
    title = "Глава МИД Турции встретился с коллегой из Иордании"
    lead = "Стороны обсудили ситуацию в Сирии"
    paras = ["Анкара/Анадолу",
             "Министр иностранных дел Турции Хакан Фидан во вторник встретился в Анкаре со своим "
             "иорданским коллегой Айманом ас-Сафади.",
             "Стороны обсудили двусторонние отношения и ситуацию в Сирии, сообщили "
             "дипломатические источники."]
    pub = "2024-12-17T14:30:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, None, "Anadolu Ajansı", url,
                       extra={"author": {"@type": "Organization", "name": "Anadolu Ajansı"}}))
    body = (_nav("Анадолу", ["Турция", "Мир", "Политика", "Экономика"], "header")
            + '<div class="detay-icerik"><div class="detay-spot-category"><h1>' + title + '</h1>'
            f'<h4>{lead}</h4></div><div class="detay-bottom-bar"><span class="tarih">17.12.2024</span>'
            '</div><div class="detay-icerik-metin">' + _ps(paras) + '</div>'
            '<div class="detay-foot"><p>На веб-сайте Информационного агентства Анадолу в кратком '
            'виде публикуется лишь часть новостей, предоставляемых абонентам через Систему '
            'распространения новостей (HAS) АА.</p></div></div>'
            + _footer(["© Агентство Анадолу 2024"]))
    return Page("aa-ru", url, _doc("ru", title, head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Anadolu Ajansı"], pub, None,
                       "Anadolu", "Анкара"))


def aa_ba() -> Page:
    url = "https://www.aa.com.tr/ba/balkan/vijeće-ministara-bih-usvojilo-prijedlog-budžeta/3425711"
    title = "Vijeće ministara BiH usvojilo prijedlog budžeta za 2025. godinu"
    lead = "Budžet iznosi 1,4 milijarde KM"
    paras = ["SARAJEVO (AA) - Vijeće ministara Bosne i Hercegovine usvojilo je u utorak "
             "prijedlog budžeta institucija BiH za 2025. godinu.",
             "Budžet iznosi 1,4 milijarde KM, što je povećanje u odnosu na ovu godinu.",
             "Prijedlog će se uputiti Parlamentarnoj skupštini BiH."]
    pub = "2024-12-17T15:10:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, None, "Anadolu Ajansı", url,
                       extra={"author": {"@type": "Organization", "name": "Anadolu Ajansı"}}))
    body = (_nav("Anadolu", ["Balkan", "Svijet", "Ekonomija", "Sport"], "header")
            + '<div class="detay-icerik"><div class="detay-spot-category"><h1>' + title + '</h1>'
            f'<h4>{lead}</h4></div><div class="detay-muhabir"><span><a href="/ba/p/emir-hodzic">'
            'Emir Hodžić</a></span><span class="tarih">&nbsp;&nbsp;|17.12.2024 - Ažurirano : 17.12.2024</span></div>'
            '<div class="detay-icerik-metin">' + _ps(paras) + '</div>'
            '<div class="detay-foot"><p>Na web stranici Anadolu Agency objavljuje se samo dio '
            'vijesti koje se pretplatnicima nude putem Sistema za distribuciju vijesti (HAS), i '
            'to u skraćenom obliku.</p></div></div>' + _footer(["© Anadolu Agency 2024"]))
    return Page("aa-ba", url, _doc("bs", title, head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Emir Hodžić"], pub, None,
                       "Anadolu", "SARAJEVO"))


def irna_fa() -> Page:
    url = "https://www.irna.ir/news/85701234/"
    title = "عراقچی: ایران آماده گفت‌وگو با اروپا است"
    lead = "وزیر امور خارجه گفت ایران برای گفت‌وگو بر پایه احترام متقابل آماده است."
    paras = ["تهران- ایرنا- سید عباس عراقچی وزیر امور خارجه روز سه‌شنبه در نشستی خبری گفت "
             "ایران آماده ادامه گفت‌وگو با کشورهای اروپایی است.",
             "وی افزود که دور بعدی گفت‌وگوها در ماه آینده برگزار می‌شود.",
             "عراقچی همچنین درباره تحولات سوریه سخن گفت."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "ایرنا"),
                   ("property", "og:description", lead)])
    body = (_nav("ایرنا", ["سیاست", "اقتصاد", "جامعه", "بین‌الملل"], "header")
            + '<main><article class="item"><div class="item-header"><h1 class="title">' + title
            + f'</h1><p class="summary introtext">{lead}</p><div class="item-date"><span>'
            '۲۷ آذر ۱۴۰۳، ۱۲:۳۴</span></div></div><div class="item-text">' + _ps(paras)
            + '</div><div class="item-code">کد خبر 85701234</div></article></main>'
            + _footer(["کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است."]))
    return Page("irna-fa", url, _doc("fa", title + " - ایرنا", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], "2024-12-17T12:34:00+03:30", None,
                       "IRNA", "تهران"))


def yonhap_ar() -> Page:
    url = "https://ara.yna.co.kr/view/MYH20241217001200371"
    title = "كوريا الجنوبية: المحكمة الدستورية تبدأ مراجعة عزل الرئيس يون"
    paras = ["سيئول، 17 ديسمبر (يونهاب) -- بدأت المحكمة الدستورية في كوريا الجنوبية اليوم "
             "الثلاثاء مراجعة قرار عزل الرئيس يون سيوك-يول.",
             "وأمام المحكمة 180 يوما للبت في القضية.",
             "(النهاية)"]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Yonhap News Agency")])
    body = (_nav("يونهاب", ["سياسة", "كوريا الشمالية", "اقتصاد", "ثقافة"], "header")
            + '<main><div class="article-wrap"><h1 class="tit">' + title + '</h1>'
            '<p class="date">2024/12/17 11:12</p><div class="story-news article">' + _ps(paras)
            + '</div><p class="copyright">(C) Yonhap News Agency. All Rights Reserved</p></div></main>'
            + _footer(["(C) Yonhap News Agency"]))
    return Page("yonhap-ar", url, _doc("ar", title + " | وكالة يونهاب للأنباء", head, body),
                _truth(title, _text(paras[:2]), [], "2024-12-17T11:12:00+09:00", None, "Yonhap",
                       "سيئول"))


def yonhap_es() -> Page:
    url = "https://sp.yna.co.kr/view/ASP20241217001200883"
    title = "El Tribunal Constitucional comienza a revisar la destitución de Yoon"
    paras = ["SEÚL, 17 dic. (Yonhap) -- El Tribunal Constitucional de Corea del Sur comenzó el "
             "martes a revisar la destitución del presidente Yoon Suk Yeol.",
             "El tribunal tiene 180 días para decidir si lo destituye o lo restituye.",
             "(FIN)"]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Yonhap News Agency")])
    body = (_nav("Yonhap", ["Política", "Corea del Norte", "Economía", "Cultura"], "header")
            + '<main><div class="article-wrap"><h1 class="tit">' + title + '</h1>'
            '<p class="date">2024/12/17 11:30</p><div class="story-news article">' + _ps(paras)
            + '</div><p class="copyright">(C) Yonhap News Agency. All Rights Reserved</p></div></main>'
            + _footer(["(C) Yonhap News Agency"]))
    return Page("yonhap-es", url, _doc("es", title + " | Agencia de Noticias Yonhap", head, body),
                _truth(title, _text(paras[:2]), [], "2024-12-17T11:30:00+09:00", None, "Yonhap",
                       "SEÚL"))


def kyodo_cn() -> Page:
    url = "https://china.kyodonews.net/news/2024/12/a1b2c3d4e5f6-.html"
    title = "日本政府拟提高明年度防卫预算至8.7万亿日元"
    paras = ["共同社12月17日电 据多名日本政府相关人士透露，政府正在协调将2025年度防卫预算提高至"
             "约8.7万亿日元，创历史新高。这将是防卫预算连续13年增长，也是首次超过8万亿日元。",
             "预算案将于本月27日在内阁会议上通过，并提交明年1月召开的例行国会审议。其中包括用于"
             "取得可攻击敌方导弹发射基地的“反击能力”的远程导弹相关经费。",
             "政府计划在2023至2027年度的5年间投入约43万亿日元用于防卫力量建设。由于日元贬值导致"
             "从美国采购装备的成本上升，财源问题仍是课题。"]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "共同网")])
    body = (_nav("共同网", ["政治", "经济", "社会", "国际"], "header")
            + '<main><div id="js-article-detail" class="article-detail"><h1>' + title + '</h1>'
            '<p class="credit">2024年12月17日 16:20</p><figure><img src="/k.jpg"><figcaption>'
            '防卫省（共同社）</figcaption></figure><div class="article-body">' + _ps(paras)
            + '</div><p class="note">共同网的所有内容均受日本版权法和国际条约保护。</p></div></main>'
            + _footer(["Copyright © 共同社 All Rights Reserved."]))
    return Page("kyodo-cn", url, _doc("zh-CN", title + " - 共同网", head, body),
                _truth(title, _text(paras), [], "2024-12-17T16:20:00+09:00", None, "Kyodo", None))


# ---------------------------------------------------------------------------------------------
# South Asia's wires in Hindi and Urdu


def bhasha() -> Page:
    url = "https://www.ptinews.com/hindi/story/national/sansad-sheetkalin-satra/1812345"
    title = "संसद का शीतकालीन सत्र 20 दिसंबर तक चलेगा: रीजीजू"
    paras = ["नयी दिल्ली, 17 दिसंबर (भाषा) संसदीय कार्य मंत्री किरेन रीजीजू ने मंगलवार को कहा "
             "कि संसद का शीतकालीन सत्र निर्धारित कार्यक्रम के अनुसार 20 दिसंबर तक चलेगा।",
             "उन्होंने विपक्ष से सदन की कार्यवाही सुचारू रूप से चलने देने की अपील की।",
             "सत्र 25 नवंबर को शुरू हुआ था।",
             "भाषा अविनाश माधव",
             "माधव"]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "PTI Bhasha")])
    body = (_nav("पीटीआई-भाषा", ["राष्ट्रीय", "अंतरराष्ट्रीय", "व्यापार", "खेल"], "header")
            + '<main><div class="story-detail"><h1>' + title + '</h1>'
            '<p class="story-date">17 दिसंबर 2024, 15:42 IST</p><div class="story-content">'
            + _ps(paras) + '</div></div></main>'
            + _footer(["© प्रेस ट्रस्ट ऑफ इंडिया"]))
    return Page("bhasha", url, _doc("hi", title, head, body),
                _truth(title, _text(paras[:3]), [], "2024-12-17T15:42:00+05:30", None, "PTI",
                       "नयी दिल्ली"))


def ians_hi() -> Page:
    url = "https://ianshindi.in/national/sharad-pawar-meets-pm-modi-birthday-123456"
    title = "शरद पवार ने प्रधानमंत्री मोदी से मुलाकात की"
    paras = ["नई दिल्ली, 17 दिसंबर (आईएएनएस)। राकांपा (एसपी) प्रमुख शरद पवार ने मंगलवार को "
             "संसद भवन में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।",
             "पवार के साथ महाराष्ट्र के कुछ किसान भी थे।",
             "--आईएएनएस",
             "एबीएम/एसकेपी"]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "IANS Hindi"),
                    ("name", "author", "IANS")])
            + _news_ld(title, "2024-12-17T13:05:00+05:30", None, ["IANS"], "IANS Hindi", url))
    body = (_nav("आईएएनएस", ["देश", "विदेश", "व्यापार", "खेल"], "header")
            + '<main><article><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="byline">आईएएनएस</span> | <time>17 दिसंबर 2024 '
            '1:05 अपराह्न</time></div><div class="entry-content">' + _ps(paras) + '</div>'
            '</article></main>' + _footer(["© IANS India Private Limited"]))
    return Page("ians-hi", url, _doc("hi", title + " - IANS Hindi", head, body),
                _truth(title, _text(paras[:3]), ["IANS"], "2024-12-17T13:05:00+05:30", None, "IANS",
                       "नई दिल्ली"))


def ani_hi() -> Page:
    url = "https://www.aninews.in/hindi/news/national/general-news/rajnath-singh-russia-visit20241209123456/"
    title = "राजनाथ सिंह रूस के तीन दिवसीय दौरे पर रवाना"
    paras = ["नई दिल्ली [भारत], 9 दिसंबर (एएनआई): रक्षा मंत्री राजनाथ सिंह सोमवार को रूस के "
             "तीन दिवसीय आधिकारिक दौरे पर रवाना हुए।",
             "वह मॉस्को में अपने रूसी समकक्ष आंद्रेई बेलौसोव से बातचीत करेंगे।",
             "(एएनआई)"]
    pub = "2024-12-09T09:20:00+05:30"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ANI News")])
            + _news_ld(title, pub, None, ["ANI"], "ANI News", url, author_type="Organization"))
    body = (_nav("ANI हिंदी", ["राष्ट्रीय", "विश्व", "व्यापार", "खेल"], "header")
            + '<main><div class="content"><h1 class="title">' + title + '</h1>'
            '<div class="time-red">अपडेट किया गया: दिसंबर 09, 2024 09:20 IST</div>'
            '<figure><img src="/a.jpg"><figcaption>रक्षा मंत्री राजनाथ सिंह (फोटो/एएनआई)</figcaption>'
            '</figure><div itemprop="articleBody">' + _ps(paras) + '</div></div></main>'
            + _footer(["© ANI News"]))
    return Page("ani-hi", url, _doc("hi", title + " | ANI News", head, body),
                _truth(title, _text(paras), ["ANI"], pub, None, "ANI", "नई दिल्ली"))


def uni_urdu() -> Page:
    url = "https://www.uniurdu.com/news/national/12345/parliament-winter-session"
    title = "پارلیمنٹ کا سرمائی اجلاس 20 دسمبر تک جاری رہے گا"
    paras = ["نئی دہلی، 17 دسمبر (یو این آئی) پارلیمانی امور کے وزیر کرن رجیجو نے منگل کو کہا "
             "کہ پارلیمنٹ کا سرمائی اجلاس طے شدہ پروگرام کے مطابق 20 دسمبر تک جاری رہے گا۔",
             "انہوں نے اپوزیشن سے ایوان کی کارروائی چلنے دینے کی اپیل کی۔",
             "یو این آئی۔ ع ا۔ م ع"]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "UNI Urdu")])
    body = (_nav("یو این آئی اردو", ["قومی", "بین الاقوامی", "تجارت", "کھیل"], "header")
            + '<main><div class="news-detail"><h1>' + title + '</h1>'
            '<div class="news-date">17 Dec 2024 | 04:10 PM</div><div class="news-content">'
            + _ps(paras) + '</div></div></main>' + _footer(["© یو این آئی"]))
    return Page("uni-urdu", url, _doc("ur", title, head, body),
                _truth(title, _text(paras[:2]), [], "2024-12-17T16:10:00+05:30", None, "UNI",
                       "نئی دہلی"))


# ---------------------------------------------------------------------------------------------
# Page kinds: a brief, a correction, a factbox


def ap_brief() -> Page:
    url = "https://apnews.com/article/tokyo-earthquake-brief-3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"
    title = "Magnitude 5.1 earthquake shakes Tokyo area, no tsunami warning"
    paras = ["TOKYO (AP) — A magnitude 5.1 earthquake shook the Tokyo area on Tuesday evening, "
             "the Japan Meteorological Agency said. There was no tsunami warning.",
             "There were no immediate reports of damage or injuries."]
    pub = "2024-12-17T10:31:00Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AP News"),
                    ("property", "article:published_time", pub),
                    ("name", "author", "The Associated Press")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub,
                   "author": [{"@type": "Organization", "name": "The Associated Press"}],
                   "publisher": {"@type": "Organization", "name": "Associated Press"}}))
    body = ('<bsp-header class="Page-header"><a class="Page-header-logo" href="/"><img alt="AP Logo" '
            'src="/logo.svg"></a></bsp-header><main class="Page-main"><h1 class="Page-headline">'
            + title + '</h1><div class="Page-byline"><div class="Page-authors">'
            '<span class="Link">The Associated Press</span></div><bsp-timestamp '
            'data-timestamp="1734431460000"><span>5:31 AM EST, December 17, 2024</span>'
            '</bsp-timestamp></div><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody '
            'RichTextBody">' + _ps(paras) + '</div></bsp-story-page></main>'
            + _footer(["Copyright 2024 The Associated Press. All Rights Reserved."]))
    return Page("ap-brief", url, _doc("en", title + " | AP News", head, body),
                _truth(title, _text(paras), ["The Associated Press"], pub, None, "AP", "TOKYO"))


def ap_correction() -> Page:
    url = "https://apnews.com/article/correction-georgia-election-story-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a"
    title = "Correction: Election-Georgia story"
    paras = ["ATLANTA (AP) — In a story published Dec. 12, 2024, about Georgia's election "
             "board, The Associated Press erroneously reported the number of counties that "
             "certified results late. It was three, not five.",
             "A corrected version of the story is below:",
             "Georgia's State Election Board voted Thursday to ask lawmakers to tighten the "
             "deadline for counties to certify election results."]
    pub = "2024-12-13T21:04:00Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AP News"),
                    ("property", "article:published_time", pub),
                    ("name", "author", "JEFF AMY")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "author": [{"@type": "Person", "name": "JEFF AMY"}],
                   "publisher": {"@type": "Organization", "name": "Associated Press"}}))
    body = ('<bsp-header class="Page-header"><a class="Page-header-logo" href="/"><img alt="AP Logo" '
            'src="/logo.svg"></a></bsp-header><main class="Page-main"><h1 class="Page-headline">'
            + title + '</h1><div class="Page-byline"><div class="Page-authors"><span class="Link">'
            'By </span><a class="Link" href="/author/jeff-amy">JEFF AMY</a></div><bsp-timestamp '
            'data-timestamp="1734123840000"><span>4:04 PM EST, December 13, 2024</span>'
            '</bsp-timestamp></div><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody '
            'RichTextBody">' + _ps(paras) + '</div></bsp-story-page></main>'
            + _footer(["Copyright 2024 The Associated Press. All Rights Reserved."]))
    return Page("ap-correction", url, _doc("en", title + " | AP News", head, body),
                _truth(title, _text(paras), ["JEFF AMY"], pub, None, "AP", "ATLANTA"))


def reuters_factbox() -> Page:
    url = "https://www.reuters.com/world/europe/who-could-be-germanys-next-chancellor-2024-12-16/"
    title = "Factbox: Who could be Germany's next chancellor?"
    parts = ["BERLIN, Dec 16 (Reuters) - German Chancellor Olaf Scholz lost a confidence vote "
             "on Monday, paving the way for a snap election on Feb. 23.",
             "Here are the main candidates:",
             "<h2>FRIEDRICH MERZ, CHRISTIAN DEMOCRATS</h2>",
             "Merz, 69, leads the conservative bloc, which is ahead in opinion polls.",
             "<h2>OLAF SCHOLZ, SOCIAL DEMOCRATS</h2>",
             "Scholz, 66, is seeking a second term despite his unpopularity.",
             "<h2>ROBERT HABECK, GREENS</h2>",
             "Habeck, 55, is economy minister and vice chancellor."]
    pub, mod = "2024-12-16T14:05:00Z", "2024-12-16T16:30:00Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Reuters"),
                    ("property", "article:published_time", pub),
                    ("property", "article:modified_time", mod),
                    ("name", "author", "Andreas Rinke")])
            + _news_ld(title, pub, mod, ["Andreas Rinke"], "Reuters", url))
    html_parts = "".join(p if p.startswith("<h2>") else f'<div data-testid="paragraph">{p}</div>'
                         for p in parts)
    body = ('<header class="site-header"><a href="/" aria-label="Reuters">Reuters</a><nav><ul>'
            '<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li></ul>'
            '</nav></header><main><article class="article-body"><h1 data-testid="Heading">'
            + title + '</h1><div class="article-header__byline">By <a href="/authors/andreas-rinke/">'
            'Andreas Rinke</a></div><time datetime="2024-12-16T14:05:00Z">December 16, 2024 2:05 '
            'PM GMT</time><div class="article-body__content">' + html_parts
            + '<p class="sign-off">Reporting by Andreas Rinke; Editing by Alex Richardson</p>'
            '<p class="trust">Our Standards: The Thomson Reuters Trust Principles.</p></div>'
            '</article></main>' + _footer(["© 2024 Reuters. All rights reserved"]))
    return Page("reuters-factbox", url, _doc("en", title + " | Reuters", head, body),
                _truth(title, _text(parts), ["Andreas Rinke"], pub, mod, "Reuters", "BERLIN"))


BUILDERS: list[Callable[[], Page]] = [
    afp_ar, afp_es, afp_de, reuters_jp, reuters_cn, reuters_ar, ap_es,
    dpa_en, ansa_en, efe_en, efe_pt,
    xinhua_ar, xinhua_ru, tass_ru, aa_ru, aa_ba, irna_fa, yonhap_ar, yonhap_es, kyodo_cn,
    bhasha, ians_hi, ani_hi, uni_urdu,
    ap_brief, ap_correction, reuters_factbox,
]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
