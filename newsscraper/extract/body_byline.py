"""A byline printed as the body's own paragraph: "**Mohloai Mpesi**" or "MTHOBISI SITHOLE" on a
line of its own above the first paragraph, where the site's metadata names only the site or
an admin account. It names the authors, and it is not article text.
"""

from __future__ import annotations

import re

from newsscraper.extract import boilerplate as bp
from newsscraper.processors import (
    clean_author,
    dated_tail,
    is_date_line,
    split_authors,
    vietnamese_dashed_names,
)

#: A byline line sits among the leading short lines (deck, kicker), before any paragraph
#: longer than this.
LEAD_CHARS = 120
#: How many leading paragraphs are looked at.
LEAD_PARAGRAPHS = 4
_SEPARATORS = re.compile(r"\s*(?:/|&|,|\band\b|\bund\b|\bet\b|\by\b)\s*")
#: One name: two to four words, each capitalised (or all capitals), letters, hyphens and
#: apostrophes only.
_NAME = re.compile(r"^(?:[^\W\d_][\w'’-]*\.?\s+){1,3}[^\W\d_][\w'’-]*$")


def leading_byline(paragraphs: list[str]) -> tuple[int, list[str]] | None:
    """(index, names) of a paragraph among the leading ones that is only people's names.

    >>> leading_byline(["Mohloai Mpesi", "IN the heart of Lesotho, " + "x " * 60])
    (0, ['Mohloai Mpesi'])
    >>> leading_byline(["…accuse chiefs of bribes", "Mathatisi Sebusi/Mohalenyane Phakela",
    ...                 "A Chinese-owned crusher " + "x " * 60])
    (1, ['Mathatisi Sebusi', 'Mohalenyane Phakela'])
    >>> leading_byline(["MTHOBISI SITHOLE", "Kuthiwa " + "x " * 60])
    (0, ['Mthobisi Sithole'])
    >>> leading_byline(["What happens next", "The minister said " + "x " * 60]) is None
    True

    A line opening lowercase is a credit word's ("von Jane Doe , John Roe"), not a name's
    particle: `credit_line` reads it against the credited authors.

    >>> leading_byline(["von Jane Doe , Eva von Rhein", "Text " * 60]) is None
    True
    """
    for index, text in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        if len(text) > LEAD_CHARS:
            return None
        names = _names(text)
        if names and index + 1 < len(paragraphs):
            return index, names
    return None


def _names(text: str) -> list[str]:
    """The names a line is made of, or []. A credit line ("By Jane Doe, MA WebMD Health
    News") is no list of names: "By Jane Doe" would be one, and the role or outlet after the
    comma another; `leading_credit` and `credit_line` read it.

    >>> _names("Jane Doe / John Roe"), _names("By Jane Doe, Staff Writer")
    (['Jane Doe', 'John Roe'], [])
    """
    if any(c.isdigit() for c in text) or text.rstrip().endswith((".", ":", "!", "?")) \
            or _CREDIT.match(text):
        return []
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not parts or parts[0][0].islower() \
            or not all(_NAME.match(p) and _capitalised(p) for p in parts):
        return []
    return [p.title() if p.isupper() else p for p in parts]


def _capitalised(name: str) -> bool:
    """Every word starts with a capital ("Mohalenyane Phakela", "MTHOBISI SITHOLE"); the
    particles of names ("van", "de", "bin") may not."""
    words = name.split()
    return all(w[0].isupper() or w in _PARTICLES for w in words) and words[-1][0].isupper()


#: A Chinese reporter credit, the paper's name before "记者" and up to three names of two to
#: four characters: "澎湃新闻记者 李明", "新京报记者 王小明 张华".
_ZH_REPORTER_LINE = re.compile(
    r"[\u4e00-\u9fff]{0,8}[记記]者\s*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,2}")
#: A credit line: "By Jane Doe | Updated: …", "Written by Jane Doe".
_CREDIT = re.compile(r"^(?:(?:written|posted|reported|edited)\s+)?(?:by|von|par|por)\b", re.I)


