# ruff: noqa: E501
"""Look-alike pages of the special article types news sites publish (Q&A interviews,
listicles, FAQs, timelines, fact-checks, reviews, data tables, live blogs, transcripts, wire
briefs …), each printed on a few common CMS layouts, with the record a careful annotator of
"the article's text" would write: `python -m tests.types_measure [-v]` scores them.

The expected body keeps what the story prints as its text (questions and answers, a list's
item headings and text, a table's rows as lines, an FAQ that is the story's own) and leaves
what a page sets around it (rating widgets, pull quotes that repeat the text, "Key events"
navigation, pagination, share bars, sponsor labels, author bio boxes, embeds' chrome).
Names, hosts and text are made up.
"""

from __future__ import annotations

import html as _html
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Page:
    kind: str
    layout: str
    url: str
    html: str
    truth: dict[str, Any]
    lines: list[str] = field(default_factory=list)


@dataclass
class Story:
    kind: str
    lang: str
    title: str
    authors: list[str]
    body: str  # the text block's inner HTML
    lines: list[str]  # expected body lines
    dek: str = ""
    section: str = "News"
    before: str = ""  # boxes printed between the header and the text block
    after: str = ""  # boxes printed after the text block, inside the article
    jsonld_extra: list[dict[str, Any]] = field(default_factory=list)
    article_type: str = "NewsArticle"
    published: str = "2024-12-17T13:03:00+00:00"
    modified: str = "2024-12-17T15:20:00+00:00"


