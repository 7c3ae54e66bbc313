"""Named selectors and phrases for the generic path: what to drop, where bodies live.

Kept as data in one place (trafilatura's `xpaths.py` style) so that reading the rules never
means reading control flow. Site-specific selectors belong in the site's profile instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Elements that never hold article text.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select",
    "textarea", "input", "nav", "footer", "aside", "figure", "figcaption", "picture", "video",
    "audio", "object", "embed", "canvas", "map", "dialog", "menu",
    # An <address> is its article's or page's contact information (HTML's own meaning): a
    # byline, a newsroom's street address, an e-mail line; never a paragraph of the text.
    "address",
    "amp-ad", "amp-analytics", "amp-social-share", "amp-sidebar", "amp-img", "amp-carousel",
)

#: Elements that are boilerplate unless they hold most of the page's paragraph text:
#: ASP.NET WebForms pages wrap the whole page in one <form>.
SOFT_DROP_TAGS = ("form",)

#: Elements with a class or id: candidates for `BOILERPLATE_TOKEN` (an anchored match per
#: token is cheaper than XPath contains() tests or an unanchored search).
BOILERPLATE_CANDIDATES_XPATH = "//body//*[@class or @id]"

#: A class or id token that marks a whole block as boilerplate.
BOILERPLATE_TOKEN = re.compile(
    # the word alone, or as the first or last part of a hyphenated/BEM token ("share-bar",
    # "post-tags", "c-related__list"); a middle part ("l-sidebar-fixed") is a layout name.
    # A negation first says the element has none of it: BuzzFeed's story items with a
    # picture and no caption ("buzz_superlist_item_image no_caption") hold the text.
    # A BEM element of a block named in several words ("post-single__comments",
    # "news-detail__tags") is its last part too.
    # The runs around the words possessive (`++`, `{1,2}+`, `*+`): a run given back leaves a
    # letter or digit where a separator, `__` or the end must come (a separator where a word
    # must), so backtracking into them never matched; it was half of a failing token's time.
    r"^(?!(?:no|non|not|without)[-_])(?:[a-z0-9]++(?:-[a-z0-9]++)++__|[a-z0-9]++[-_]{1,2}+)?(?:"
    r"share|shares|sharing|sharebar|share-?buttons?|social|socials|social-?share|sharedaddy|"
    # "relate" too: Vietnamese templates' boxes of related links ("article-relate", "box-relate").
    r"related|relate|related-?posts?|jp-relatedposts|yarpp|comments?|comment-?respond|respond|disqus|"
    r"newsletter|subscribe|subscription|signup|promo|promotion|advert|advertisement|ads?|adslot|"
    r"ad-?slot|ad-?unit|ad-?container|sponsored|sponsor|banner|sidebar|breadcrumbs?|"
    # A sponsor's strip over the text ("presented-by": "By" and "&" between its logos).
    r"presented-?by|published-?by|"
    r"author-?box|author-?bio|about-?author|author-?info|author-?card|authorbox|bio|byline|"
    r"saboxplugin|"  # Simple Author Box, a common WordPress plugin
    # Ghost's cards set into a post's text to sell a membership ("kg-cta-card": "Support
    # independent journalism. Become a member", "kg-signup-card", a "kg-button-card"'s
    # "Subscribe") and its paywall's box over a members' post ("gh-post-upgrade-cta").
    r"kg-(?:cta|signup|button)-card|post-upgrade-cta|"
    # Molongui Authorship's author box ("m-a-box", "m-a-box-bio"), appended to the post's
    # content: a desk account's bio is no sentence of the story.
    r"m-a-box|"
    r"tags|tag-?list|taglist|keywords|post-?tags|entry-?tags|popular|trending|most-?read|recommended|"
    r"recommendations?|read-?more|readmore|more-?stories|also-?read|read-?also|cookie|cookies|"
    r"modal|popup|widget-?area|widgettitle|footer|navigation|navbar|nav|menu|pagination|"
    r"print|toolbar|rating|"
    # A story's toolbar of share, comment and e-mail flyouts (USA TODAY's "utility-bar").
    r"utility-?bar|"
    # WordPress core widgets (sidebars, footers): recent posts, archives, categories, tag cloud…
    r"widget_(?:recent_entries|recent_comments|archive|categories|meta|search|tag_cloud|calendar|"
    r"pages|rss|nav_menu)|"
    # A picture's source line is its "attribution" too ("sub_buzz_source_via buzz_attribution").
    # "cptn" too, a caption's abbreviated name (`span.img_cptn`).
    # Kubrick's (WordPress's default theme, 2005-2008) `p.postmetadata`: "This entry was
    # posted on … and is filed under …", under the text.
    r"outbrain|taboola|caption|cptn|credits?|attribution|post-?meta|entry-?meta|article-?meta|meta|"
    r"postmetadata|"
    # The author, date and reading-time strip under a headline ("metainfo__item--readtime"):
    # its "4 min" is no line of the text.
    r"meta-?info|"
    r"consent|gdpr|cmp|onetrust|"
    r"last-?modified|modified-?date|updated|gallery|video|embed|skip-?link|"
    # A JW Player's frame set between paragraphs, with its label ("jwplayer__wrapper": "Live
    # Science Video"): no line of the text.
    r"jwplayer|"
    r"sr-only|visually-?hidden|screen-?reader-?text|login|donate|follow|"
    # A reader-funded site's appeal box set into the text ("donation-box": "Wir sind ein
    # spendenfinanziertes Medium …", its "Jetzt spenden" link).
    r"donations?|"
    # A story's keyword list under its text ("m-keyword-list": one linked word per item).
    r"keyword-?list|"
    # A call to like the site's page, its button beside it (Money.pl's `div.like-us`: "Polub
    # Money.pl na Facebooku:").
    r"like-?us|"
    # Foundation's and Drupal's screen-reader classes (a breadcrumb's "Aktuelle Seite:" before
    # the <h1> it holds).
    r"show-for-sr|element-invisible|"
    # … and ARD's ("hideCompletely": "Weitere Informationen" before an info box, "Ende der
    # weiteren Informationen" after it, for screen readers only).
    r"hide-?completely|"
    # A reader-revenue appeal set after the text (the Guardian's "contributions-epic"), or
    # set into it: German templates name such a box the "Störer", "disturber" in English.
    r"epic|disturber|"
    # A paywall's offer box after the free paragraphs ("paywall-inline-tout", "paywall-cta"):
    # never "paywall" alone or as a last part, the class of many a body kept from non-readers.
    r"paywall-(?:inline-)?(?:tout|cta|prompt|offer|message|overlay)|"
    r"next-?post|prev-?post|post-?navigation|disclaimer|copyright|site-?header|"
    r"ampforwp-social-icons|ampforwp-last-modified-date|amp-author|amp-related-posts|"
    # A fact box set into the text ("metro-factbox": a headed box of the plan's other key
    # points beside the story) is an info box under another name.
    r"loadmore|load-?more|infobox|info-?box|fact-?box|toc|table-?of-?contents|"
    # An audio or podcast player set over a podcast's page or an episode's transcript
    # ("podcast-player": its duration and "Subscribe on Apple Podcasts" links).
    r"audio-?player|podcast-?player|"
    # A recipe card's chrome around its ingredients and steps (WP Recipe Maker's
    # "wprm-recipe-times-container", "wprm-nutrition-label-container", "wprm-call-to-action";
    # Tasty Recipes' "tasty-recipes-details"; Mediavine Create's "mv-create-nutrition"): the
    # times, servings, nutrition facts and "Tried this recipe? Tag us" are no text.
    r"recipes?-(?:times|nutrition|ratings?|buttons)|recipes-details|nutrition-label|"
    r"create-(?:times|nutrition)|call-to-action|"
    # A reader-reaction poll under the text (Rappler's "post-single__mood": "How does this
    # make you feel?" over "Happy", "Sad", "Angry"; "reactions" boxes of emoji counts).
    r"mood|reactions|"
    # … or a question put to the readers, its answers and buttons (IGN's "article-poll":
    # "Poll", "Will you play it at launch?", "Yes", "No", "Vote", "See Results"); only as a
    # last part: The Times of India's `id="poll-widget"` wraps paragraphs of the text.
    r"(?<=[-_])polls?|"
    # A call to action set apart as a block's last part ("sub-cta": "Newsweek subscription
    # offers >"; "channel-cta": "Get your Hard Fork on", a newsletter's pitch).
    r"(?<=[-_])cta|"
    # A shop link's box after a product's mention ("article-affiliate": "Buy Smart Display
    # at Amazon - $129.99").
    r"(?<=[-_])affiliate|"
    # A box set aside inside the text ("article_aside": XDA's link to the phone's forum), as
    # an <aside> is; an app's store card ("appbox": its name, developer, price and "Download
    # on Google Play").
    r"(?<=[-_])aside|app-?box|"
    # Japanese and Korean templates' share buttons, named for the "SNS" they post to
    # ("c-article-sns": "保存して後で読む" (save to read later), "ポストする" (post it)).
    r"sns|article-?sns"
    r")(?:[-_]{1,2}+[a-z0-9]++)*+$",
    re.I,
)
def caseless_match(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """`pattern.match(token) is not None`, at half the cost or less for an ASCII token: under
    re.I, re tries each alternative of a long alternation in turn (it skips one on its first
    letter only when matching case-sensitively), so the token is lowercased and matched by
    the same pattern without re.I. The same answer for a re.I pattern with no capital letter
    (in ASCII, re.I folds only A-Z); other tokens are matched by `pattern` itself.

    >>> token = caseless_match(re.compile(r"^(?:share|social)(?:-\\w+)?$", re.I))
    >>> token("Share-Buttons"), token("ſhare"), token("Body")
    (True, True, False)
    """
    if not pattern.flags & re.I or re.search(r"(?<!\\)[A-Z]", pattern.pattern):
        raise ValueError(f"not a lowercase re.I pattern: {pattern.pattern[:40]}")
    lower = re.compile(pattern.pattern, pattern.flags & ~re.I)

    def match(token: str) -> bool:
        if token.isascii():
            return lower.match(token.lower()) is not None
        return pattern.match(token) is not None

    return match


#: `BOILERPLATE_TOKEN.match(token) is not None`, cheaper (on a first pass over new pages).
boilerplate_token = caseless_match(BOILERPLATE_TOKEN)


#: A class or id token of a cookie-consent or privacy dialog (OneTrust's "onetrust-pc-sdk",
#: Cookiebot's "CybotCookiebotDialog", a CMP's "cmp-container"): boilerplate however much of a
#: short page's paragraph text its policy text is.
CONSENT_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]{1,2})?(?:cookies?|consent|gdpr|cmp[a-z0-9]*|onetrust|didomi|cybotcookiebot[a-z]*)"
    r"(?:[-_]{1,2}[a-z0-9]+)*$",
    re.I,
)
#: A word every `CONSENT_TOKEN` holds, in any case (keep with it): names holding none of them
#: are not asked token by token (`marks.consent_names`, on a first pass over new pages).
CONSENT_WORDS = ("cookie", "consent", "gdpr", "cmp", "onetrust", "didomi")
#: The links to the previous and next stories, wherever the class names them in its words
#: ("article_details_prev_next", "post-prev-next-nav"): teasers, never the text.
PREV_NEXT_TOKEN = re.compile(r"(?:^|[-_])prev(?:ious)?[-_]?next(?:$|[-_])", re.I)
#: Tokens that look like boilerplate but also name real body containers; never dropped.
KEEP_TOKEN = re.compile(
    r"^(?:article-?body|articlebody|entry-?content|post-?content|story-?body|article-?content|"
    r"the_content|content|main|article|post|story|text|body)$",
    re.I,
)
#: Elements never dropped, whatever their class says.
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})

#: Class names of known body containers: when the scorer's winner sits inside one, the
#: whole container is the body (so sub-headlines and lists inside it come along).
BODY_CONTAINER_NAMES = frozenset({
    "entry-content", "the_content", "article-body", "articlebody", "post-content",
    "story-body", "article-content", "article__body", "article-text", "story-content",
    "post-body", "field-name-body", "c-entry-content", "td-post-content", "article__content",
    "story-text", "rich-text",
})

#: Elements whose text forms body blocks. Headings inside the body are kept (sub-headlines).
BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
                        "td", "th"})
#: Elements that hold blocks (a div with no block children is itself one block).
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "ul", "ol", "dl", "table",
                            "tbody", "thead", "tr", "blockquote", "header", "span", "center",
                            "font"})

#: Whole blocks equal to one of these (after clean-up, casefolded, trailing punctuation and
#: ellipses removed) are boilerplate on any site.
BOILERPLATE_PHRASES = frozenset({
    "share", "share this", "share this article", "share this story", "share this post",
    "share this page", "share on facebook",
    "share on twitter", "tweet", "email", "print", "load more", "read more", "show more",
    "leave a reply", "leave a comment", "post a comment", "comments", "advertisement",
    "advertisement - scroll to continue", "scroll to continue with content", "sponsored",
    "related", "related posts", "view all", "view gallery", "see all", "related articles",
    # Jetpack's like and related-posts widgets in WordPress.com's other languages, left as
    # lines where their names are gone: "Mi piace:" over "Mi piace Caricamento...",
    # "Correlati"; "Curtir isso:", "Curtir Carregando...", "Compartilhe isso:", "Relacionado";
    # the like button's loading line in English, Spanish, French and German.
    "mi piace", "mi piace caricamento", "correlati", "curtir isso", "curtir carregando",
    "compartilhe isso", "relacionado", "relacionados", "like loading", "me gusta cargando",
    "j'aime chargement", "gefällt mir wird geladen",
    # A video player's label alone over its teaser (the caption and running time after it).
    "video",
    # A British regional chain's video player left as lines (Reach plc's: "Video Loading",
    # "Video Unavailable", "Click to play", "Tap to play", "Play now"), and a player asking
    # for scripts ("Please enable Javascript to watch this video").
    "video loading", "video unavailable", "click to play", "tap to play", "play now",
    "please enable javascript to watch this video",
    # A Chinese portal's empty comment box under the text ("No comments yet, grab the sofa!").
    "还没有评论，快来抢沙发吧", "还没有评论，快来抢沙发吧！", "暂无评论，快来抢沙发吧！",
    "暂无评论",
    "related stories", "you may also like",
    # Turkish papers' recommended and related stories widget heading, left alone in the text
    # when its list is rendered by a script ("ÖNERİLEN HABERLER"); each also as its capital
    # dotted İ casefolds (an "i" and a combining dot).
    "önerilen haberler", "öneri̇len haberler", "ilgili haberler", "i̇lgi̇li̇ haberler",
    "benzer haberler",
    # The heading left over a disclaimer whose text is dropped (a toggle or callout box:
    # "Disclaimer" over "Except for the headline, this story has not been edited …").
    "disclaimer",
    # A live blog's label on the post it keeps at the top ("Pinned", "Pinned post"; German
    # "Angepinnt", French "Épinglé"), alone on its line over the post's text.
    "pinned", "pinned post", "angepinnt", "épinglé", "fijado",
    # A Chinese photo gallery's label over its carousel (Xinhua's "图集"), alone on its line.
    "图集", "圖集", "组图", "組圖",
    # A Chinese picture's label alone under it ("资料图": a file photo), and the call to
    # enlarge a picture (Japanese "（クリックして拡大）", "click to enlarge").
    "资料图", "资料图片", "資料圖", "資料圖片", "クリックして拡大", "（クリックして拡大）",
    "(クリックして拡大)", "click to enlarge", "(click to enlarge)",
    # The Globe and Mail's label over each picture in the text, left when the picture is gone.
    "open this photo in gallery:", "open this photo in gallery",
    # A news magazine's trust links under the text (Newsweek's), left without their links.
    "request reprint & licensing", "submit correction", "view editorial guidelines",
    # A wire's trust line closing the text (Reuters'), its link's class gone.
    "our standards: the thomson reuters trust principles",
    "our standards:the thomson reuters trust principles",
    # The headings of a WordPress sidebar's category and archive lists, left without their
    # links (Portuguese "Categorias", "Arquivos"; English, Spanish, German, French, Italian).
    "categories", "archives", "categorias", "arquivos", "categorías", "archivos",
    "kategorien", "archiv", "catégories", "categorie", "archivio",
    "also read", "read also", "more from", "subscribe", "subscribe to our newsletter",
    # A subscription box's heading alone ("SIGN UP"), its offer and button gone.
    "sign up", "sign up now",
    "sign up for our newsletter", "follow us", "click here", "loading", "continue reading",
    "[pr]", "pr", "ad", "ads", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
    "реклама",
    # The ad-slot label in more languages: Turkish, Polish/Czech, Indonesian/Malay, Korean,
    # Japanese, Chinese, Dutch, Swedish/Danish, Finnish, Portuguese, Greek, Arabic,
    "advertising", "reklam", "reklama", "iklan", "광고", "広告", "广告", "廣告", "advertentie",
    "annons", "annonce", "mainos", "publicidade", "διαφήμιση", "إعلان",
    # Hungarian ("hirdetés": two Hungarian portals' label over each ad slot).
    "hirdetés",
    # Hindi: the ad-slot label, "also read" and "share" headings left without their links.
    "विज्ञापन", "यह भी पढ़ें", "शेयर करें",
    # The ad-slot label in Tamil, Bengali, Telugu, Malayalam and Sinhala.
    "விளம்பரம்", "বিজ্ঞাপন", "ప్రకటన", "പരസ്യം", "දැන්වීම",
    # Vietnamese: the related-stories box's heading ("Tin liên quan") left in the text, the
    # ad-slot label.
    "tin liên quan", "bài liên quan", "xem thêm", "quảng cáo",
    # Ad-slot and reader-tool lines printed between paragraphs.
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "advertisement advertisement", "read this next",
    "already a subscriber? log in", "report an error", "listen to this article",
    "click to expand",
    # The line over or under an ad slot set between paragraphs, saying the text goes on:
    # Hearst magazines' "ADVERTISEMENT - CONTINUE READING BELOW", the NYT's "Skip
    # Advertisement", and in Portuguese, French, German, Italian, Spanish, Dutch, the Nordic
    # languages, Polish, Czech, Slovak, Hungarian, Romanian, Croatian and Turkish ("Continua
    # após a publicidade", "La suite après cette publicité", "Saken fortsetter under
    # annonsen", "Pokračování článku pod reklamou", "Haberin devamı").
    "advertisement - continue reading below", "content continues below", "skip advertisement",
    "continua após a publicidade", "continua depois da publicidade",
    "la suite après cette publicité", "la suite après la publicité",
    "weiterlesen nach der anzeige", "weiter nach der anzeige",
    "artikel wird nach der anzeige fortgesetzt", "lesen sie nach der anzeige weiter",
    "l'articolo continua dopo la pubblicità", "continua dopo la pubblicità",
    "continúa después de la publicidad", "sigue después de la publicidad",
    "lees verder na de advertentie", "lees verder onder de advertentie",
    "artikeln fortsätter efter annonsen", "saken fortsetter under annonsen",
    # … and the forms under the ad rather than after it ("Artikeln fortsätter under annonsen",
    # Swedish tabloids; "Continua a leggere dopo la pubblicità"; "Scroll down to continue
    # reading"), and German papers' placeholder over an embed held back until the reader
    # agrees ("Empfohlener externer Inhalt", "Empfohlener redaktioneller Inhalt").
    "artikeln fortsätter under annonsen", "continua a leggere dopo la pubblicità",
    "scroll down to continue reading", "scroll to continue reading",
    "empfohlener externer inhalt", "empfohlener redaktioneller inhalt",
    "artiklen fortsætter efter annoncen", "artikkeli jatkuu mainoksen jälkeen",
    "dalsza część artykułu pod materiałem wideo", "dalsza część artykułu pod reklamą",
    "pokračování článku pod reklamou", "pokračovanie článku pod reklamou",
    "a cikk a hirdetés után folytatódik", "articolul continuă după reclamă",
    "članak se nastavlja ispod oglasa", "haberin devamı", "haberin devami",
    # A page's call to follow it, left in its text: "Like us on Facebook" over a post.
    "like us on facebook",
    # A story's label printed as the text's first line ("EXCLUSIVE"), no sentence of it.
    "exclusive",
    # The label over an inline video player (CNBC's "watch now" above its video's title).
    "watch now",
    # The ad-slot label in more of Europe's and the world's languages: Norwegian and Danish
    # ("ANNONSE", "REKLAME"), Icelandic, Spanish ("Anuncio"), Catalan, Romanian, the South
    # Slavic languages ("Oglas"), Estonian, Latvian, Hebrew, Persian, Thai, Urdu, Swahili,
    # Afrikaans; and the sponsor's label over a paid post ("Gesponsert", "Sponsorisé",
    # "Advertorial"), alone on its line.
    "annonse", "reklame", "auglýsing", "anuncio", "publicitat", "publicitate", "oglas",
    "reklaam", "reklāma", "פרסומת", "تبلیغات", "โฆษณา", "اشتہار", "tangazo", "advertensie",
    "gesponsert", "sponsorisé", "patrocinado", "sponsorizzato", "gesponsord", "sponsrad",
    "sponset", "advertorial",
    # A share bar's title left without its buttons: WordPress share plugins' defaults
    # (Sassy Social Share's "Spread the love", "Sharing is caring"), "Share via", and the
    # share label in other languages ("Artikel teilen", "Partager l'article", "Compartir").
    # (The one-word labels, "Teilen", "Partager", are `SHARE_WORDS`.)
    "spread the love", "sharing is caring", "share via", "share on", "artikel teilen",
    "beitrag teilen", "jetzt teilen", "partager l'article", "partager cet article",
    "compartir en", "compartilhe", "condividi l'articolo", "deel dit artikel",
    "del artikkelen", "dela artikeln",
    # A newsletter box's field label left without its input ("Your e-mail address", Condé
    # Nast's sign-up unit between paragraphs), and an ad slot's label (Penske's "Editor's
    # picks" over its inline ad).
    # Japanese blogs' label over an ad pasted into the post ("スポンサーリンク", "スポンサー
    # ドリンク": sponsored links), alone on its line.
    "スポンサーリンク", "スポンサードリンク", "sponsored link", "sponsored links",
    # … and a politics site's line where its ad slot breaks the text ("Story Continued Below").
    "story continued below",
    # A Spanish paper's paywall box set into the text after the free paragraphs, its
    # heading and its offer ("Suscríbete para seguir leyendo", "Lee sin límites").
    "suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "lee sin límites",
    "your e-mail address", "your email address", "enter your email", "enter your email address",
    "enter your e-mail address", "editor's picks", "editor’s picks",
})
#: A block of nothing but share-button names ("Facebook Twitter WhatsApp Email"), printed as
#: text when the icons' links carry no text of their own.
SHARE_WORDS = frozenset({
    "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "telegram",
    "pinterest", "reddit", "print", "copy", "link", "copy link", "share", "messenger", "threads",
    "bluesky", "flipboard", "koo", "sms",
    # Taiwan's and Japan's messenger, and Chinese tool bars: "字級 分享 LINE 複製連結" (font
    # size, share, LINE, copy link), "列印" (print).
    "line", "分享", "字級", "字级", "複製連結", "复制链接", "列印",
    # The font-size button over Chinese portals' text (The Paper's "字号").
    "字号", "字號",
    # The share and print buttons' names in other languages ("Teilen Facebook Twitter E-Mail
    # Drucken"), and more networks (XING, VK, Weibo, WeChat, Viber, Tumblr).
    "teilen", "partager", "compartir", "condividi", "compartilhar", "delen", "udostępnij",
    "sdílet", "поделиться", "paylaş", "bagikan", "drucken", "imprimer", "imprimir",
    "xing", "vk", "weibo", "wechat", "viber", "tumblr",
})
#: An old CMS's story tools set apart by bars over the text ("Print | Email this story",
#: "Print Friendly | Email to a Friend"), each a link: with `SHARE_WORDS`, the tools line.
TOOL_LINKS = frozenset({
    "email this story", "e-mail this story", "email this article", "e-mail this article",
    "email this", "email story", "email to a friend", "e-mail to a friend", "print this story",
    "print this article", "print this page", "print story", "print friendly", "printer friendly",
    "printer-friendly version", "print-friendly"})
#: A short block like this ends the body when enough text precedes it: what follows is a
#: related-stories list, a promo or the comments, even inside the body container.
STOP_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|related(?: posts| articles| stories| news)?|"
    r"more (?:from|stories|news|on this)|more in|recommended(?: for you)?|top reads|"
    r"most (?:read|popular)|trending(?: now)?|sponsored content|read next|up next|"
    r"das könnte sie auch interessieren|mehr zum thema|weitere artikel|meistgelesen|"
    r"vous aimerez aussi|[àa] lire aussi|sur le même sujet|te puede interesar|más noticias|"
    # Peruvian papers' video box after the text ("VIDEO RECOMENDADO" over the clip's title).
    r"videos? recomendados?|"
    # An author box's heading over the writer's bio ("AUTOR", "About the author").
    r"about the author|(?:über den |zum )?autor(?:in)?|"
    # The list of sources under a German broadcaster's text ("Quellen:", then "WDR
    # Interviews", "Meldung Gewerkschaft Verdi"), the label alone on its line.
    r"quellen(?= ?:$)|"
    # A legal journal's citation box under the text ("Zitiervorschlag", then the citation).
    r"zitiervorschlag|"
    r"você pode gostar|veja também|leia também|potrebbe interessarti|leggi anche|"
    # The press contact under an Austrian or German press release ("Rückfragehinweis",
    # "Rückfragen & Kontakt", "Pressekontakt"), over the press office's address and numbers.
    r"rückfragehinweis|rückfragen(?= ?(?::|&|und kontakt))|pressekontakt|"
    # Hungarian portals' related list ("Kapcsolódó írások:", "Kapcsolódó cikkek").
    r"kapcsolódó (?:írások|cikkek|hírek|anyagok|tartalmak)|"
    # Russian portals' most-read list and review or comment form under the text ("Самые
    # популярные диеты", "Добавить отзыв"). Not "Читайте также": set mid-text, it is a line.
    r"самые популярные|самое (?:популярное|читаемое)|"
    r"(?:добавить|оставить|оставьте) (?:отзыв|комментарий)|"
    # Chinese portals' related list under the text (The Paper's "相关推荐").
    r"相关推荐|相关阅读|相关新闻|"
    # A think tank's or a blog's notes under the text ("Footnotes", "Endnotes"), and the
    # comment thread's heading with its count ("COMMENTS (2)", "Comments (37)"; "评论").
    r"footnotes|endnotes|comments? ?\(\d+(?=\))|评论|"
    # Korean papers' related and recommended lists ("이 기사와 관련된 기사": stories related
    # to this one; "당신이 관심 있을 만한 이슈": issues you may care about).
    r"이 기사와 관련된 기사|당신이 관심 있을 만한|"
    # A newsletter box's heading, its name after the colon ("Newsletter: Sport inside"), over
    # its teaser and its button.
    r"newsletter(?=\s*:))\b.{0,30}$",
    re.I,
)
#: A comment thread's title as WordPress themes print it, the post's title quoted: "18
#: thoughts on “A Tiny Weather Station …”", "2 Replies to “…”", "One response to "…"",
#: "3 comments on “…”". Where the thread's classes are gone it ends the text.
COMMENTS_TITLE = re.compile(
    r"(?:\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?"
    r"|repl(?:y|ies)|comments?) (?:on|to) [“\"«‘'„]", re.I)
#: Short lines that are bylines or timestamps repeated inside the body container.
BYLINE_LINE = re.compile(
    # (Not "By the numbers", a sub-heading over a story's figures: Axios' and the sports
    # desks' "By the numbers" over a stats table.)
    r"^(?:(?:by|von|par|por|di|door|av|af)\s+(?!the numbers\b)[\w.'’\- ]{2,40}|"
    # The desk's credit under the text: "Edited by: Ritu Sharma", "Compiled by Jane Doe".
    r"(?:edited|compiled|curated) by\s*:?\s*[\w.'’\- ]{2,40}|"
    # The desk editor who handled the copy (Xinhua's "Editor: Liu Xin", Chinese portals'
    # "责任编辑：赵六", Xinhua's "【责任编辑:王雪】"): no author, no text.
    r"[【\[]?(?:责任编辑|编辑|editor)\s*[:：]\s*[\w.'’\-、 ]{2,40}[】\]]?|"
    # Taiwan's reporter credit, with the place reported from, after the time and the paper
    # (UDN's "2024-12-17 14:32 聯合報 / 記者王小明／台北即時報導", "記者林小美／綜合報導"), the
    # paper set off by a full-width slash too ("聯合報／ 記者孫宇青／台北即時報導").
    r"(?:[\d\-/: ]{10,20})?(?:[\u4e00-\u9fff]{2,8}\s*[／/]\s*)?[記记]者[\u4e00-\u9fff、]{2,12}"
    r"[／/][\u4e00-\u9fff]{0,8}(?:報導|报道)|"
    r"(?:stand|updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié)"
    r"\s*[:\-–]?\s+[\w.,: /]{4,40})$",
    re.I,
)
#: A recipe card's rating and times left as lines of their own when its classes are gone
#: ("★★★★★ 4.8 from 25 reviews", "Prep Time: 5 minutes Cook Time: 30 minutes Yield: 8 cups"):
#: the card's chrome, no text; a times line names two of its labels at least.
_RECIPE_LABEL = (r"(?:(?:prep|cook|total|active|bake|baking|chill|rest|inactive) time|servings"
                 r"|yield|serves|course|cuisine)")
RECIPE_META_LINE = re.compile(
    r"(?:[★☆]{1,5}\s*)?\d(?:[.,]\d{1,2})?\s+from\s+\d+\s+(?:votes?|reviews?|ratings?)|"
    # each label's value a number and perhaps its unit ("5 minutes", "1 hr", "8 cups", "12")
    rf"{_RECIPE_LABEL}\s*:?\s*\d[\d/.,]*(?: [^\W\d]+)?"
    rf"(?:\s+{_RECIPE_LABEL}\s*:?\s*\d[\d/.,]*(?: [^\W\d]+)?)+",
    re.I,
)
#: A review's score alone on its line, with its label or its stars' name ("Score: 7/10",
#: "Our rating: 4/5", "Bewertung: 4 von 5 Sternen", "4.5/5 stars"): the rating widget's
#: words, no text. A bare "3/5" (a table's cell, a date) is not read so, nor a "note": French
#: "Note : 8/10" and Portuguese or Italian "Nota: 5/5" close a blog's review as its writer's
#: own line, which the text keeps.
RATING_LINE = re.compile(
    r"(?:(?:our |overall |final |editor'?s |the )?(?:score|rating|verdict|grade|"
    r"bewertung|wertung|puntuación|calificación|valoración)\s*[:：]?\s*)"
    r"\d{1,3}(?:[.,]\d)?\s*(?:/|out of|von|sur|de)\s*(?:5|10|100)"
    r"(?:\s*(?:stars?|sternen?|étoiles|estrellas|points?))?\.?|"
    r"\d(?:[.,]\d)?\s*/\s*5\s*(?:stars?|sternen?|étoiles|estrellas)\.?",
    re.I,
)
#: The desk's credit and the day the copy went up, as one line under or over the text (India
#: Today's, Zee's and ABP's "Published By: Ritu Sharma | Published On: Dec 17, 2024 13:03
#: IST"; the two lines run together where a <br> parts them): the web producer, no writer,
#: and no text. The colon is the desk's: "Published by Jane Doe" is a theme's byline.
#: Reuters' language services close their copy with the translator's or reporters' and the
#: editor's names in brackets: Chinese "（编译 张明钧；审校 李婷）", Japanese "（和田崇彦、木原麗花
#: 編集：石田仁志）", Arabic "(إعداد محمد علي للنشرة العربية - تحرير أحمد صبحي)": no text.
DESK_LINE = re.compile(
    r"^(?:(?:published|edited|curated|compiled|uploaded) by\s*:\s*[\w.'’\- ]{2,40}?"
    r"(?:\s*[|•·]?\s*(?:first |last )?(?:published|updated|posted)(?: on| at)?\s*:?\s*"
    r"[\w.,: /+]{4,40})?"
    r"|[（(]编译\s*[^；;（）()]{2,20}[；;]\s*审校\s*[^（）()]{2,20}[）)]"
    r"|[（(][^（）()：:]{2,30}\s編集\s*[：:]\s*[^（）()]{2,20}[）)]"
    r"|\((?:إعداد|تغطية صحفية)\s[^()]{2,60}\s-\sتحرير\s[^()]{2,40}\))$",
    re.I,
)
#: A Chinese photo caption ends with its credit: "…滑雪。新华社记者 王六 摄", "（新华社发）";
#: in traditional characters (Taiwan's papers): "…動工典禮。（記者蔡淑媛攝）".
PHOTO_CREDIT_END = re.compile(
    r"(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*[\u4e00-\u9fff·、 ]{2,20}?\s*[摄攝][）)]?$"
    r"|新华社发[）)]?$")
#: The counter over an article split into pages (Joomla's pagebreak plugin prints
#: `<div class="pagenavcounter">Page 1 of 2</div>`): no line of the text.
PAGE_COUNTER = re.compile(r"(?:page|seite|página|pagina|pagină|strona|sayfa)\s+(\d+)\s*"
                          r"(?:of|/|von|de|di|din|z|\u00fczerinden)\s*\d+", re.I)
#: The page links under a post split by `<!--nextpage-->` (WordPress's wp_link_pages: core's
#: `<p class="post-nav-links">Pages: 1 2</p>`, GeneratePress's and Astra's
#: `<div class="page-links">Pages: …</div>`): the label and two or more page numbers, no
#: line of the text.
POST_PAGE_LINKS = re.compile(r"(?:pages|seiten|páginas|pagine)\s*:\s*\d+(?:[\s|·•,]+\d+)+",
                             re.I)
#: An embedded video's label and running time left in the text where its player was (CBC's
#: "WATCH | Freeland resigns:" over "Duration 2:14"): the label in capitals, a bar, its title
#: and a colon; the time as "Duration" and a clock.
VIDEO_LABEL = re.compile(r"(?-i:WATCH|LISTEN)\s*\|\s+[^\n]{3,150}:|duration\s+\d{1,2}:\d{2}"
                         r"(?::\d{2})?", re.I)
#: A time stamp told as an age ("20 hours ago", "Updated 3 days ago"), set apart from the
#: byline in a theme's meta strip: no line of the text.
RELATIVE_TIME = re.compile(
    r"(?:(?:updated|published|posted)\s*:?\s*)?(?:an?|one|\d{1,3})\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?"
    # Japanese, Chinese and Korean ages ("1 時間前", "3分钟前", "2시간 전"): a WordPress theme
    # of a Japanese paper prints `<time datetime=…>1 時間前</time>` in a box of its own.
    r"|\d{1,3}\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|か月|ヶ月|ヵ月|个月|年)\s*前"
    r"|\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전", re.I)
#: A wire's newsletter promo set as a paragraph of the copy, closing on its call ("Get a
#: look at the day ahead in U.S. and global markets with our Morning Bid U.S. email
#: newsletter. Sign up here."): the whole line, its name's abbreviations and all. Tried only
#: on a short block that ends "Sign up here." (`generic.is_boilerplate_text`).
SIGN_UP_PROMO = re.compile(
    r"[^\n]{0,200}\bnewsletters?\b[^\n]{0,80}?[.!]\s+sign up here[.!]?|"
    # A paper's inline newsletter box printed as one paragraph, its button's "Sign Up" last
    # ("Get Metro Headlines in your inbox: The 10 top local news stories … delivered daily.
    # Sign Up").
    r"[^\n]{0,100}\b(?:newsletters?|(?:in|to) your inbox)\b[^\n]{0,200}?[.!]\s+"
    r"sign up(?: now| today|"
    # … or the button's whole call: "Get the latest news from KUNC delivered to your inbox.
    # Sign up for our newsletter."
    r" for (?:our|the) [\w ]{0,30}?newsletters?|"
    # … or "to the … newsletter here", its "here" the link (a British tabloid's "Get the
    # biggest stories straight to your inbox. Sign up to the Mirror newsletter here").
    r" to (?:our|the) [\w ]{0,30}?newsletters? here)?[.!]?|"
    # … or the call first, after a question, the inbox last: "Missing out on the latest
    # scoop? Sign up for POLITICO Playbook and get the latest news, every morning — in your
    # inbox."
    r"[^\n]{0,80}\? sign up (?:for|to) [^\n]{0,160}\bin(?:to)? your inbox[.!]?|"
    # … or a teaser, then the call, its "here" the link: "Get a note direct from our foreign
    # correspondents on what's making headlines around the world. Sign up for the weekly What
    # in the World newsletter here.", "Each evening at 1830 UTC, DW's editors send out a
    # selection of the day's hard news … You can sign up to receive it directly here."
    r"[^\n]{0,240}?[.!?]\s+(?:you can )?sign up (?:(?:for|to) (?:the|our) [\w ’'&-]{0,40}?"
    r"newsletters? here|to receive (?:it|them|this)(?: directly)?(?: in your inbox)? here)[.!]?",
    re.I)
#: A shop widget's line set between a review's paragraphs: a price and the shop that asks it,
#: the shop's name linked ("$229 at <a>Amazon</a>", "$229.99 <a>View at Amazon</a>",
#: "£199 from <a>Currys</a>"); `body._filter_blocks` drops the widget's label and tagline
#: with it.
PRICE_LINE = re.compile(
    r"[$€£₹¥]\s?\d[\d,.]*\s+(?:(?:view|buy|shop|see it|check price)\s+)?(?:at|@|from|on)\s+"
    r"\S[^\n]{0,40}$",
    re.I)
#: Words of a shop widget's label ("Today's best graphics card deals", "Where to buy") and
#: tagline ("Prices updated daily", "We check over 130 million products every day for the
#: best prices").
SHOP_WORDS = re.compile(r"\b(?:deals?|prices?|offers?|where to buy|buy it)\b", re.I)
#: A picture's credit printed as a line of its own between paragraphs, its label in the
#: languages of the sites read: "Bild: Armin Weigel/dpa", "Symbolbild: dpa", "Archivfoto: …",
#: "(Foto: dpa)", "Bildquelle: Stadt …", "Fot. PAP/…" (Polish), "Fotó: MTI" (Hungarian),
#: "Kuva: Lehtikuva" (Finnish), "Bilde: NTB", "Picture: …", "Credit: AP". Tried on short
#: blocks only (`generic.is_boilerplate_text`); a sentence ending in a stop is none.
CREDIT_LINE = re.compile(
    r"^\(?(?:(?:(?:symbol|archiv|agentur|titel)?(?:bild|foto)(?:quelle)?|bilde|fotó|kuva|"
    r"picture|pic|photo ?credit|image ?credit|credits?|zdjęcie|fotografija)\s?:|fot\.)"
    r"\s?\S[^\n]{0,70}(?<![.!?])$",
    re.I,
)
#: Blocks starting like this are link paragraphs or credits, not article text.
#: A run of words is written `(?:[\w.]++ ){1,3}`, possessive, here and in the patterns below:
#: only a word's whole run can be followed by its space, so the matches are the same, and a
#: block that fails is not backed off one letter at a time in every word it tried.
BOILERPLATE_PREFIX = re.compile(
    r"^(?:also read|read also|read more|read:|see also|also see|related:|watch:|watch video|"
    # The video teaser line beside "Also read" ("Also watch: <a>…</a>").
    r"also watch|watch also|"
    # A video player's countdown to the next clip ("The video will start in 8 Cancel").
    r"the video will start in \d+\b|"
    r"click here|subscribe to|sign up for|follow us on|download the|lesen sie auch|mehr zum thema|"
    # … and the same label in the informal plural ("Lest auch", Business Insider
    # Deutschland's label over an embedded teaser) or before a linked title ("Zum
    # Weiterlesen: …", Klasse Gegen Klasse's).
    r"lest auch\b|zum weiterlesen\s*:|"
    # An event's call set between paragraphs ("Join us at TechCrunch Sessions: Climate on June
    # 5 in Berkeley. Register now.", a tech site's inline box): the invitation and, in the
    # same short line, the call to register or buy a ticket.
    r"join us (?:at|for|in|on) [^\n]{3,160}?\b(?:register (?:now|today|here)|get your tickets?"
    r"|save your (?:spot|seat)|book your (?:seat|spot|tickets?)"
    # … or to buy one ("Join us for conversations that matter with newly announced speakers
    # at the 2021 Texas Tribune Festival, happening Sept. 20-25. Buy tickets now.").
    r"|buy (?:your )?tickets?)\b|"
    # A paper's call to subscribe set between paragraphs: "Our journalism needs your support.
    # Please subscribe today to NJ.com.", "Support local journalism: …", "Subscribe for
    # unlimited access to Haaretz.", "Abonnez-vous au Point pour 1€ le premier mois",
    # "Suscríbete a …"; and a messaging channel's: "📣 The Indian Express is now on Telegram.
    # Click here to join our channel …" (the site's name in up to four words, a sign before).
    r"(?:our|local|quality|independent) journalism needs your support\b|"
    r"support (?:local|quality|independent) journalism[.!:,]|"
    r"subscribe for (?:unlimited|full|complete|digital|only|just)\b|abonnez-vous\b|"
    r"suscr[íi]bete (?:a|al|ahora|hoy)\b|"
    r"(?:[^\w\s]{1,2}\s?)?(?:[\w.'’]++ ){1,4}is (?:now )?on (?:whatsapp|telegram)\W{1,3}"
    r"(?:click|tap|join)\b|"
    # Lines only a box's class names mark, printed in the text: an ad slot's placeholder
    # ("This advertisement has not loaded yet, but your article continues below."), a
    # newsletter box's consent ("By clicking on the sign up button you consent to receive the
    # above newsletter from …") and teaser ("Get our best travel deals in your inbox every
    # week.", "Receive the best of … in your in-box."), subscription and follow calls ("Get
    # unlimited digital access to The Star. Subscribe now for just $1.", "Follow @htTweets for
    # more"), a video service's promo ("Watch more in iWantTFC").
    r"this advertisement has not loaded yet|by clicking (?:on )?(?:the )?[\w ]{0,20}button,? "
    r"you (?:consent|agree|acknowledge|accept)|(?:get|receive) (?:our|the) [^.\n]{0,60}?\b"
    # The New Yorker's spelling, "in your in-box" ("Receive the best of The New Yorker, every
    # day, in your in-box.", its newsletter unit's pitch between two paragraphs).
    r"(?:in|into|to) your in-?box\b|get unlimited (?:digital )?access\b|"
    r"follow @\w+ (?:for more|on twitter)\b|"
    r"watch more (?:in|on) \S+$|"
    # An ad slot's text ad, labelled in capitals ("TEXT AD: Call Willie - +234…", Nigerian
    # portals' slots between paragraphs).
    r"(?-i:TEXT ADS?)\s?:\s|"
    # A regional paper's newsletter call between paragraphs: "Weitere Nachrichten aus
    # Frankfurt lesen Sie in unserem kostenlosen Newsletter."
    r"(?:weitere|mehr) (?:nachrichten|news|artikel|infos) (?:aus|zu|über|von) [^.!?\n]{1,60} "
    r"(?:lesen|finden|erhalten|bekommen) sie (?:in|mit|über) unserem [^.!?\n]{0,30}newsletter\b|"
    # A help page's feedback widget under the text: "Was this article helpful?".
    r"was this (?:article|page|post|answer|guide|information) (?:helpful|useful)\?|"
    # A magazine group's notes on embedded third-party content, left among the paragraphs:
    # "This content is imported from Instagram. You may be able to find the same content in
    # another format, …", "This content is created and maintained by a third party, and
    # imported onto this page to help users provide their email addresses. …".
    r"this content is (?:imported from|created and maintained by a third party)\b|"
    # A newsletter box's consent line ("By signing up, you agree to our User Agreement and
    # Privacy Policy & Cookie Statement."), left when the box is not known as one.
    r"by (?:signing up|subscribing|registering),? you (?:agree|acknowledge|accept)|"
    # An Indonesian portal's call to its WhatsApp channel under the text: "Simak breaking news
    # dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita …".
    r"simak (?:breaking news|berita)[^.\n]{0,40} langsung di ponselmu|"
    # A French paper's newsletter call set between paragraphs ("Pour ne rien rater de
    # l'actualité politique, abonnez-vous à notre newsletter …").
    r"pour ne rien rater de [^\n]{0,80}?\b(?:abonnez|inscrivez)-vous\b|"
    # … and the English ones, the call after a hook: "Never miss a story — sign up for
    # PEOPLE's free daily newsletter …", "Get the latest news from Montclair: Subscribe to
    # Patch newsletters | Download the Patch app".
    r"never miss a (?:story|thing|beat)\W{1,4}sign up for\b|"
    r"get the latest (?:news|updates|stories) from [\w .'’-]{1,40}:\s?subscribe to\b|"
    r"auch interessant|lire aussi|[àa] lire aussi|leer también|lee también|"
    r"(?:photo|image|video)s? ?:|"
    # … and "Foto: …" (German, Spanish, Italian, Portuguese, Dutch: "Foto: University of
    # Edinburgh; großes Foto oben: …", "Fotos: NIKOLAI VON BISMARCK Styling: …").
    r"fotos? ?:|"
    # German papers' placeholder for an embed shown only once the reader agrees (a post, a
    # video, a map): "An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den
    # Artikel ergänzt. …", its checkbox's "Ich bin damit einverstanden, dass mir externe
    # Inhalte angezeigt werden. …", "Wir benötigen Ihre Zustimmung, um den von unserer
    # Redaktion eingebundenen Inhalt von X anzuzeigen.", "Externer Inhalt".
    r"an dieser stelle finden sie (?:einen )?(?:ergänzenden )?externen inhalt|"
    r"ich bin damit einverstanden, dass mir externe inhalte angezeigt werden|"
    r"wir benötigen ihre (?:zustimmung|einwilligung),? um [^\n]{0,100}\binhalte? |"
    r"(?:zum anzeigen|um (?:diesen|externe) inhalte? anzuzeigen)[^\n]{0,60}"
    r"\b(?:zustimmung|einwilligung)|"
    r"mit ihrer (?:zustimmung|einwilligung) werden hier (?:externe )?inhalte|"
    r"externer inhalt\.?$|"
    # A read-aloud player's label over the text, perhaps with its length ("Artikel anhören
    # 3:12", "Hören Sie sich diesen Artikel an", "Lyssna på artikeln", "Listen to this
    # article 4:05").
    r"(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)(?:\W*\d{1,2}:\d\d(?: min\.?)?)?$|"
    r"hören sie (?:sich )?(?:diesen|den) (?:artikel|beitrag) an|"
    r"(?:lyssna på|lytt til|lyt til) (?:artikeln|artikkelen|artiklen)(?:\W*\d{1,2}:\d\d)?$|"
    r"listen to (?:this|the) (?:article|story)(?:\W*\d{1,2}:\d\d)?$|"
    # A Spanish radio site's call to its audio, set into the text ("Escuche aquí la
    # entrevista completa en 6AM W.", Caracol Radio's).
    r"escuch[ae] (?:aquí|acá)\b|"
    # A newsletter's pitch, a question then the call to subscribe ("Want a daily wrap-up of
    # all the news and commentary Salon has to offer? Subscribe to our morning newsletter,
    # Crash Course."), its newsletter's name last.
    r"want (?:a|an|the|more|our)\b[^?\n]{0,120}\?\s+(?:subscribe|sign up) (?:to|for) "
    r"(?:our|the) [\w ]{0,30}?newsletter\b|"
    # A paper's call for readers' submissions, its label and a colon: "Submit an obituary: To
    # place a paid obituary, visit …", "Submit a news tip: …".
    r"submit (?:an? |your )(?:obituary|obituaries|news tip|tip|letter|event|announcement)s?\s*:|"
    # … in Russian and Ukrainian ("Фото: пресс-служба мэрии" beside the lead picture).
    r"(?:фото|видео) ?:|"
    # A counter of the page's views, alone on its line ("Просмотров: 1 245", Bitrix's news
    # pages; "Views: 312", "Aufrufe: 1.024").
    r"(?:просмотров|просмотры|переглядів|views|aufrufe|visualizzazioni|"
    r"wyświetleń|zobrazení)\s*:\s*\d[\d\s\u00a0.,]*$|"
    # … and in more languages, a line of its own: Polish "Fot. PAP/…", Finnish "Kuva:",
    # Russian and Ukrainian "Фото:", Turkish "Fotoğraf:", Greek "Φωτογραφία:"/"Φωτ.:", Arabic
    # "صورة:", Persian "عکس:", Hebrew "צילום:", Japanese "写真：", Korean "사진=", Thai "ภาพ:",
    # Vietnamese "Ảnh:"; Italian agencies' "Foto ANSA".
    r"fot\. |kuva ?:|фото ?:|fotoğraf ?:|φωτογραφία ?:|φωτ\. ?:|صورة ?:|عکس ?:|צילום ?:|"
    r"写真[:：]|사진\s*[=:]|ภาพ ?:|ảnh ?:|foto (?:ansa|agi|lapresse|ipa)\b|"
    # … and in South Asian, Caucasian, Ethiopian, East and West African, Filipino and Khmer
    # papers: Hindi "फोटो:", Urdu "فوٹو:", Bengali "ছবি:", Tamil "படம்:", Marathi "छायाचित्र:",
    # Nepali "तस्बिर:", Sinhala "ඡායාරූපය:", Georgian "ფოტო:", Amharic "ፎቶ፡", Swahili "Picha:",
    # Hausa "Hoto:", Filipino "Larawan:", Khmer "រូបភាព៖".
    r"फ़ोटो ?:|फोटो ?:|فوٹو ?:|ছবি ?:|படம் ?:|छायाचित्र ?:|तस्बिर ?:|ඡායාරූපය ?:|ფოტო ?:|"
    r"ፎቶ ?[:፡]|picha ?:|hoto ?:|larawan ?:|រូបភាព ?[:៖]|"
    # Chinese papers' picture credit closing the text ("题图来自 Hater": the header picture
    # comes from …; "图片来源：…") and their app's call ("喜欢这篇文章？去 App 商店搜 …").
    r"(?:题图|图片)(?:来自|来源)|题图[:：]|喜欢这篇文章|"
    # … and "图片均来自网络" (the pictures all come from the web), a line of its own.
    r"图片(?:均|皆|全部)?(?:来自|来源于|取自)(?:网络|互联网)[。.]?$|"
    # The Paper's line closing its copy wherever it is reposted: "(本文来自澎湃新闻，更多原创资讯
    # 请下载“澎湃新闻”APP)" (from The Paper; for more, download its app).
    r"[(（]本文来自[^，,()（）\n]{1,20}[，,]\s*更多[^()（）\n]{0,30}下载[^()（）\n]{0,20}[)）]$|"
    r"got a story\?|for more stories like|"
    # A picture's caption left as a line, its credit closing it: Vietnamese papers' "Xe buýt
    # trên đường Lê Văn Lương. Ảnh: Ngọc Thành", Chinese portals' "成都地铁18号线列车。
    # 图片来源：成都轨道交通集团" (no sentence of the text ends on its picture's credit).
    # The length test possessive: `$` can only hold where the run of non-breaks stops, so
    # a longer text fails at once rather than after backing off 156 characters one by one.
    r"(?=[^\n]{4,160}+$)[^\n]*?[.。]\s*(?:ảnh|图片来源|图源|图片来自)\s*[:：]\s*[^.。\n]{1,40}$|"
    # The headline the story had in the paper's print edition, under the web copy.
    r"original print headline:|"
    # "For more news like this visit The Economic Times.", "For more such stories, follow us
    # on …": the invitation closing a portal's copy (a verb must follow the noun).
    r"for more (?:such )?(?:news|stories|updates)(?: like this)?,? (?:visit|follow|click|download|"
    r"log on|stay tuned)|"
    # "Follow Capital Ledger on WhatsApp and Telegram for …": a promo box, with the site's
    # name in up to three words.
    r"follow (?:[\w.]++ ){1,3}on (?:twitter|facebook|instagram|x|whatsapp|telegram|google news|"
    r"youtube|linkedin|threads)|"
    # … its accounts after a colon ("Follow Backchannel: Twitter | Facebook"), a call to add
    # or find the site there ("Add us on Facebook!"), and the AP's line closing its copy
    # ("Follow AP's full coverage of Brexit and British politics at https://…").
    r"follow (?:[\w.'’-]++ ){0,2}[\w.'’-]+\s*:\s*"
    r"(?:twitter|facebook|instagram|x|youtube|linkedin)\b|"
    r"(?:add|find|join) us on (?:facebook|twitter|instagram|linkedin|youtube|tiktok|x)\b|"
    r"follow (?:[\w.'’-]++ ){0,3}(?:full |complete |latest )?coverage (?:of|on) [^\n]{2,120}?"
    r"(?: at|:) (?:https?://|www\.)\S+$|"
    # A podcast's subscribe line ("Subscribe: iTunes / RSS"), a paged article's link to the
    # next page ("Next page: Security>>"), a story's link to its translation ("Read this
    # story in Bengali"), a newsletter's promo ("Get Data Sheet, Fortune's technology
    # newsletter").
    r"subscribe\s*:\s*(?:itunes|apple podcasts|rss|spotify|google podcasts)\b|"
    r"(?:next|previous) page\s*:|nächste seite\s*:|page suivante\s*:|"
    r"read (?:this|the) (?:story|article) in (?-i:[A-Z])\w+$|"
    r"get (?:the |our )?[^.?!\n]{1,60}\bnewsletter\b[^.?!\n]{0,40}$|"
    r"this site is protected by recaptcha|get your need-to-know|sign up to|"
    # An English paywall's box, as the French and German ones below: "This article is for
    # subscribers only.", "You have reached your limit of free articles.", "Subscribe or log
    # in to read the rest of this story.", "Already a subscriber? Sign in".
    r"this (?:article|story|content|post) is (?:only )?(?:available )?(?:exclusively )?"
    r"(?:for|to) (?:paid |premium |digital |our )?(?:subscribers|members)(?: only)?(?:[.!,]|$)|"
    r"you(?:['’]ve| have) (?:reached|hit|used) (?:your|the) (?:monthly )?(?:limit|maximum) "
    r"(?:of|for) free (?:articles|stories)|"
    r"(?:subscribe|sign in|log ?in|register)(?: (?:or|and) (?:subscribe|sign in|log ?in|register))?"
    r" (?:now )?to (?:read|continue reading|keep reading|unlock) (?:the (?:rest|remainder) of )?"
    r"(?:this|the full) (?:article|story|post)|"
    r"already (?:a |an )?(?:subscriber|member)\?\s*(?:log|sign) ?in\b|subscribe (?:now|today)\b|"
    # A Japanese paper's paywall box: "この記事は有料会員限定です", "この記事は読者会員限定です".
    r"この記事は\w{0,6}会員限定\w*|"
    # … the paid-story forms, and the count of characters held back: "この記事は有料会員記事
    # です。有料会員になると続きをお読みいただけます。", "残り389文字".
    r"この記事は有料(?:会員)?記事です|有料会員になると、?続きを\w*|残り\d[\d,]*文字|"
    # … and its sign-up line, the site's name first: "日経新報オンラインに会員登録すると、
    # 続きをお読みいただけます。"
    r"\w{0,20}に(?:無料)?会員登録(?:する|いただく)と、?続きを\w*|"
    r"il vous reste \d+|la suite est réservée|the rest of this article is|subscribe to read|"
    # French papers' paywall box: "Cet article est réservé aux abonnés.", its offer and login
    # lines ("Profitez de notre offre spéciale : …", "Déjà abonné ? Se connecter").
    r"(?:cet )?article (?:est )?réservé aux abonnés|profitez de notre offre|déjà abonné|"
    # A Polish paper's metered paywall line: "Ten artykuł czytasz w ramach bezpłatnego
    # limitu." ("you are reading this article within your free limit", Wyborcza's).
    r"ten (?:artykuł|tekst) czytasz w ramach (?:bezpłatnego|darmowego) limitu|"
    r"abonnez-vous (?:pour|à partir|dès|et)|"
    r"dieses thema im programm|weiterlesen mit|"
    # German-language papers' paywall box: "Jetzt mit BILDplus weiterlesen", "Alle
    # BILDplus-Artikel lesen …", "Schon BILDplus-Abonnent?", "Exklusiv für Abonnenten",
    # "Dieser Artikel ist exklusiv für SZ Plus-Abonnenten".
    r"jetzt (?:mit [\w+]{2,12} )?weiterlesen|alle [\w+]{2,12}-artikel (?:lesen|testen)|"
    r"(?:sie haben )?(?:schon|bereits) (?:ein )?(?:[\w+]{2,12}[- ]){0,2}(?:abonnent\w*|abo)|"
    r"(?:dieser artikel ist )?(?:nur |exklusiv )für (?:[\w+]{2,12}[- ]){0,3}abonnent\w*|"
    # … its login and offer lines ("Sie sind bereits Abonnent? Hier anmelden", "Jetzt 4 Wochen
    # für 0,99 € testen", "Lesen Sie jetzt weiter mit Plus").
    r"sie sind (?:schon|bereits) (?:[\w+]{2,12}[- ]){0,2}abonnent\w*|"
    r"jetzt \d+ (?:wochen|monate) (?:für|gratis|kostenlos|zum preis)\b|"
    r"lesen sie jetzt weiter mit\b|"
    # The Nordic papers' (Escenic, Polopoly, CUE): "Denne artikkelen er for abonnenter",
    # "Den här artikeln är låst för prenumeranter", "Denne artikel er kun for abonnenter",
    # "Allerede abonnent? Logg inn", "Redan prenumerant? Logga in", "Bli abonnent for å lese
    # videre", "Få tilgang til alt innhold …".
    r"(?:denne artikkelen|denne saken|denne artikel|den här artikeln|artikeln|artiklen) "
    r"(?:er|är) (?:låst |låsd )?(?:kun |bare |bara |endast )?(?:for|för|til) "
    r"(?:våre |vores |våra )?(?:abonnenter|prenumeranter)|"
    r"(?:er du )?(?:allerede|redan) (?:abonnent|prenumerant)\?|"
    r"bli (?:abonnent|prenumerant) for å lese|få tilgang til alt innhold|"
    r"läs vidare\W{1,3}teckna|"
    # The Italian ("Questo articolo è riservato agli abbonati", "Sei già abbonato? Accedi",
    # "Abbonati per continuare a leggere") and Russian ("Материал доступен только
    # подписчикам", "Чтобы продолжить чтение, оформите подписку") ones.
    r"(?:questo )?(?:articolo|contenuto) (?:è )?riservato agli abbonati|sei già abbonato\?|"
    r"abbonati per (?:continuare a )?leggere|"
    r"(?:этот )?материал доступен только (?:подписчикам|по подписке)|"
    r"чтобы (?:продолжить чтение|читать дальше),? оформите подписку|"
    r"this (?:post|article|story) was (?:last )?(?:modified|updated)|"
    # Portals' note under syndicated wire copy: "(This story has not been edited by … staff
    # and is auto-generated from a syndicated feed.)", "(Only the headline and picture …)".
    r"\(?(?:this (?:story|report|article) has not been edited|only the headline|"
    r"except for the headline)|"
    # The feed named in other wordings: "This article has been published from a wire agency
    # feed without modifications to the text.", "This story is from a syndicated feed. …",
    # "This story has been sourced from a third party syndicated feed, agencies."
    r"\(?this (?:story|report|article|news|copy|content) (?:has been |was |is |has )?"
    r"(?:(?:(?:auto-?)?generated|published|sourced|taken|carried)(?: directly)? )?(?:from|via|"
    r"through) (?:a |an |the )?(?:third[- ]party )?(?:automated )?(?:syndicated (?:news )?feed|"
    r"(?:news )?(?:wire |news )?agency feed|wire feed|"
    # … or the wire's service named: "This report is auto-generated from PTI news service.
    # ThePrint holds no responsibility for its content.", "… from an automated news agency
    # feed without modifications to text." (Hindustan Times).
    r"(?:[\w()-]++ ){1,5}news service\b)|"
    # LatestLY's: "(This is an unedited and auto-generated story from Syndicated News feed,
    # LatestLY Staff may not have modified or edited the content body)".
    r"\(?this is an? (?:unedited (?:and )?)?(?:auto-?generated )?(?:story|report|article|copy|"
    r"news) from (?:a |the )?syndicated (?:news )?feed|"
    # German portals' note on dpa copy: "ZEIT ONLINE hat diese Meldung redaktionell nicht
    # bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen."
    r"(?:[\w.]++ ){0,3}hat diese (?:meldung|nachricht) (?:redaktionell )?nicht (?:redaktionell )?"
    r"bearbeitet|diese (?:meldung|nachricht) wurde (?:redaktionell )?nicht (?:redaktionell )?"
    r"bearbeitet|"
    # The note said the other way round, the wire first: "Dieser Text wurde automatisch von
    # dpa übernommen und von der SZ-Redaktion nicht bearbeitet." (the wire named in up to four
    # words: "von der Deutschen Presse-Agentur (dpa)").
    r"(?:dieser (?:text|artikel|beitrag)|diese (?:meldung|nachricht)) wurde automatisch von "
    r"(?:\S+ ){1,4}übernommen\b|"
    # Hindi portals' notes: "(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से
    # सीधे प्रकाशित की गई है।)" (the team not having edited the story, which comes straight
    # from the syndicated feed), "(डिस्क्लेमर: यह आईएएनएस न्यूज फीड से सीधे पब्लिश हुई खबर है …)".
    # A wire's own site's note that it prints a part of the service its subscribers get:
    # "Anadolu Agency website contains only a portion of the news stories offered to
    # subscribers in the AA News Broadcasting System (HAS), and in summarized form.", its
    # Turkish "… web sitesinde, … abonelere sunulan haberler, özetlenerek yayımlanmaktadır."
    r"(?:\S++ ){1,3}website contains only a (?:portion|part|selection) of the (?:news )?"
    r"(?:stories|news|items) offered to (?:its )?subscribers|"
    r"(?:\S++ ){1,3}web sitesinde,? (?:\S++ ){1,8}abonelere sunulan haberler|"
    r"\(?(?:इस|यह) (?:खबर|ख़बर|समाचार|लेख|स्टोरी) को (?:\S++ ){1,3}ने (?:संपादित|एडिट) नहीं|"
    r"\(?(?:डिस्क्लेमर|अस्वीकरण)\s*[:ः]\s*(?:यह|ये) (?:\S++ ){0,4}फ़?ीड से|"
    r"\(?(?:यह|ये) (?:खबर|ख़बर|समाचार|स्टोरी) (?:\S++ ){0,3}(?:सिंडि?केट|सिंडीकेट|सिंडिकेटेड) फ़?ीड से|"
    # Promos and credits set between paragraphs: messaging-channel invitations, the wire
    # services' copyright and standards lines, the BBC's hidden image labels, tag lines.
    # "Join The Irish Times on WhatsApp and stay up to date": the site's name in up to three
    # words.
    r"join (?:our|(?:[\w.]++ ){1,3}on) (?:whatsapp|telegram)|get the latest news delivered|"
    # Newsquest's box between rules: "We're now on WhatsApp! Tap here to join our new channel …".
    r"we(?:'|’)re (?:now )?on (?:whatsapp|telegram)|"
    # Sky News' WhatsApp box: "Keep up with all the latest news from the UK and around the
    # world by following Sky News" (its "Follow … on WhatsApp" heading goes by the rule above).
    r"keep up (?:to date )?with (?:all )?the latest (?:news|updates)\b[^.]{0,80}\bfollow(?:ing)?|"
    # British tabloids' call-outs closing the text: "Do you have a money problem that needs
    # sorting? Get in touch by emailing …", "Plus, you can join our Sun Money chat group on
    # Facebook …" (a question alone, without the invitation after it, stays body text).
    r"(?:do you have|have you got|got) an? (?:[\w-]++ ){0,3}(?:story|problem|tip|question)\b"
    r"[^?]{0,60}\? (?:get in touch|e-?mail|contact|call|send|write)|"
    r"(?:plus,? )?(?:you can )?join our (?:[\w-]++ ){1,4}(?:group|community|channel) on "
    r"(?:facebook|whatsapp|telegram)|"
    r"get (?:the|all the) latest (?:news|updates) on (?:whatsapp|telegram|google news|"
    r"our app)|for the latest (?:news|updates)(?: and \w+)?, follow us on|"
    r"catch all the (?:\w+ )?news|"
    # Indian portals' promos opening or closing wire copy: "Get latest articles and stories
    # on Business at LatestLY.", "Discover the latest Business News, Sensex, and Nifty
    # updates. Obtain Personal Finance insights, … on Moneycontrol …".
    r"get (?:the )?latest articles and stories on (?:[\w&-]++ ){1,3}at |"
    r"discover the latest (?:\w+ )?news, [^.]{0,60}updates\. obtain |"
    # Brazilian and Italian papers' promo and link lines: "Leia mais notícias sobre a região
    # no g1 DF.", "Participe do canal do g1 DF no WhatsApp", "Leia também: …", "Leggi anche: …";
    # and the regional desks' closing pair "VÍDEOS: veja mais notícias da região no g1
    # Campinas", "Veja mais notícias da região no g1 Campinas.".
    r"(?:v[íi]deos: )?(?:leia|veja) (?:mais notícias|também)|participe do canal|leggi anche|"
    # Indonesian portals' box after the text: "Dapatkan update berita pilihan dan breaking
    # news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram …" ("get the chosen
    # news and breaking news every day from …"), the channel named past a first sentence.
    r"dapatkan (?:update|info|informasi) berita (?:pilihan|terkini|terbaru)\b[^\n]{0,60}"
    r"\bsetiap hari\b|"
    # A newsletter pitch under a short label of its own: "Fight disinformation: Sign up for
    # the free … Daily newsletter and follow the news that matters." (the label a slogan, the
    # pitch what "Sign up for" alone would open).
    r"[\w'’ -]{2,30}: sign up for (?:[^.\n]{0,80}\s)?newsletters?\b|"
    # A weather widget's reading beside the text: "Now 28°", "Currently 71°F", "Feels like
    # -4°" (a line of its own, the temperature its last word).
    r"(?:now|currently|feels like|right now) -?\d{1,3} ?°[FC]?$|"
    # A shop widget's footnote under its prices: "Prices taken at time of publishing.",
    # "Prices accurate at the time of writing" (Vox Media's and the British papers' product
    # boxes), a claim on the widget's prices, never on the story's.
    r"prices? (?:were )?(?:taken|correct|accurate|valid) (?:at|as of) (?:the )?time of "
    r"(?:publishing|publication|writing)\b|"
    # A metered paywall's count over its appeal: "You've read 1 article in the last month.
    # Here at Vox, we believe …" (the reader's count, never the story's words).
    r"you(?:'|’)ve read (?:\d+|one|two|three) (?:free )?articles? (?:in the (?:last|past) "
    r"(?:month|week|\d+ days)|this (?:month|week))\b|"
    # A promo for the site's app set after the text ("Get the RNZ app for ad-free news …").
    r"get the (?:[\w.]++ ){1,3}app\b|"
    # NDTV's line closing syndicated copy: "Track Latest News Live on NDTV.com and get …".
    r"track latest news live on |"
    # The story's own first printing, a date and clock alone: McClatchy papers' trailer
    # "This story was originally published November 21, 2019 5:45 PM." (a stamp, no note).
    r"this (?:story|article|report) was (?:originally|first) published (?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4}\b[\d:.apm ]{0,12}$|"
    # Hindustan Times' cricket promo set between paragraphs: "Catch every big hit, every
    # wicket with Crick-it, …".
    r"catch every big hit, every wicket|(?:have|got) a news tip|continue reading the main story|"
    r"disclaimer: this (?:story|article|report) (?:is from|is auto-generated|has not been)|"
    r"(?:we|this (?:web)?site) uses? cookies|"
    # Affiliate disclosures set above or inside a review's text: "We may earn a commission
    # from links on this page.", "When you buy through our links, Business Insider may earn an
    # affiliate commission.", Condé Nast's "All products featured on WIRED are independently
    # selected by our editors.", "If you buy something from a Verge link, Vox Media may earn …".
    r"we (?:may )?earn (?:a |an )?(?:small )?(?:affiliate )?commission|"
    r"when you (?:buy|purchase|shop)(?: something)? (?:through|via|from) (?:our |the )?"
    r"(?:retail )?links\b|all products (?:and services )?featured (?:on [\w.'’ ]{1,30} )?"
    r"are independently selected|if you buy something (?:from|through|using) (?:an? |our )?"
    r"[\w.'’ ]{0,20}links?,|"
    # … with the company's name first: "Microsoft may earn an Affiliate Commission if you
    # purchase something through recommended links in this article." (MSN).
    r"(?:[\w.'’&-]++ ){1,4}may earn (?:a |an )?(?:small )?(?:affiliate )?commission if you "
    r"(?:buy|purchase|shop)\b|"
    # A WordPress theme's tag line under the text: "Filed under: Politics |".
    r"filed under:|"
    # A blog's label line under the post, its links' class gone: Blogger's "Labels: fall,
    # garlic", LiveJournal's "Метки: путешествия, казань" (a few short names, no sentence).
    r"(?:labels|метки|теги)\s?:\s?[^\s,.!?:][^,.!?:\n]{0,30}(?:, [^,.!?:\n]{1,30}){0,12}$|"
    # A desk's contact line under the text ("Get in touch with our news team by emailing us at
    # …"), a breaking story's note ("This is a breaking news story - more to follow"), a
    # paper's subscription promo ("Jetzt abonnieren und von der Vorlesefunktion profitieren."),
    # an Indonesian portal's Google News call ("Cek berita dan artikel yg lain di Google News").
    r"get in touch with our (?:news )?team\b|this is a breaking(?: news| new)? story\b|"
    r"jetzt abonnieren und |cek berita dan artikel (?:yang|yg) lain di google news|"
    # Korean papers' rights line: "<Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및
    # 재배포 금지>" (no copying or redistribution without permission), ending there: a
    # sentence about such a ban goes on, and ends as sentences do ("…금지했다.").
    r"[^\n]{0,80}무단 ?전재[^\n]{0,20}금지\W{0,2}$|"
    # … or saying which links pay: "Just a heads up, some of the links on ONE Esports are
    # affiliate links.", "This post contains affiliate links."
    r"(?:just a heads[- ]up, |heads[- ]up: |disclosure: )?(?:some|many) (?:of the )?links "
    r"(?:on|in) (?:[\w.'’]++ ){1,5}(?:are|may be) affiliate links|"
    r"this (?:post|article|page|story) (?:may )?contains? affiliate links|"
    r"copyright \d{4} the associated press|our standards: the thomson reuters|"
    r"(?:©|copyright) ?\d{4} (?:reuters|the associated press|afp|agence france-presse)\b|"
    r"© ?thomson reuters \d{4}|copyright \d{4} thomson reuters\.?$|"
    # A call to comment closing a blog-style post: "What do you think? Interested in …? Let
    # us know down below in the comments …".
    r"what do you think\?[^\n]{0,160}\blet us know\b[^\n]{0,40}\bcomments\b|"
    # A syndicator's rights line, its name first: "The-CNN-Wire ™ & © 2013 Cable News
    # Network, Inc., a Time Warner Company. All rights reserved."
    # Its broadcasters' form goes on with the ban (Scripps' stations: "Copyright 2024 Scripps
    # Media, Inc. All rights reserved. This material may not be published, broadcast,
    # rewritten, or redistributed.").
    r"[^.©]{0,40}(?:©|copyright(?: ©)?) ?\d{4} [^©]{2,120}all rights reserved\.?"
    r"(?: this material may not be published, broadcast, rewritten,? (?:or|and) redistributed"
    r"[^\n]{0,40})?$|"
    # A wire's rights line with its name before the years, alone: AFP's fact-check text
    # "Copyright AFP 2017-2024. All rights reserved.", IPS's "© Inter Press Service (2024) —
    # All Rights Reserved. Original source: Inter Press Service".
    r"(?:©|copyright) ?(?:[\w.'’&-]+ ){1,4}\(?(?:\d{4}[-–])?\d{4}\)?\.?\s*[—–-]?\s*"
    r"all rights reserved\.?(?: original source: [^\n]{2,60})?$|"
    # APA's service note under its copy: "(S E R V I C E - https://doi.org/…)".
    r"\(s e r v i c e\b[^\n]{0,300}\)$|"
    # The line closing dpa copy on German sites: "© dpa-infocom, dpa:241217-930-320150/1".
    r"© ?dpa-infocom|"
    # The paper's own rights line set as the text's last paragraph: "Copyright © 2024 The
    # Washington Times, LLC." (a line of its own, short, with nothing after the name).
    r"(?:copyright ?)?(?:©|\(c\)) ?(?:\d{4}[-–])?\d{4},? [^.©]{2,60}(?:, (?:llc|inc|ltd)\.?|\.)?"
    r"(?: all rights reserved\.?)?$|"
    # … a name after the sign alone, up to four words, perhaps after the year: "© Reuters",
    # "© 2011 CNBC.com" (a picture's or the copy's credit, on a line of its own).
    r"© ?(?:(?:\d{4}[-–])?\d{4},? )?[\w.'’&/-]+(?: [\w.'’&/-]+){0,3}\.?$|"
    # Italian agencies' and papers' rights line: "Riproduzione riservata © Copyright ANSA".
    r"riproduzione riservata|"
    # Newsis's tip line closing its copy on Korean papers: "◎공감언론 뉴시스가 독자 여러분의
    # 소중한 제보를 기다립니다. …".
    r"◎공감언론 뉴시스가|"
    # "Also read" in the other languages of the corpus, as a line of its own before a
    # headline (printed as text when the link is on the whole line's wrapper).
    r"читайте (?:также|тоже|еще|ещё)|смотрите также|читайте також|اقرأ (?:أيضا|أيضاً|ايضا)|"
    r"baca juga|czytaj (?:też|także)|přečtěte si (?:také|též)|lees ook|läs (?:också|även)|"
    r"les også|læs også|lue myös|leggi anche|lea también|ver también|leia mais|ayrıca okuyun|"
    r"ilgili haber|olvasson tovább|lesen sie mehr|lisez aussi|関連記事|相关新闻|相關新聞|"
    # Korean papers' related-story line, bracketed or not: "[관련 기사] …", "▶관련기사: …".
    r"[\[【▶■]?\s?관련 ?기사(?:\s?[\]】:])?|"
    # Hindi's spoken forms too: "ये भी पढ़ें-", "इसे भी पढ़ें:", "ये भी देखें".
    r"और पढ़ें|(?:यह|ये|इसे|इन्हें) भी (?:पढ़ें|देखें)|"
    r"(?:article|story) continues (?:below|after)|continue reading below|"
    r"(?:image|media|video) (?:source|caption), |tags ?:|topics ?:|\(ap photo/|comments \(\d+\)$|"
    # Photo credits printed as their own line: "(Photo by Jane Doe/Getty Images)", "Image
    # credit: …", "File photo", an Instagram embed's "A post shared by …".
    r"\((?:photo|image|picture)s? (?:by|courtesy|credit)|"
    # "Main image credit: Getty", "Top photo by Jane Doe": the lead picture's credit.
    r"(?:(?:main|top|header|lead|featured|cover) )?(?:image|photo|picture) credits?:|"
    r"(?:main|top|header|lead|featured|cover) (?:image|photo|picture) (?:by|courtesy of|via) |"
    # Korean papers' picture credit as a line of its own ("[사진=JTBC, 이매진아시아]"), and the
    # Anadolu Agency's under its Turkish copy ("Fotoğraf, AA tarafından servis edilmiştir.").
    r"\[사진\s*=[^\]\n]{1,60}\]$|"
    r"(?:bu )?(?:haber|fotoğraf|görüntü|video)(?:lar)?(?:,| ve| ile)? [^.\n]{0,30}tarafından "
    r"servis edil(?:miştir|mektedir)\.?$|"
    r"\(?file (?:photo|picture)\)?$|a post shared by|"
    # … in German, French, Spanish, Italian and Portuguese ("Ein Beitrag geteilt von …").
    r"ein beitrag geteilt von|une publication partagée par|una publicación compartida por|"
    r"un post condiviso da|uma publicação compartilhada por|"
    # Lines set between or after the paragraphs of papers: an ad slot's "Advertisement -
    # story continues below"; paywall and membership calls in Norwegian ("Vil du lese mer?"),
    # Spanish ("Esta funcionalidad es sólo para registrados", "Hazte socio de … para que
    # podamos seguir informando"); a tabloid's sign-up call ("For the latest breaking news
    # and stories … sign up for our newsletter"); a German fact-checker's editing credit
    # ("Redigatur: Uschi Jonas"); a Turkish portal's click line ("Ekonomi haberleri
    # için tıklayın"), a Turkish wire's note on its subscribers' copy ("… web sitesinde, AA
    # Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek
    # yayımlanmaktadır."); Korean broadcasters' and wires' credit and sign-off lines
    # ("영상편집 : 이주호", "[김민수 기자 kim@example.co.kr]", "◎공감언론 뉴시스 hong@…"); a
    # reporter's or translator's name alone in parentheses closing Japanese and Taiwanese
    # copy ("（佐藤航）", "（by Jonathan Chin）").
    # A video teaser's caption set between paragraphs, its running time after a bar (the
    # German broadcasters' "Scholz: Statement im Wortlaut | 2:13 min").
    r"[^\n|]{1,120}\|\s?\d{1,2}:\d{2}\s?min\.?$|"
    # … also with no dash between and dashes around it ("— Advertisement story continues
    # below —", a Canadian chain's line set as a paragraph of its own).
    r"(?:[-–—]\s?)?advertisement\s?(?:[-–—:]\s?)?(?:the )?(?:story|article) continues below"
    r"(?:\s?[-–—])?$|"
    r"vil du lese (?:mer|videre)\?|"
    r"esta funcionalidad es s[óo]lo para (?:registrados|suscriptores|socios)|"
    r"hazte soci[oa] de [^\n]{1,40}? para (?:que podamos )?seguir|"
    r"for the latest (?:breaking )?news(?: and stories)?\b[^\n]{0,120}?\bsign up\b|"
    r"(?:redigatur|schlussredaktion|redaktionelle mitarbeit)\s?:\s?[^\d\n]{2,60}$|"
    # A reader-funded magazine's credits line closing the text, each role labelled
    # ("Redaktion: Rico Grimm, Schlussredaktion: Susan Mücke, Fotoredaktion: Philipp Sipos"):
    # two labelled roles at least, so "Redaktion: …" opening a sentence stays.
    r"(?:(?:schluss|foto|bild)?redaktion|recherche)\s?:\s?[^\d\n:,;]{2,40}(?:[,;]\s?"
    r"(?:(?:schluss|foto|bild)?redaktion|recherche|übersetzung|redigatur|grafik"
    r"|illustrationen?|audioversion)\s?:\s?[^\d\n:,;]{2,40}){1,5}\.?$|"
    r"(?:[\w'’]++ ){1,4}(?:haberleri|haberi|haberler) için tıklay[ıi]n(?:ız)?\W*$|"
    r"(?:[\w.]++ ){1,3}web sitesinde, [^\n]{0,80}?abonelere sunulan haberler|"
    r"(?:영상편집|영상취재|영상촬영|촬영기자|그래픽)\s?[:：]\s?[가-힣]{2,4}$|"
    r"\[[가-힣]{2,4}\s?(?:기자|특파원)\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+\]$|"
    r"◎[^\n@]{1,20}\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
    r"[（(](?:by [^\W\d_][\w.'’ -]{1,40}|[\u3400-\u9fff]{2,6})[)）]$|"
    # The print edition's date and page over a paper's web copy ("Sat, Mar 16, 2024 page3").
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? [a-z]{3,9}\.? \d{1,2},? \d{4},? ?[-–|]? ?"
    r"(?:page|p\.) ?[a-z]?\d{1,3}$|"
    r"\d+ min(?:ute)?s? read$|"
    # The same in the languages of the corpus: "3 Min Lesezeit", "Lesezeit: 3 Minuten",
    # "Reading time: 4 minutes", "Temps de lecture : 3 min", "Tiempo de lectura: 3 min".
    # … and in the Nordic languages, Dutch, Finnish, Polish, Russian and Ukrainian ("Lästid: 3
    # min", "Lesetid: 3 min", "Leestijd 3 minuten", "Czas czytania: 3 min", "Время чтения: 3
    # минуты").
    r"\d+ min\.? lesezeit$|(?:lesezeit|reading time|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|tempo de leitura|lästid|lesetid|læsetid|leestijd|lukuaika|"
    r"czas czytania|время чтения|час читання)\s?:?\s*(?:ca\. |около )?\d+\s*"
    r"(?:min(?:uten|utes|utos|uti|uter|utter|uty|ut)?|минут[аы]?|хвилин[аи]?)\.?$)"
    # A word boundary only after a word: "\b" after "read:" or "got a story?" would need a
    # letter next ("Read:Markets"), so "Read: Markets fall" never matched.
    r"(?!(?<=\w)\w)",
    re.I,
)
#: The date of a publication stamp: a month's or a weekday's name, or figures, first.
_STAMP_DATE = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)[\w.,:/ ]{2,40}?")
#: The publication stamp closing the text, the outlet and the place before it: "CNNMoney (New
#: York) First published November 29, 2016: 3:33 AM ET", perhaps "… Last updated …". The
#: outlet's words are capitalised ("The paper was first published in 1851" is a sentence) and
#: a date follows the verb at once. Its clock's zone is the page's (`extract` reads it).
PUBLISHED_STAMP = re.compile(
    r"^(?:(?-i:[A-Z][\w.'’&-]*)\s+){0,4}(?:\([^()\d]{2,40}\)\s+)?"
    r"(?:(?:first|originally) published|last updated)(?: on)?\s*:?\s*" + _STAMP_DATE +
    r"(?:\s*[|•·-]?\s*last updated(?: on)?\s*:?\s*" + _STAMP_DATE + r")?$",
    re.I,
)
#: A shop link marked as one at its end, set between paragraphs: "Raspberry Pi 5 jetzt bei
#: Amazon kaufen (Affiliate-Link)" (looked for on lines ending in ")" only, in
#: `generic.is_boilerplate_text`).
AFFILIATE_LINE = re.compile(r"[^.!?\n]{1,100}\((?:affiliate[- ]links?|werbelink)\)", re.I)
#: A subscription offer's line set into the text: a call to the reader that ends on a price a
#: month ("Stay informed with The Namibian … Get in-depth reporting and opinions for only N$85
#: a month.", "Få adgang til alle artikler for 99 kr. om måneden"). A sentence that opens
#: otherwise ("The plan costs $5 a month.", a quote) is text. Looked for only in a line of at
#: most `MAX_PRICE_PITCH_CHARS` characters naming a month ("month", "måned", "Monat", "mois",
#: " mes": `generic.is_boilerplate_text` asks for them first).
PRICE_PITCH = re.compile(
    r"(?:^|[.!?]\s+)(?:get|enjoy|unlock|subscribe|få|hol dir|sichern sie sich|profitez|"
    r"accédez|obtenez|accede|disfruta)\b[^.!?\n]{0,120}?\b(?:for|til|for|für|pour|por|per|à|fra)"
    r"\s(?:only |just |kun |nur |seulement |solo |sólo )?"
    r"(?:[^\s\d]{1,3}\s?\d[\d.,]{0,8}|\d[\d.,]{0,8}\s?(?:kr\.?|€|\$|£|dkk|nok|sek|euros?|rand))"
    # "… a month", "… / month", and the slash set close: "Subscribe for R30/month." (the
    # Mail & Guardian's box in the text).
    r"(?:\s(?:a|per|/|om|im|par|pr\.?|al|por|pro|each)\s|/)(?:month|måneden|måned|monat|mois|mes)\b",
    re.I,
)
MAX_PRICE_PITCH_CHARS = 240
#: The offer's heading over such a line ("Abonnement", "Subscribe"), dropped with it.
OFFER_HEADING = re.compile(r"(?:abonnement|abonnér|abonnieren|abo|subscribe|subscription|"
                           r"s['’]abonner|suscríbete|suscripción)[!.:]?", re.I)


#: How a reader-revenue appeal box set into the text opens, its heading or first line: "Support
#: independent Chicago journalism", "Support PREMIUM TIMES' journalism of integrity and
#: credibility", "The Stranger depends on your support." (`body._appeal_end`, with
#: `APPEAL_CALL` in the same box).
APPEAL_OPENING = re.compile(
    r"(?:support (?:[\w.'’&-]++ ){0,4}journalism\b|(?:[\w.'’&-]++ ){1,5}(?:depends|relies) on "
    r"(?:the )?(?:support of (?:its |our )?readers|(?:your|readers['’]?|reader) support)\b"
    # A nonprofit newsroom's box: "Ridgeline News is a nonprofit newsroom. We rely on readers
    # like you."; Hungarian "Támogasd a Telexet!" ("support Telex").
    r"|(?:[\w.'’&-]++ ){1,4}is an? (?:independent,? |nonpartisan,? )?(?:nonprofit|non-profit"
    r"|reader-funded|reader-supported),? (?:nonpartisan )?(?:newsroom|news organi[sz]ation)\b"
    # … in the first person, and naming itself a media organization: "We're a nonprofit
    # newsroom. CalMatters is a nonprofit, nonpartisan media organization …"; Russian "«Медуза»
    # работает благодаря читателям" ("Meduza works thanks to its readers").
    r"|we(?:['’]re| are) an? (?:independent,? )?(?:nonprofit|non-profit|reader-funded"
    r"|reader-supported) newsroom\b"
    r"|(?:[\w.'’&-]+ ){1,4}is an? (?:independent,? )?(?:nonprofit|non-profit),? (?:nonpartisan )?"
    r"media organi[sz]ation\b"
    r"|«?[\w .-]{1,30}»? (?:работает|существует) благодаря (?:читателям|вам|вашей поддержке)"
    r"|támogasd a \w+)",
    re.I,
)
#: … and what such a box asks for: a donation, a contribution, a membership (Hungarian
#: "Támogatom", "I support it", the box's button).
APPEAL_CALL = re.compile(r"\b(?:donat(?:e|es|ion|ions|ing)|contribut(?:e|ion|ions)|"
                         r"become an? (?:member|supporter|patron)|támogatom|"
                         # "Support our work."; Russian "пожертвование" ("donation").
                         r"support our (?:work|journalism|reporting)|пожертвовани\w*)\b", re.I)
#: A short paragraph no longer than this may be a `CLOSING_LINE` (a real sentence that
#: mentions signing up or sharing is mostly longer, or not shaped so).
MAX_CLOSING_LINE_CHARS = 200
#: Lines a page sets after the text that are the page's, not the article's: matched whole,
#: on the last short paragraphs only (`MAX_CLOSING_LINE_CHARS`, `body.closing_line`).
CLOSING_LINE = re.compile(
    r"^(?:"
    # German papers' note that agency copy went into the text, naming no agency: "mit
    # Agenturmaterial", "Mit Material von Agenturen" ("Mit Material von dpa" names the wire:
    # `agency.SOURCE_LINE` reads it as the credit); and a left paper's subscription call:
    # "Solidarität statt Konkurrenz: Mit einem Abonnement der jungen Welt unterstützen Sie
    # unabhängigen Journalismus."
    r"\(?(?:mit|unter verwendung von) (?:agenturmaterial|material (?:von|der) "
    r"(?:den )?(?:nachrichten)?agenturen)\)?\.?|"
    r"(?:[^.?!:]{1,60}:\s+)?mit einem (?:abo|abonnement|digitalabo) [^.?!]{1,60}unterstützen "
    r"sie [^.?!]{0,60}journalismus[.!]?|"
    # … or the plain call to support the paper: "Unterstützen Sie die taz mit 5 Euro im
    # Monat.", "Unterstützen Sie uns jetzt!".
    r"(?:jetzt )?unterstützen sie (?:die|den|das|uns)\b[^.?!\n]{0,80}[.!]?|"
    # The comment counter over the comments ("评论（191）", "评论(3)", "Comments (12)").
    r"(?:评论|留言|comments?)\s*[（(]\d+[）)]|"
    # The writers' initials, then the picture's credit, signing a satire post off: Der
    # Postillon's "ssi, dan; Foto: Shutterstock" (lower-case initials, as German desks sign).
    r"(?-i:[a-z]{2,4}(?:,\s*[a-z]{2,4}){0,3});\s*(?:fotos?|bilder?|grafik)\s*:\s*[^.!?]{2,60}|"
    # Danish papers' paywall prompt where the free text stops: "Log ind eller køb adgang for
    # at læse videre." (Jyllands-Posten), "Log ind for at læse hele artiklen".
    r"log ind(?: eller (?:køb|bliv|tegn) [^.!?]{1,40})? for at læse (?:videre|mere|hele "
    r"artiklen)[.!]?|"
    # A paper's call for a voluntary payment, after its claim to be free to read: "taz lesen
    # kann jede:r. Unterstützen Sie jetzt mit einem freiwilligen Beitrag."
    r"(?:[^.?!]{1,40}[.!]\s+)?unterstützen sie (?:uns )?(?:jetzt )?mit einem (?:freiwilligen )?"
    r"beitrag[^.?!]{0,60}[.!]?|"
    # Indian business papers' disclaimer under market advice: "(Disclaimer: Recommendations,
    # suggestions, views and opinions given by the experts are their own. These do not
    # represent the views of The Economic Times)".
    r"\(?disclaimer\s*:\s*(?:recommendations|the views|views)[^()]{20,200}\)?|"
    # A fact-check's verdict label set alone under its text (AFP Fact Check's `<blockquote
    # class="verdict"><p>False</p>`): the rating's word, no sentence (and unpunctuated).
    r"(?-i:False|Misleading|Missing context|Partly false|Mostly false|Altered(?: photo| video)?"
    r"|Fabricated|Satire|True|Mostly true|Half true|Pants on fire|No evidence)|"
    # Quotes of the stocks a finance story names, set under it (Sina's "大智慧 9.08 +8.48%"):
    # a name, the price and the day's change.
    r"[^\s\d]\S{1,11}\s+\d+(?:\.\d+)?\s+[+\-−]\d+(?:\.\d+)?%|"
    # and the quote table's header and label ("股票简称 最新价 涨跌幅", "以下为热门股票").
    r"股票简称\s+最新价\s+涨跌幅|以下为热门股票|"
    # A newsletter's call, perhaps after its teaser question: "Can't get enough of Us? Sign
    # up now for the Us Weekly newsletter packed with the latest celeb news, hot pics and more!"
    r"(?:[^.?!]{1,60}[?!.]\s+)?sign up(?: now| today| here)? (?:for|to) [^.?!]{0,60}"
    r"\bnewsletters?\b[^.?!]{0,100}[.!]?|"
    # A travel or food blog's call to pin the post, after its teaser question: "Like this
    # post? Pin it for later!", "Pin this post for later.", "Save it to Pinterest!".
    r"(?:[^.?!]{1,60}\?\s+)?(?:pin (?:it|me|this(?: post| image| article| guide)?)|save "
    r"(?:it|this(?: post)?) (?:to|on) pinterest)(?: for later| to pinterest| on pinterest)?[.!]*|"
    # A portal's call for readers' stories under every text: "Do you have a life-changing
    # story you would like us to publish? Please reach us through news@… or WhatsApp: …".
    r"(?:do you have|have you got|got) an? (?:[\w-]++ ){0,3}(?:story|news tip|tip)\b[^.?!]{0,80}"
    r"\?\s+(?:please )?(?:reach|contact|e-?mail|send|write to|call|message|whatsapp) "
    r"(?:us|it)\b[^\n]{0,160}|"
    # A paper's call to follow it closing every story: "Like Pakistan on Facebook, follow
    # @TribunePakistan on Twitter to stay informed and join in the conversation."
    r"like [^.?!]{1,40} on facebook,? (?:and )?follow @?\w+ on (?:twitter|x|instagram)\b"
    r"[^.?!]{0,80}[.!]?|"
    # A call to share the post, as a clause of its own: "Be sure to annoy your liberal friends
    # and family – share this post with them!", "Please share this article.", "Like this
    # story? Share it with a friend!"
    r"(?:[^.?!]{0,100}(?:[–—:]|\s-|[.!?])\s+)?(?:please |be sure to |don't forget to |"
    r"make sure to )?share (?:this (?:post|article|story|page)|it)(?: with [^.?!]{1,40})?"
    # … or on one network: "Share this article on WhatsApp".
    r"(?: (?:on|via) (?:whatsapp|facebook|twitter|x|linkedin|telegram|e-?mail)\b"
    # … or on them all: "Share this article in your social network" (a Canadian chain's).
    r"| (?:in|on|with|across) (?:your|all your) social (?:networks?|media))?[.!]*|"
    # The same chain's call to bookmark it, in italics under every story: "Our website is the
    # place for the latest breaking news, exclusive scoops, longreads and provocative
    # commentary. Please bookmark … and sign up for our newsletters here."
    r"our website is the place for the latest breaking news\b[^\n]{0,160}|"
    # … or asking the like-minded to: "Please share this if you support IVF access!".
    r"please share this(?: (?:post|article|story|page))? if you (?:agree|support|think|believe|"
    r"want|stand)\b[^.?!]{0,80}[.!]*|"
    # The label of the writer's contact links left alone under the text ("Contact the
    # author:", its e-mail and Signal links gone), and a German portal's list of the
    # sources it used ("Verwendete Quellen: Nachrichtenagenturen dpa und AFP").
    r"contact the authors?\s*:?|verwendete quellen\s*:[^\n]{0,150}|"
    # A call to follow the writer: "On Twitter: Follow Wendy Koch and get more environment
    # and energy coverage at NatGeoEnergy.", "Follow Jane Doe on Twitter @janedoe."
    r"on (?:twitter|facebook|instagram|x)\s*:\s*follow [^.?!]{2,140}[.!]?|"
    r"follow (?:[^\W\d][\w.'’-]*\s+){1,3}(?:on (?:twitter|facebook|instagram|x)\b|at @|@)"
    r"[^.?!]{0,100}[.!]?|"
    # … in German: "Diskutieren Sie mit dem Autor - auf Twitter oder auf Instagram!" (Horizont),
    # "Folgen Sie uns auf Facebook".
    r"(?:diskutieren|folgen) sie [^.?!]{0,80}\bauf (?:twitter|facebook|instagram|x|linkedin|"
    r"threads|bluesky)\b[^.?!]{0,60}[.!]?|"
    # A platform's disclaimer under a contributor's post: "Le Club est l'espace de libre
    # expression des abonnés de Mediapart. Ses contenus n'engagent pas la rédaction.", "The
    # views expressed … do not necessarily reflect those of …".
    r"[^\n]{0,120}\bn['’]engagen?t (?:pas|que) (?:la rédaction|le journal|leurs? auteurs?)\b"
    r"[^\n]{0,60}|"
    r"[^\n]{0,80}\b(?:views|opinions) expressed (?:[^.]{0,60} )?(?:are (?:solely )?(?:those of|"
    r"the author['’]s own)|do not (?:necessarily )?(?:reflect|represent))[^\n]{0,120}|"
    # The reporter's contact line closing the text: "Rajeev Dhir may be reached at
    # rdhir@njadvancemedia.com. Follow him on Twitter @googasmammoo. Find NJ.com on Facebook."
    r"(?:[^\W\d][\w.'’-]*\s+){1,4}(?:may|can) be (?:reached|contacted) (?:at|by|via|on) "
    r"(?:\S+@\S+|(?:phone |email |e-mail )?[(+\d][\d() .-]{6,}).{0,160}|"
    # A picture's credit, the featured image's in brackets: "[Featured Image by Joe Raedle/
    # Getty Images]".
    r"\[(?:featured |top |header |lead |main |cover )?(?:image|photo|picture)s? "
    r"(?:by|via|courtesy(?: of)?|credit:?|source:?)\s[^\[\]]{2,120}\]|"
    # A recipe card's call under its steps, whatever its class: "Did you make this recipe? Tag
    # @thecozynest on Instagram", "Tried this recipe? Mention @x or tag #x!".
    r"(?:did you (?:make|try)|tried|made|have you (?:made|tried)) this recipe\?\s*"
    r"(?:[^\n]{0,40}\b(?:tag|mention|share|leave)\b[^\n]{0,100})?|"
    # A gallery's label over its slideshow: "See photos from this story:".
    r"(?:see|view|browse) (?:the |more |all )?(?:photos|pictures|images|gallery|slideshow)"
    r"(?: (?:from|of|for|in) (?:this|the) (?:story|article|post))?\s*:?|"
    # The label of a list of more stories whose links are gone ("Mehr Themen auf VOGUE.de:",
    # "Mehr zu Konny Reimann und seiner Familie:", "More on the election:"), its colon last.
    r"(?:mehr (?:themen|artikel|news|nachrichten|zum thema|zu|über|von)|more (?:on|about|from)|"
    r"plus d['’]articles|más (?:sobre|noticias)) [^!?\n]{0,60}:|"
    # A call for feedback: "Questions? Comments? Email us at", "We want to hear what you think
    # about this article. Submit a letter to the editor or write to letters@…".
    r"\W?questions\? comments\?[^\n]{0,120}|"
    # A desk's call to its accounts: "Get HuffPost Business On Twitter, Facebook, and Google
    # Buzz! Know something we don't? E-mail us at …".
    r"get (?:[\w.'’&-]++ ){1,3}on (?:twitter|facebook|instagram|linkedin)(?:,? (?:and )?"
    r"(?:twitter|facebook|instagram|linkedin|youtube|google buzz|google\+|tiktok|threads))*"
    r"[!.](?: [^\n]{0,120})?|"
    # A portal's promo for its live page, set after the text: "Get real-time updates and
    # result insights on the CBSE 12 Result 2026." (its link's label last).
    r"get real[- ]?time updates\b[^\n]{0,140}|"
    # Portals' calls closing wire copy: Excélsior's "CONSULTA AQUÍ LAS NOTICIAS MÁS RELEVANTES
    # DE NUESTRA EDICIÓN IMPRESA", Ouest-France's "Cet article vous a été utile ? Sachez que
    # vous pouvez suivre Ouest-France …", Nigerian papers' "Join Our Channels: WhatsApp".
    r"(?:consulta|lee|revisa) aquí (?:las|todas las|más) (?:últimas )?noticias\b[^\n]{0,100}|"
    r"cet article vous a été utile\s?\?[^\n]{0,160}|"
    r"join our (?:whatsapp |telegram )?channels?\s*:?(?:\s*(?:whatsapp|telegram)\b[^\n]{0,40})?|"
    r"we(?:['’]d| would)? (?:want|like|love) to hear (?:what you think|from you)\b[^\n]{0,160}|"
    # A blog's comment and trackback line ("Kommentarfeed | Kommentare geschlossen |
    # Trackback-URL", "Comments are closed.").
    # Each part up to its bar, then the spaces, in one way only: "\s*" beside "[^|]" in the
    # repeated part let a line of bars ("a | a | …") be split 2^n ways (ReDoS).
    r"(?:[^|\n]{1,30}\|)*\s*(?:trackback(?:-url)?|kommentare (?:sind )?geschlossen|"
    r"comments (?:are )?closed|commentaires (?:sont )?fermés)\s*(?:\|[^|\n]{1,30})*\.?|"
    # Local papers' and stations' calls under the text, as plain paragraphs: a reader-revenue
    # appeal ("Support local journalism. Subscribe today."), the reporter's contact line
    # ("Contact reporter Jane Doe at jdoe@… or 555-…", "Reach Jane Doe at jdoe@…"), "Report a
    # typo", a follow call after a question ("Want more local news? Follow us on Google News.").
    # A newsletter box's consent line left under the text once its form is gone ("By
    # registering, you agree to our T&C and Privacy Policy", "By providing an email address. I
    # agree to the Terms of Use and acknowledge that I have read the Privacy Policy."), naming
    # the site's terms or privacy policy; and a portal's tag-page promo ("For more news about
    # the weather, visit https://…").
    r"by (?:signing up|registering|subscribing|submitting|providing (?:your |an |my )?"
    r"e-?mail(?: address)?)[.,]? (?:you|i) (?:agree|acknowledge|accept|consent)\b"
    r"(?=[^\n]{0,160}\b(?:privacy|terms|t&c)\b)[^\n]{0,160}|"
    r"for (?:more|the latest|further) (?:news|stories|updates) (?:about|on|from) [^.?!\n]{1,80}"
    r"(?:,| please)? (?:visit|go to|click|log on to) [^\n]{0,120}|"
    r"support (?:local |independent |quality )?(?:journalism|news)\b[^\n]{0,120}|"
    r"(?:contact|reach|email|e-mail) (?:reporter |writer |columnist |editor )?"
    r"(?:[^\W\d][\w.'’-]*\s+){1,3}at \S+@\S+[^\n]{0,140}|"
    r"report an? (?:typo|error|correction)\b[^\n]{0,40}|"
    # A press release's contact line closing it, the press office's name, e-mail or number
    # after the label ("Media contact: press@…, +1 555 0100", "Press Contact: Jane Doe, …",
    # "Contact presse : …", "Contacto de prensa: …").
    r"(?:media|press|investor|public relations|pr) (?:contacts?|inquiries|enquiries)\s*:"
    r"[^\n]{0,160}(?:@|\d{3})[^\n]{0,80}|"
    r"contacts? (?:presse|médias?)\s*:[^\n]{0,160}(?:@|\d{3})[^\n]{0,80}|"
    r"contacto (?:de )?(?:prensa|medios)\s*:[^\n]{0,160}(?:@|\d{3})[^\n]{0,80}|"
    r"[^.?!\n]{1,60}\?\s+follow us on (?:google news|facebook|twitter|x|instagram|whatsapp|"
    r"telegram|youtube)\b[^\n]{0,60}|"
    # … German: "Sie wollen keine Nachrichten aus der Region verpassen? Dann abonnieren Sie
    # unseren Newsletter.", "Mehr Nachrichten aus der Region gibt es hier.", "Hier finden Sie
    # alle Artikel zum Thema Verkehr.", "Sie haben einen Fehler entdeckt? Schreiben Sie uns.",
    # "Folgen Sie uns auf WhatsApp."
    r"[^\n]{0,120}\b(?:abonnieren sie|melden sie sich (?:hier |jetzt )?(?:für|zu))"
    r"[^\n]{0,40}\bnewsletter\b[^\n]{0,60}|"
    r"mehr (?:nachrichten|news|artikel|infos) (?:aus|zu|über) [^.!?\n]{1,60} "
    r"(?:gibt es|finden sie) (?:hier|auf [^.!?\n]{1,30})[.!]?|"
    r"hier finden sie (?:alle|weitere|mehr) (?:artikel|nachrichten|beiträge|news|infos?)\b"
    r"[^\n]{0,80}|"
    r"sie haben einen fehler entdeckt\?[^\n]{0,80}|"
    r"folgen sie uns (?:auch )?auf (?:whatsapp|telegram|tiktok|youtube|google news|facebook|"
    r"instagram|x|threads|bluesky)\b[^\n]{0,60}|"
    # … Swedish and Norwegian ("Har du tips? Mejla oss på …", "Följ oss på Facebook", "Følg oss
    # på …"), Italian ("Iscriviti alla newsletter di …", "Ricevi le notizie di … su
    # WhatsApp"), French ("Abonnez-vous à notre newsletter", "Recevez chaque jour …") and
    # Russian ("Подписывайтесь на наш канал в Telegram", "Если вы нашли ошибку, выделите её и
    # нажмите Ctrl+Enter", a closing "Новости по теме" label).
    r"har du (?:et |ett )?tips\?[^\n]{0,120}|"
    r"(?:följ|følg) oss (?:på|i) (?:facebook|instagram|x|twitter|tiktok|youtube|snapchat)"
    r"\b[^\n]{0,60}|"
    r"iscriviti (?:alla|alle|gratis alla) newsletter\b[^\n]{0,100}|"
    r"ricevi (?:le |gratis le )?(?:notizie|news)\b[^\n]{0,60}\bsu (?:whatsapp|telegram)"
    r"\b[^\n]{0,40}|"
    r"abonnez-vous (?:gratuitement )?à (?:notre|nos) newsletters?\b[^\n]{0,100}|"
    r"recevez (?:chaque (?:jour|matin|soir|semaine)|gratuitement) [^\n]{0,100}|"
    r"подписывайтесь на (?:наш|нас|наши)\b[^\n]{0,80}|"
    # … the paper's name in quotes, where to find it after ("Подписывайтесь на «Газету» в
    # Яндекс.Новостях, Дзен и Telegram"), and "Следите за новостями … в Telegram".
    r"подписывайтесь на «[^»\n]{1,40}» (?:в|на)\b[^\n]{0,80}|"
    r"следите за (?:нашими |главными |последними )?новостями\b[^\n]{0,40}\b(?:в|на) "
    r"(?:telegram|телеграм|дзен|яндекс|vk|вконтакте|нашем|наших|нашей)[^\n]{0,60}|"
    r"если вы (?:нашли|заметили) ошибку[^\n]{0,100}|"
    r"(?:новости|материалы|статьи|читайте) по теме:?|"
    # "Follow us on WhatsApp and Google News" in the other languages: a call to follow, join
    # or subscribe, naming a network or channel in the same short line ("Folgen Sie uns auch
    # auf WhatsApp", "Síguenos en Google Discover", "Подписывайтесь на наш Telegram-канал",
    # "Bizi Google News'te takip edin", "Ακολουθήστε μας στο Google News", "تابعونا على …").
    r"(?:folgen sie|folgt uns|suivez|abonnez-vous|rejoignez|síguenos|siga|"
    r"sigue|únete|seguici|segui|iscriviti|volg ons|obserwuj|sledujte|följ oss|følg oss|følg os|"
    r"seuraa meitä|подписывайтесь|подпишитесь|підписуйтесь|bizi|ακολουθήστε|تابعونا|تابعوا|"
    r"הצטרפו|עקבו|theo dõi|simak|ikuti|ติดตาม|urmărește|urmăriți|urmareste|"
    # (Swahili "Tufuate", Hausa "Ku biyo mu", Filipino "I-follow kami", Khmer "សូមតាមដាន",
    # Georgian "გამოგვყევით")
    r"tufuate|ku biyo mu|i-follow|សូមតាមដាន|გამოგვყევით)"
    # (the network's name perhaps inflected or with a prefix: "Facebookissa", "הטלגרם")
    r"[^\n]{0,80}(?<![a-z])(?:(?:whatsapp|telegram|google news|google discover|facebook|"
    r"instagram|youtube|tiktok|threads|bluesky|twitter|телеграм|טלגרם|واتساب|تلغرام)\w*"
    r"|(?:line|x)(?![a-z]))[^\n]{0,60}|"
    # … and in Tamil, the verb last: "உடனுக்குடன் செய்திகளை தெரிந்துகொள்ள தினமணி டெலிகிராம்
    # சேனலில் இணையுங்கள்" ("join Dinamani's Telegram channel to get the news at once").
    r"[^\n]{0,80}(?:டெலிகிராம்|வாட்ஸ்அப்|கூகுள் நியூஸ்|யூடியூப்)[^\n]{0,40}"
    r"(?:இணையுங்கள்|பின்தொடருங்கள்|குழுசேருங்கள்)[.!]?|"
    # … and in the other languages that put the verb last: Hindi "… Google News पर फॉलो करें।",
    # Marathi "… फॉलो करा.", Nepali "… फेसबुकमा फलो गर्नुहोस्।", Urdu "… واٹس ایپ چینل فالو
    # کریں۔", Bengali "… গুগল নিউজ ফিড ফলো করুন", Sinhala "… WhatsApp නාලිකාවට එක්වන්න.",
    # Kazakh "… Telegram-арнамыздан оқыңыз.", Azerbaijani "… Telegram kanalımızda izləyin.",
    # Amharic "… የቴሌግራም ቻናላችንን ይቀላቀሉ።": a network named, the call to follow or join closing.
    r"[^\n]{0,80}(?:google news|whatsapp|telegram|facebook|youtube|फेसबुक|व्हाट्सएप|"
    r"गूगल न्यूज़?|واٹس ایپ|فیس بک|ফেসবুক|হোয়াটসঅ্যাপ|গুগল নিউজ|ቴሌግራም|ፌስቡክ)[^\n]{0,40}"
    r"(?:फॉलो करें|फॉलो करा|फलो गर्नुहोस्|فالو کریں|ফলো করুন|එක්වන්න|оқыңыз|izləyin|ይቀላቀሉ)"
    r"[.!।۔።]?|"
    # The end marks and rights lines of wire copy: Persian agencies' "انتهای پیام/" (end of
    # message), Xinhua's "（完）", Japanese papers' "無断転載・複製を禁じます", Italian "©
    # RIPRODUZIONE RISERVATA".
    # A Swiss paper's footnote naming the edition the piece first ran in ("Ein Artikel aus
    # der «NZZ am Sonntag»").
    r"ein artikel aus der «[^»\n]{1,40}»|"
    # An obituary host's note on the paper and the days the notice ran in, under its text:
    # "Published by The Columbus Dispatch from Mar. 7 to Mar. 8, 2023." ("… on Mar. 7, 2023.").
    r"published by (?:[^\s.]++ ){1,8}?(?:from [^\n]{3,20}? to|on) [^\n]{3,20}?\d{4}\.?|"
    # A science journal's news story closes with its DOI ("doi: https://doi.org/10.1038/
    # d41586-024-00712-3", Nature's), no sentence of it.
    r"doi\s*:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+|"
    # A paper's copyright line left as the text's last paragraph: "Copyright 2024 The
    # Yomiuri Shimbun" (The Japan News's `p.p-article-copy`), "Copyright © 2024 …": the word,
    # the year and the owner's name in up to six words, no sentence.
    r"copyright\s+(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+"
    r"(?:[^\s.!?]+\s+){0,5}[^\s.!?]+\.?|"
    # An editor's note that the story was updated, alone on its line ("This article has been
    # updated.", POLITICO Europe's italic line under the text).
    r"\(?this (?:article|story|post|report) has been updated\.?\)?|"
    # Yonhap's Arabic service closes its copy "(النهاية)" ("the end"), as its others do "(END)".
    r"انتهای پیام\s*/?|[（(]完[）)]|\(النهاية\)|無断転載[^\n]{0,20}禁じます。?"
    r"|©?\s*riproduzione riservata|"
    # A closed comment box's note left under the text: "Kommentare Da dieser Artikel älter
    # als 18 Monate ist, ist zum jetzigen Zeitpunkt kein Kommentieren mehr möglich.",
    # "Comments have been closed for this article."
    r"(?:kommentare:?\s+)?[^\n]{0,120}\bkeine? (?:kommentieren|kommentare|kommentarfunktion)"
    r"[^\n]{0,30}? mehr möglich\.?|"
    r"(?:kommentare:?\s+)?die kommentarfunktion (?:ist|wurde) [^\n]{0,40}?"
    r"(?:deaktiviert|geschlossen)(?: worden)?\.?|"
    r"(?:comments:?\s+)?(?:commenting|comments) (?:is |are |has been |have been )?(?:now )?"
    r"(?:closed|disabled) (?:for|on) this (?:article|story|post)\.?"
    r")$",
    re.I,
)
#: An author box's bio of the wire a portal credits, left as the text's last paragraph when
#: the box is printed with no class that names it: "IANS is India's largest independent news
#: agency …", "Indo-Asian News Service or IANS is a private Indian news agency. It was founded
#: …", "Press Trust of India (PTI) is …". The name opens it, capitalised (a sentence of the
#: story does not begin with the agency's self-description), at most 600 characters; read
#: on the last paragraph only (`body_byline.closing_bio`).
AGENCY_BIO = re.compile(
    r"^(?:(?:(?-i:[A-Z][\w.'’&-]*)|of|and|the|for)\s+){1,6}"
    r"(?:\((?-i:[A-Z]{2,6})\)\s+|or (?-i:[A-Z]{2,6})\s+)?"
    r"is (?:a|an|the|(?-i:[A-Z])\w+['’]s)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:news|wire|press) (?:agency|service)\b",
    re.I,
)
MAX_AGENCY_BIO_CHARS = 600
#: A promo line that ends with its button's label, in capitals: "Before it's here, it's on
#: the Bloomberg Terminal. LEARN MORE". Case matters: the capitals are the button's.
BUTTON_TAIL = re.compile(
    r"[.!?]\s+(?:LEARN MORE|FIND OUT MORE|READ MORE|SUBSCRIBE(?: NOW)?|SIGN UP(?: NOW)?|"
    r"GET STARTED|TRY IT (?:FREE|NOW)|CLICK HERE|SHOP NOW|DOWNLOAD(?: NOW)?)$")
#: Dropped lines that may credit the wire they name (`agency.note_agency` reads it): a rights
#: line ("Copyright © 2024 Reuters", "© 2024 AFP") and a syndication note ("Sie wurde
#: automatisch von der Deutschen Presse-Agentur (dpa) übernommen.", "(डिस्क्लेमर: यह आईएएनएस
#: न्यूज फीड से …)").
WIRE_NOTE = re.compile(
    r"^\(?(?:©|\(c\)|copyright\b|disclaimer\b|डिस्क्लेमर)"
    r"|syndicated|agency feed|wire feed|übernommen|फ़?ीड से",
    re.I,
)
#: A publication line printed in the article's header, read into published_at, is no body
#: text where the text's reader starts in the header (a Turkish paper's "Giriş Tarihi:
#: 17.12.2024 - 13:03 Güncelleme Tarihi: …", "Publicado el 17/12/2024 13:03"): the label,
#: then a date in figures at once, so "Published in 1998, the book …" stays a sentence.
PUBLISHED_DATE_LINE = re.compile(
    r"^(?:(?:first )?published|posted|publiziert|veröffentlicht|publiée?|publicado|pubblicato"
    r"|publikacja|opublikowano|publisert|publicerad|publiceret|julkaistu|gepubliceerd"
    r"|yayınlanma(?: tarihi)?|yayın tarihi|giriş tarihi|oluşturulma tarihi|diterbitkan)"
    r"(?: on| at| am| le| el| em| il| op| på)?\s*:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
    # Nepali and Hindi papers' line after the text, a month's name with the figures, which
    # are Devanagari's: "प्रकाशित : भदौ २७, २०७९ १३:२०" (Kantipur), "प्रकाशित: 18 नवंबर 2019".
    r"|^प्रकाशित\s*:\s*(?:\S{2,12} \d{1,2},? \d{4}|\d{1,2} \S{2,12},? \d{4})(?!\d)",
    re.I,
)
#: Visible "last modified" lines: parsed into modified_at, never left in the body.
MODIFIED_LINE = re.compile(
    # A separator may lead: the byline's "… | Updated: Dec 17, 2024, 19:05 IST" part.
    # Or the publication day, the modified date in parentheses after it (Corriere della
    # Sera: "17 dicembre 2024 (modifica il 17 dicembre 2024 | 15:20)").
    # Or the publication day and time in figures, on one line with it (a Spanish paper's
    # "17/12/2024 14:25 Actualizado a 17/12/2024 15:40").
    # Or a parenthesis, the line's own (RIA Novosti's "(обновлено: 14:10 17.12.2024)").
    r"^(?:[|•·(（]|\d{1,2} [^\W\d_]+ \d{4}\s*\("
    r"|\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}(?: h)?\s*[|•·-]?)?\s*"
    r"(?:(?:this (?:post|article|story|page) was )?(?:last |última |ultima )?"
    r"(?:modified|updated(?: as of)?"
    # The noun after "last" (The Daily Star: "Last update on: Tue Dec 17, 2024 03:20 PM").
    r"|(?<=last )update"
    # … or spaced from its colon before the date's digits (Dhaka Tribune's "Update : 17 Nov
    # 2024, 04:02 PM", "Publish : …" before it).
    r"|update(?=\s+:\s*\d)"
    # Spanish and Portuguese: "Actualizado: 17.12.2024 - 15:20 h", "Última atualização: …".
    r"|actualizad[oa]|atualizad[oa]|actualizaci[oó]n|atualiza[cç][aã]o"
    # French pages: "mis à jour le 17/12/2024 à 15h20", "Modifié le …".
    r"|mis à jour(?: le)?|modifié(?: le)?"
    # … and the noun: "Dernière mise à jour : 17 décembre 2024 à 14h10" (franceinfo).
    r"|(?:dernière )?mise à jour(?: le)?"
    # Italian pages: "Aggiornato il 17/12/2024 alle 15:20", "Ultimo aggiornamento: …";
    # Joomla K2's "Ultima modifica il Martedì, 17 Dicembre 2024 20:30", its weekday first.
    r"|aggiornat[oa](?: il| alle)?|ultimo aggiornamento"
    r"|modifica(?:to)? il(?=\s+(?:[^\W\d]+,\s+)?\d)"
    # Arabic and Turkish pages: "آخر تحديث: 17 ديسمبر 2024", "Güncelleme: 17.12.2024 15:20".
    r"|آخر تحديث|اخر تحديث|(?:son )?güncelleme(?: tarihi)?"
    # Russian, Ukrainian and Polish pages: "обновлено 17 декабря, 15:20", "Оновлено:",
    # "Aktualizacja: 17.12.2024 15:20".
    r"|обновлено|оновлено|aktualizacja|zaktualizowano"
    # … and the nouns: RBC's "Последнее обновление: 17 декабря 2024, 14:10".
    r"|(?:последнее )?обновление)"
    # The label's noun after it: "Updated Date: Tue, 17 Dec 2024 01:03 PM (IST)", "Modified
    # Date: …" (an Indian portal's header, a theme's line).
    # The word after it is a word of its own: "Updated Apr 12, 2024" is no Spanish "a" before
    # "pr 12, 2024" (read as the 12th of the fetch's month).
    r"(?: date)?(?:(?: on| at| el| em| a las| a| às)(?!\w))?"
    # German papers: "Aktualisiert am 17.12.2024 um 15:20 Uhr", "Stand: 17.12.2024, 15:20 Uhr";
    # only before a date's digits, so "Stand der Dinge …" stays body text; a weekday may come
    # first ("Aktualisiert am Dienstag, 17.12.2024 | 15:20").
    # "Letzte Aktualisierung: 18.01.2018" (the noun, under a page's text).
    r"|(?:zuletzt )?aktualisiert(?: am)?(?=[\s:]+(?:[^\W\d]+,?\s+)?\d)|stand(?=\s*:\s*\d)"
    r"|(?:letzte )?aktualisierung(?: am)?(?=[\s:]+(?:[^\W\d]+,?\s+)?\d)"
    # Dutch "Aangepast 5 maart 2024, 16:02" (NOS's header: the update beside the day), only
    # before a date's digits or "vandaag"/"gisteren": "Aangepast aan …" begins sentences.
    r"|(?:laatst )?aangepast(?: op)?(?=[\s:]+(?:\d|vandaag|gisteren))"
    # Nordic, Dutch, Czech and Hungarian papers: "Oppdatert 17.12.2024 15:20", "Uppdaterad
    # 17 december 2024 kl. 15.20", "Opdateret 17. dec. 2024", "Päivitetty 17.12.2024 klo
    # 15.20", "Bijgewerkt 17 dec 2024 om 15:20", "Aktualizováno 17. prosince 2024 15:20",
    # "Frissítve: 2024. december 17. 15:20"; only before a date's digits, as the words
    # begin sentences too.
    r"|(?:(?:sist|senast|sidst|laatst) )?(?:oppdatert|uppdaterad|opdateret|päivitetty"
    r"|bijgewerkt(?: op)?|aktualizováno|frissítve"
    # Romanian, Croatian and Serbian, Bulgarian, Greek and Hebrew papers: "Actualizat: marți,
    # 17 decembrie 2024, 15:20", "Ažurirano: 17. prosinca 2024. u 15:20", "Обновено: …",
    # "Ενημερώθηκε: …", "עודכן: …".
    r"|(?:ultima )?actualiz(?:at|are)(?: la| pe)?|ažurirano|azurirano|zadnja izmjena|ажурирано"
    # Dnevnik's "обновена 17 дек 2024 15:20" (the article: feminine).
    r"|обновен[оа]|актуализирано|(?:τελευταία )?ενημέρωση|ενημερώθηκε"
    # Hebrew's, "last" after it: "עודכן לאחרונה: 17/12/2024 14:10" (Maariv).
    r"|עודכן(?: לאחרונה)?"
    # Bengali papers: "আপডেট: ১৭ ডিসেম্বর ২০২৪, ০৩:২০ পিএম", "শেষ আপডেট:", "হালনাগাদ:".
    # Hindi papers: "अपडेटेड: 17 दिसंबर 2024, 14:20 IST", "अंतिम अपडेट: …" ("last update").
    r"|(?:শেষ )?আপডেট|হালনাগাদ|(?:अंतिम )?(?:अपडेटेड|अपडेट)"
    # Tamil, Kazakh, Azerbaijani, Georgian and Swahili papers: "புதுப்பிக்கப்பட்டது: 17
    # டிசம்பர் 2024, 2:10 pm", "Жаңартылды: …", "Yenilənib: …", "განახლდა: …", "Imesasishwa: …".
    r"|புதுப்பிக்கப்பட்டது|жаңартылды|yenilənib|yeniləndi|განახლდა|imesasishwa"
    # Indonesian, Malay, Vietnamese, Turkish, Slovenian, Slovak, Estonian, Lithuanian and
    # Icelandic papers: "Diperbarui 17/12/2024, 15:20 WIB", "Dikemaskini: 17 Dis 2024 3:20pm",
    # "Cập nhật: 17/12/2024 15:20", "Güncellenme: 17.12.2024 15:20", "Posodobljeno: …",
    # "Aktualizované …", "Uuendatud: …", "Atnaujinta: …", "Uppfært 17.12.2024 15:20".
    # (Detik's "Terakhir diperbarui: 17 Des 2024, 14:10 WIB": "last" before it.)
    r"|(?:terakhir )?diperbarui|dikemaskini|dikemas kini|cập nhật(?: lúc)?|güncellen(?:me|di)"
    r"|posodobljeno"
    # Dutch (NOS: "Aangepast 17 december 2024, 14:10"), Polish PAP's "Data aktualizacji:",
    # Persian "آخرین به‌روزرسانی:", Thai "อัปเดตล่าสุด 17 ธ.ค. 2567 14:10 น.".
    r"|aangepast|gewijzigd|laatste update|data aktualizacji"
    r"|(?:آخرین )?(?:به\u200c?\s?روز\s?رسانی|بروزرسانی)|อัปเดต(?:ล่าสุด)?|ปรับปรุง(?:ล่าสุด)?"
    r"|aktualizované|uuendatud|atnaujinta|uppfært)"
    # (a weekday may come first, Persian's "سه‌شنبه" with its zero-width non-joiner).
    r"(?=[\s:]+(?:[^\W\d]+(?:\u200c[^\W\d]+)?,?\s+)?\d)"
    # Japanese and Korean papers: "更新 2024年12月17日 15時20分", "最終更新:12/17(火) 14:10",
    # "수정 2024.12.17 15:20", "업데이트 2024.12.17 15:20" (looked for on those pages only);
    # the label's noun too ("更新日：", "最終更新日時：", Chinese "更新时间：", "最后更新：",
    # "更新于 …", Korean "수정일 …").
    r"|(?:最終|最后|最後)?更新(?:日時|日期|日|时间|時間|[于於])?|수정(?:일시?)?|업데이트"
    r"|최종\s?수정(?:일시?)?"
    # Nikkei's label after the date, in the parenthesis: "（2024年12月17日 14:10更新）".
    r"|(?<=[（(])(?=\d{4}\s*年[^)）]{4,40}更新[)）]$))\s*[:：]?\s*"
    r"(?P<value>.{6,60})$",
    re.I,
)
#: Cheap XPath pre-filters for text nodes that may hold a "last modified/updated" line, by
#: the page's language: each more contains() test on every text node costs ~1.5 % on pages
#: without a modified date, so the Spanish/Portuguese and German words are looked for only
#: on pages in those languages.
_MODIFIED_WORDS = "contains(., 'odified') or contains(., 'pdate')"
MODIFIED_TEXT_XPATHS = {
    # A page declaring no language may be a Chinese, Japanese or Korean one (many Chinese
    # CMSs print no `lang`): their labels cost one substring test of the article's text.
    "": f".//text()[{_MODIFIED_WORDS} or contains(., '更新') or contains(., '수정')]",
    # British tabloids print the label in capitals: "17:03, Tue, Dec 17, 2024 | UPDATED: …".
    # "pdate", not "pdated": "Last update on: …" too, at no extra test a text node.
    "en": ".//text()[contains(., 'odified') or contains(., 'pdate') or contains(., 'PDATED')]",
    "es": f".//text()[{_MODIFIED_WORDS} or contains(., 'tualiza')]",
    "pt": f".//text()[{_MODIFIED_WORDS} or contains(., 'tualiza')]",
    "de": f".//text()[{_MODIFIED_WORDS} or contains(., 'ktualisier') or contains(., 'Stand:')]",
    "fr": ".//text()[contains(., 'à jour') or contains(., 'odifié')]",
    "it": ".//text()[contains(., 'ggiornat') or contains(., 'ggiornament') or "
          "contains(., 'modific')]",
    "ar": ".//text()[contains(., 'تحديث')]",
    "tr": ".//text()[contains(., 'üncelle')]",
    "ru": ".//text()[contains(., 'бновлено') or contains(., 'бновление')]",
    "uk": ".//text()[contains(., 'новлено')]",
    "pl": f".//text()[{_MODIFIED_WORDS} or contains(., 'ktualiz')]",
    "nb": ".//text()[contains(., 'ppdatert')]",
    "nn": ".//text()[contains(., 'ppdatert')]",
    "no": ".//text()[contains(., 'ppdatert')]",
    "sv": ".//text()[contains(., 'ppdaterad')]",
    "da": ".//text()[contains(., 'pdateret')]",
    "fi": ".//text()[contains(., 'äivitetty')]",
    "nl": ".//text()[contains(., 'ijgewerkt') or contains(., 'angepast') or "
          "contains(., 'ewijzigd') or contains(., 'aatste update')]",
    "fa": ".//text()[contains(., 'روزرسانی') or contains(., 'روز رسانی')]",
    "th": ".//text()[contains(., 'อัปเดต') or contains(., 'ปรับปรุง')]",
    "cs": ".//text()[contains(., 'ktualizováno')]",
    "hu": ".//text()[contains(., 'rissítve')]",
    "ro": ".//text()[contains(., 'ctualiza')]",
    "hr": ".//text()[contains(., 'urirano') or contains(., 'izmjena')]",
    "bs": ".//text()[contains(., 'urirano') or contains(., 'izmjena')]",
    "sr": ".//text()[contains(., 'urirano') or contains(., 'журирано')]",
    "bg": ".//text()[contains(., 'бновен') or contains(., 'ктуализирано')]",
    "el": ".//text()[contains(., 'νημέρωση') or contains(., 'νημερώθηκε')]",
    "he": ".//text()[contains(., 'עודכן')]",
    "bn": ".//text()[contains(., 'আপডেট') or contains(., 'হালনাগাদ')]",
    "hi": f".//text()[{_MODIFIED_WORDS} or contains(., 'अपडेट')]",
    "ja": ".//text()[contains(., '更新')]",
    "zh": ".//text()[contains(., '更新')]",
    "ko": ".//text()[contains(., '수정') or contains(., '업데이트')]",
    "id": ".//text()[contains(., 'iperbarui')]",
    "ms": ".//text()[contains(., 'ikemaskini') or contains(., 'ikemas kini')]",
    "vi": ".//text()[contains(., 'ập nhật')]",
    "sl": ".//text()[contains(., 'osodobljeno')]",
    "sk": ".//text()[contains(., 'ktualizované')]",
    "et": ".//text()[contains(., 'uendatud')]",
    "lt": ".//text()[contains(., 'tnaujinta')]",
    "is": ".//text()[contains(., 'ppfært')]",
    # Marathi, Nepali, Tamil, Kazakh, Azerbaijani, Georgian and Swahili (their papers print
    # English labels too: Dinamani's "Updated on:").
    "mr": f".//text()[{_MODIFIED_WORDS} or contains(., 'अपडेट')]",
    "ne": f".//text()[{_MODIFIED_WORDS} or contains(., 'अपडेट')]",
    "ta": f".//text()[{_MODIFIED_WORDS} or contains(., 'புதுப்பிக்கப்பட்டது')]",
    "kk": f".//text()[{_MODIFIED_WORDS} or contains(., 'аңартылды')]",
    "az": f".//text()[{_MODIFIED_WORDS} or contains(., 'enilən')]",
    "ka": f".//text()[{_MODIFIED_WORDS} or contains(., 'განახლდა')]",
    "sw": f".//text()[{_MODIFIED_WORDS} or contains(., 'mesasishwa')]",
}
MODIFIED_TEXT_XPATH = MODIFIED_TEXT_XPATHS[""]

#: JSON-LD types that mark a page as an article.
ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting", "BackgroundNewsArticle",
                 "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle",
                 "AskPublicNewsArticle", "ReviewNewsArticle", "SatiricalArticle", "WebPage")
#: JSON-LD types that mark a page as something else.
NON_ARTICLE_TYPES = ("CollectionPage", "ProfilePage", "AboutPage", "ContactPage",
                     "SearchResultsPage", "ItemList")