#: Indonesian copy closes with its staff: "Pewarta: Bayu Saputra Editor: Citro Atmoko Copyright ©
#: ANTARA 2024", "Penulis: …": the writer, then the desk editor; no text.
#: Antara's English service labels the writer "Reporter:", read only with the editor's label
#: after it ("Reporter: Putu Indah Savitri Editor: Azis Kurmala Copyright © ANTARA 2024").
_STAFF_LINE = re.compile(
    r"^(?:(?:pewarta|penulis)\s*:\s*(?P<names>[^:]{2,80}?)\s*(?:(?:editor|penyunting)\s*:.*)?"
    r"|reporters?\s*:\s*(?P<reporters>[^:]{2,80}?)\s*(?:editor|penyunting)\s*:.*)$", re.I)


def staff_line(paragraphs: list[str]) -> list[str] | None:
    """The writers an Indonesian closing staff line names, or None when the text has none.

    >>> staff_line(["Teks.", "Pewarta: Bayu Saputra Editor: Citro Atmoko Copyright © ANTARA"])
    ['Bayu Saputra']
    >>> staff_line(["Teks.", "Penulis: Ani Lestari, Budi Santoso"]), staff_line(["Teks."])
    (['Ani Lestari', 'Budi Santoso'], None)
    >>> staff_line(["Text.", "Reporter: Putu Savitri Editor: Azis Kurmala Copyright © ANTARA"])
    ['Putu Savitri']
    >>> staff_line(["Text.", "Reporter: Jane Doe asked whether the talks would go on."])
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if last[:1] not in ("P", "R") or len(last) > 200 or not (m := _STAFF_LINE.match(last)):
        return None
    names = m["names"] or m["reporters"]
    return [n.strip() for n in re.split(r",| dan | and ", names) if n.strip()]


#: The writer printed as the text's last line, as Vietnamese papers sign their copy ("Đoàn
#: Loan", right-aligned in bold), perhaps with the source it drew on ("Như Tâm (Theo Reuters)").
_SIGNATURE = re.compile(r"^(?P<names>[^()]{4,60}?)\s*(?:\((?:theo|according to)\s+"
                        r"(?P<source>[^()]{2,40})\))?$", re.I)
#: A signature closes a text of at least this many paragraphs.
SIGNED_PARAGRAPHS = 3


def closing_signature(paragraphs: list[str]) -> tuple[list[str], str | None] | None:
    """(names, source) of a last paragraph that is only the writers' names (and the source
    they credit), or None.

    >>> closing_signature(["Text one.", "Text two.", "Text three.", "Đoàn Loan"])
    (['Đoàn Loan'], None)
    >>> closing_signature(["One.", "Two.", "Three.", "Như Tâm (Theo Reuters, AFP)"])
    (['Như Tâm'], 'Reuters, AFP')
    >>> closing_signature(["One.", "Two.", "Three.", "Thank you."]) is None
    True
    >>> closing_signature(["One.", "Two.", "Three.", "Final Four"])
    (['Final Four'], None)

    Co-writers joined by " - " (`vietnamese_dashed_names`):

    >>> closing_signature(["Một.", "Hai.", "Ba.", "Đoàn Loan - Hoài Thu"])
    (['Đoàn Loan', 'Hoài Thu'], None)
    """
    last = paragraphs[-1] if len(paragraphs) > SIGNED_PARAGRAPHS else ""
    if not last or len(last) > 110 or not (m := _SIGNATURE.match(last)):
        return None
    names = _names(vietnamese_dashed_names(m["names"]) if " - " in m["names"] else m["names"])
    return (names, m["source"]) if names else None


#: Korean copy closes with its writer's sign-off: the name beside the role, then an e-mail
#: address ("정덕현 칼럼니스트 thekian1@example.co.kr", "칼럼니스트 박생강 x@gmail.com"), perhaps
#: after the places reported from ("순천, 광양 구현모 기자 ninek@…"). A name is two to four
#: syllables (a surname and a given name); a desk's ("온라인뉴스팀 기자") is no one's.
_KO_ROLE = r"(?:기자|선임기자|객원기자|수습기자|대기자|칼럼니스트|특파원|논설위원|평론가)"
_KO_SIGNOFF = re.compile(
    rf"^(?:(?:[가-힣]{{1,8}},?\s+){{0,3}}(?P<name>[가-힣]{{2,4}})\s+{_KO_ROLE}"
    rf"|{_KO_ROLE}\s+(?P<first>[가-힣]{{2,4}}))\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
#: The same sign-off with the reporter's subscribe button in the address's place ("박민규 기자
#: 기자 구독", "홍길동 기자 구독하기": a broadcaster's reporter box): a sign-off too.
_KO_SUBSCRIBE_SIGNOFF = re.compile(
    rf"^(?P<name>[가-힣]{{2,4}})\s+{_KO_ROLE}\s+(?:기자\s?)?구독(?:하기)?$")
_KO_NOT_NAME = re.compile(r"(?:팀|부|국|실|뉴스|센터|닷컴|일보|신문|방송|기자|데스크)$"
                          r"|^(?:담당|취재|사진|영상|편집|제보|온라인|디지털|인터넷|연합)$")


def korean_signoff(paragraphs: list[str]) -> list[str] | None:
    """The writer a Korean text's closing sign-off names, or None.

    >>> korean_signoff(["본문.", "정덕현 칼럼니스트 thekian1@entermedia.co.kr"])
    ['정덕현']
    >>> korean_signoff(["본문.", "칼럼니스트 박생강 pillgoo9@gmail.com"])
    ['박생강']
    >>> korean_signoff(["본문.", "순천, 광양 구현모 기자 ninek@hankookilbo.com"])
    ['구현모']
    >>> korean_signoff(["본문.", "온라인뉴스팀 기자 news@example.com"]) is None
    True
    >>> korean_signoff(["본문.", "담당 기자 news@example.com"]) is None  # "the reporter in charge"
    True
    >>> korean_signoff(["본문.", "구현모 기자"]) is None  # no address: may be text
    True
    >>> korean_signoff(["본문.", "박민규 기자 기자 구독"])  # the subscribe button instead
    ['박민규']
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if last.endswith(("구독", "구독하기")) and (m := _KO_SUBSCRIBE_SIGNOFF.match(last)):
        return None if _KO_NOT_NAME.search(m["name"]) else [m["name"]]
    if "@" not in last[-60:] or len(last) > 100 or not (m := _KO_SIGNOFF.match(last)):
        return None
    name = m["name"] or m["first"]
    return None if _KO_NOT_NAME.search(name) else [name]