def p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{text}</p>' if cls else f"<p>{text}</p>"


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def _strip(text: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", text)


# ---------------------------------------------------------------- the stories
def stories() -> list[Story]:
    out: list[Story] = []

    # Q&A interview, bold questions with "Q:"/"A:"
    intro = [
        "Maria Lindqvist has run the city's water utility for eleven years, through two droughts "
        "and a flood that put half of the treatment plant under a metre of water.",
        "She spoke to us about the new reservoir, the rising bills and why she thinks the next "
        "crisis will be about pipes, not rain. The interview has been edited for length.",
    ]
    qa = [
        ("Why does the city need a second reservoir now?",
         "Because the one we have was built for a town of 80,000 people and we are now close to "
         "200,000. In a dry summer we are drawing it down faster than the river can fill it."),
        ("Residents say their bills have doubled. Is that fair?",
         "Bills have gone up by about 60 per cent over five years. Most of that pays for work "
         "that should have been done in the 1990s and was not, and I understand the anger."),
        ("What keeps you up at night?",
         "The mains under the old town. Some of them are cast iron from 1911, and every winter "
         "we lose a few more of them to frost. One bad break there could cut off the hospital."),
    ]
    body = "".join(p(x) for x in intro)
    lines = list(intro)
    for q, a in qa:
        body += p(f"<strong>Q: {q}</strong>") + p(f"A: {a}")
        lines += [f"Q: {q}", f"A: {a}"]
    out.append(Story("qa-bold", "en", "Water chief: 'The next crisis will be about pipes, not rain'",
                     ["Tom Hadley"], body, lines, dek="The utility's director on the new reservoir and rising bills."))

    # Q&A with classed questions and speaker names
    body = p(intro[0])
    lines = [intro[0]]
    for q, a in qa:
        body += f'<p class="question"><b>{q}</b></p>' + p(f"<b>Lindqvist:</b> {a}")
        lines += [q, f"Lindqvist: {a}"]
    out.append(Story("qa-speaker", "en", "Maria Lindqvist on reservoirs, bills and old pipes",
                     ["Tom Hadley"], body, lines))

    # German interview: "Frage" in bold, paper's initials as speaker
    de_qa = [
        ("Frau Berger, warum kommt die Reform erst jetzt?",
         "Weil wir drei Jahre lang mit den Ländern verhandelt haben. Jeder wollte etwas anderes, "
         "und am Ende mussten alle nachgeben, auch der Bund."),
        ("Die Opposition nennt das Gesetz ein Bürokratiemonster.",
         "Das Gegenteil ist richtig. Wir streichen vierzig Formulare und ersetzen sie durch ein "
         "einziges Online-Verfahren, das jeder Handwerksbetrieb in zehn Minuten schafft."),
        ("Und wenn die Länder nicht mitziehen?",
         "Dann werden wir das im Bundesrat klären. Ich bin zuversichtlich, dass es eine Mehrheit "
         "gibt, weil die Kommunen seit Jahren genau das fordern."),
    ]
    de_intro = ("Die Bundesministerin für Wirtschaft will das Genehmigungsrecht vereinfachen. "
                "Im Interview erklärt Sabine Berger, warum die Reform so lange gedauert hat und "
                "was sich für Betriebe ändert.")
    body = p(f"<strong>{de_intro}</strong>")
    lines = [de_intro]
    for q, a in de_qa:
        body += p(f"<strong>{q}</strong>") + p(a)
        lines += [q, a]
    out.append(Story("qa-de", "de", "Sabine Berger: „Wir streichen vierzig Formulare“",
                     ["Jonas Keller", "Lena Wolff"], body, lines, section="Politik"))

    # French interview: questions in <h3>? No: in <p><strong>, answers with a dash
    fr_qa = [
        ("Pourquoi avoir quitté le club après dix saisons ?",
         "J'avais besoin d'un nouveau défi. Le club m'a tout donné, mais je sentais que je ne "
         "progressais plus et que l'équipe avait besoin d'un autre visage."),
        ("Que retenez-vous de la finale perdue en 2019 ?",
         "C'est la plus grande douleur de ma carrière. Nous étions meilleurs pendant une heure, "
         "puis tout s'est effondré en dix minutes. Je n'ai jamais revu le match."),
    ]
    fr_intro = ("À 31 ans, le capitaine rejoint un club espagnol. Avant son départ, il revient "
                "sur dix saisons, une finale perdue et ses regrets.")
    body = p(fr_intro)
    lines = [fr_intro]
    for q, a in fr_qa:
        body += p(f"<strong>{q}</strong>") + p(f"– {a}")
        lines += [q, f"– {a}"]
    out.append(Story("qa-fr", "fr", "Karim Benali : « J'avais besoin d'un nouveau défi »",
                     ["Claire Dumas"], body, lines, section="Sport"))

    # Spanish interview with "P." / "R."
    es_qa = [
        ("¿Cuándo estará terminada la línea?",
         "Si no hay más retrasos, a finales de 2026. Hemos recuperado cuatro meses desde el verano "
         "gracias a los turnos de noche en los túneles."),
        ("¿Cuánto ha costado el retraso?",
         "Unos 120 millones de euros, la mayor parte por la revisión del proyecto tras el "
         "hundimiento de 2022. Es mucho dinero y lo asumimos."),
    ]
    body = p("La consejera de Transportes responde sobre la nueva línea de metro, que acumula "
             "dos años de retraso y un sobrecoste millonario.")
    lines = ["La consejera de Transportes responde sobre la nueva línea de metro, que acumula "
             "dos años de retraso y un sobrecoste millonario."]
    for q, a in es_qa:
        body += p(f"<b>P. {q}</b>") + p(f"R. {a}")
        lines += [f"P. {q}", f"R. {a}"]
    out.append(Story("qa-es", "es", "Ana Ruiz: “Recuperamos cuatro meses con los turnos de noche”",
                     ["Pablo Ortega"], body, lines, section="Madrid"))

    # Listicle with numbered <h2> items
    items = [
        ("1. Start with the budget, not the brand",
         "Decide what you can spend before you walk into a showroom. A car that costs 10 per cent "
         "more than planned will cost far more than that over five years of insurance and fuel."),
        ("2. Check the total cost of ownership",
         "Depreciation, insurance, servicing and fuel or electricity matter more than the price on "
         "the windscreen. Several free calculators compare them side by side."),
        ("3. Take a long test drive",
         "Ten minutes around the block tells you nothing. Ask for the car overnight, drive your "
         "commute and try to park it in your own street."),
        ("4. Read the warranty's small print",
         "Battery warranties on electric cars differ widely. Some cover eight years, others only "
         "guarantee 70 per cent of the original capacity."),
    ]
    lead = ("Buying a car is the second-biggest purchase most households make, and the market has "
            "changed more in the past three years than in the previous twenty.")
    body = p(lead) + "".join(f"<h2>{h}</h2>" + p(t) for h, t in items)
    lines = [lead] + [x for it in items for x in it]
    out.append(Story("listicle-h2", "en", "Four things to check before you buy a new car",
                     ["Priya Nair"], body, lines, section="Money"))

    # Explainer with <h3> questions and bullet lists
    body = p("The government has announced a new cap on energy bills from January. Here is what "
             "it means for households.")
    lines = ["The government has announced a new cap on energy bills from January. Here is what "
             "it means for households."]
    ex = [
        ("What is the price cap?",
         "It limits the rate suppliers can charge for each unit of gas and electricity, and the "
         "standing charge. It does not limit your total bill.",
         ["Electricity: 24.86p per kWh", "Gas: 6.24p per kWh", "Standing charges unchanged"]),
        ("Who does it apply to?",
         "Every household on a standard variable tariff, which is about 22 million homes. Fixed "
         "deals are not affected until they end.", []),
    ]
    for h, t, li in ex:
        body += f"<h3>{h}</h3>" + p(t)
        lines += [h, t]
        if li:
            body += "<ul>" + "".join(f"<li>{x}</li>" for x in li) + "</ul>"
            lines += li
    out.append(Story("explainer-h3", "en", "Energy price cap explained: what changes in January",
                     ["Priya Nair"], body, lines, section="Money"))

    # Hindi listicle with numbered h3
    hi_items = [
        ("1. सुबह जल्दी उठें", "सुबह जल्दी उठने से दिन की योजना बनाने का समय मिलता है और तनाव कम होता है। "
         "विशेषज्ञ कहते हैं कि सात से आठ घंटे की नींद जरूरी है।"),
        ("2. पानी खूब पिएं", "दिन में कम से कम आठ गिलास पानी पीना चाहिए। इससे शरीर में ऊर्जा बनी रहती है "
         "और त्वचा भी स्वस्थ रहती है।"),
        ("3. रोज टहलें", "रोजाना तीस मिनट की सैर दिल की बीमारियों का खतरा कम करती है। सर्दियों में धूप "
         "निकलने के बाद टहलना बेहतर है।"),
    ]
    hi_lead = "सर्दियों में सेहत का ख्याल रखना बेहद जरूरी है। डॉक्टरों ने कुछ आसान उपाय बताए हैं जिन्हें हर कोई अपना सकता है।"
    body = p(hi_lead) + "".join(f"<h3>{h}</h3>" + p(t) for h, t in hi_items)
    lines = [hi_lead] + [x for it in hi_items for x in it]
    out.append(Story("listicle-hi", "hi", "सर्दियों में सेहतमंद रहने के 3 आसान तरीके",
                     ["रचना शर्मा"], body, lines, section="लाइफस्टाइल"))

    # Japanese explainer with h2 sections
    ja_items = [
        ("新制度のポイント", "来年4月から、年収106万円を超えるパート労働者は社会保険への加入が義務付けられる。対象は従業員51人以上の企業で働く人だ。"),
        ("手取りはどう変わるか", "保険料の負担で手取りは月に約1万5千円減る一方、将来受け取る年金は増える。厚生労働省は長期的には得になると説明している。"),
    ]
    ja_lead = "政府は17日、パート労働者の社会保険加入を拡大する新制度の詳細を発表した。主なポイントをまとめた。"
    body = p(ja_lead) + "".join(f"<h2>{h}</h2>" + p(t) for h, t in ja_items)
    lines = [ja_lead] + [x for it in ja_items for x in it]
    out.append(Story("explainer-ja", "ja", "「106万円の壁」撤廃で何が変わる　ポイントを解説",
                     ["山田太郎"], body, lines, section="経済"))

    # FAQ accordion under the story, FAQPage JSON-LD
    faq = [("When does the new timetable start?", "On Sunday 15 December, with the first trains from 5am."),
           ("Will season tickets cost more?", "No. Fares rise in March as every year, not with the timetable."),
           ("Where can I see the new times?", "On the operator's website and in the app from Monday.")]
    story = [
        "Trains between the two cities will run every fifteen minutes from Sunday, the biggest "
        "change to the timetable in a decade, after the new signalling went live last month.",
        "The operator said journey times would fall by up to nine minutes, though some early "
        "morning services will leave a few minutes earlier than before.",
    ]
    body = "".join(p(x) for x in story) + '<h2>Frequently asked questions</h2><div class="faq-block">' + "".join(
        f'<details class="faq-item"><summary>{q}</summary><div class="faq-answer"><p>{a}</p></div></details>'
        for q, a in faq) + "</div>"
    lines = story + ["Frequently asked questions"] + [x for qa_ in faq for x in qa_]
    out.append(Story("faq-details", "en", "Trains every 15 minutes as new timetable starts on Sunday",
                     ["Ella Brooks"], body, lines, section="Transport",
                     jsonld_extra=[{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
                         {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
                         for q, a in faq]}]))

    # Timeline
    tl = [("1998", "The company is founded in a garage in Leeds by two university friends."),
          ("2008", "It lists on the stock exchange, valued at £400 million."),
          ("2019", "A failed merger costs the chief executive his job."),
          ("2024", "The board agrees to a takeover by a US rival.")]
    story = ["The takeover ends 26 years of independence for one of the north's best-known "
             "technology companies, whose shares rose 30 per cent on the news."]
    body = p(story[0]) + "<h2>Timeline</h2>" + '<ul class="timeline">' + "".join(
        f'<li><strong>{y}</strong> – {t}</li>' for y, t in tl) + "</ul>"
    lines = story + ["Timeline"] + [f"{y} – {t}" for y, t in tl]
    out.append(Story("timeline", "en", "From a Leeds garage to a $2bn takeover: a timeline",
                     ["Sam Carter"], body, lines, section="Business"))

    # Fact-check with claim box and ClaimReview
    claim = "A video shows a bridge in Mumbai collapsing after this week's heavy rain."
    fc = [
        "A video of a bridge falling into a river is being shared on social media with the claim "
        "that it shows a collapse in Mumbai during this week's rain.",
        "The video is from 2021 and shows a bridge in Bihar. A reverse image search of its key "
        "frames led to news reports from June 2021 that used the same footage.",
        "Officials in Mumbai said no bridge had collapsed in the city this week.",
    ]
    before = (f'<div class="claim-box"><div class="claim"><span class="label">Claim:</span> {claim}</div>'
              '<div class="verdict"><span class="label">Fact:</span> The video is from Bihar in 2021.</div></div>')
    body = "".join(p(x) for x in fc)
    rating = ('<div class="rating-widget"><img src="/img/false.png" alt="False" width="120">'
              '<span class="rating-label">Our rating: False</span></div>')
    lines = [f"Claim: {claim}", "Fact: The video is from Bihar in 2021.", *fc]
    out.append(Story("factcheck", "en", "Fact Check: Old video from Bihar shared as Mumbai bridge collapse",
                     ["Fact Check Desk"], body + rating, lines, section="Fact Check", before=before,
                     jsonld_extra=[{"@context": "https://schema.org", "@type": "ClaimReview",
                                    "claimReviewed": claim, "reviewRating": {"@type": "Rating", "ratingValue": 1,
                                    "bestRating": 5, "alternateName": "False"},
                                    "author": {"@type": "Organization", "name": "Example Fact Check"}}]))

    # Opinion column, italic bio line in the text, and an author bio box after
    op = [
        "Every government promises to fix the housing crisis, and every government discovers that "
        "the planning system is slower than its term in office.",
        "The answer is not another target. It is to let councils borrow to build again, as they "
        "did for fifty years before the rules changed in the 1980s.",
        "Until ministers accept that, the waiting lists will keep growing, whoever is in charge.",
    ]
    bio = "Helen Morris is a professor of urban planning at the University of Bristol."
    body = "".join(p(x) for x in op) + p(f"<em>{bio}</em>")
    after = ('<div class="author-bio-box"><img src="/a/helen.jpg" class="avatar" width="80">'
             '<h4>About the author</h4><p>Helen Morris writes on housing and cities. '
             'She has advised three select committees.</p><a href="/author/helen-morris">More from Helen Morris</a></div>')
    out.append(Story("opinion-bio", "en", "Opinion: Let councils build homes again",
                     # The writer's bio closing the text goes, as `closing_bio` has it.
                     ["Helen Morris"], body, op, section="Opinion", after=after,
                     article_type="OpinionNewsArticle"))

    # Obituary with guestbook widget
    ob = [
        "Margaret Ellis, who taught generations of children to swim at the town's lido, has died "
        "aged 94.",
        "She started teaching in 1952 and did not retire until 2001, by which time she was "
        "teaching the grandchildren of her first pupils.",
        "She is survived by her two sons, five grandchildren and three great-grandchildren. A "
        "funeral will be held at St Mary's Church on 3 January at 11am.",
    ]
    after = ('<div class="guestbook"><h3>Sign the guestbook</h3><p>Share a memory of Margaret</p>'
             '<form><textarea></textarea><button>Post</button></form><p>23 people have signed</p></div>')
    out.append(Story("obituary", "en", "Margaret Ellis, swimming teacher to generations, dies aged 94",
                     ["Ruth Allen"], "".join(p(x) for x in ob), ob, section="Obituaries", after=after))

    # Correction and editor's note
    cr = [
        "The council has approved plans for 400 homes on the former barracks site, despite "
        "objections from more than 1,200 residents.",
        "Councillors voted seven to four in favour after a three-hour meeting.",
    ]
    note = ("Correction: An earlier version of this article said the vote was eight to three. "
            "It was seven to four.")
    ednote = "Editor's note: This story was updated on 17 December with the result of the vote."
    body = p(f"<em>{ednote}</em>") + "".join(p(x) for x in cr) + p(f"<em>{note}</em>")
    out.append(Story("correction", "en", "400 homes approved on barracks site despite objections",
                     ["Ruth Allen"], body, [ednote, *cr, note], section="Local"))

    # Review: stars widget, pros/cons, spec table
    rv = ["The Aurora X2 is the best mid-range phone we have tested this year, with a battery "
          "that lasted two full days and a camera that rivals phones twice the price.",
          "Its weak point is the software: updates are promised for only three years, and the "
          "launcher is cluttered with apps you cannot remove."]
    stars = ('<div class="review-rating"><span class="stars" aria-label="4 out of 5 stars">★★★★☆</span>'
             '<span class="score">4/5</span></div>')
    pros = ('<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul><li>Two-day battery</li>'
            '<li>Excellent main camera</li></ul></div><div class="cons"><h4>Cons</h4><ul>'
            '<li>Only three years of updates</li><li>Cluttered launcher</li></ul></div></div>')
    spec = ('<h2>Specifications</h2><table class="specs"><tbody><tr><th>Screen</th><td>6.5in OLED, 120Hz</td></tr>'
            '<tr><th>Battery</th><td>5,000mAh</td></tr><tr><th>Storage</th><td>128GB or 256GB</td></tr>'
            '<tr><th>Price</th><td>£399</td></tr></tbody></table>')
    body = stars + "".join(p(x) for x in rv) + pros + spec
    lines = [*rv, "Pros", "Two-day battery", "Excellent main camera", "Cons", "Only three years of updates", "Cluttered launcher", "Specifications", "Screen 6.5in OLED, 120Hz", "Battery 5,000mAh", "Storage 128GB or 256GB", "Price £399"]
    out.append(Story("review", "en", "Aurora X2 review: the best battery of any mid-range phone",
                     ["Dan Price"], body, lines, section="Tech", article_type="Review"))

    # Data story with an election results table
    ds = ["The ruling party won the district with a reduced majority, according to the final "
          "count released on Tuesday night.",
          "Turnout was 61.4 per cent, down from 66 per cent at the last election."]
    rows = [("Candidate", "Party", "Votes", "Share"), ("Anil Mehta", "People's Party", "48,212", "44.1%"),
            ("Sunita Rao", "Progress Alliance", "41,905", "38.3%"), ("R. Das", "Independent", "9,870", "9.0%")]
    tbl = "<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
    body = p(ds[0]) + tbl + p(ds[1])
    lines = [ds[0]] + [" ".join(r) for r in rows] + [ds[1]]
    out.append(Story("data-table", "en", "Election results: People's Party holds district with reduced majority",
                     ["Data Desk"], body, lines, section="Elections"))

    # Quote-heavy story with a blockquote and a pull quote repeating the text
    qh = ["The inquiry's report, published on Tuesday, found that warnings had been ignored "
          "for at least six years before the fire.",
          "Its chair did not mince her words when she presented the findings."]
    bq = ("“This was not a failure of one person or one agency. It was a failure of a whole "
          "system that chose not to listen to the people who lived there.”")
    after_q = ["Families of the victims said they would now push for prosecutions.",
               "“We were not listened to for six years,” said one. “We will not be ignored now.”"]
    pull = '<aside class="pull-quote"><blockquote><p>“We were not listened to for six years”</p></blockquote></aside>'
    body = p(qh[0]) + p(qh[1]) + f"<blockquote><p>{bq}</p></blockquote>" + p(after_q[0]) + pull + p(after_q[1])
    out.append(Story("quotes", "en", "Fire inquiry finds warnings ignored for six years",
                     ["Sam Carter"], body, [*qh, bq, *after_q], section="UK"))

    # Story with embedded tweet, Instagram and YouTube
    em = ["The singer announced the tour dates on social media on Monday, ending months of "
          "speculation about her return to the stage.",
          "Tickets go on sale on Friday at 10am, and fans have been warned to expect long queues.",
          "She also shared the first clip from the new album."]
    tweet = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">UK, I\'m coming home. 12 dates, '
             'May 2025. Tickets Friday 10am 💜</p>&mdash; Lana Bright (@lanabright) '
             '<a href="https://twitter.com/lanabright/status/1">December 16, 2024</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    yt = ('<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
          '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe></div></figure>')
    body = p(em[0]) + tweet + p(em[1]) + p(em[2]) + yt
    # An embedded post's text is kept, as the project keeps a pasted embed code's.
    tweet_lines = ["UK, I'm coming home. 12 dates, May 2025. Tickets Friday 10am 💜",
                   "— Lana Bright (@lanabright) December 16, 2024"]
    out.append(Story("embeds", "en", "Lana Bright announces 12-date UK tour",
                     ["Mia Lane"], body, [em[0], *tweet_lines, em[1], em[2]], section="Music"))

    # Multi-page article, page 1 of 3
    mp = ["The first electric ferries will enter service on the estuary next spring, replacing "
          "diesel boats that have crossed it since the 1970s.",
          "Each ferry carries 300 passengers and charges in eight minutes at either terminal."]
    pager = ('<nav class="article-pagination"><span>Page 1 of 3</span> <a href="?page=2">2</a> '
             '<a href="?page=3">3</a> <a class="next" href="?page=2">Next page »</a></nav>')
    out.append(Story("multipage", "en", "Electric ferries to cross the estuary from spring",
                     ["Sam Carter"], "".join(p(x) for x in mp) + pager, mp, section="Transport"))

    # Live blog with key events, pinned post and timestamped entries
    key = ('<div class="key-events"><h2>Key events</h2><ul><li><a href="#e3">Polls close</a></li>'
           '<li><a href="#e1">Turnout at 40% by noon</a></li></ul><a href="#">Show key events only</a></div>')
    entries = [
        ("e3", "21:00", "Polls close", "Polling stations have now closed. Counting begins immediately "
         "in all 650 constituencies, with the first results expected before midnight."),
        ("e2", "16:45", "", "Queues are reported outside several polling stations in the city centre, "
         "where the council had warned of staff shortages."),
        ("e1", "12:10", "Turnout at 40% by noon", "Turnout had reached 40 per cent by noon, the "
         "electoral commission said, slightly ahead of the last election."),
    ]
    pinned = ('<div class="pinned-post"><span class="pinned-label">Pinned</span><p>Welcome to our live '
              'coverage of election day. Polls are open until 9pm.</p></div>')
    body = pinned + "".join(
        f'<article class="live-entry" id="{i}"><div class="entry-meta"><time datetime="2024-12-17T{t}:00Z">{t}</time>'
        f'<span class="entry-author">Ella Brooks</span></div>'
        + (f"<h3>{h}</h3>" if h else "") + p(x) + '<div class="share-entry"><a>Share</a></div></article>'
        for i, t, h, x in entries)
    lines = ["Welcome to our live coverage of election day. Polls are open until 9pm."]
    for _, _, h, x in entries:
        lines += ([h] if h else []) + [x]
    out.append(Story("liveblog", "en", "Election day live: polls close as counting begins",
                     ["Ella Brooks", "Sam Carter"], body, lines, section="Politics", before=key,
                     article_type="LiveBlogPosting"))

    # German live ticker
    de_entries = [("18:40", "Die Feuerwehr hat den Brand im Hafen unter Kontrolle gebracht. Verletzt wurde niemand."),
                  ("17:55", "Anwohner sollen weiterhin Fenster und Türen geschlossen halten, teilte die Stadt mit."),
                  ("17:20", "Über dem Hafen steht eine dichte Rauchwolke. Die Polizei hat mehrere Straßen gesperrt.")]
    body = "".join(f'<div class="ticker-entry"><span class="ticker-time">{t} Uhr</span>{p(x)}</div>' for t, x in de_entries)
    out.append(Story("liveticker-de", "de", "Liveticker: Großbrand im Hafen – Feuer unter Kontrolle",
                     ["Lena Wolff"], body, [y for t, x in de_entries for y in (f"{t} Uhr", x)], section="Hamburg",
                     article_type="LiveBlogPosting"))

    # Podcast with player and transcript
    pod = ["In this week's episode, our science editor explains why the winter has been so mild "
           "and what it means for next summer's harvest."]
    tr = [("Host", "Welcome back. So, Ben, it has been the warmest December on record. Why?"),
          ("Ben Ito", "Two things at once: a strong El Niño and a jet stream that has stayed north "
           "of us for six weeks, bringing in mild air from the Atlantic."),
          ("Host", "And farmers are worried?"),
          ("Ben Ito", "Some are. Without a hard frost, pests survive the winter, and that can hit "
           "yields in the spring.")]
    player = ('<div class="podcast-player"><audio controls src="/audio/ep42.mp3"></audio>'
              '<span class="duration">24:13</span><a class="subscribe">Subscribe on Apple Podcasts</a></div>')
    body = player + "".join(p(x) for x in pod) + "<h2>Transcript</h2>" + "".join(
        p(f"<strong>{s}:</strong> {t}") for s, t in tr)
    lines = pod + ["Transcript"] + [f"{s}: {t}" for s, t in tr]
    out.append(Story("podcast", "en", "Podcast: Why is it so warm this winter?",
                     ["Ben Ito"], body, lines, section="Podcasts"))

    # Sponsored content
    sp = ["Small businesses that move their accounts to the cloud save an average of six hours a "
          "week on bookkeeping, according to a survey of 2,000 firms.",
          "The survey found that most owners still spend their Sunday evenings on invoices."]
    before = '<div class="sponsored-label">Sponsored content · Paid for by Ledgerly</div>'
    out.append(Story("sponsored", "en", "How small firms win back six hours a week",
                     ["Partner Content"], "".join(p(x) for x in sp), sp, section="Partner", before=before))

    # Press release reprinted by a portal
    pr = ["BENGALURU, India, Dec. 17, 2024 /PRNewswire/ -- Northwind Robotics today announced the "
          "opening of its first research centre in India, which will employ 300 engineers by 2026.",
          "\"India has some of the best robotics talent in the world,\" said Anita Roy, chief executive.",
          "About Northwind Robotics",
          "Northwind Robotics builds warehouse automation systems for retailers in 14 countries."]
    contact = p("Media contact: press@northwind.example, +1 555 0100")
    body = "".join(p(x) if x != "About Northwind Robotics" else f"<p><strong>{x}</strong></p>" for x in pr) + contact
    out.append(Story("press-release", "en", "Northwind Robotics opens research centre in Bengaluru",
                     [], body, pr, section="Press Releases"))

    # Wire brief, two paragraphs
    br = ["New Delhi, Dec 17 (IANS) The Delhi government on Tuesday ordered all primary schools "
          "to move classes online until Friday as the air quality index crossed 450.",
          "Secondary schools will follow a hybrid model, the education department said."]
    out.append(Story("brief-ians", "en", "Delhi primary schools go online as AQI crosses 450",
                     [], "".join(p(x) for x in br), br, section="India"))

    br2 = ["LONDON (Reuters) - British inflation rose to 2.6% in November, official data showed on "
           "Wednesday, in line with economists' forecasts."]
    out.append(Story("brief-reuters", "en", "UK inflation rises to 2.6% in November",
                     ["Reuters"], p(br2[0]), br2, section="Business"))

    br3 = ["नई दिल्ली, 17 दिसंबर (भाषा) केंद्र सरकार ने मंगलवार को गेहूं के न्यूनतम समर्थन मूल्य में 150 रुपये प्रति "
           "क्विंटल की बढ़ोतरी की घोषणा की।", "कृषि मंत्री ने कहा कि इससे देश के करोड़ों किसानों को लाभ होगा।"]
    out.append(Story("brief-hi", "hi", "गेहूं का समर्थन मूल्य 150 रुपये बढ़ा", [],
                     "".join(p(x) for x in br3), br3, section="देश"))

    # Photo essay with long captions (captions part of the story's text)
    pe_intro = "For a year, photographer Lucia Ferrante followed the last shepherds of the Abruzzo."
    caps = ["Giovanni, 71, leads his flock of 400 sheep up to the summer pastures above Scanno, "
            "a walk of three days that his family has made every June for five generations.",
            "At dawn, the dogs gather the sheep before the heat sets in. Wolves have returned to "
            "the mountains, and the shepherds now lose a dozen animals every summer.",
            "Maria, Giovanni's daughter, makes pecorino in a stone hut with no electricity. She "
            "sells the cheese to two restaurants in Rome."]
    body = p(pe_intro) + "".join(
        f'<figure class="photo"><img src="/p/{i}.jpg" alt="" width="1200"><figcaption>{c} '
        f'<span class="credit">Lucia Ferrante</span></figcaption></figure>' for i, c in enumerate(caps))
    out.append(Story("photo-essay", "en", "The last shepherds of the Abruzzo",
                     ["Lucia Ferrante"], body, [pe_intro, *caps], section="In Pictures"))

    # Video story with transcript and the player's labels
    vs = ["The mayor visited the flooded neighbourhood on Tuesday and promised help for "
          "families who lost their homes."]
    player = ('<div class="video-player"><video src="/v/1.mp4"></video><div class="video-meta">'
              '<span>Now playing</span><span class="dur">02:31</span><a>Up next: Storm hits coast</a></div></div>')
    vtr = ["Mayor: We will not leave anyone behind. Every family will get a place to stay tonight.",
           "Resident: We lost everything. The water came in so fast."]
    body = player + "".join(p(x) for x in vs) + '<div class="transcript"><h3>Video transcript</h3>' + "".join(
        p(x) for x in vtr) + "</div>"
    out.append(Story("video-transcript", "en", "Watch: Mayor visits flooded homes",
                     ["Video Desk"], body, [*vs, "Video transcript", *vtr], section="Video"))
    return out