#: A Japanese paper's own correspondents opening the text with the place each filed from
#: (Yomiuri's "【ロンドン＝岡田浩幸】", Nikkei's "【ワシントン=飛田臨太郎】"), several joined by
#: "、". A wire there ("【北京共同】", "【ソウル=ロイター】") is the agency's credit, read as a
#: dateline (`agency.find_dateline`); a bureau ("本社", "支局") names no one.
_JA_FILED = re.compile(r"^【(?P<credits>[^】]{3,60})】")
_JA_PLACE_NAME = re.compile(r"^[^=＝、]{1,12}[=＝](?P<name>[\u3040-\u30ff\u3400-\u9fff々]{2,8})$")
_JA_NO_PERSON = re.compile(
    r"共同|時事|ロイター|ブルームバーグ|新華社|聯合|本社|支局|総局|編集|特派員|取材班")


def ja_correspondent_credit(paragraphs: list[str]) -> list[str] | None:
    """The correspondents a Japanese text's opening 【place＝name】 names, or None.

    >>> ja_correspondent_credit(["【ロンドン＝岡田浩幸】１０日に行われた…"])
    ['岡田浩幸']
    >>> ja_correspondent_credit(["【ワシントン=飛田臨太郎、ニューヨーク=大島有美子】米国は…"])
    ['飛田臨太郎', '大島有美子']
    >>> ja_correspondent_credit(["【ソウル=共同】韓国の…"]) is None
    True
    >>> ja_correspondent_credit(["【北京共同】中国の…"]) is None
    True
    """
    found = _JA_FILED.match(paragraphs[0]) if paragraphs else None
    if found is None:
        return None
    names = []
    for part in found["credits"].split("、"):
        credit = _JA_PLACE_NAME.match(part.strip())
        if credit is None or _JA_NO_PERSON.search(credit["name"]):
            return None
        names.append(credit["name"])
    return names


#: The writers credited in parentheses under the text, perhaps before the desk's sign-off:
#: CNA's "(By Chang Ai-ling and Frances Huang) Enditem/AW".
_CLOSING_BY = re.compile(r"^\(by (?P<names>[^()]{3,120})\)(?:\s*enditem(?:/[a-z]{1,8})*)?$", re.I)