def stories2() -> list[Story]:
    """Harder variants: interviewers' names as speakers, hidden accordion answers, one-line
    briefs, classed notes and claim lines, Japanese and Hindi Q&A, questions as headings."""
    out: list[Story] = []
    # German interview with the paper's name as the interviewer's label
    turns = [("SPIEGEL:", "Herr Vogel, die Bahn ist so unpünktlich wie nie. Wer ist schuld?"),
             ("Vogel:", "Schuld sind dreißig Jahre, in denen zu wenig in das Netz investiert wurde. "
              "Das lässt sich nicht in einem Jahr aufholen, auch nicht mit viel Geld."),
             ("SPIEGEL:", "Wann wird es besser?"),
             ("Vogel:", "Ab 2027, wenn die ersten sanierten Korridore fertig sind. Bis dahin "
              "wird es leider noch schlechter, weil wir mehr Baustellen haben.")]
    intro = ("Der Bahnchef über marode Gleise, die Generalsanierung und die Frage, wann die "
             "Züge wieder pünktlich fahren.")
    body = p(intro) + "".join(p(f"<b>{sp}</b> {t}") for sp, t in turns)
    out.append(Story("qa-de-spiegel", "de", "Bahnchef Vogel: „Bis dahin wird es leider noch schlechter“",
                     ["Martin Huber"], body, [intro] + [f"{sp} {t}" for sp, t in turns], section="Wirtschaft"))

    # Q&A with questions as <h3> headings
    qa = [("How long will the repairs take?", "About eighteen months, if the weather is kind to us. "
           "The worst of the work is under the river, where we can only dig at low tide."),
          ("Will the bridge close completely?", "Only for four weekends. The rest of the time one lane "
           "will stay open in each direction, with a 20mph limit."),
          ("Who is paying for it?", "The Department for Transport is paying 80 per cent and the "
           "council the rest, from money it set aside after the 2019 inspection.")]
    lead = "The council's chief engineer answered readers' questions about the bridge repairs."
    body = p(lead) + "".join(f"<h3>{q}</h3>" + p(a) for q, a in qa)
    out.append(Story("qa-h3", "en", "Your questions answered: the Old Bridge repairs",
                     ["Ruth Allen"], body, [lead] + [x for it in qa for x in it], section="Local"))

    # FAQ accordion whose answers a script shows (Bootstrap's collapse)
    faq = [("Do I need to register?", "Yes. Registration closes on 20 December and takes about five minutes online."),
           ("Is there a fee?", "No. The scheme is free for every resident over 16.")]
    story = ["Residents can now sign up for the council's new garden waste scheme, which replaces "
             "the paid brown bin service from January.",
             "Collections will be every two weeks from March to November and monthly in winter."]
    body = "".join(p(x) for x in story) + '<h2>FAQs</h2><div class="accordion" id="faq">' + "".join(
        f'<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" '
        f'type="button" data-bs-toggle="collapse" data-bs-target="#a{i}">{q}</button></h3>'
        f'<div id="a{i}" class="accordion-collapse collapse" data-bs-parent="#faq"><div class="accordion-body">'
        f'<p>{a}</p></div></div></div>' for i, (q, a) in enumerate(faq)) + "</div>"
    out.append(Story("faq-collapse", "en", "Garden waste scheme: sign-ups open for free collections",
                     ["Ella Brooks"], body, story + ["FAQs"] + [x for it in faq for x in it], section="Local"))

    # One-sentence wire briefs
    b1 = ["Mumbai, Dec 17 (PTI) The Sensex rose 212 points to close at 81,510 on Tuesday, led by banking stocks."]
    out.append(Story("brief-pti-one", "en", "Sensex ends 212 points higher", [], p(b1[0]), b1, section="Markets"))
    b2 = ["WASHINGTON (AP) — The Senate on Tuesday confirmed the president's nominee to lead the "
          "Federal Aviation Administration by a vote of 61-37."]
    out.append(Story("brief-ap-one", "en", "Senate confirms FAA nominee", ["The Associated Press"], p(b2[0]), b2,
                     section="Politics"))
    b3 = ["Srinagar, Dec 17 (ANI): Heavy snowfall cut off the Srinagar-Leh highway on Tuesday, officials said.",
          "Traffic is expected to resume by Thursday."]
    out.append(Story("brief-ani", "en", "Snow shuts Srinagar-Leh highway", [],
                     "".join(p(x) for x in b3) + p("(ANI)"), [*b3, "(ANI)"], section="India"))

    # Classed correction and editor's note boxes inside the text
    cr = ["The school will close for good at the end of the summer term, the trust said on Tuesday.",
          "Parents were told in a letter that falling pupil numbers had made it unviable."]
    note = "Correction, 17 December: An earlier version of this article gave the wrong date for the closure."
    ednote = "Editor's note: The trust declined to be interviewed for this story."
    body = "".join(p(x) for x in cr) + f'<div class="correction"><p>{note}</p></div>' + \
        f'<p class="editors-note"><em>{ednote}</em></p>'
    out.append(Story("correction-boxed", "en", "Village school to close after 140 years",
                     ["Ruth Allen"], body, [*cr, note, ednote], section="Education"))

    # Fact-check with Claim/Fact lines in the text
    fc = [("Claim:", "A viral post says drinking hot water every hour kills the flu virus."),
          ("Fact:", "There is no evidence for this. Doctors say hot drinks ease symptoms but do not kill viruses.")]
    text = ["The post has been shared more than 40,000 times on Facebook and WhatsApp since Sunday.",
            "Virologists we spoke to said the virus multiplies inside cells, which a drink cannot reach."]
    body = "".join(p(f"<strong>{a}</strong> {b}") for a, b in fc) + "".join(p(x) for x in text)
    out.append(Story("factcheck-lines", "en", "Fact Check: Hot water every hour does not kill the flu",
                     ["Neha Gupta"], body, [f"{a} {b}" for a, b in fc] + text, section="Fact Check"))

    # Japanese interview: questions opened by "――"
    ja = [("――新しい工場をなぜ熊本に？", "水と人材です。熊本には半導体に必要な豊富な地下水があり、大学との連携も進めやすい。"),
          ("――人手不足の心配は。", "確かに課題です。ただ、地元の高専と協力して5年間で500人を育てる計画を立てています。")]
    intro = "半導体大手の社長が、熊本に新工場を建てる理由と今後の課題について語った。"
    body = p(intro) + "".join(p(q) + p(a) for q, a in ja)
    out.append(Story("qa-ja", "ja", "「水と人材が決め手」　半導体大手社長に聞く",
                     ["佐藤花子"], body, [intro] + [x for it in ja for x in it], section="経済"))

    # Hindi interview: सवाल / जवाब
    hi = [("सवाल: चुनाव में आपकी सबसे बड़ी चुनौती क्या है?", "जवाब: बेरोजगारी सबसे बड़ा मुद्दा है। हमारे युवा नौकरी के लिए दूसरे राज्यों में जा रहे हैं और इसे रोकना होगा।"),
          ("सवाल: विपक्ष आप पर वादे पूरे न करने का आरोप लगाता है।", "जवाब: हमने पांच साल में तीन सौ नए स्कूल बनाए और हर गांव तक सड़क पहुंचाई। जनता सब जानती है।")]
    intro = "विधानसभा चुनाव से पहले मुख्यमंत्री ने हमसे खास बातचीत में अपनी सरकार के कामकाज और आगे की योजनाओं पर बात की।"
    body = p(intro) + "".join(p(f"<strong>{q}</strong>") + p(a) for q, a in hi)
    out.append(Story("qa-hi", "hi", "मुख्यमंत्री से खास बातचीत: 'बेरोजगारी सबसे बड़ा मुद्दा'",
                     ["अमित वर्मा"], body, [intro] + [x for it in hi for x in it], section="राजनीति"))

    # Explainer with an ordered list of long items
    steps = ["Check that your passport has at least six months left on it on the day you travel.",
             "Register on the new entry system's website no earlier than 96 hours before departure.",
             "Keep the confirmation e-mail: border staff may ask to see it on arrival."]
    lead = "From April, travellers to the Schengen area will need to register before they travel. Here is how."
    body = p(lead) + "<ol>" + "".join(f"<li>{x}</li>" for x in steps) + "</ol>" + p(
        "Children under 12 are exempt, but must travel with a registered adult.")
    out.append(Story("explainer-ol", "en", "How to register for Europe's new border checks",
                     ["Priya Nair"], body, [lead, *steps, "Children under 12 are exempt, but must travel with a registered adult."],
                     section="Travel"))

    # Timeline as a definition list
    tl = [("March 2020", "The first lockdown closes every school in the country."),
          ("September 2020", "Schools reopen with bubbles and staggered start times."),
          ("January 2021", "A second closure lasts until 8 March.")]
    lead = "The inquiry into school closures during the pandemic opens its hearings on Tuesday."
    body = p(lead) + '<dl class="timeline">' + "".join(f"<dt>{d}</dt><dd>{t}</dd>" for d, t in tl) + "</dl>"
    out.append(Story("timeline-dl", "en", "School closures inquiry opens: how the decisions were made",
                     ["Sam Carter"], body, [lead] + [x for it in tl for x in it], section="Education"))
    return out


def stories3() -> list[Story]:
    """Live blogs in other markups, affiliate listicles, a video page's transcript."""
    out: list[Story] = []
    # Live updates as divs with the time in a heading strip, key events inside the text block
    entries = [("10:42", "Storm Darragh: 40,000 homes without power",
                "Engineers are working to restore supplies to 40,000 homes in Wales and the south-west, "
                "the network operator said, but some may wait until Sunday."),
               ("09:58", "Trains cancelled across the west",
                "All trains between Cardiff and Bristol have been cancelled until midday because of "
                "fallen trees on the line near Severn Tunnel Junction.")]
    key = ('<div class="key-events-list"><h2 class="key-events-title">Key events</h2><ul>'
           + "".join(f'<li><a href="#u{i}"><time>{t}</time> {h}</a></li>' for i, (t, h, _) in enumerate(entries))
           + "</ul></div>")
    body = key + "".join(
        f'<div class="live-update" id="u{i}"><div class="live-update__meta"><time datetime="2024-12-17T{t}:00Z">{t}</time>'
        f'<span class="live-update__author">By Sam Carter</span></div><h2 class="live-update__title">{h}</h2>{p(x)}</div>'
        for i, (t, h, x) in enumerate(entries))
    lines = [y for _, h, x in entries for y in (h, x)]
    out.append(Story("liveblog-div", "en", "Storm Darragh live: thousands without power as trains cancelled",
                     ["Sam Carter"], body, lines, section="Weather", article_type="LiveBlogPosting"))

    # Spanish "En directo" with hour spans and "Última hora" labels
    es = [("12:30", "El Gobierno aprueba el decreto de ayudas para los afectados por la dana, con 2.000 millones de euros."),
          ("11:45", "La Aemet mantiene el aviso naranja por lluvias en el litoral de Valencia hasta la medianoche.")]
    body = "".join(f'<div class="directo-post"><span class="hora">{t}</span>{p(x)}</div>'
                   for t, x in es)
    out.append(Story("liveblog-es", "es", "Directo | Última hora de la dana en Valencia",
                     ["Laura Gil"], body, [y for t, x in es for y in (t, x)], section="España",
                     article_type="LiveBlogPosting"))

    # Affiliate listicle: linked product headings and "Buy" buttons
    items = [("1. Anker PowerCore 10000", "The best all-rounder: small enough for a pocket and it charges a phone "
              "about twice. It has lasted three years of daily use in our tests."),
             ("2. Belkin BoostCharge Pro", "The one to buy for an iPhone: it snaps on with MagSafe and charges "
              "wirelessly, though more slowly than a cable."),
             ("3. Ugreen Nexode 20000", "For laptops: 100 watts is enough to charge most 13-inch laptops, and "
              "it has three ports.")]
    lead = "We tested 24 power banks over three months. These are the ones worth buying."
    body = p(lead) + "".join(
        f'<h3><a href="https://shop.example/p/{i}" rel="sponsored nofollow">{h}</a></h3>{p(t)}'
        f'<p><a class="affiliate-button btn" href="https://shop.example/p/{i}" rel="sponsored">£29.99 at Shop</a></p>'
        for i, (h, t) in enumerate(items))
    disclosure = ('<p class="affiliate-disclosure"><em>We may earn a commission when you buy through links '
                  'in this article.</em></p>')
    out.append(Story("listicle-affiliate", "en", "The best power banks of 2024, tested",
                     ["Dan Price"], disclosure + body, [lead] + [x for it in items for x in it], section="Tech"))

    # A video page whose text is the video's description and transcript
    vs = ["The prime minister was questioned by MPs for two hours on Tuesday over the new immigration figures.",
          "Watch the key moments from the session, including a sharp exchange with the leader of the opposition."]
    tr = ["Speaker: Order, order. Questions to the prime minister.",
          "Leader of the Opposition: The figures published this morning show net migration at a record high. "
          "Will the prime minister admit his plan has failed?",
          "Prime Minister: No. The figures show the measures we took last year are starting to work."]
    body = ('<div class="video-embed"><video controls src="/v/pmq.mp4"></video></div>' + "".join(p(x) for x in vs)
            + "<h2>Transcript</h2>" + "".join(p(x) for x in tr))
    out.append(Story("video-page", "en", "PMQs: Prime minister questioned over record migration figures",
                     ["Video Desk"], body, [*vs, "Transcript", *tr], section="Video", article_type="VideoObject"))
    return out