def closing_by_line(paragraphs: list[str]) -> list[str] | None:
    """The writers a closing "(By … and …)" line names, or None.

    >>> closing_by_line(["Text.", "(By Chang Ai-ling and Frances Huang) Enditem/AW"])
    ['Chang Ai-ling', 'Frances Huang']
    >>> closing_by_line(["Text.", "(By the way, nothing changed.)"]) is None
    True
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if last[:4].lower() != "(by " or len(last) > 160 or not (m := _CLOSING_BY.match(last)):
        return None
    return _names(m["names"]) or None


#: A reporter's plain by-line closing the text, as the Kenya News Agency signs its copy: "By
#: Jane Wanjiru" (two to four capitalised words, nothing after them).
_CLOSING_PLAIN_BY = re.compile(r"^By (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$")


def closing_plain_by(paragraphs: list[str]) -> list[str] | None:
    """The reporter a closing "By …" line names, or None.

    >>> closing_plain_by(["Text.", "By Jane Wanjiru"]), closing_plain_by(["Text.", "By Monday"])
    (['Jane Wanjiru'], None)
    >>> closing_plain_by(["By Jane Wanjiru"]) is None
    True
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if last[:3] != "By " or len(last) > 40 or not (m := _CLOSING_PLAIN_BY.match(last)):
        return None
    return [m["name"]]


#: Agerpres's sign-off naming its reporter and editors: "AGERPRES/(A - autor: Florin Marin,
#: editor: Oana Ghiţă, editor online: Adrian Dădârlat)".
_AUTOR_SIGNOFF = re.compile(
    r"^AGERPRES\s*/\s*\((?:[A-Z]{1,3}\s*-\s*)?autor:\s*(?P<name>[^,()]{3,60}?)\s*[,)]")
#: Moldpres's, in square brackets, its editor after the reporter: "[Autor: Elena Cioina,
#: Editor: Tudor Darie]".
_BRACKETED_AUTOR = re.compile(
    r"^\[\s*autor:\s*(?P<name>[^,\[\]]{3,60}?)\s*,\s*editor:[^\[\]]{2,80}\]$", re.I)