def stories4() -> list[Story]:
    """Verdict boxes, Q and A in one paragraph, a Hindi live blog, a fact-check's rating
    table, an obituary's service details."""
    out: list[Story] = []
    rv = ["The new Corolla hybrid is quieter than the old one and uses less fuel, but it is no more "
          "fun to drive and the boot is smaller than its rivals'.",
          "On a 400-mile test route it averaged 62mpg, the best of any non-plug-in car we have tested."]
    verdict = ('<div class="verdict-box"><h3>Verdict</h3><p>A sensible, frugal family car that does '
               'everything well and nothing brilliantly.</p><div class="review-score">Score: 7/10</div></div>')
    out.append(Story("review-verdict", "en", "Toyota Corolla hybrid review: frugal but forgettable",
                     ["Dan Price"], "".join(p(x) for x in rv) + verdict,
                     [*rv, "Verdict", "A sensible, frugal family car that does everything well and nothing brilliantly."],
                     section="Motoring", article_type="Review"))

    qa = [("Q: When will the new bins arrive?", "A: Between January and March, street by street. Every "
           "household will get a letter two weeks before."),
          ("Q: Can I keep my old bin?", "A: Yes, but it will no longer be emptied, so we suggest you recycle "
           "it at the tip or use it for garden waste.")]
    lead = "The council's recycling officer answered readers' questions about the new bins."
    body = p(lead) + "".join(f"<p><strong>{q}</strong><br>{a}</p>" for q, a in qa)
    out.append(Story("qa-br", "en", "New wheelie bins: your questions answered", ["Ella Brooks"], body,
                     [lead] + [x for it in qa for x in it], section="Local"))

    hi = [("10:32 AM IST", "मतगणना शुरू हो गई है। शुरुआती रुझानों में सत्ताधारी दल 20 सीटों पर आगे चल रहा है।"),
          ("10:05 AM IST", "सभी मतगणना केंद्रों पर सुरक्षा के कड़े इंतजाम किए गए हैं। केंद्रीय बलों की 50 कंपनियां तैनात हैं।")]
    body = "".join(f'<div class="live-blog-post"><div class="post-time">17 Dec 2024, {t}</div>{p(x)}</div>' for t, x in hi)
    out.append(Story("liveblog-hi", "hi", "चुनाव नतीजे LIVE: मतगणना शुरू, शुरुआती रुझानों में सत्ताधारी दल आगे",
                     ["रचना शर्मा"], body, [x for _, x in hi], section="चुनाव", article_type="LiveBlogPosting"))

    fc_rows = [("Claim", "Schools will be closed for a month because of a new virus."),
               ("Fact", "False. The education department has announced no closures."),
               ("Rating", "False")]
    text = ["A message claiming that schools across the state will close for a month has been forwarded widely on WhatsApp.",
            "The education department told us the message was fake and that schools would reopen as planned on 2 January."]
    tbl = '<table class="claim-table">' + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in fc_rows) + "</table>"
    out.append(Story("factcheck-table", "en", "Fact Check: No, schools are not closing for a month",
                     ["Neha Gupta"], tbl + "".join(p(x) for x in text),
                     [f"{a} {b}" for a, b in fc_rows] + text, section="Fact Check"))

    ob = ["Father Thomas Reilly, parish priest of St Anne's for 35 years, has died aged 88.",
          "He was known across the city for his soup kitchen, which served meals every night of the year "
          "from 1979 until the pandemic."]
    dl = [("Funeral", "Monday 23 December, 10am, St Anne's Church"), ("Donations", "St Anne's Soup Kitchen")]
    body = "".join(p(x) for x in ob) + '<dl class="service-details">' + "".join(
        f"<dt>{a}</dt><dd>{b}</dd>" for a, b in dl) + "</dl>"
    out.append(Story("obituary-dl", "en", "Father Thomas Reilly, who ran a city soup kitchen for 40 years, dies at 88",
                     ["Ruth Allen"], body, ob + [x for it in dl for x in it], section="Obituaries"))

    pr = ["Rovers came from behind to beat City 2-1 on Saturday, with both goals coming in the "
          "last fifteen minutes.", "Here is how the home side's players rated."]
    rows = [("Player", "Rating", "Comments"), ("Sam Okafor", "8", "Saved a penalty and kept Rovers in it."),
            ("Luis Marín", "7", "Tireless in midfield, set up the equaliser."),
            ("Tom Reddy", "9", "Scored the winner with a header in the 88th minute.")]
    tbl = "<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
    out.append(Story("ratings-table", "en", "Rovers 2 City 1: player ratings as late goals turn it around",
                     ["Dan Price"], "".join(p(x) for x in pr) + tbl, pr + [c for r in rows for c in r],
                     section="Sport"))

    un = ["Firefighters were called to the warehouse on Mill Lane at 2am and the fire was out by dawn.",
          "No one was hurt, but the building, which stored furniture, is likely to be demolished."]
    note = "This article was updated on December 17 to include comment from the owner."
    out.append(Story("update-note", "en", "Fire destroys furniture warehouse on Mill Lane",
                     ["Sam Carter"], "".join(p(x) for x in un) + p(f"<em>{note}</em>"), [*un, note],
                     section="Local"))
    return out


def stories5() -> list[Story]:
    """Paged stories' links, a Japanese live blog, a transcript with capitalised speakers."""
    out: list[Story] = []
    mp = ["The city's oldest cinema will reopen in March after a three-year restoration that "
          "uncovered a painted ceiling hidden since the 1950s.",
          "Volunteers raised £1.2m of the £4m cost, the rest coming from the lottery and the council."]
    body = (p(mp[0]) + p(mp[1]) + p("Page 1 of 3")
            + p('<a href="?page=2">Continue reading on the next page »</a>'))
    out.append(Story("multipage-links", "en", "Restored Regal cinema to reopen in March",
                     ["Ruth Allen"], body, mp, section="Culture"))

    ja = [("10時45分", "JR西日本によると、北陸新幹線は金沢と富山の間で一時運転を見合わせたが、安全を確認して運転を再開した。"),
          ("10時32分", "気象庁によると、震源地は石川県能登地方で、地震の規模を示すマグニチュードは5.8と推定される。"),
          ("10時15分", "石川県輪島市で震度5強を観測した。この地震による津波の心配はないという。")]
    body = "".join(f'<div class="live-entry"><p class="live-time">{t}</p>{p(x)}</div>' for t, x in ja)
    out.append(Story("liveblog-ja", "ja", "【速報】石川県で震度5強　津波の心配なし",
                     ["報道部"], body, [y for t, x in ja for y in (t, x)], section="社会",
                     article_type="LiveBlogPosting"))

    tr = [("TONY JONES:", "Minister, thank you for joining us. Is the budget still on track?"),
          ("JANE MILLER:", "It is. We will deliver a surplus next year, as we promised, and we have done it "
           "without cutting a single hospital bed."),
          ("TONY JONES:", "The opposition says the surplus relies on a one-off tax windfall."),
          ("JANE MILLER:", "Every budget has one-offs. What matters is that spending is under control.")]
    lead = "The Treasurer joined Lateline to discuss the budget update."
    body = p(lead) + "".join(p(f"{a} {b}") for a, b in tr)
    out.append(Story("transcript-caps", "en", "Treasurer says surplus on track despite slowdown",
                     ["Tony Jones"], body, [lead] + [f"{a} {b}" for a, b in tr], section="Politics"))
    return out