def signoff_author(paragraphs: list[str]) -> list[str] | None:
    """The reporter a wire's closing sign-off names as "autor", or None.

    >>> signoff_author(["Text.", "AGERPRES/(A - autor: Florin Marin, editor: Oana Ghiţă)"])
    ['Florin Marin']
    >>> signoff_author(["Text.", "AGERPRES"]) is None
    True
    >>> signoff_author(["Text.", "[Autor: Elena Cioina, Editor: Tudor Darie]"])
    ['Elena Cioina']
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    m = _AUTOR_SIGNOFF.match(last[:200]) if last[:8].upper() == "AGERPRES" \
        else _BRACKETED_AUTOR.match(last[:200]) if last[:1] == "[" else None
    return [m["name"]] if m else None


#: The editor's line closing wire copy: "Edited by Emmanuel Yashim" (NAN).
_EDITED_BY = re.compile(r"^edited by\s+(?P<names>.{3,80})$", re.I)


def edited_by(paragraphs: list[str] | tuple[str, ...], authors: list[str]) -> bool:
    """Does a line among the last three credit all of `authors` as its editors?

    >>> edited_by(["By Ada Obi", "Text.", "Edited by Ali Baba"], ["Ali Baba"])
    True
    >>> edited_by(["Text.", "Edited by Ali Baba"], ["Ada Obi"]), edited_by(["Text."], [])
    (False, False)
    """
    lines = [m["names"].casefold() for p in paragraphs[-3:] if (m := _EDITED_BY.match(p[:100]))]
    return bool(authors) and any(all(a.casefold() in line for a in authors) for line in lines)


def leading_credit(paragraphs: list[str]) -> tuple[int, list[str]] | None:
    """(index, names) of a leading "By …" line that names people, for a page whose byline
    is printed only as the text's first line (a legacy table layout: "By Jane Doe, Staff
    Writer December 17, 2024").

    >>> leading_credit(["By Jane Doe, Staff Writer December 17, 2024", "x " * 60])
    (0, ['Jane Doe'])
    >>> leading_credit(["By Dale Hofer, Ledger Staff Writer December 17, 2024", "x " * 60])
    (0, ['Dale Hofer'])
    >>> leading_credit(["By Friday the vote was over.", "x " * 60]) is None
    True
    >>> leading_credit(["Written by Jane Doe in Linux on 1 June 2019 at 08:34 PM EDT. Add A "
    ...                 "Comment", "x " * 60])
    (0, ['Jane Doe'])

    A Chinese paper's reporter credit alone on the line above the text, the paper's name
    before "记者" (The Paper's "澎湃新闻记者 李明"):

    >>> leading_credit(["澎湃新闻记者 李明", "x" * 60]), leading_credit(["记者说，", "x" * 60])
    ((0, ['李明']), None)
    """
    for index, text in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        if len(text) > LEAD_CHARS:
            return None
        if ("记者" in text or "記者" in text) and index + 1 < len(paragraphs) \
                and _ZH_REPORTER_LINE.fullmatch(text) \
                and (names := [n for p in split_authors(text) if (n := clean_author(p))]):
            return index, names  # "澎湃新闻记者 李明": the paper's reporter, above the text
        if not _CREDIT.match(text) or text.endswith((".", "!", "?")) \
                or index + 1 >= len(paragraphs):
            continue
        if tail := dated_tail(text):
            text = _ON_AT_END.sub("", text[:text.rfind(tail)])  # "… on 1 June 2019"
        parts = [clean_author(p) for p in split_authors(text)]
        # The first part names a person; a newsroom word left of a role ("Ledger" of
        # "Ledger Staff Writer") is no name.
        names = [n for n in parts if n and _NAME.match(n) and _capitalised(n)]
        if names and names[0] == parts[0]:
            return index, names
    return None


#: The "on" or "at" left before a byline's date once the date is cut off.
_ON_AT_END = re.compile(r"\s+(?:on|at)\s*$", re.I)


def credit_line(paragraphs: list[str], authors: list[str]) -> int | None:
    """The index of a leading paragraph that credits one of `authors` ("By Jane Doe |
    Updated: Dec 17, 2024"): the byline printed inside the text's container, not text.

    >>> credit_line(["By Jane Doe | Updated: Dec 17", "The minister said " + "x " * 60],
    ...             ["Jane Doe"])
    0
    >>> credit_line(["新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料。", "x"], ["新京报"])
    >>> credit_line(["By Friday the vote was over.", "x " * 60], ["Jane Doe"]) is None
    True

    A summary printed as the text's first points may come before it ("<ul><li>…</li></ul>"
    above "Von Jane Doe, Berlin"): the line itself is short and no sentence.

    >>> credit_line(["Long summary point. " * 8, "Von Jane Doe, Berlin", "Text " * 60],
    ...             ["Jane Doe"])
    1

    The date may come first, set apart by a bar ("19.03.2019 11:45 | von Jane Doe"):

    >>> credit_line(["19.03.2019 11:45 | von Jane Doe", "Text " * 60], ["Jane Doe"])
    0

    Or the writer's label and a colon, the place after a bar (Dizindaba's isiZulu
    "Intatheli: Jane Doe | Durban", reporter):

    >>> credit_line(["Intatheli: Jane Doe | Durban", "Text " * 60], ["Jane Doe"])
    0
    >>> credit_line(["Author of the article:Jane DoePublished May 22, 2024 • 2 minute read",
    ...              "Text " * 60], ["Jane Doe"])
    0

    Or the credited name, the place filed from and the date, unlabelled (Amar Ujala's
    "अमर उजाला ब्यूरो, नई दिल्ली Updated Mon, 18 Nov 2019 08:10 PM IST"):

    >>> credit_line(["Jane Doe, New Delhi Updated Mon, 18 Nov 2019 08:10 PM IST", "x " * 60],
    ...             ["Jane Doe"])
    0
    """
    names = [a.casefold() for a in authors if a]
    for index, text in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        if len(text) > LEAD_CHARS or text.endswith((".", "!", "?")):
            continue
        parts = _BAR.split(text)
        credit = parts[-1] if len(parts) > 1 and all(map(is_date_line, parts[:-1])) else text
        # A labelled credit is over the text, no sentence before it: the same label closing
        # a short text ("Autorka: Anna Kowalska (PAP)") is `closing_reporters`' to read.
        if (_CREDIT.match(credit) or (_LABELLED_CREDIT.match(credit) and all(
                len(p.split()) < MAX_LABEL_LINE_WORDS for p in paragraphs[:index]))) \
                and any(n in credit.casefold() for n in names):
            return index
        if len(credit) < MAX_NAMED_LINE and credit[-1:] not in "。！？" \
                and any(credit.casefold().startswith(n) and credit[len(n):len(n) + 1] in ", |/"
                        for n in names) \
                and (tail := dated_tail(credit)) and credit.rstrip().endswith(tail):
            return index  # "Jane Doe, New Delhi Updated Mon, 18 Nov 2019 08:10 PM IST"
    return None


#: A line opening with the credited name and closing with the date is a byline up to this long.
MAX_NAMED_LINE = 120


def closing_credit(paragraphs: list[str], authors: list[str]) -> bool:
    """Is the last paragraph a labelled credit of one of `authors`, alone on its line after
    the text ("Автор: Ирина Петрова", Bitrix's news pages printing the item's "author"
    property under its text; "Autor: Jan Nowak", "Author: Jane Doe")?

    >>> closing_credit(["Text " * 40, "Автор: Ирина Петрова"], ["Ирина Петрова"])
    True
    >>> closing_credit(["Text " * 40, "Author: Jane Doe"], ["John Roe"])
    False
    """
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if len(last) > 80 or last.endswith((".", "!", "?")) or not (m := _CLOSING_CREDIT.match(last)):
        return False
    named = last[m.end():].casefold()
    return any(a and a.casefold() in named for a in authors)


#: The label of an author's line closing the text.
_CLOSING_CREDIT = re.compile(
    r"^(?:author|autor(?:in|ka)?|autore|auteur|автор|автори|автора)\s*:\s*", re.I)


#: Lines over a labelled credit are labels and stamps, shorter than this; a sentence is text.
MAX_LABEL_LINE_WORDS = 12
#: The writer's label over the text, with its colon (`credit_line`): isiZulu "Intatheli:"
#: (reporter), Postmedia's "Author of the article:", and the labels `_CLOSING_CREDIT` reads
#: under it.
_LABELLED_CREDIT = re.compile(
    r"^(?:intatheli|author(?: of the article)?|autor(?:in|ka)?|autore|auteur|автор|автори"
    r"|автора)\s*:\s*", re.I)


#: The bar a line sets its date and its credit apart with.
_BAR = re.compile(r"\s+[|•·]\s+")


#: A writer's bio opens with their name then "is"/"was" in the languages of the corpus.
_BIO_VERB = re.compile(r"\s+(?:is|was|ist|war|est|es|è|é|er|är|jest)\s", re.I)
#: A bio is a few sentences, not a closing section of the text.
MAX_BIO_WORDS = 120
#: The role line under a credited name in an author box ("Redakteurin für Soziales in der
#: taz nord."): one short line.
MAX_ROLE_LINE_WORDS = 20


#: An opening bio is one or two sentences, set over the text (The Globe and Mail's opinion
#: pages: "<i>Jane Doe is a senior fellow at the C.D. Howe Institute.</i>").
MAX_OPENING_BIO_WORDS = 40


def opening_bio(paragraphs: list[str], authors: list[str]) -> bool:
    """Is the first paragraph a credited writer's bio set over the text, as opinion pages
    print a guest writer's ("Jane Doe is a senior fellow at the Institute.")? The writer's
    full name opens it, then "is"/"was": a story does not open on its own writer.

    >>> opening_bio(["Jane Doe is a senior fellow at the Institute.", "Cities must build.",
    ...              "They won't."], ["Jane Doe"])
    True
    >>> opening_bio(["Jane Doe is expected to resign, aides said.", "x", "y"], ["John Roe"])
    False
    >>> opening_bio(["Doe is right.", "x", "y"], ["Doe"])  # a single word: no full name
    False
    """
    if len(paragraphs) < 3:
        return False
    first = paragraphs[0].strip()
    if len(first.split()) > MAX_OPENING_BIO_WORDS:
        return False
    return any(name and len(name.split()) >= 2 and first[:len(name)].casefold() == name.casefold()
               and _BIO_VERB.match(first, len(name)) for name in authors)


def closing_bio(paragraphs: list[str], authors: list[str]) -> int | None:
    """The index of the last paragraph when it is a credited writer's bio, printed as the
    text's last paragraph ("John Nichols is a national affairs correspondent for The
    Nation. …"): an author box's text, not the article's.

    >>> closing_bio(["The vote was close.", "Jane Doe is a reporter at the Courier."],
    ...             ["Jane Doe"])
    1
    >>> closing_bio(["x", "Jane Doe is expected to resign, aides said."], ["John Roe"]) is None
    True

    A bio set in capitals is one too (the Herald Sun's "LAURIE OAKES IS THE NINE NETWORK
    POLITICAL EDITOR"):

    >>> closing_bio(["x", "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"], ["Laurie Oakes"])
    1

    A bio that ends by asking to follow its writers is one whoever the page credits (none, or
    one of two who sign as a pair):

    >>> closing_bio(["x", "Natasha Daly is an assistant editor at National Geographic. Follow "
    ...              "her on Twitter."], [])
    1
    >>> closing_bio(["x", "Grierson & Leitch write about the movies regularly for the New "
    ...              "Republic. Follow them on Twitter @griersonleitch or visit their site."],
    ...             ["Will Leitch"])
    1
    >>> closing_bio(["x", "The mayor is angry. Follow him on Twitter, he said."], []) is None
    True

    The credited name alone, then the role, closing the text (taz's author box):

    >>> closing_bio(["x", "Jane Doe", "Redakteurin für Soziales."], ["Jane Doe"])
    1
    >>> closing_bio(["x", "Jane Doe", "Redakteurin für Soziales."], ["John Roe"]) is None
    True

    A wire's bio is one under whichever of its names the page credits (the box of a portal
    crediting "Indo-Asian News Service", perhaps under its heading):

    >>> closing_bio(["x", "y", "IANS is India's largest independent news agency, and covers "
    ...              "news from the subcontinent."], ["Indo-Asian News Service"])
    2
    >>> closing_bio(["x", "y", "Indo-Asian News Service", "Indo-Asian News Service or IANS is "
    ...              "a private Indian news agency. It was founded in 1986."], [])
    2
    >>> closing_bio(["x", "y", "The report was carried by Xinhua, which is China's official "
    ...              "news agency."], []) is None
    True
    """
    if len(paragraphs) < 2:
        return None
    last = paragraphs[-1].lstrip("—–-*_ ")
    if len(last.split()) > MAX_BIO_WORDS:
        return None
    for name in authors:
        if name and last[:len(name)].casefold() == name.casefold() \
                and _BIO_VERB.match(last, len(name)):
            return len(paragraphs) - 1
    if len(paragraphs) > 2 and len(last.split()) <= MAX_ROLE_LINE_WORDS \
            and not last.endswith(("?", "!")) \
            and any(n and paragraphs[-2].strip().casefold() == n.casefold() for n in authors):
        # The author box's two lines: the credited name alone, then the role ("Lotta
        # Drügemöller⏎Redakteurin für Soziales in der taz nord.", taz's box under the text).
        return len(paragraphs) - 2
    if _FOLLOW_THE_WRITER.search(last) and (m := _BIO_SUBJECT.match(last)) \
            and _writers(m["names"]):
        return len(paragraphs) - 1
    if len(paragraphs) > 2 and len(last) <= bp.MAX_AGENCY_BIO_CHARS and bp.AGENCY_BIO.match(last):
        # A wire's bio, under whichever of its names (`bp.AGENCY_BIO`), perhaps under the
        # author box's heading: the name it opens with.
        head = paragraphs[-2].rstrip(":")
        return len(paragraphs) - (2 if len(head) <= 60 and last.startswith(head) else 1)
    return None


def _writers(text: str) -> bool:
    """Is `text` writers' names: one full name, or several names or surnames ("Grierson &
    Leitch", the pair's own signature)?"""
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not parts or (len(parts) == 1 and len(parts[0].split()) < 2):
        return False
    return all(_SURNAME_OR_NAME.match(p) and _capitalised(p) for p in parts)


#: A name or a surname alone (a pair signs "Grierson & Leitch"): one to four words.
_SURNAME_OR_NAME = re.compile(r"^(?:[^\W\d_][\w'’-]*\.?\s+){0,3}[^\W\d_][\w'’-]*$")


#: The sentence closing a writer's bio that asks to follow them: "Follow her on Twitter.",
#: "Follow them on Twitter @griersonleitch or visit their site griersonleitch.com."
_FOLLOW_THE_WRITER = re.compile(
    r"[.!?]\s+(?:you can )?follow (?:him|her|them|me)\b(?: on (?:twitter|facebook|instagram)"
    r"\b| at @| @)[^.!?]*(?:\.[^\s.!?][^.!?]*)*[.!]?$", re.I)
#: A bio's subject: the writers' names (two joined by "&" or "and"), then a verb of a bio.
_BIO_SUBJECT = re.compile(
    r"^(?P<names>[^\W\d_][\w.'’ &-]{1,60}?)\s+(?:is|are|was|were|writes?|covers?|reports?|"
    r"has been|have been)\s")


_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin",
                        "binti", "al", "el", "ibn", "dos", "das", "del"})