# ---------------------------------------------------------------- the layouts
HOST = {"wp": "www.dailyledger.example", "custom": "www.metrotimes.example",
        "arc": "www.coastpost.example", "bsp": "www.rivernews.example"}
LANG_HOST = {"de": ("www.stadtanzeiger.example", "de-DE"), "fr": ("www.lecourrier.example", "fr-FR"),
             "es": ("www.diariodelsur.example", "es-ES"), "hi": ("www.samacharpatra.example", "hi-IN"),
             "ja": ("www.asahino.example", "ja-JP"), "en": ("", "en-GB")}


def _slug(s: Story) -> str:
    import zlib
    return s.kind + "-" + str(zlib.crc32(s.title.encode()) % 10**6)


def _jsonld(s: Story, url: str, site: str) -> str:
    authors = [{"@type": "Person", "name": a} for a in s.authors if a not in ("Reuters",)]
    if "Reuters" in s.authors:
        authors.append({"@type": "Organization", "name": "Reuters"})
    art: dict[str, Any] = {"@context": "https://schema.org", "@type": s.article_type, "headline": s.title,
                           "datePublished": s.published, "dateModified": s.modified,
                           "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": site}}
    if authors:
        art["author"] = authors
    blocks = [art, *s.jsonld_extra]
    return "".join(f'<script type="application/ld+json">{json.dumps(b, ensure_ascii=False)}</script>' for b in blocks)


def _head(s: Story, url: str, site: str, lang: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(s.title)} | {site}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{site}">'
            + (f'<meta name="description" content="{esc(s.dek)}">' if s.dek else "")
            + f'<meta property="article:published_time" content="{s.published}">'
            f'<meta property="article:modified_time" content="{s.modified}">'
            f'<meta property="article:section" content="{esc(s.section)}">'
            + _jsonld(s, url, site)
            + '<link rel="stylesheet" href="/static/main.css"><script src="/static/app.js" defer></script></head>')


NAV = ('<header class="site-header"><div class="logo"><a href="/">{site}</a></div><nav class="main-nav"><ul>'
       '<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li>'
       '<li><a href="/opinion/">Opinion</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>')
FOOT = ('<footer class="site-footer"><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li>'
        '<li><a href="/privacy/">Privacy policy</a></li></ul><p>© 2024 {site}. All rights reserved.</p></footer>'
        '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pageview"}});</script></body></html>')
RELATED = ('<section class="related-stories"><h3>More stories</h3><ul>'
           '<li><a href="/news/a-1">Council tax to rise by 5% in April</a></li>'
           '<li><a href="/news/a-2">Bus routes cut as drivers strike</a></li>'
           '<li><a href="/news/a-3">New school to open in September</a></li></ul></section>')
SHARE = ('<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a>'
         '<a href="#">Email</a></div>')


def _byline_names(s: Story) -> str:
    return " and ".join(s.authors)


def render(s: Story, layout: str) -> Page:
    host, lang = LANG_HOST[s.lang]
    host = host or HOST[layout]
    if s.lang != "en":
        lang = lang
    site = host.split(".")[1].capitalize()
    url = f"https://{host}/{s.section.lower().replace(' ', '-')}/2024/12/17/{_slug(s)}/"
    if s.lang not in ("en",):
        url = f"https://{host}/news/2024/12/17/{_slug(s)}/"
    head = _head(s, url, site, lang)
    nav = NAV.format(site=site)
    foot = FOOT.format(site=site)
    dek = s.dek
    if layout == "wp":
        by = (f'<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x/">'
              f'{_byline_names(s)}</a></span></span>' if s.authors else "")
        page = (head + f'<body class="post-template-default single single-post"><div id="page" class="site">{nav}'
                f'<div id="content" class="site-content"><main id="main" class="site-main">'
                f'<article id="post-1" class="post-1 post type-post status-publish format-standard hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
                f'datetime="{s.published}">December 17, 2024</time></span> {by}</div></header>'
                + s.before + f'<div class="entry-content">{s.body}</div>' + SHARE + s.after
                + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">'
                + esc(s.section) + '</a></span></footer></article>' + RELATED
                + '</main></div>' + foot.replace("</body>", "</div></body>"))
    elif layout == "custom":
        by = (f'<span class="author-name">By <a href="/author/x">{_byline_names(s)}</a></span> | ' if s.authors else "")
        page = (head + f'<body><div class="wrapper">{nav}<div class="container"><div class="breadcrumb">'
                f'<a href="/">Home</a> » <a href="/{s.section.lower()}/">{esc(s.section)}</a></div>'
                f'<div class="story-section"><h1 class="story-title">{esc(s.title)}</h1>'
                + (f'<h2 class="story-summary">{esc(dek)}</h2>' if dek else "")
                + f'<div class="author-info">{by}<span class="date">Updated: Dec 17, 2024 15:20 IST</span></div>'
                + SHARE + s.before + f'<div class="story-content" id="storyContent">{s.body}</div>' + s.after
                + '<div class="tags"><span>Tags:</span> <a href="#">' + esc(s.section) + '</a></div></div>'
                + RELATED + '<div class="sidebar"><h3>Trending</h3><ul><li><a href="/t/1">Gold price today</a></li>'
                '<li><a href="/t/2">Weather update</a></li></ul></div></div>' + foot.replace("</body>", "</div></body>"))
    elif layout == "arc":
        by = ('<div class="byline"><span class="byline__by">By</span> '
              + ", ".join(f'<a class="byline__name" href="/people/{a.lower().replace(" ", "-")}/">{a}</a>' for a in s.authors)
              + "</div>" if s.authors else "")
        body = s.body.replace("<p>", '<p class="article-body__paragraph">')
        page = (head + f'<body><div id="fusion-app">{nav}<main class="main-content"><article class="article">'
                f'<header class="article-header"><div class="overline"><a href="/{s.section.lower()}/">{esc(s.section)}</a></div>'
                f'<h1 class="headline">{esc(s.title)}</h1>'
                + (f'<h2 class="sub-headline">{esc(dek)}</h2>' if dek else "")
                + by + f'<div class="timestamp"><time datetime="{s.published}">December 17, 2024 at 1:03 p.m. UTC</time></div></header>'
                + s.before + f'<div class="article-body">{body}</div>' + s.after + '</article>'
                + RELATED + '</main>' + foot.replace("</body>", "</div><script id=\"fusion-metadata\">window.Fusion={};</script></body>"))
    else:  # Brightspot-like
        by = ('<div class="Page-authors">By '
              + " and ".join(f'<a class="Link" href="/people/{a.lower().replace(" ", "-")}">{a}</a>' for a in s.authors)
              + "</div>" if s.authors else "")
        page = (head + f'<body class="Page-body"><bsp-header>{nav}</bsp-header><main class="Page-main">'
                f'<div class="Page-content"><div class="Page-breadcrumbs"><a href="/{s.section.lower()}">{esc(s.section)}</a></div>'
                f'<h1 class="Page-headline">{esc(s.title)}</h1>'
                + (f'<div class="Page-subHeadline">{esc(dek)}</div>' if dek else "")
                + f'<div class="Page-byline">{by}<div class="Page-datePublished"><bsp-timestamp data-timestamp="1734440580000">'
                f'<span>Published 1:03 PM UTC, December 17, 2024</span></bsp-timestamp></div></div>'
                + s.before + f'<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">{s.body}</div></div>'
                + s.after + '</div>' + RELATED + '</main>' + foot.replace("</body>", "</body>"))
    people = [a for a in s.authors if a not in ("Reuters", "Fact Check Desk", "Data Desk", "Partner Content", "Video Desk")]
    truth = {"url": url, "title": s.title, "body": "\n\n".join(_strip(x) for x in s.lines),
             "authors": people, "published": s.published, "modified": s.modified}
    return Page(s.kind, layout, url, page, truth, s.lines)


def pages() -> list[Page]:
    return [render(s, layout) for s in stories() + stories2() + stories3() + stories4()
            + stories5()
            for layout in (("wp", "custom", "arc", "bsp") if s.lang == "en" else ("wp", "custom"))]
