# ruff: noqa: E501
"""A fourth set of look-alike "article" pages of the open web around 2015-2024, in the style of
Zyte's article-extraction-benchmark, from site families and page kinds that neither
`tests.web_pages`, `tests.web_pages2`, `tests.web_pages3`, the other look-alike sets, the dev
corpus nor the generic fixtures hold: regional papers on old CMSs (ASP.NET WebForms with a
`<br>`-separated body, ColdFusion, a table layout with `<font>` tags, Newspack), GlobeNewswire
and a company newsroom, the European Commission's press corner, GOV.UK, a ministerial media
release, a university news office on TerminalFour, a magazine feature with a drop cap, pull
quotes and section breaks, beehiiv and Ghost newsletters, a XenForo article with replies, a
Docusaurus blog post, a lifestyle post with product cards and a recipe card, a football match
report with a table, a court report, science news with figures and references, The
Conversation, a podcast episode with its transcript, a photo essay told in captions, and
Polish, Czech, Romanian, Greek, Hungarian, Swedish, Finnish, Hebrew, Bengali, Tamil, Malay,
Swahili, Japanese and traditional Chinese papers.

The head of each page is printed by `tests.web_pages3._head` (JSON-LD, a Yoast graph, Ghost,
Open Graph only, Drupal's or hardly anything), and the expected bodies follow the conventions of
`tests.web_pages` (read its docstring; they come from the dev corpus's zyte-aeb annotations):
a pull quote repeating the text, a figure's caption and credit, a product card, a references
list, a table of contents, an audio player and the replies under a post are not body; a drop
cap is the first word's first letter; a match report's table, a recipe card's ingredients and
steps, a transcript's turns, a press release's "About" paragraph and media contact are body.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 4` prints
figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.web_pages import B, Page, _foot, _h, _nav, _p, _strip, _ul, _x
from tests.web_pages2 import _br, _hrefs, _q, _table
from tests.web_pages3 import _doc

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _pbr(html: str) -> B:
    """A paragraph of lines set apart by `<br>` (a contact block), each line body."""
    return (f"<p>{html}</p>", "\n".join(_strip(line) for line in html.split("<br>")))


def _turn(speaker: str, text: str) -> B:
    """A transcript's turn: the speaker's name in bold, then what they said, all body."""
    return (f"<p><strong>{speaker}:</strong> {text}</p>", _strip(f"{speaker}: {text}"))


# ---------------------------------------------------------------------------------------------
# Regional papers on old CMSs

page("aspnet-regional", "https://www.valleycourier-news.com/news/Article.aspx?id=48213",
     lang="en-us", title="County commissioners approve jail expansion bond for May ballot", head="bare",
     site="The Valley Courier-News", pub="", author="Dale Whitcomb",
     chrome_top='<form method="post" action="./Article.aspx?id=48213" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3l5b0s="></div>'
                '<table id="ctl00_tblHeader" width="100%"><tr><td><a id="ctl00_hlLogo" href="/"><img src="/images/masthead.gif" alt="The Valley Courier-News"></a></td><td><span id="ctl00_lblDate">Thursday, March 9, 2017</span></td></tr></table>'
                '<div id="ctl00_pnlMenu"><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/obits/">Obituaries</a> | <a href="/classifieds/">Classifieds</a> | <a href="/eedition/">E-Edition</a> | <a href="/subscribe/">Subscribe</a></div>\n',
     before='<div id="ctl00_ContentPlaceHolder1_pnlArticle"><span id="ctl00_ContentPlaceHolder1_lblSection" class="section">Local News</span>'
            '<h1><span id="ctl00_ContentPlaceHolder1_lblHeadline">County commissioners approve jail expansion bond for May ballot</span></h1>'
            '<span id="ctl00_ContentPlaceHolder1_lblByline" class="byline">By Dale Whitcomb<br>Staff Writer</span><br>'
            '<span id="ctl00_ContentPlaceHolder1_lblPubDate" class="date">Posted: Thursday, March 9, 2017 8:15 AM</span><br>'
            '<a id="ctl00_ContentPlaceHolder1_hlPrint" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$hlPrint\',\'\')">Print</a> | <a id="ctl00_ContentPlaceHolder1_hlEmail">Email this story</a><br><br>'
            '<span id="ctl00_ContentPlaceHolder1_lblBody" class="storybody">',
     blocks=[
         _br("Voters in Mesa County will decide in May whether to borrow $18.5 million to expand the county jail, after commissioners voted 2-1 on Wednesday to put the bond on the ballot."),
         _br("The expansion would add 96 beds to the jail on Highway 50, which was built in 1988 for 120 inmates and now routinely holds more than 200, Sheriff Tom Reyes told the board."),
         _br("\"We are sleeping people on the floor,\" Reyes said. \"That is not safe for them and it is not safe for my deputies.\""),
         _br("Commissioner Linda Marsh cast the lone vote against the measure. She said the county should first look at alternatives such as a pretrial release program."),
         _br("If approved, the bond would raise property taxes by about $42 a year on a home valued at $200,000, according to the county treasurer's office."),
         _br("The election is May 2. The last day to register to vote is April 10."),
     ],
     after='</span><br><span id="ctl00_ContentPlaceHolder1_lblCopyright" class="copyright">Copyright 2017 The Valley Courier-News. All rights reserved.</span><br>'
           '<div id="ctl00_ContentPlaceHolder1_pnlRelated"><b>Other Local News</b><br><a>School board names new superintendent</a><br><a>Fire destroys barn north of town</a><br></div>'
           '<div id="ctl00_ContentPlaceHolder1_pnlComments"><b>Reader Comments (4)</b><br><a>Log in to comment</a></div></div>'
           '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgLk9fP2BAKM54rGBg=="></form>',
     chrome_bottom='\n<div id="ctl00_pnlFooter"><a href="/contact/">Contact Us</a> | <a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy Policy</a><br>The Valley Courier-News, 212 Main St., Delta, CO 81416 · (970) 555-0142</div>')

page("coldfusion", "https://www.thecountypress.com/index.cfm?fuseaction=news.detail&article_id=20391",
     lang="en", title="Harbor Days returns with tall ship, new 5K route", head="og",
     site="The County Press", pub="", author="Karen Lindqvist",
     chrome_top='<div id="wrapper"><div id="header"><a href="index.cfm"><img src="images/logo.jpg" alt="The County Press"></a><div id="topnav"><a href="index.cfm?fuseaction=news.home">Home</a><a href="index.cfm?fuseaction=news.list&amp;cat=1">News</a><a href="index.cfm?fuseaction=news.list&amp;cat=2">Sports</a><a href="index.cfm?fuseaction=news.list&amp;cat=5">Opinion</a><a href="index.cfm?fuseaction=obits.list">Obituaries</a><a href="index.cfm?fuseaction=legals.list">Legal Notices</a></div></div>\n',
     before='<div id="content"><div id="leftcol"><div class="newsdetail"><div class="newscat">Community</div><div class="newstitle">Harbor Days returns with tall ship, new 5K route</div>'
            '<div class="newsauthor">Karen Lindqvist | Staff Writer</div><div class="newsdate">8/2/2018</div>'
            '<div class="newstools"><a href="index.cfm?fuseaction=news.print&amp;article_id=20391">Print Friendly</a> <a href="index.cfm?fuseaction=news.email&amp;article_id=20391">Email to a Friend</a></div>'
            '<div class="newsbody">',
     blocks=[
         _p("Harbor Days, the city's four-day summer festival, opens Thursday with a few changes, including a new route for the Saturday 5K and the return of a tall ship to the city dock."),
         _p("The schooner Madeline, a replica of an 1840s trading vessel, will offer free deck tours Friday and Saturday from 10 a.m. to 4 p.m."),
         _p("Race organizer Tom Beckett said the 5K now starts at the high school and follows the shoreline trail, avoiding the hill on Bay Street that runners complained about last year."),
         _p("\"We listened,\" Beckett said. \"It's a faster course and a prettier one.\""),
         _p("The parade steps off at 11 a.m. Saturday from Fifth Street. Fireworks over the harbor are scheduled for 10 p.m. Saturday, weather permitting."),
         _p("A full schedule is available at the chamber of commerce office on Main Street."),
     ],
     after='</div><div class="newsphotos"><img src="uploads/photos/20391_1.jpg"><div class="photocaption">The schooner Madeline at the city dock in 2016. (File photo)</div></div>'
           '<div class="newsnav"><a href="index.cfm?fuseaction=news.detail&amp;article_id=20390">&laquo; Previous Story</a> | <a href="index.cfm?fuseaction=news.detail&amp;article_id=20392">Next Story &raquo;</a></div></div></div>'
           '<div id="rightcol"><div class="box"><h3>Weather</h3><p>72°F Partly Cloudy</p></div><div class="box"><h3>Most Read</h3><ul><li><a>Council tables dock fee increase</a></li><li><a>Obituary: Harold J. Nyberg</a></li></ul></div></div></div>',
     chrome_bottom='\n<div id="footer">&copy; 2018 The County Press &middot; 118 N. Third Ave., Sturgeon Bay, WI &middot; <a href="index.cfm?fuseaction=main.contact">Contact</a> &middot; Site by <a>Small Town Web</a></div></div>')

page("table-layout", "http://www.hillsborojournal.com/news/2009/0917/front_page/003.html",
     lang="en", title="School board sets tax levy, trims bus routes", head="bare",
     site="The Hillsboro Journal", pub="", author="Mary Ellen Foust",
     chrome_top='<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="/images/hdr_journal.gif" width="780" height="90" alt="The Hillsboro Journal"></td></tr>'
                '<tr><td width="150" valign="top" bgcolor="#E8E8D0"><font face="Verdana" size="1"><a href="/">Home</a><br><a href="/news/">Front Page</a><br><a href="/sports/">Sports</a><br><a href="/obits/">Obituaries</a><br><a href="/archives/">Archives</a><br><a href="/subscribe.html">Subscribe</a></font></td>\n',
     before='<td width="630" valign="top"><table width="100%" cellpadding="8"><tr><td><font face="Verdana" size="1">Front Page - September 17, 2009</font><br>'
            '<font face="Georgia" size="5"><b>School board sets tax levy, trims bus routes</b></font><br>'
            '<font face="Verdana" size="2"><i>By Mary Ellen Foust</i></font><br><br><font face="Georgia" size="3">',
     blocks=[
         _p("The Hillsboro School Board set next year's property tax levy at $3.89 per $100 of assessed value Monday night, the same rate as this year, but cut two bus routes to balance the budget."),
         _p("Superintendent Gary Pruitt said the routes, which served about 40 students in the northeast part of the district, will be folded into three existing routes beginning Oct. 5."),
         _p("\"Nobody likes longer rides, but we have to live within our means,\" Pruitt said."),
         _p("The district expects to receive $412,000 less in state aid this year, business manager Ruth Anne Kimes told the board."),
         _p("In other business, the board approved a one-year contract with the custodial staff and accepted the resignation of high school band director Jim Oakes."),
     ],
     after='</font><br><font face="Verdana" size="1"><a href="/news/2009/0917/front_page/">&lt;&lt; Back to Front Page</a></font></td></tr></table></td></tr></table>',
     chrome_bottom='\n<table width="780" align="center"><tr><td align="center"><font face="Verdana" size="1">Copyright &copy; 2009 The Hillsboro Journal, 119 S. Main, Hillsboro, IL 62049 &middot; 217-555-0130</font></td></tr></table>')

page("newspack", "https://www.ridgelinenews.org/2022/05/19/landlords-sue-over-new-rental-inspection-law/",
     lang="en-US", title="Landlords sue over new rental inspection law", head="yoast",
     site="Ridgeline News", pub="2022-05-19T05:00:00+00:00", author="Priya Raman",
     chrome_top='<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><a class="donate-button" href="/donate/">Donate</a></div></div><div class="middle-header-contain"><div class="site-branding"><a class="custom-logo-link" href="/">Ridgeline News</a></div></div>'
                '<nav class="main-navigation"><ul id="menu-primary"><li><a>Housing</a></li><li><a>Education</a></li><li><a>Environment</a></li><li><a>Government</a></li><li><a>About</a></li></ul></nav></header>\n',
     before='<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish entry"><header class="entry-header"><span class="cat-links"><a>Housing</a></span><h1 class="entry-title">Landlords sue over new rental inspection law</h1>'
            '<div class="newspack-post-subtitle">A property owners group says the city\'s inspection program violates tenants\' privacy. Tenant advocates say it is about mold and broken heaters.</div>'
            '<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-avatar"><img src="/a.jpg"></span><span>by <a class="url fn n">Priya Raman</a></span></span><time class="entry-date published">May 19, 2022</time></div>'
            '<div class="newspack-sponsors"><span>Republish this story</span></div></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("A group representing about 300 landlords sued the city on Wednesday, asking a judge to block a rental inspection law that is set to take effect July 1."),
         _p("The law, passed by the city council in February, requires every rental unit to be inspected at least once every five years. Landlords who fail inspection have 60 days to make repairs."),
         _x('<div class="wp-block-newspack-blocks-donate newspack-donate-block"><p>Ridgeline News is a nonprofit newsroom. We rely on readers like you.</p><p><a class="wp-block-button__link">Donate now</a></p></div>'),
         _p("In its complaint, the Ridgeline Property Owners Association argues that inspections without a warrant violate the state constitution."),
         _p("\"Tenants have a right not to have city inspectors walking through their bedrooms,\" said Mark Delgado, the association's president."),
         _h("'It is about health'"),
         _p("Tenant organizers, who pushed for the law for three years, called the lawsuit a delay tactic."),
         _p("\"This is about kids with asthma living with mold,\" said Rosa Jimenez of the Ridgeline Tenants Union. \"It is about health.\""),
         _x('<div class="wp-block-jetpack-mailchimp newspack-newsletters-subscribe"><p>Get our free weekday newsletter</p><input type="email" placeholder="Email address"><button>Sign up</button></div>'),
         _p("A hearing is scheduled for June 14 in county Superior Court."),
     ],
     after='</div><footer class="entry-footer"><span class="tags-links"><a>housing</a><a>lawsuits</a></span></footer>'
           '<div class="author-bio"><h2 class="accent">Priya Raman</h2><p>Priya Raman covers housing for Ridgeline News. She previously worked at the Sacramento Bee.</p><a>More by Priya Raman</a></div>'
           '<div class="newspack-republication-tracker"><p>This article first appeared on Ridgeline News and is republished here under a Creative Commons license.</p></div></article></main></div>',
     chrome_bottom=_foot("© 2022 Ridgeline News · Ridgeline News is a 501(c)(3) nonprofit. Proudly powered by Newspack by WordPress.", ("About", "Our Team", "Ethics Policy", "Corrections", "Donate")))


# ---------------------------------------------------------------------------------------------
# Press releases

page("globenewswire", "https://www.globenewswire.com/news-release/2023/08/09/2721455/0/en/Northwind-Therapeutics-Reports-Second-Quarter-2023-Financial-Results.html",
     lang="en", title="Northwind Therapeutics Reports Second Quarter 2023 Financial Results and Provides Business Update", head="ld",
     site="GlobeNewswire News Room", pub="2023-08-09T20:05:00Z", author="Northwind Therapeutics, Inc.",
     chrome_top='<header class="header"><a class="logo" href="/">GlobeNewswire</a><span>by notified</span><nav><ul><li><a>Newsroom</a></li><li><a>Services</a></li><li><a>Contact Us</a></li><li><a>Sign In</a></li><li><a>Register</a></li></ul></nav></header>\n',
     before='<main><div class="main-container"><div class="article-published-source"><span>Source: </span><a class="article-source">Northwind Therapeutics, Inc.</a></div>'
            '<h1 class="article-headline">Northwind Therapeutics Reports Second Quarter 2023 Financial Results and Provides Business Update</h1>'
            '<div class="article-published"><time datetime="2023-08-09T20:05:00Z">August 09, 2023 16:05 ET</time> | Source: <a>Northwind Therapeutics, Inc.</a></div>'
            '<div class="social-share"><a>Share</a><a>Follow</a></div>'
            '<div id="main-body-container" class="main-body-container article-body" itemprop="articleBody">',
     blocks=[
         _ul(["Phase 2 trial of NW-201 in moderate asthma completed enrollment of 240 patients; topline data expected in the first quarter of 2024", "Cash, cash equivalents and investments of $182.4 million as of June 30, 2023, expected to fund operations into 2026"]),
         _p("BOSTON, Aug. 09, 2023 (GLOBE NEWSWIRE) -- Northwind Therapeutics, Inc. (Nasdaq: NWTX), a clinical-stage biotechnology company developing inhaled therapies for respiratory disease, today reported financial results for the second quarter ended June 30, 2023, and provided a business update."),
         _p("\"Completing enrollment ahead of schedule puts us in a strong position heading into next year,\" said Helen Park, Ph.D., Chief Executive Officer of Northwind."),
         _p("<strong>Second Quarter 2023 Financial Results</strong>"),
         _p("Research and development expenses were $21.3 million for the quarter, compared with $17.8 million for the same period in 2022. Net loss was $26.9 million, or $0.71 per share."),
         _p("<strong>About Northwind Therapeutics</strong>"),
         _p("Northwind Therapeutics is a clinical-stage biotechnology company based in Boston developing inhaled medicines for asthma and chronic obstructive pulmonary disease."),
         _p("<strong>Forward-Looking Statements</strong>"),
         _p("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those indicated by these statements."),
         _pbr("<strong>Investor Contact:</strong><br>Dana Whitfield<br>ir@northwindtx.example<br>(617) 555-0190"),
     ],
     after='</div><div class="main-tags-attachments-container"><div class="tags-container"><span>Tags</span><a>asthma</a><a>biotechnology</a></div></div>'
           '<div class="article-contacts"><h2>Contact Data</h2><p>Northwind Therapeutics, Inc.</p></div>'
           '<div class="recommended-news"><h2>Recommended Reading</h2><ul><li><a>Northwind to Present at Healthcare Conference</a></li><li><a>Northwind Announces First Patient Dosed</a></li></ul></div></div></main>',
     chrome_bottom=_foot("© 2023 GlobeNewswire, Inc. All Rights Reserved.", ("Newswire Distribution Network & Management", "Home", "Newsroom", "RSS Feeds", "Legal", "Contact Us")))

page("corp-newsroom", "https://news.harborlinefreight.com/2021-03-16-Harborline-Freight-Orders-40-Battery-Electric-Trucks",
     lang="en-US", title="Harborline Freight Orders 40 Battery-Electric Trucks for Port Drayage Fleet", head="og",
     site="Harborline Freight Newsroom", pub="", author="",
     chrome_top='<div id="wd_printable_content"><header class="wd_header"><a class="wd_logo" href="/">Harborline Freight | Newsroom</a><ul class="wd_nav"><li><a>News Releases</a></li><li><a>Media Library</a></li><li><a>Fact Sheet</a></li><li><a>Media Contacts</a></li><li><a>harborlinefreight.com</a></li></ul></header>\n',
     before='<div class="wd_newsfeed_releases-detail"><div class="wd_date">Mar 16, 2021</div><div class="wd_title">Harborline Freight Orders 40 Battery-Electric Trucks for Port Drayage Fleet</div>'
            '<div class="wd_subtitle"><em>Order is the company\'s largest zero-emission purchase to date</em></div>'
            '<div class="wd_body wd_news_body">',
     blocks=[
         _p("<strong>LONG BEACH, Calif., March 16, 2021</strong> – Harborline Freight today announced an order for 40 battery-electric heavy-duty trucks to serve its drayage operations at the ports of Long Beach and Los Angeles."),
         _p("The trucks will replace diesel tractors that move containers between the docks and the company's rail yard in Carson. Deliveries begin this fall."),
         _p("\"Our drivers run short, predictable routes, which makes electric trucks a good fit,\" said Marisol Vega, chief operating officer. \"We expect to cut our port-area diesel use by a third.\""),
         _p("Harborline is installing 20 high-power chargers at its Carson yard with support from the state's Hybrid and Zero-Emission Truck and Bus Voucher Incentive Project."),
         _pbr("<strong>About Harborline Freight</strong><br>Founded in 1974, Harborline Freight provides drayage, warehousing and intermodal services across the western United States. The company employs 1,800 people."),
         _pbr("<strong>Media Contact</strong><br>Jordan Ellis<br>media@harborlinefreight.example<br>562-555-0117"),
     ],
     after='</div><div class="wd_attachment_list"><h3>Multimedia Files:</h3><div class="wd_attachment"><img src="/truck.jpg"><p>Rendering of the battery-electric trucks (JPG 2.1 MB)</p><a>Download</a></div></div>'
           '<div class="wd_category_link">Categories: <a>Press Releases</a>, <a>Sustainability</a></div>'
           '<div class="wd_news_releases-detail-back"><a>View all news</a></div></div></div>',
     chrome_bottom=_foot("© 2021 Harborline Freight. All rights reserved.", ("Privacy", "Terms", "Careers", "Investors")))


# ---------------------------------------------------------------------------------------------
# Government and EU

page("eu-presscorner", "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_3112",
     lang="en", title="Commission proposes new rules to cut packaging waste", head="og",
     site="European Commission", pub="", author="",
     chrome_top='<div class="ecl-site-header"><div class="ecl-site-header__top"><a class="ecl-link--standalone" href="/">European Commission</a><div class="ecl-site-header__action"><a>English</a><a>Search</a></div></div>'
                '<div class="ecl-page-header"><ol class="ecl-breadcrumb"><li><a>Home</a></li><li><a>Press corner</a></li><li>Press release</li></ol><h2>Press corner</h2></div></div>\n',
     before='<main class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9"><div class="ecl-page-header-core"><div class="ecl-page-header__meta"><span class="ecl-meta__item">Press release</span><span class="ecl-meta__item">12 June 2023</span><span class="ecl-meta__item">Brussels</span></div>'
            '<h1 class="ecl-page-header__title">Commission proposes new rules to cut packaging waste</h1></div>'
            '<div class="ecl-paragraph"><a class="ecl-button">Page contents</a><a>Download</a><a>Share</a></div>'
            '<div class="ecl-paragraph ecl-paragraph--l">',
     blocks=[
         _p("Today, the Commission has proposed new EU-wide rules on packaging to tackle an ever-growing source of waste. On average, each European generates almost 180 kg of packaging waste per year."),
         _p("The proposed revision of the EU legislation on packaging and packaging waste has three main objectives: to prevent the generation of packaging waste, to boost high-quality recycling, and to reduce the need for primary natural resources."),
         _h("Key measures"),
         _ul(["all packaging on the EU market to be recyclable in an economically viable way by 2030;", "mandatory deposit-return systems for plastic bottles and aluminium cans;", "a ban on certain single-use packaging, such as for food eaten in restaurants."]),
         _h("Members of the College said:"),
         _p("Executive Vice-President for the European Green Deal said: \"We are proposing measures to make sure that innovative packaging solutions are viable in Europe, and that recycling pays off.\""),
         _h("Background"),
         _p("In the European Green Deal and the Circular Economy Action Plan, the Commission committed to review the Packaging and Packaging Waste Directive to reinforce its essential requirements."),
     ],
     after='</div><div class="ecl-u-mt-l"><h2>For More Information</h2><ul class="ecl-unordered-list"><li><a>Questions and answers</a></li><li><a>Factsheet</a></li><li><a>Proposal for a Regulation on packaging</a></li></ul>'
           '<p class="ecl-u-type-bold">IP/23/3112</p><div class="ecl-u-mt-l"><h3>Press contacts</h3><p>Adalbert JAHNZ</p><p>Phone +32 2 295 31 56</p><p>Mail adalbert.jahnz@ec.europa.eu</p><p>General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email</p></div></div></div>'
           '<div class="ecl-col-l-3"><h3>Related media</h3><ul><li><a>Packaging waste</a></li></ul></div></div></main>',
     chrome_bottom='\n<footer class="ecl-site-footer"><p>This site is managed by: Directorate-General for Communication</p><ul><li><a>Strategy</a></li><li><a>About the European Commission</a></li><li><a>Language policy</a></li><li><a>Cookies</a></li><li><a>Privacy policy</a></li><li><a>Legal notice</a></li></ul></footer>')

page("govuk", "https://www.gov.uk/government/news/new-funding-to-repair-potholes-on-local-roads",
     lang="en", title="New funding to repair potholes on local roads", head="og",
     site="GOV.UK", pub="", author="",
     chrome_top='<a href="#main-content" class="govuk-skip-link">Skip to main content</a><div id="global-cookie-message" class="gem-c-cookie-banner"><p>Cookies on GOV.UK</p><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button><button>Reject additional cookies</button></div>'
                '<header class="gem-c-layout-super-navigation-header"><a class="govuk-header__link--homepage" href="/">GOV.UK</a><nav><button>Menu</button><button>Search GOV.UK</button></nav></header>\n',
     before='<div class="govuk-width-container"><div class="gem-c-breadcrumbs"><ol><li><a>Home</a></li><li><a>Transport</a></li><li><a>Local transport</a></li></ol></div>'
            '<main id="main-content" class="govuk-main-wrapper"><div class="gem-c-title"><span class="gem-c-title__context">Press release</span><h1 class="gem-c-title__text">New funding to repair potholes on local roads</h1></div>'
            '<p class="gem-c-lead-paragraph">Councils in England will share £200 million to fix potholes and resurface roads.</p>'
            '<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a>Department for Transport</a> and <a>The Rt Hon Mark Harper MP</a></dd><dt>Published</dt><dd>17 March 2023</dd></dl></div>'
            '<div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">',
     blocks=[
         _ul(["£200 million to help fix potholes and resurface roads across England", "funding equivalent to repairing 4 million potholes", "adds to the £500 million already allocated for 2023 to 2024"]),
         _p("Drivers, cyclists and pedestrians will benefit from smoother journeys as the government today (17 March 2023) confirmed £200 million to help fix potholes and resurface roads."),
         _p("The extra funding will be shared among local highway authorities in England, with each council receiving an amount based on the length of its road network."),
         _p("Transport Secretary Mark Harper said:"),
         _q("Potholes are the number one issue for many drivers. This funding will help councils fix the roads their residents use every day."),
         _h("Notes to editors"),
         _p("Allocations for each local highway authority are published alongside this announcement."),
     ],
     after='</div></div><div class="gem-c-share-links"><h2>Share this page</h2><ul><li><a>Share on Facebook</a></li><li><a>Share on Twitter</a></li></ul></div>'
           '<div class="gem-c-published-dates"><p>Published 17 March 2023</p></div>'
           '<div class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a>Pothole funding allocations 2023 to 2024</a></li></ul><h2>Explore the topic</h2><ul><li><a>Local transport</a></li></ul></div>'
           '<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button><a>Report a problem with this page</a></div></main></div>',
     chrome_bottom='\n<footer class="govuk-footer"><h2>Topics</h2><ul><li><a>Benefits</a></li><li><a>Brexit</a></li><li><a>Business and self-employed</a></li></ul><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>© Crown copyright</p></footer>')


# ---------------------------------------------------------------------------------------------
# University, magazine, newsletters

page("university-t4", "https://www.ed.ac.uk/news/2023/ancient-grains-found-in-orkney-site",
     lang="en", title="Ancient grains found at Orkney site rewrite farming timeline", head="bare",
     site="The University of Edinburgh", pub="", author="",
     chrome_top='<div class="uoe-header"><a class="uoe-logo" href="/">THE UNIVERSITY of EDINBURGH</a><ul class="uoe-utility"><li><a>Students</a></li><li><a>Staff</a></li><li><a>Alumni</a></li></ul><form class="uoe-search"><input type="text" placeholder="Search"><button>Search</button></form></div>'
                '<nav class="uoe-nav"><ul><li><a>Study</a></li><li><a>Research</a></li><li><a>Global</a></li><li><a>Visit</a></li><li><a>News</a></li><li><a>About</a></li></ul></nav>\n',
     before='<div class="container"><ol class="breadcrumb"><li><a>Home</a></li><li><a>News</a></li><li><a>2023</a></li></ol><div class="row"><div class="col-md-9"><div class="page-header"><h1>Ancient grains found at Orkney site rewrite farming timeline</h1></div>'
            '<p class="lead">Barley grains more than 5,000 years old show that Neolithic farmers reached Orkney earlier than thought.</p>'
            '<p class="news-date">Wednesday 14 June 2023</p><div class="t4-image"><img src="/grains.jpg"><p class="caption">Charred barley grains from the Ness of Brodgar. Credit: UHI Archaeology Institute</p></div>',
     blocks=[
         _p("Researchers analysed charred cereal grains from a settlement on Orkney's west mainland and dated them to around 3,400 BC, some two centuries earlier than previous evidence of farming on the islands."),
         _p("The grains were recovered from a hearth inside one of the site's stone houses during excavations in 2019."),
         _p("The team used radiocarbon dating and stable isotope analysis to show the crops were grown locally, not traded from mainland Scotland."),
         _p("\"It tells us that the first farmers arrived with seed and knew how to get a harvest from thin, windy soils,\" said lead author Dr Fiona Grant, of the University's School of History, Classics and Archaeology."),
         _p("The study is published in the <em>Journal of Archaeological Science</em>. It was funded by the Arts and Humanities Research Council."),
         _pbr("<strong>For further information, please contact:</strong><br>Kate McAllister, Press and PR Office, 0131 650 9547, kate.mcallister@ed.ac.uk"),
     ],
     after='<div class="related-links"><h2>Related Links</h2><ul><li><a>School of History, Classics and Archaeology</a></li><li><a>Journal article</a></li></ul></div>'
           '<div class="tags"><h2>Tags</h2><a>2023</a> <a>Archaeology</a> <a>College of Arts, Humanities and Social Sciences</a></div></div>'
           '<div class="col-md-3"><div class="panel"><h3>Publication date</h3><p>14 Jun, 2023</p></div><div class="panel"><h3>Press contacts</h3><p>Press and PR Office</p></div></div></div></div>',
     chrome_bottom='\n<footer class="uoe-footer"><p>The University of Edinburgh is a charitable body, registered in Scotland, with registration number SC005336.</p><ul><li><a>Privacy &amp; cookies</a></li><li><a>Website accessibility</a></li><li><a>Freedom of information</a></li></ul></footer>')

page("magazine-feature", "https://www.harborquarterly.com/features/the-last-lighthouse-keepers",
     lang="en-US", title="The Last Lighthouse Keepers", head="ld",
     site="Harbor Quarterly", pub="2022-03-01T09:00:00-05:00", author="Elena Marsh",
     desc="On a rock eleven miles off the coast, two brothers kept a light burning for forty years. Then the Coast Guard came.",
     chrome_top='<header class="masthead"><a class="masthead__logo" href="/">Harbor Quarterly</a><nav><ul><li><a>Features</a></li><li><a>Essays</a></li><li><a>Photography</a></li><li><a>Print Archive</a></li></ul></nav><a class="masthead__subscribe">Subscribe — 4 issues for $40</a></header>\n',
     before='<main><article class="feature"><header class="feature__header"><p class="feature__rubric">Features</p><h1 class="feature__title">The Last Lighthouse Keepers</h1>'
            '<p class="feature__dek">On a rock eleven miles off the coast, two brothers kept a light burning for forty years. Then the Coast Guard came.</p>'
            '<p class="feature__byline">By <a>Elena Marsh</a> · Photographs by <a>Tomas Reyes</a></p><p class="feature__date">March 2022 Issue</p></header>'
            '<figure class="feature__hero"><img src="/light.jpg"><figcaption>Ward Hollis on the gallery of the Seal Rock light, 1979. <span class="credit">Courtesy of the Hollis family</span></figcaption></figure>'
            '<div class="feature__body">',
     blocks=[
         ('<p class="has-dropcap"><span class="dropcap">T</span>he first thing Ward Hollis did every morning for forty years was climb ninety-one steps to wipe the salt off the lens.</p>',
          "The first thing Ward Hollis did every morning for forty years was climb ninety-one steps to wipe the salt off the lens."),
         _p("His brother, Amos, kept the log. The entries, in pencil, run to eleven volumes now stored in a cardboard box in a niece's garage: wind direction, ships sighted, the state of the fog signal, the occasional line about a seal."),
         _x('<aside class="pullquote"><blockquote><p>“We were never lonely. We were busy.”</p></blockquote></aside>'),
         _p("\"People always asked if we were lonely,\" Ward told me last winter, at 88, in the nursing home where he now lives. \"We were never lonely. We were busy.\""),
         _p("The Coast Guard automated Seal Rock in 1987, one of the last lights on the coast to lose its keepers. The brothers were given a month to leave."),
         ('<p class="section-break">* * *</p>', None),
         _p("On the mainland, the brothers did not know what to do with their hands. Amos took a job at a hardware store. Ward built a model of the light, to scale, in his garage."),
         _x('<aside class="pullquote pullquote--right"><blockquote><p>“It was like being fired by the ocean.”</p><cite>Ward Hollis</cite></blockquote></aside>'),
         _p("\"It was like being fired by the ocean,\" he said."),
         _p("Amos died in 2009. The light still turns every night, run by a solar panel and a computer in a town Ward has never visited."),
         _p("<em>This article appears in the March 2022 print edition with the headline “Keepers.”</em>"),
     ],
     after='</div><footer class="feature__footer"><div class="contributor"><p><strong>Elena Marsh</strong> is a contributing writer. Her book about the Maine coast will be published next year.</p></div>'
           '<div class="share"><a>Share</a><a>Tweet</a><a>Email</a></div></footer></article>'
           '<section class="more-features"><h2>More Features</h2><ul><li><a>The Ferry That Never Came</a></li><li><a>Salt</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2022 Harbor Quarterly Media, LLC.", ("About", "Masthead", "Submissions", "Advertise", "Privacy")))

page("beehiiv", "https://www.thesignalbrief.com/p/why-chip-export-rules-keep-changing",
     lang="en", title="Why chip export rules keep changing", head="og",
     site="The Signal Brief", pub="", author="Nora Castillo",
     chrome_top='<div class="sticky top-0"><nav class="flex items-center justify-between"><a href="/"><img src="/logo.png" alt="The Signal Brief"><span>The Signal Brief</span></a><div><a>Login</a><a class="btn">Subscribe</a></div></nav></div>\n',
     before='<main><div class="mx-auto max-w-2xl"><div class="flex flex-col"><h1 class="text-3xl font-bold">Why chip export rules keep changing</h1><h2 class="text-lg">Plus: a new fab in Ohio, and what Nvidia is shipping to China now</h2>'
            '<div class="flex items-center space-x-2"><img src="/nora.jpg"><div><p class="text-sm font-bold">Nora Castillo</p><p class="text-sm">October 19, 2023</p></div></div></div>'
            '<div id="content-blocks" class="dream-post-content">',
     blocks=[
         _p("Good morning. This week the Commerce Department rewrote its rules on chip exports to China for the second time in a year. Here is what changed and why it keeps happening."),
         _x('<div class="subscribe-widget" style="padding:16px;border:1px solid #eee"><p>Get The Signal Brief in your inbox every Thursday.</p><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div>'),
         _h("The rules"),
         _p("The update closes a gap that let companies sell chips just under last year's performance threshold. It also adds 13 Chinese companies to the list of buyers that need a license."),
         _h("Why it keeps changing"),
         _p("Each time the government draws a line, chipmakers design products that sit just below it. The rules are chasing a moving target."),
         _x('<div style="text-align:center"><p><em>Together with</em></p><p><a><strong>Pillar Cloud</strong></a> — Spin up GPU clusters in minutes. Try it free for 30 days.</p></div>'),
         _h("Quick hits"),
         _ul(["Intel broke ground on the second building of its Ohio fab.", "TSMC said demand for AI chips will stay strong into 2025."]),
         _p("That's it for this week. Reply to this email and tell me what you want covered next."),
         _p("— Nora"),
     ],
     after='</div><div class="flex"><p>Reply</p><div class="share"><a>Share</a><a>X</a><a>LinkedIn</a></div></div>'
           '<div class="mt-10 rounded"><h3>Keep Reading</h3><ul><li><a>The quiet race for HBM memory</a></li><li><a>What a chip ban actually bans</a></li></ul></div></div></main>',
     chrome_bottom='\n<footer class="py-8"><p>© 2023 The Signal Brief.</p><ul><li><a>Privacy Policy</a></li><li><a>Terms of Use</a></li></ul><p>Powered by beehiiv</p></footer>')

page("ghost-newsletter", "https://www.fieldnotesweekly.com/the-allotment-waiting-list/",
     lang="en", title="The allotment waiting list", head="ghost",
     site="Field Notes Weekly", pub="2024-02-08T07:30:00.000+00:00", author="Tom Aldridge",
     chrome_top='<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Field Notes Weekly</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a>Home</a></li><li class="nav-archive"><a>Archive</a></li><li class="nav-about"><a>About</a></li></ul></nav>'
                '<div class="gh-head-actions"><a class="gh-head-link" data-portal="signin">Sign in</a><a class="gh-head-button" data-portal="signup">Subscribe</a></div></div></header>\n',
     before='<main id="site-main" class="site-main"><article class="article post tag-essays"><header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a>Essays</a></span></section>'
            '<h1 class="article-title">The allotment waiting list</h1><p class="article-excerpt">Nine years, two councils and one very persistent email.</p>'
            '<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a class="author-avatar"><img src="/tom.jpg"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a>Tom Aldridge</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-02-08">Feb 8, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></div></div></header>'
            '<section class="gh-content gh-canvas">',
     blocks=[
         _p("I put my name down for an allotment in the spring of 2015. Last Tuesday, a letter arrived: plot 14B was mine, if I wanted it."),
         _p("Nine years is not unusual. In some London boroughs the list is closed altogether. In mine, the council's own website advises applicants to \"consider other options\"."),
         _x('<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form=""><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Sign up for Field Notes Weekly</h2><p class="kg-signup-card-subheading">A letter from the garden, every Thursday.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div>'),
         _h("What you get"),
         _p("Plot 14B is ten rods, about 250 square metres, with a shed that leans east and a water trough shared with three neighbours."),
         _p("The previous tenant left rhubarb, a tangle of brambles and a note pinned inside the shed door: \"Good luck with the couch grass.\""),
         _h("What happens next"),
         _p("I have until the end of March to clear a quarter of it, or the committee can offer it to the next name on the list. I intend to keep it."),
         _x('<hr>'),
         _x("<p><em>If someone forwarded you this, you can <a>subscribe here</a>. Thanks for reading.</em></p>"),
     ],
     after='</section><section class="article-comments gh-canvas"><div class="comments-cta"><h3>Join the conversation</h3><p>Become a member of Field Notes Weekly to start commenting.</p><a data-portal="signup">Sign up now</a><p>Already a member? <a data-portal="signin">Sign in</a></p></div></section></article>'
           '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a><h2 class="post-card-title">Seed catalogue season</h2></a></article></div></aside></main>',
     chrome_bottom='\n<footer class="site-footer outer"><div class="inner"><section class="copyright"><a>Field Notes Weekly</a> © 2024</section><nav class="site-footer-nav"><ul><li><a>Sign up</a></li></ul></nav><div class="gh-powered-by"><a>Powered by Ghost</a></div></div></footer>')


# ---------------------------------------------------------------------------------------------
# Forum-like, docs-style and lifestyle posts

page("xenforo-article", "https://www.trainboard-forums.com/threads/restoring-a-1950s-lionel-layout-part-1.98231/",
     lang="en-US", title="Restoring a 1950s Lionel layout, part 1", head="og",
     site="TrainBoard Forums", pub="", author="OldRailFan",
     chrome_top='<div class="p-pageWrapper"><header class="p-header"><div class="p-header-logo"><a href="/">TrainBoard Forums</a></div></header><nav class="p-nav"><ul class="p-nav-list"><li><a>Forums</a></li><li><a>What\'s new</a></li><li><a>Media</a></li><li><a>Members</a></li></ul><a>Log in</a><a>Register</a></nav>\n',
     before='<div class="p-body"><div class="p-breadcrumbs"><a>Forums</a> › <a>O Scale Trains</a> › <a>Articles</a></div><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Restoring a 1950s Lionel layout, part 1</h1></div>'
            '<div class="p-description"><ul class="listInline"><li>Thread starter <a class="username">OldRailFan</a></li><li><time class="u-dt">Apr 3, 2021</time></li><li>Tags: <a>lionel</a> <a>restoration</a></li></ul></div></div>'
            '<div class="block block--messages"><article class="message message--article"><div class="message-cell message-cell--main"><div class="message-attribution"><a class="username">OldRailFan</a> <time>Apr 3, 2021</time> <span>#1</span></div>'
            '<div class="message-content"><div class="message-userContent"><article class="message-body"><div class="bbWrapper">',
     blocks=[
         _br("Last fall my father-in-law handed me the keys to his basement and said, \"It's yours if you can make it run.\" What was down there was a 12-by-20 foot Lionel layout he built in 1956 and had not powered up since the Carter administration."),
         _br("This is the first of a few articles on bringing it back. Part 1 is the survey: what works, what doesn't, and what I found under forty years of dust."),
         ('<b>The track</b><br><br>\n', "The track"),
         _br("Almost all of it is original O27 tubular track. About a third of the rail joints were loose or corroded. I pulled every section, cleaned the pins with a brass brush and tightened them with pliers."),
         ('<b>The transformer</b><br><br>\n', "The transformer"),
         _br("The ZW transformer is the heart of the layout. I would not plug one of these in without checking the cord and the rollers first. Mine needed a new cord, and one roller was worn flat."),
         _br("Next time: the locomotives, starting with a 2046 that had not moved in decades."),
     ],
     after='</div></article><div class="message-lastEdit">Last edited: Apr 4, 2021</div></div></div><footer class="message-footer"><div class="reactionsBar"><a>Like</a><span>CSXguy, tinplate_tom and 14 others</span></div></footer></div></article>'
           '<article class="message message--post"><div class="message-attribution"><a class="username">CSXguy</a> <time>Apr 3, 2021</time> <span>#2</span></div><div class="message-content"><article class="message-body"><div class="bbWrapper">Great start! Those ZWs are bulletproof once you redo the cord. Looking forward to part 2.</div></article></div></article>'
           '<article class="message message--post"><div class="message-attribution"><a class="username">tinplate_tom</a> <time>Apr 4, 2021</time> <span>#3</span></div><div class="message-content"><article class="message-body"><div class="bbWrapper">Check the rollers on the 2046 too. Mine had the same wear pattern. Nice write-up, thanks for posting this.</div></article></div></article>'
           '<div class="block-outer"><a>Reply</a></div></div></div>',
     chrome_bottom='\n<footer class="p-footer"><ul><li><a>Contact us</a></li><li><a>Terms and rules</a></li><li><a>Privacy policy</a></li><li><a>Help</a></li></ul><p>Community platform by XenForo® © 2010-2021 XenForo Ltd.</p></footer></div>')

page("docusaurus-blog", "https://lumen-db.dev/blog/2023/05/22/faster-joins-in-0-9",
     lang="en", title="Faster joins in Lumen 0.9", head="og",
     site="Lumen", pub="", author="Sara Kowalczyk",
     chrome_top='<div id="__docusaurus"><nav class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title">Lumen</b></a><a class="navbar__item navbar__link">Docs</a><a class="navbar__item navbar__link">API</a><a class="navbar__item navbar__link navbar__link--active">Blog</a></div><div class="navbar__items navbar__items--right"><a class="navbar__item">GitHub</a><div class="searchBox"><button>Search</button></div></div></div></nav>\n',
     before='<div class="main-wrapper"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s"><div class="sidebarItemTitle_pO2u">Recent posts</div><ul><li><a>Faster joins in Lumen 0.9</a></li><li><a>Lumen 0.8 release notes</a></li><li><a>Why we rewrote the planner</a></li></ul></nav></aside>'
            '<main class="col col--7"><article><header><h1 class="title_f1Hy">Faster joins in Lumen 0.9</h1><div class="container_mt6G margin-vert--md"><time datetime="2023-05-22T00:00:00.000Z">May 22, 2023</time> · 5 min read</div>'
            '<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><div class="avatar__intro"><div class="avatar__name"><a><span>Sara Kowalczyk</span></a></div><small class="avatar__subtitle">Core maintainer</small></div></div></div></div></header>'
            '<div class="markdown">',
     blocks=[
         _p("Lumen 0.9 ships a new hash join that is up to four times faster on large tables. This post explains what changed and how to get the most out of it."),
         _h("The old join"),
         _p("Until now, Lumen built its hash table on whichever side of the join the query planner saw first. When that was the larger table, memory use exploded."),
         _h("What changed"),
         _p("The planner now estimates the size of both inputs and builds on the smaller one. For a typical query, you do not need to change anything:"),
         ('<div class="codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre class="prism-code language-sql codeBlock_bY9V"><code class="codeBlockLines_e6Vv"><span class="token-line">SELECT o.id, c.name</span>\n<span class="token-line">FROM orders o</span>\n<span class="token-line">JOIN customers c ON c.id = o.customer_id;</span></code></pre><div class="buttonGroup__atx"><button class="clean-btn" aria-label="Copy code to clipboard" title="Copy">Copy</button></div></div></div>',
          "SELECT o.id, c.name\nFROM orders o\nJOIN customers c ON c.id = o.customer_id;"),
         ('<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"></svg></span>note</div><div class="admonitionContent_BuS1"><p>If you pinned the join order with a hint, the hint still wins.</p></div></div>',
          "note\n\nIf you pinned the join order with a hint, the hint still wins."),
         _h("Benchmarks"),
         _p("On the TPC-H queries at scale factor 10, the median query ran 2.3 times faster, and query 9 ran 4.1 times faster."),
         _p("Upgrade with <code>pip install -U lumen-db</code> and let us know how it goes on GitHub Discussions."),
     ],
     after='</div><footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm"><li><a>release</a></li><li><a>performance</a></li></ul></div><div class="col margin-top--sm"><a class="edit-this-page">Edit this page</a></div></footer></article>'
           '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--prev"><div class="pagination-nav__sublabel">Newer Post</div><div class="pagination-nav__label">Lumen 1.0 roadmap</div></a><a class="pagination-nav__link pagination-nav__link--next"><div class="pagination-nav__sublabel">Older Post</div><div class="pagination-nav__label">Lumen 0.8 release notes</div></a></nav></main>'
           '<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents"><li><a>The old join</a></li><li><a>What changed</a></li><li><a>Benchmarks</a></li></ul></div></div></div></div></div>',
     chrome_bottom='\n<footer class="footer footer--dark"><div class="footer__links"><div class="footer__col"><div class="footer__title">Docs</div><ul><li><a>Getting started</a></li></ul></div><div class="footer__col"><div class="footer__title">Community</div><ul><li><a>Discord</a></li><li><a>GitHub</a></li></ul></div></div><div class="footer__copyright">Copyright © 2023 The Lumen Authors. Built with Docusaurus.</div></footer></div>')

page("lifestyle-shop", "https://www.thecozynest.com/cozy-fall-porch-ideas-and-apple-cider-recipe/",
     lang="en-US", title="Cozy Fall Porch Ideas (and My Hot Apple Cider Recipe)", head="yoast",
     site="The Cozy Nest", pub="2022-09-27T10:00:00+00:00", author="Jenna Wallace",
     chrome_top='<header class="site-header"><div class="wrap"><p class="site-title"><a href="/">The Cozy Nest</a></p><nav class="nav-primary"><ul class="menu genesis-nav-menu"><li><a>Home Decor</a></li><li><a>DIY</a></li><li><a>Recipes</a></li><li><a>Shop My Home</a></li><li><a>About</a></li></ul></nav></div></header>\n',
     before='<div class="site-inner"><main class="content"><article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">Cozy Fall Porch Ideas (and My Hot Apple Cider Recipe)</h1><p class="entry-meta">by <span class="entry-author">Jenna Wallace</span> · <time class="entry-time">September 27, 2022</time> · <a>12 comments</a></p></header>'
            '<div class="entry-content"><p class="affiliate-disclosure"><em>This post contains affiliate links, which means I may earn a small commission if you make a purchase, at no cost to you.</em></p>',
     blocks=[
         _p("There is nothing I love more than the first cool morning of fall, when I can finally swap the ferns on the front porch for mums and pumpkins."),
         _p("This year I kept things simple: a few textures, lots of warm light, and a spot to sit with a mug of cider."),
         _h("1. Layer your rugs"),
         _p("A jute rug under a smaller plaid one instantly makes the porch feel like a room. Look for outdoor-rated rugs so they survive the rain."),
         _x('<div class="wp-block-group shop-the-look"><h4>Shop the look</h4><div class="product-card"><img src="/rug.jpg"><p class="product-title">Buffalo Check Outdoor Rug, 3x5</p><p class="product-price">$39.99</p><a class="btn" rel="sponsored nofollow">Shop Now</a></div><div class="product-card"><img src="/jute.jpg"><p class="product-title">Natural Jute Rug, 5x8</p><p class="product-price">$89.00</p><a class="btn" rel="sponsored nofollow">Shop Now</a></div></div>'),
         _h("2. Mix real and faux pumpkins"),
         _p("I buy two or three real heirloom pumpkins each year and fill in with faux ones I can reuse. Nobody can tell from the street."),
         _x('<div class="adthrive-ad adthrive-content"><span>Advertisement</span></div>'),
         _h("3. Add a warm drink station"),
         _p("A small tray with mugs, cinnamon sticks and a thermos of cider turns the porch into the place everyone wants to be. Here is the recipe I make every weekend."),
         ('<div class="tasty-recipes tasty-recipes-display"><div class="tasty-recipes-entry-header"><h2 class="tasty-recipes-title">Hot Apple Cider</h2><div class="tasty-recipes-rating">★★★★★ 4.8 from 25 reviews</div><div class="tasty-recipes-details"><span class="tasty-recipes-label">Prep Time:</span> 5 minutes <span class="tasty-recipes-label">Cook Time:</span> 30 minutes <span class="tasty-recipes-label">Yield:</span> 8 cups</div><div class="tasty-recipes-buttons"><a>Print Recipe</a><a>Pin Recipe</a></div></div>'
          '<div class="tasty-recipes-ingredients"><h3>Ingredients</h3><ul><li>8 cups apple cider</li><li>3 cinnamon sticks</li><li>1 orange, sliced</li><li>6 whole cloves</li></ul></div>'
          '<div class="tasty-recipes-instructions"><h3>Instructions</h3><ol><li>Pour the cider into a large pot and add the cinnamon, orange and cloves.</li><li>Simmer over low heat for 30 minutes.</li><li>Strain and serve warm.</li></ol></div>'
          '<div class="tasty-recipes-footer"><p>Did you make this recipe? Tag @thecozynest on Instagram</p></div></div>',
          "Ingredients\n\n8 cups apple cider\n3 cinnamon sticks\n1 orange, sliced\n6 whole cloves\n\nInstructions\n\nPour the cider into a large pot and add the cinnamon, orange and cloves.\nSimmer over low heat for 30 minutes.\nStrain and serve warm."),
     ],
     after='<div class="jp-relatedposts"><h3>Related</h3><ul><li><a>Fall Mantel Decor</a></li></ul></div></div><footer class="entry-footer"><p class="entry-meta">Filed Under: <a>Fall</a>, <a>Porch</a></p></footer>'
           '<div class="author-box"><p>Hi, I\'m Jenna! I share simple ways to make your home feel cozy on a budget.</p></div></article>'
           '<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list"><li><p>Love the plaid rug! Where did you get the lantern?</p></li></ol></div></main></div>',
     chrome_bottom=_foot("Copyright © 2022 The Cozy Nest · As an Amazon Associate I earn from qualifying purchases.", ("Privacy Policy", "Disclosure", "Contact", "Work With Me")))


# ---------------------------------------------------------------------------------------------
# Sports, courts, science, podcasts, photographs

page("match-report", "https://www.northerntelegraph.co.uk/sport/football/rovers-2-1-town-late-winner-seals-derby-win-4417823",
     lang="en-GB", title="Rovers 2-1 Town: Late winner seals derby win as Rovers go top", head="ld",
     site="Northern Telegraph", pub="2023-10-21T17:12:00+01:00", author="Chris Hale",
     chrome_top=_nav("Northern Telegraph", ["News", "Sport", "Football", "Rugby League", "What's On", "Jobs"]),
     before='<main><article class="article"><div class="article-header"><p class="kicker"><a>Rovers</a></p><h1 class="headline">Rovers 2-1 Town: Late winner seals derby win as Rovers go top</h1>'
            '<p class="standfirst">Substitute Josh Kerr struck in the 89th minute at a sold-out Ewood Lane.</p>'
            '<div class="byline"><span class="byline__name">By <a>Chris Hale</a></span> <span class="byline__role">Football writer</span><time>Saturday, 21st October 2023, 5:12 pm</time></div></div>'
            '<div class="match-centre-widget"><div class="scoreline"><span>Rovers</span><span>2 - 1</span><span>Town</span></div><p>Full time</p><a>Live match centre</a></div>'
            '<div class="article-content">',
     blocks=[
         _p("Substitute Josh Kerr headed a late winner as Rovers came from behind to beat Town 2-1 and go top of League One."),
         _p("Town led through Matt Oyelaran's deflected strike after 23 minutes, and Rovers struggled to break down a well-organised visiting side until the break."),
         _p("Danny Webb levelled with a low shot from 20 yards on 61 minutes before Kerr, on for only eight minutes, met Liam Foley's cross at the far post."),
         _p("\"It's the one everyone wants to win,\" said Rovers manager Steve Barnes. \"The lads never stopped.\""),
         _x('<div class="read-more-inline"><strong>READ MORE:</strong> <a>Barnes: We have a squad that can go up</a></div>'),
         _h("How the top of League One looks"),
         _table([["Pos", "Team", "P", "GD", "Pts"], ["1", "Rovers", "13", "+12", "29"], ["2", "Wanderers", "13", "+10", "28"], ["3", "City", "12", "+9", "26"]], "league-table"),
         _h("Teams"),
         _p("<strong>Rovers:</strong> Price; Foley, Adams, Grant, Moss; Webb, Turner (Kerr 81), Hughes; Lane, Obi, Sharp."),
         _p("<strong>Town:</strong> Walsh; Dunn, Carver, Mills, Ahmed; Oyelaran, Ross, Hart; Cole, Barker, Kelly."),
         _p("<strong>Attendance:</strong> 14,902"),
     ],
     after='</div><div class="player-ratings-promo"><a>Rovers player ratings: Who starred in the derby?</a></div><div class="tags"><a>Rovers</a><a>League One</a></div></article>'
           '<aside class="most-read"><h3>Most Popular</h3><ol><li><a>Rovers confirm ticket details for cup tie</a></li></ol></aside></main>',
     chrome_bottom=_foot("© 2023 National World Publishing Ltd. All rights reserved.", ("Contact Us", "Advertise", "Terms and Conditions", "Privacy notice")))

page("court-report", "https://www.courthousebeat.com/2022/11/29/appeals-court-revives-lawsuit-over-school-phone-searches/",
     lang="en-US", title="Appeals court revives lawsuit over school phone searches", head="yoast",
     site="Courthouse Beat", pub="2022-11-29T18:40:00+00:00", author="Rachel Okoro",
     chrome_top=_nav("Courthouse Beat", ["Appellate", "Criminal", "Civil Rights", "Business", "Opinions"]),
     before='<div class="page"><main><article class="post"><h1 class="post-title">Appeals court revives lawsuit over school phone searches</h1>'
            '<div class="post-meta"><span class="author">RACHEL OKORO</span> <span class="date">November 29, 2022</span></div>'
            '<p class="post-lede">A split Ninth Circuit panel said a vice principal who scrolled through a student\'s text messages may have violated the Fourth Amendment.</p>'
            '<div class="post-body">',
     blocks=[
         _p("SAN FRANCISCO (CB) — A federal appeals court on Tuesday revived a lawsuit by a California high school student whose phone was searched by a vice principal looking for evidence of a fight."),
         _p("In a 2-1 decision, a panel of the Ninth Circuit reversed a judge's ruling that the vice principal was entitled to qualified immunity, finding the search went further than the suspicion that justified it."),
         _p("\"A student's phone holds the privacies of life,\" U.S. Circuit Judge Maria Ochoa wrote for the majority. \"Reasonable suspicion that a student was in a fight does not license a search of his photographs from two years earlier.\""),
         _p("In dissent, Judge Robert Hale wrote that school officials need \"room to act quickly\" and that no prior case clearly barred the search."),
         _p("The student's attorney, Dana Lewis, said the family was pleased. The school district did not respond to a request for comment."),
         _p("The case is <em>J.M. v. Pacific Unified School District</em>, No. 21-55123."),
     ],
     after='</div><div class="doc-box"><h4>Documents</h4><p><a>Read the opinion (PDF)</a></p></div><div class="post-tags">Tags: <a>Fourth Amendment</a> <a>Education</a></div></article>'
           '<aside class="sidebar"><div class="widget"><h3>Subscribe to the Daily Brief</h3><form><input type="email"><button>Sign up</button></form></div><div class="widget"><h3>Recent</h3><ul><li><a>Supreme Court hears tax case</a></li></ul></div></aside></main></div>',
     chrome_bottom=_foot("Copyright © 2022 Courthouse Beat. All rights reserved.", ("About", "Staff", "Contact", "Privacy")))

page("science-figures", "https://www.sciencenewsdigest.org/article/octopus-arms-sleep-independently",
     lang="en", title="Octopus arms may sleep on their own schedule", head="ld",
     site="Science News Digest", pub="2024-01-17T11:00:00-05:00", author="Hannah Lee",
     chrome_top=_nav("Science News Digest", ["Life", "Earth", "Space", "Physics", "Health", "Archive"]),
     before='<main><article class="article"><header class="header-default"><p class="topic"><a>Animals</a></p><h1 class="header-default__title">Octopus arms may sleep on their own schedule</h1>'
            '<p class="header-default__summary">Recordings from the arms of sleeping octopuses hint that each arm rests semi-independently</p>'
            '<div class="byline"><span class="author">By <a>Hannah Lee</a></span> <time>January 17, 2024 at 11:00 am</time></div></header>'
            '<div class="rich-text single__rich-text">',
     blocks=[
         _p("When an octopus sleeps, its arms might not all get the memo at once."),
         _p("Electrical recordings from the nerve cords of sleeping common octopuses show waves of activity that start and stop in one arm at a time, researchers report January 10 in <em>Current Biology</em>."),
         _x('<figure class="wp-block-image"><img src="/octo.jpg"><figcaption><span class="caption">An octopus sleeping in its den turns pale; during "active sleep," its skin flickers through colors and its arms twitch.</span> <span class="credit">S. Medeiros et al/Current Biology 2024</span></figcaption></figure>'),
         _p("Octopuses, like people, cycle between a quiet sleep and an active one. During active sleep, the animals' skin flashes with color, much as human eyes dart during dreams."),
         _p("But the new recordings suggest the arms, which hold two-thirds of an octopus's neurons, don't always join in. \"It's as if each arm has its own bedtime,\" says neuroscientist Sylvia Medeiros of the Okinawa Institute of Science and Technology."),
         _x('<figure class="wp-block-image"><img src="/chart.png"><figcaption><span class="caption">Activity in each of the octopus\'s eight arms (rows) over one night. Dark bands show bursts of active sleep.</span> <span class="credit">S. Medeiros et al/Current Biology 2024</span></figcaption></figure>'),
         _p("Not everyone is convinced. Whether an arm can sleep on its own depends on how sleep is defined, says biologist Peter Godfrey, who was not involved in the study."),
     ],
     after='</div><section class="citations"><h3>Citations</h3><p class="citation">S. Medeiros et al. <a>Cyclic alternation of quiet and active sleep states in the octopus.</a> <em>Current Biology</em>. Published online January 10, 2024. doi: 10.1016/j.cub.2024.01.001.</p>'
           '<p class="citation">R. Pophale et al. <a>Wake-like skin patterning and neural activity during octopus sleep.</a> <em>Nature</em>. Vol. 619, July 2023, p. 129.</p></section>'
           '<div class="author-card"><p><strong>Hannah Lee</strong> is a staff writer covering life sciences.</p></div></article>'
           '<aside class="related"><h3>More Stories from Science News Digest on Animals</h3><ul><li><a>Jumping spiders may dream</a></li></ul></aside></main>',
     chrome_bottom=_foot("© Society for Science &amp; the Public 2000–2024. All rights reserved.", ("About Us", "Subscribe", "Advertise", "Privacy Policy")))

page("the-conversation", "https://theconversation.com/heat-pumps-work-in-cold-climates-heres-the-evidence-214522",
     lang="en", title="Heat pumps work in cold climates – here's the evidence", head="ld",
     site="The Conversation", pub="2023-10-24T12:28:41Z", author="Jan Rosenow",
     chrome_top='<header id="header" class="global-header"><a class="logo" href="/">The Conversation</a><p class="tagline">Academic rigour, journalistic flair</p><nav><ul><li><a>Arts + Culture</a></li><li><a>Business + Economy</a></li><li><a>Environment + Energy</a></li><li><a>Health</a></li><li><a>Science + Tech</a></li></ul></nav><a class="donate">Donate</a><a class="newsletter">Get newsletter</a></header>\n',
     before='<main class="content"><article itemscope itemtype="http://schema.org/Article"><header class="content-header"><h1 class="legacy entry-title instapaper_title" itemprop="name">Heat pumps work in cold climates – here\'s the evidence</h1>'
            '<div class="timestamps"><p>Published: October 24, 2023 8:28am EDT</p></div>'
            '<div class="author-list"><ul><li><a class="author-name">Jan Rosenow</a>, <span class="role">Honorary Research Associate, University of Oxford</span></li></ul></div>'
            '<div class="disclosure"><h4>Disclosure statement</h4><p>Jan Rosenow works for the Regulatory Assistance Project, an NGO working on clean energy policy.</p><h4>Partners</h4><p>University of Oxford provides funding as a member of The Conversation UK.</p></div>'
            '<div class="content-share"><a>Email</a><a>X (Twitter)</a><a>Facebook</a><a>LinkedIn</a><a>Print</a></div></header>'
            '<div itemprop="articleBody" class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos">',
     blocks=[
         _p("Heat pumps are often said to struggle in cold weather. Our new analysis of field trials in seven countries shows that is largely a myth."),
         _p("We looked at data from homes in Norway, Finland, Canada, the US, Germany, Switzerland and the UK, covering hundreds of heat pumps through real winters."),
         _h("Performance in the cold"),
         _p("At temperatures down to -10°C, air-source heat pumps in the trials delivered two to three units of heat for every unit of electricity they used."),
         _x('<aside class="inline-promo"><p><a>Don\'t have time to read about climate change as much as you\'d like? Get a weekly roundup in your inbox instead.</a></p></aside>'),
         _p("Even below -20°C, most still outperformed electric resistance heating, which converts one unit of electricity into one unit of heat."),
         _h("Why the myth persists"),
         _p("Early heat pumps really did struggle in the cold, and a poorly installed unit still will. But modern systems are a different technology."),
     ],
     after='</div><div class="topic-list"><h3>Tags</h3><ul><li><a>Heat pumps</a></li><li><a>Energy</a></li></ul></div>'
           '<div class="republish"><h3>Republish this article</h3><p>Republish our articles for free, online or in print, under Creative Commons licence.</p><a>Republish this article</a></div></article>'
           '<aside class="sidebar"><div class="events"><h3>Events</h3><p>More events</p></div><div class="jobs"><h3>Jobs</h3><p>Research Fellow</p></div></aside>'
           '<div class="comments"><h2>Want to write?</h2><p>Write an article and join a growing community of more than 180,000 academics.</p><a>Register now</a></div></main>',
     chrome_bottom=_foot("Copyright © 2010–2023, The Conversation US, Inc.", ("Who we are", "Our charter", "Our team", "Partners and funders", "Privacy policy", "Terms and conditions")))

page("podcast-episode", "https://www.smallfarmradio.org/episodes/episode-112-saving-seeds-with-maria-santos",
     lang="en", title="Episode 112: Saving seeds with Maria Santos", head="og",
     site="Small Farm Radio", pub="", author="Ben Hartley",
     chrome_top=_nav("Small Farm Radio", ["Episodes", "Guests", "About", "Support the Show"]),
     before='<main><article class="episode"><header class="episode-header"><p class="episode-number">Episode 112</p><h1>Episode 112: Saving seeds with Maria Santos</h1><p class="episode-meta">June 6, 2023 · 42 min · Hosted by Ben Hartley</p></header>'
            '<div class="episode-player"><audio controls src="https://media.example/sfr112.mp3"></audio><div class="player-controls"><button>Play</button><span>00:00</span><span>42:18</span><button>1x</button></div>'
            '<div class="subscribe-links"><span>Listen on:</span><a>Apple Podcasts</a><a>Spotify</a><a>Overcast</a><a>RSS</a></div></div>'
            '<div class="episode-notes">',
     blocks=[
         _p("Maria Santos has been saving seeds on her two-acre farm in New Mexico for 20 years. She talks with Ben about why seed saving matters, which crops are easiest to start with, and how to keep varieties from crossing."),
         _h("In this episode"),
         _ul(["Why beans and tomatoes are the easiest seeds to save", "Isolation distances for squash", "Starting a community seed library"]),
         _h("Transcript"),
         _turn("Ben Hartley", "Maria, thanks for coming on. How did you get into seed saving?"),
         _turn("Maria Santos", "Honestly, by accident. My grandmother gave me a jar of bean seeds she had been growing since the 1950s, and I realized if I didn't grow them, nobody would."),
         _turn("Ben Hartley", "So where should a beginner start?"),
         _turn("Maria Santos", "Beans, peas, tomatoes. They mostly pollinate themselves, so what you save is what you get. Squash is harder, because the bees will happily cross your zucchini with your neighbor's pumpkin."),
         _turn("Ben Hartley", "How far apart do they need to be?"),
         _turn("Maria Santos", "For squash, ideally half a mile. Most of us can't do that, so we hand-pollinate and tape the flowers shut."),
     ],
     after='</div><div class="episode-support"><p>Small Farm Radio is listener-supported. <a>Become a member</a> for ad-free episodes.</p></div>'
           '<nav class="episode-nav"><a>← Episode 111: Cover crops</a><a>Episode 113: Farm insurance →</a></nav></article></main>',
     chrome_bottom=_foot("© 2023 Small Farm Radio. Music by The Hayloft Band.", ("Episodes", "Contact", "Privacy")))

page("photo-captions", "https://www.northlightpictures.com/stories/2021/ice-fishing-village-lake-winnebago",
     lang="en", title="In pictures: The ice fishing village on Lake Winnebago", head="og",
     site="Northlight Pictures", pub="", author="Anna Berg",
     chrome_top=_nav("Northlight Pictures", ["Stories", "Photographers", "Prints", "About"]),
     before='<main><article class="gallery-story"><header><h1>In pictures: The ice fishing village on Lake Winnebago</h1><p class="credit-line">Photographs by <a>Anna Berg</a> · February 12, 2021</p></header>'
            '<div class="gallery-intro">',
     blocks=[
         _p("Every winter, when the ice on Lake Winnebago is thick enough, a village of more than a thousand shanties appears on the lake. Anglers come for sturgeon, walleye and each other's company."),
         ('</div><div class="gallery-item"><img src="/1.jpg"><div class="gallery-caption"><p>Shanties line a plowed road on the ice near Stockbridge, Wisconsin. Some owners park trucks next to them for weeks.</p><span class="gallery-credit">Anna Berg / Northlight</span><span class="gallery-count">1 / 4</span></div></div>',
          "Shanties line a plowed road on the ice near Stockbridge, Wisconsin. Some owners park trucks next to them for weeks."),
         ('<div class="gallery-item"><img src="/2.jpg"><div class="gallery-caption"><p>Dave Kurtz, 71, watches a hole cut through 22 inches of ice. He has fished sturgeon season for 50 years.</p><span class="gallery-credit">Anna Berg / Northlight</span><span class="gallery-count">2 / 4</span></div></div>',
          "Dave Kurtz, 71, watches a hole cut through 22 inches of ice. He has fished sturgeon season for 50 years."),
         ('<div class="gallery-item"><img src="/3.jpg"><div class="gallery-caption"><p>A registration station weighs a 68-pound lake sturgeon. The season closes when the harvest cap is reached, sometimes within days.</p><span class="gallery-credit">Anna Berg / Northlight</span><span class="gallery-count">3 / 4</span></div></div>',
          "A registration station weighs a 68-pound lake sturgeon. The season closes when the harvest cap is reached, sometimes within days."),
         ('<div class="gallery-item"><img src="/4.jpg"><div class="gallery-caption"><p>At dusk the shanties light up one by one. \"It\'s a neighborhood,\" Kurtz said. \"It just melts every spring.\"</p><span class="gallery-credit">Anna Berg / Northlight</span><span class="gallery-count">4 / 4</span></div></div><div>',
          "At dusk the shanties light up one by one. \"It's a neighborhood,\" Kurtz said. \"It just melts every spring.\""),
     ],
     after='</div><div class="prints-promo"><p>Prints from this story are available in our shop.</p><a>Buy a print</a></div><div class="share"><a>Share</a></div></article>'
           '<section class="more-stories"><h2>More stories</h2><ul><li><a>The last drive-in theaters of Ohio</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2021 Northlight Pictures. All images are copyrighted and may not be used without permission."))


# ---------------------------------------------------------------------------------------------
# European languages

page("gazetakrakowska", "https://gazetakrakowska.pl/krakow-nowa-linia-tramwajowa-na-gorke-narodowa-otwarta/ar/c1-17512345",
     lang="pl", title="Kraków. Nowa linia tramwajowa na Górkę Narodową otwarta. Pierwsi pasażerowie już pojechali", head="ld",
     site="Gazeta Krakowska", pub="2023-12-18T10:45:00+01:00", author="Piotr Tymczak",
     chrome_top=_nav("Gazeta Krakowska", ["Wiadomości", "Kraków", "Małopolska", "Sport", "Kultura", "Motofakty"]),
     before='<main><article class="atomsArticle"><div class="atomsArticleHead"><h1 class="atomsArticleHead__title">Kraków. Nowa linia tramwajowa na Górkę Narodową otwarta. Pierwsi pasażerowie już pojechali</h1>'
            '<div class="atomsArticleHead__info"><a class="atomsAuthor">Piotr Tymczak</a><time>18 grudnia 2023, 10:45</time><span class="atomsArticleHead__readTime">Czas czytania: 2 minuty</span></div>'
            '<div class="atomsShareButtons"><a>Udostępnij</a><a>Facebook</a><a>X</a></div></div>'
            '<p class="atomsArticleLead"><strong>W poniedziałek rano z pętli Górka Narodowa wyjechał pierwszy tramwaj z pasażerami. Nowa trasa ma 3,5 km i siedem przystanków.</strong></p>'
            '<figure class="atomsImage"><img src="/tram.jpg"><figcaption>Pierwszy tramwaj na nowej trasie. Fot. Andrzej Banaś / Polska Press</figcaption></figure>'
            '<div class="atomsArticleBody">',
     blocks=[
         _p("Budowa linii tramwajowej z Krowodrzy Górki na Górkę Narodową trwała ponad dwa lata i kosztowała około 700 mln zł. Inwestycja była współfinansowana ze środków unijnych."),
         _p("Na nowej trasie kursują dwie linie: 4 i 14. W godzinach szczytu tramwaje mają jeździć co 7–8 minut."),
         _x('<div class="atomsRelated"><p><strong>Zobacz też:</strong> <a>Utrudnienia na Alejach. Zmiany w kursowaniu autobusów</a></p></div>'),
         _p("– To jedna z najważniejszych inwestycji transportowych w Krakowie w ostatnich latach – mówił podczas otwarcia prezydent miasta Jacek Majchrowski."),
         _x('<div class="atomsAd"><span>Reklama</span></div>'),
         _p("Mieszkańcy Prądnika Białego od lat czekali na tramwaj. Do tej pory do centrum dojeżdżali zatłoczonymi autobusami."),
     ],
     after='</div><div class="atomsTags"><a>tramwaj</a><a>Górka Narodowa</a><a>MPK Kraków</a></div>'
           '<div class="atomsNewsletter"><p>Bądź na bieżąco i obserwuj nas w Google News!</p></div>'
           '<div class="atomsComments"><h3>Dodaj komentarz</h3><p>Komentarze (23)</p></div></article></main>',
     chrome_bottom=_foot("© Polska Press Sp. z o.o. 2023", ("Regulamin", "Polityka prywatności", "Kontakt", "Reklama")))

page("denik", "https://brnensky.denik.cz/zpravy_region/brno-nadrazi-prestavba-termin-20230914.html",
     lang="cs", title="Přestavba brněnského nádraží se opět zdrží, stavět se začne nejdříve v roce 2027", head="og",
     site="Brněnský deník", pub="", author="Jana Dušková",
     chrome_top=_nav("Brněnský deník", ["Zprávy", "Sport", "Kultura", "Ekonomika", "Auto", "Bydlení"]),
     before='<main id="main"><article class="article-detail"><div class="article-detail__header"><h1>Přestavba brněnského nádraží se opět zdrží, stavět se začne nejdříve v roce 2027</h1>'
            '<div class="article-detail__info"><span class="author">Jana Dušková</span> <time>14. 9. 2023 06:00</time></div>'
            '<p class="perex">Brňané si na nové hlavní nádraží ještě počkají. Správa železnic musí kvůli připomínkám úřadů přepracovat část dokumentace.</p></div>'
            '<div class="article-detail__body">',
     blocks=[
         _p("Podle původního plánu se mělo s přestavbou železničního uzlu začít v roce 2025. Nyní Správa železnic počítá nejdříve s rokem 2027."),
         _p("„Posudek vlivu na životní prostředí vyžaduje doplnění hlukové studie,“ uvedla mluvčí Správy železnic Kateřina Šubová."),
         _x('<div class="article-related"><p>Přečtěte si také: <a>Brno chce zrychlit stavbu tramvaje do kampusu</a></p></div>'),
         _p("Nové nádraží má vyrůst zhruba 800 metrů jižně od současného, u řeky Svratky. Celková cena se odhaduje na 50 miliard korun."),
         _x('<div class="dd-ad"><p>Reklama</p></div>'),
         _p("Primátorka Markéta Vaňková zpoždění označila za nepříjemné, ale podle ní projekt není ohrožen."),
     ],
     after='</div><div class="article-detail__tags"><span>Témata:</span> <a>Brno</a> <a>nádraží</a></div>'
           '<div class="article-detail__discussion"><a>Diskuze (48)</a></div></article></main>',
     chrome_bottom=_foot("© 2023 VLTAVA LABE MEDIA a.s. a dodavatelé obsahu. Všechna práva vyhrazena.", ("Kontakty", "Reklama", "Ochrana osobních údajů")))

page("digi24", "https://www.digi24.ro/stiri/actualitate/metroul-din-cluj-primele-tuneluri-2612345",
     lang="ro", title="Metroul din Cluj: au început lucrările la primele tuneluri", head="ld",
     site="Digi24", pub="2023-11-07T14:12:00+02:00", author="M.S.",
     chrome_top=_nav("Digi24", ["Actualitate", "Politică", "Economie", "Externe", "Sport", "Sănătate"]),
     before='<main><article class="article"><div class="article-header"><h1>Metroul din Cluj: au început lucrările la primele tuneluri</h1>'
            '<div class="author-meta"><span>Data publicării: <time>07.11.2023 14:12</time></span></div>'
            '<div class="article-share"><a>Distribuie pe Facebook</a><a>WhatsApp</a></div></div>'
            '<figure class="article-thumb"><img src="/metro.jpg"><figcaption>Foto: Primăria Cluj-Napoca</figcaption></figure>'
            '<div class="entry data-app-meta data-app-meta-article">',
     blocks=[
         _p("Lucrările la primele tuneluri ale metroului din Cluj-Napoca au început marți, a anunțat primarul Emil Boc."),
         _p("Prima etapă vizează un tronson de 2 kilometri între cartierul Mănăștur și zona centrală a orașului."),
         _x('<div class="article-related"><p><strong>Citește și:</strong> <a>Trenul metropolitan Cluj, anunț despre finalizarea lucrărilor</a></p></div>'),
         _p("„Este cel mai mare proiect de infrastructură din istoria orașului”, a spus Emil Boc."),
         _p("Metroul va avea 21 de kilometri și 19 stații și ar urma să fie finalizat în 2028. Valoarea contractului este de aproximativ 1,9 miliarde de euro."),
         _x('<div class="article-social-follow"><p>Urmărește știrile Digi24.ro și pe Google News</p></div>'),
         _p("Editor: M.S."),
     ],
     after='</div><div class="tags-list"><a>metrou Cluj</a><a>Emil Boc</a></div>'
           '<div class="article-reco"><h3>Te-ar putea interesa și:</h3><ul><li><a>Cum arată noile tramvaie din Cluj</a></li></ul></div></article></main>',
     chrome_bottom=_foot("Copyright 2023 RCS &amp; RDS. Toate drepturile rezervate.", ("Despre noi", "Contact", "Politica de confidențialitate")))

page("kathimerini", "https://www.kathimerini.gr/society/562734912/nea-grammi-metro-thessaloniki-kalamaria/",
     lang="el", title="Μετρό Θεσσαλονίκης: Τον Οκτώβριο η επέκταση προς Καλαμαριά", head="yoast",
     site="Η ΚΑΘΗΜΕΡΙΝΗ", pub="2024-03-05T08:30:00+00:00", author="Γιώργος Λιάλιος",
     chrome_top=_nav("Η ΚΑΘΗΜΕΡΙΝΗ", ["Πολιτική", "Οικονομία", "Κοινωνία", "Κόσμος", "Πολιτισμός", "Αθλητισμός"]),
     before='<main><article class="entry"><div class="entry-header"><span class="category"><a>Κοινωνία</a></span><h1 class="entry-title">Μετρό Θεσσαλονίκης: Τον Οκτώβριο η επέκταση προς Καλαμαριά</h1>'
            '<div class="entry-meta"><span class="author"><a>Γιώργος Λιάλιος</a></span> <time>05.03.2024 • 10:30</time></div></div>'
            '<div class="entry-content">',
     blocks=[
         _p("Τον Οκτώβριο αναμένεται να τεθεί σε λειτουργία η επέκταση του μετρό της Θεσσαλονίκης προς την Καλαμαριά, σύμφωνα με το υπουργείο Υποδομών και Μεταφορών."),
         _p("Η επέκταση έχει μήκος 4,8 χιλιομέτρων και περιλαμβάνει πέντε νέους σταθμούς."),
         _x('<div class="related-inline"><p><strong>Διαβάστε επίσης:</strong> <a>Μετρό Θεσσαλονίκης: Πόσοι επιβάτες το χρησιμοποίησαν τον πρώτο μήνα</a></p></div>'),
         _p("«Η Καλαμαριά θα συνδεθεί με το κέντρο σε λιγότερο από 15 λεπτά», δήλωσε ο υφυπουργός Μεταφορών."),
         _p("Η κύρια γραμμή του μετρό, με 13 σταθμούς, άνοιξε τον Νοέμβριο του 2024 μετά από σχεδόν δύο δεκαετίες καθυστερήσεων."),
     ],
     after='</div><div class="entry-tags"><a>ΜΕΤΡΟ ΘΕΣΣΑΛΟΝΙΚΗΣ</a></div>'
           '<div class="newsletter-box"><p>Λάβετε μια καθημερινή επιλογή από τα σημαντικότερα θέματα της Καθημερινής</p><a>Εγγραφή</a></div></article></main>',
     chrome_bottom=_foot("© 2024 Η ΚΑΘΗΜΕΡΙΝΗ Όλα τα δικαιώματα κατοχυρωμένα", ("Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης")))

page("telex", "https://telex.hu/belfold/2023/06/20/budapest-fovarosi-kozgyules-bubosz-villamos",
     lang="hu", title="Új villamosvonal épül Budán, 2026-ra készülhet el", head="ld",
     site="Telex", pub="2023-06-20T15:27:00+02:00", author="Kovács Bence",
     chrome_top=_nav("Telex", ["Belföld", "Külföld", "Gazdaság", "Techtud", "Kult", "Sport"]),
     before='<main><div class="article_container"><div class="article_title"><h1>Új villamosvonal épül Budán, 2026-ra készülhet el</h1></div>'
            '<div class="article_date"><span>2023. június 20. – 15:27</span></div><div class="authors"><a class="author__name">Kovács Bence</a></div>'
            '<p class="article__lead">A Fővárosi Közgyűlés szerdán dönthet a beruházásról.</p>'
            '<div class="article-html-content">',
     blocks=[
         _p("Új villamosvonal épülhet Buda déli részén, amely a Móricz Zsigmond körteret kötné össze Budafokkal – derül ki a közgyűlés elé kerülő előterjesztésből."),
         _p("A beruházás költségét 38 milliárd forintra becsülik, amelynek nagyobb részét uniós forrásból fedeznék."),
         _x('<div class="telex-support"><p>Támogasd a Telexet! A független újságírás nem működik nélküled.</p><a>Támogatom</a></div>'),
         _p("A főpolgármesteri hivatal szerint a vonal naponta mintegy 60 ezer utast szolgálhatna ki."),
         _p("Ha a közgyűlés jóváhagyja, az építkezés jövő tavasszal indulhat."),
     ],
     after='</div><div class="article-bottom"><div class="tags"><a>villamos</a><a>Budapest</a></div><div class="share"><a>Megosztás</a></div></div></div></main>',
     chrome_bottom=_foot("© 2023 Telex. Minden jog fenntartva.", ("Impresszum", "Adatvédelem", "Kapcsolat")))

page("sydsvenskan", "https://www.sydsvenskan.se/2023-04-12/malmo-far-ny-pendeltagsstation-i-rosengard",
     lang="sv", title="Malmö får ny pendeltågsstation i Rosengård", head="og",
     site="Sydsvenskan", pub="", author="Erik Lindberg",
     chrome_top=_nav("Sydsvenskan", ["Nyheter", "Malmö", "Lund", "Sport", "Kultur", "Ledare"]),
     before='<main><article class="article"><header><h1 class="article__headline">Malmö får ny pendeltågsstation i Rosengård</h1>'
            '<p class="article__preamble">Stationen ska stå klar 2025 och få tåg var tionde minut.</p>'
            '<div class="article__byline"><span class="byline__name">Erik Lindberg</span> <span class="byline__email">erik.lindberg@sydsvenskan.se</span></div>'
            '<div class="article__dates"><span>Publicerad 12 april 2023 kl. 06.00</span></div></header>'
            '<div class="article__body">',
     blocks=[
         _p("Trafikverket och Malmö stad har kommit överens om att bygga en ny station på Malmöringen vid Rosengård."),
         _p("Stationen blir den fjärde på den så kallade Malmöpendeln, som invigs i etapper fram till 2025."),
         _x('<div class="article__related"><p>Läs mer: <a>Pendeltåg till Rosengård – nu startar bygget</a></p></div>'),
         _p("– Det här betyder mycket för Rosengård. Det blir sju minuter till centralen, säger kommunalrådet Sara Wettergren (S)."),
         _x('<div class="article__ad"><span>Annons</span></div>'),
         _p("Kostnaden beräknas till 320 miljoner kronor, som delas mellan staten och kommunen."),
         _p("Boende i området har länge efterfrågat bättre förbindelser med centrum och Lund."),
     ],
     after='</div><div class="article__tags"><a>Malmö</a><a>Kollektivtrafik</a></div></article></main>',
     chrome_bottom=_foot("© Sydsvenskan. Ansvarig utgivare: Anna Mattsson", ("Kundservice", "Annonsera", "Personuppgiftspolicy")))

page("yle", "https://yle.fi/a/74-20045123",
     lang="fi", title="Tampereen ratikka jatkuu Lentävänniemeen elokuussa", head="ld",
     site="Yle Uutiset", pub="2023-06-28T09:15:00+03:00", author="Mikko Laine",
     chrome_top='<header class="yle-header"><a class="yle-logo" href="/">Yle</a><nav><ul><li><a>Uutiset</a></li><li><a>Urheilu</a></li><li><a>Areena</a></li><li><a>Uutiset ja ajankohtaiset</a></li></ul></nav><a>Kirjaudu</a></header>\n',
     before='<main><article class="yle__article"><header class="yle__article__header"><p class="yle__subject"><a>Tampere</a></p><h1 class="yle__article__heading">Tampereen ratikka jatkuu Lentävänniemeen elokuussa</h1>'
            '<p class="yle__article__lead">Raitiotien toinen osa otetaan käyttöön kuukautta etuajassa.</p>'
            '<div class="yle__article__meta"><span class="yle__article__author">Mikko Laine</span><time class="yle__article__date--published">28.6.2023 09:15</time><time class="yle__article__date--modified">Päivitetty 28.6.2023 11:02</time></div>'
            '<div class="yle__share"><button>Jaa</button></div></header>'
            '<figure class="yle__article__figure"><img src="/ratikka.jpg"><figcaption>Ratikka Hervannassa. Kuva: Mikko Laine / Yle</figcaption></figure>'
            '<section class="yle__article__content">',
     blocks=[
         _p("Tampereen raitiotien toinen osuus keskustasta Lentävänniemeen avataan liikenteelle 9. elokuuta, kertoo Tampereen Ratikka Oy."),
         _p("Alun perin osuuden piti valmistua syyskuussa. Rakennustyöt ovat edenneet aikataulua nopeammin."),
         _x('<aside class="yle__article__related"><h2>Lue myös</h2><ul><li><a>Ratikka kulki ensimmäisen kerran Lentävänniemeen</a></li></ul></aside>'),
         _p("– Olemme tyytyväisiä siihen, että pääsemme avaamaan radan jo kesän lopulla, sanoo toimitusjohtaja Ville-Mikael Tuominen."),
         _h("Vuorovälit tihenevät syksyllä", "h3"),
         _p("Avauksen jälkeen ratikka kulkee Lentävänniemeen kymmenen minuutin välein. Syyskuussa vuoroväli tihenee ruuhka-aikoina seitsemään minuuttiin."),
     ],
     after='</section><footer class="yle__article__footer"><div class="yle__article__tags"><a>Tampere</a><a>raitiotiet</a></div>'
           '<div class="yle__comments"><p>Keskustelu on suljettu.</p></div></footer></article></main>',
     chrome_bottom=_foot("© Yleisradio 2023", ("Yle-tunnus", "Tietoa Ylestä", "Ota yhteyttä", "Tietosuoja")))


# ---------------------------------------------------------------------------------------------
# Middle East, South and South-East Asia, Africa

page("ynet", "https://www.ynet.co.il/news/article/hjk11234ab",
     lang="he", dir="rtl", title="הרכבת הקלה בירושלים: הקו הכחול ייפתח ב-2029", head="og",
     site="ynet", pub="", author="איתי בלומנטל",
     chrome_top=_nav("ynet", ["חדשות", "כלכלה", "ספורט", "תרבות", "בריאות", "דיגיטל"]),
     before='<main><div class="ArticleHeaderComponent"><div class="mainTitleWrapper"><h1 class="mainTitle">הרכבת הקלה בירושלים: הקו הכחול ייפתח ב-2029</h1></div>'
            '<div class="subTitleWrapper"><h2 class="subTitle">משרד התחבורה אישר את לוחות הזמנים המעודכנים. העבודות יגרמו לשיבושים במרכז העיר</h2></div>'
            '<div class="authorAndDate"><span class="authors">איתי בלומנטל</span><span class="DateDisplay"><time>05.02.23 | 14:30</time></span></div></div>'
            '<div class="ArticleBodyComponent"><div class="public-DraftEditor-content">',
     blocks=[
         _p("הקו הכחול של הרכבת הקלה בירושלים ייפתח לנוסעים בשנת 2029, כך הודיע היום משרד התחבורה."),
         _p("הקו יחבר בין שכונת רמות בצפון העיר לגילה בדרום, ויעבור דרך מרכז העיר ורחוב עמק רפאים."),
         _x('<div class="RelatedArticles"><p>עוד בנושא: <a>הקו הסגול: העבודות ברחוב בר לב מתחילות</a></p></div>'),
         _p("\"זה יהיה שינוי דרמטי לתחבורה בעיר\", אמרה שרת התחבורה."),
         _x('<div class="ads"><span>פרסומת</span></div>'),
         _p("אורך הקו כ-23 קילומטרים והוא יכלול 44 תחנות. עלות הפרויקט מוערכת בכ-8 מיליארד שקל."),
     ],
     after='</div></div><div class="ArticleTags"><a>רכבת קלה</a><a>ירושלים</a></div>'
           '<div class="TalkbacksComponent"><h3>תגובות</h3><p>הוסיפו תגובה</p></div></main>',
     chrome_bottom=_foot("כל הזכויות שמורות © ynet", ("אודות", "צור קשר", "מדיניות פרטיות")))

page("prothomalo", "https://www.prothomalo.com/bangladesh/capital/a1b2c3d4e5",
     lang="bn", title="ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু হচ্ছে আগামী মাসে", head="ld",
     site="প্রথম আলো", pub="2023-09-12T18:20:00+06:00", author="নিজস্ব প্রতিবেদক",
     chrome_top=_nav("প্রথম আলো", ["বাংলাদেশ", "রাজনীতি", "বিশ্ব", "বাণিজ্য", "মতামত", "খেলা", "বিনোদন"]),
     before='<main><div class="story-head"><h1 class="headline">ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু হচ্ছে আগামী মাসে</h1>'
            '<div class="author-info"><span class="contributor-name">নিজস্ব প্রতিবেদক</span><span class="location">ঢাকা</span><time>প্রকাশ: ১২ সেপ্টেম্বর ২০২৩, ১৮: ২০</time></div></div>'
            '<div class="story-element story-element-text">',
     blocks=[
         _p("রাজধানীর মতিঝিল পর্যন্ত মেট্রোরেলের নতুন অংশে আগামী মাস থেকে যাত্রী পরিবহন শুরু হবে। ঢাকা ম্যাস ট্রানজিট কোম্পানি লিমিটেড (ডিএমটিসিএল) আজ মঙ্গলবার এ তথ্য জানিয়েছে।"),
         _p("নতুন অংশে সচিবালয়, দৈনিক বাংলা ও মতিঝিল স্টেশন থাকবে।"),
         _x('<div class="story-element-also-read"><p>আরও পড়ুন</p><a>মেট্রোরেলে যাত্রী বেড়েছে দ্বিগুণ</a></div>'),
         _p("ডিএমটিসিএলের ব্যবস্থাপনা পরিচালক বলেন, ‘উত্তরা থেকে মতিঝিল যেতে সময় লাগবে মাত্র ৪০ মিনিট।’"),
         _p("প্রতিদিন প্রায় পাঁচ লাখ যাত্রী মেট্রোরেল ব্যবহার করবেন বলে আশা করা হচ্ছে।"),
     ],
     after='</div><div class="story-tags"><a>মেট্রোরেল</a><a>ঢাকা</a></div><div class="follow-gnews"><p>প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</p></div></main>',
     chrome_bottom=_foot("স্বত্ব © ১৯৯৮-২০২৩ প্রথম আলো", ("আমাদের সম্পর্কে", "যোগাযোগ", "গোপনীয়তা নীতি")))

page("dinamani", "https://www.dinamani.com/tamilnadu/2023/jul/18/chennai-metro-phase-2-trial-run-4012345.html",
     lang="ta", title="சென்னை மெட்ரோ இரண்டாம் கட்டம்: டிசம்பரில் சோதனை ஓட்டம்", head="og",
     site="Dinamani", pub="", author="",
     chrome_top=_nav("தினமணி", ["தமிழ்நாடு", "இந்தியா", "உலகம்", "வணிகம்", "விளையாட்டு", "சினிமா"]),
     before='<main><div class="article-header"><h1 class="article-title">சென்னை மெட்ரோ இரண்டாம் கட்டம்: டிசம்பரில் சோதனை ஓட்டம்</h1>'
            '<div class="article-meta"><span class="byline">DIN</span> | <span>Published On : 18th July 2023 05:12 AM</span> | <span>Last Updated : 18th July 2023 05:12 AM</span></div>'
            '<div class="share-icons"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div></div>'
            '<div id="storyContent" class="article-body">',
     blocks=[
         _p("சென்னை மெட்ரோ ரயில் இரண்டாம் கட்டத் திட்டத்தில் பூந்தமல்லி - போரூா் இடையே டிசம்பா் மாதம் சோதனை ஓட்டம் நடத்தப்படும் என்று மெட்ரோ ரயில் நிறுவனம் தெரிவித்துள்ளது."),
         _p("இந்த வழித்தடத்தில் 9 ரயில் நிலையங்கள் அமைக்கப்பட்டு வருகின்றன."),
         _x('<div class="also-read"><p>இதையும் படிக்க: <a>மெட்ரோ ரயிலில் பயணிகள் எண்ணிக்கை அதிகரிப்பு</a></p></div>'),
         _p("இரண்டாம் கட்டப் பணிகள் முழுமையாக 2026-ஆம் ஆண்டு நிறைவடையும் என எதிா்பாா்க்கப்படுகிறது."),
     ],
     after='</div><div class="article-tags"><a>மெட்ரோ</a><a>சென்னை</a></div>'
           '<div class="telegram-promo"><p>உடனுக்குடன் செய்திகளை தெரிந்துகொள்ள தினமணி டெலிகிராம் சேனலில் இணையுங்கள்</p></div></main>',
     chrome_bottom=_foot("Copyright - dinamani.com 2023. All rights reserved.", ("About Us", "Contact Us", "Privacy Policy")))

page("bharian", "https://www.bharian.com.my/berita/nasional/2023/10/1166123/lrt3-mula-beroperasi-tahun-depan",
     lang="ms", title="LRT3 mula beroperasi tahun depan", head="ld",
     site="Berita Harian", pub="2023-10-04T12:05:00+08:00", author="Nor Azizah Mokhtar",
     chrome_top=_nav("Berita Harian", ["Berita", "Bisnes", "Sukan", "Hiburan", "Dunia", "Rencana"]),
     before='<main><div class="article-container"><div class="article-header"><h1 class="page-title">LRT3 mula beroperasi tahun depan</h1>'
            '<div class="article-meta"><div class="author"><a>Nor Azizah Mokhtar</a></div><div class="date">Oktober 4, 2023 @ 12:05pm</div></div></div>'
            '<figure class="article-image"><img src="/lrt3.jpg"><figcaption>Kerja-kerja pembinaan projek LRT3 di Shah Alam. - Foto NSTP/Faiz Anuar</figcaption></figure>'
            '<div class="dable-content-wrapper"><div class="field field-body">',
     blocks=[
         _p("SHAH ALAM: Projek Transit Aliran Ringan Laluan 3 (LRT3) dijangka mula beroperasi sepenuhnya pada September tahun depan."),
         _p("Menteri Pengangkutan, Anthony Loke Siew Fook, berkata kerja-kerja pembinaan kini mencapai 88 peratus."),
         _x('<div class="bh-baca-juga"><p><strong>BACA JUGA:</strong> <a>Tambang LRT3 dijangka lebih rendah</a></p></div>'),
         _p("\"Kita berharap semua stesen siap mengikut jadual,\" katanya kepada pemberita selepas melawat tapak projek di sini hari ini."),
         _p("LRT3 sepanjang 37.6 kilometer menghubungkan Bandar Utama dengan Klang melalui 20 stesen."),
     ],
     after='</div></div><div class="article-tags"><a>LRT3</a><a>Anthony Loke</a></div>'
           '<div class="telegram-cta"><p>Sertai saluran Telegram BH untuk berita terkini</p></div></div></main>',
     chrome_bottom=_foot("Hakcipta Terpelihara © 2023 BH Online", ("Hubungi Kami", "Iklan", "Dasar Privasi")))

page("mwananchi", "https://www.mwananchi.co.tz/mw/habari/kitaifa/treni-ya-umeme-sgr-kuanza-safari-dodoma-4312345",
     lang="sw", title="Treni ya umeme SGR kuanza safari za Dodoma Julai", head="og",
     site="Mwananchi", pub="", author="Elizabeth Edward",
     chrome_top=_nav("Mwananchi", ["Habari", "Biashara", "Michezo", "Burudani", "Maoni", "Jamii"]),
     before='<main><article class="article-story"><header class="article-header"><h1 class="title-medium">Treni ya umeme SGR kuanza safari za Dodoma Julai</h1>'
            '<div class="article-authors"><p class="byline">Na Elizabeth Edward</p><time class="date">Jumanne, Juni 11, 2024</time></div>'
            '<div class="article-share"><a>Shiriki</a><a>Facebook</a><a>X</a><a>WhatsApp</a></div></header>'
            '<section class="body-copy">',
     blocks=[
         _p("<strong>Dar es Salaam.</strong> Shirika la Reli Tanzania (TRC) limesema treni ya kisasa ya umeme (SGR) itaanza safari kati ya Dar es Salaam na Dodoma mwezi Julai mwaka huu."),
         _p("Akizungumza na waandishi wa habari leo, Mkurugenzi Mkuu wa TRC, Masanja Kadogosa amesema majaribio ya mwisho yanaendelea."),
         _x('<aside class="article-related"><p>Soma zaidi: <a>Nauli ya SGR yatangazwa</a></p></aside>'),
         _p("\"Safari itachukua saa tatu na nusu tu, badala ya saa tisa kwa basi,\" amesema Kadogosa."),
         _p("Treni hiyo itakuwa na mabehewa ya daraja la kwanza, la biashara na la kawaida."),
     ],
     after='</section><div class="article-tags"><a>SGR</a><a>TRC</a></div></article>'
           '<section class="most-read"><h2>Zilizosomwa zaidi</h2><ol><li><a>Bei ya mafuta yashuka</a></li></ol></section></main>',
     chrome_bottom=_foot("© 2024 Mwananchi Communications Ltd. Haki zote zimehifadhiwa.", ("Kuhusu sisi", "Wasiliana nasi", "Sera ya faragha")))

page("kahoku", "https://kahoku.news/articles/20231122khn000012.html",
     lang="ja", title="仙台市地下鉄、終電を30分繰り下げへ　来年4月から", head="og",
     site="河北新報オンライン", pub="", author="",
     chrome_top=_nav("河北新報オンライン", ["宮城", "青森", "岩手", "秋田", "山形", "福島", "スポーツ"]),
     before='<main><article class="article"><div class="article-head"><h1 class="article-title">仙台市地下鉄、終電を30分繰り下げへ　来年4月から</h1>'
            '<div class="article-date"><time>2023年11月22日 6:00</time></div></div>'
            '<div class="article-body">',
     blocks=[
         _p("仙台市交通局は21日、市地下鉄南北線と東西線の終電を来年4月から約30分繰り下げると発表した。"),
         _p("現在は午前0時ごろとなっている最終列車の発車時刻を、午前0時半ごろに変更する。"),
         _x('<div class="article-ad"><span>広告</span></div>'),
         _p("飲食店や観光業界からの要望を受けたもので、交通局は「利用状況を見ながら効果を検証したい」としている。"),
         _p("運転士の勤務体制の見直しも併せて行う。"),
     ],
     after='</div><div class="member-only"><p>この記事は会員限定です。河北新報オンラインの有料会員になると続きをお読みいただけます。</p><a>会員登録</a></div>'
           '<div class="ranking"><h3>アクセスランキング</h3><ol><li><a>仙台・国分町で火災</a></li></ol></div></article></main>',
     chrome_bottom=_foot("Copyright © 河北新報社 All Rights Reserved.", ("会社案内", "お問い合わせ", "プライバシーポリシー")))

page("ltn", "https://news.ltn.com.tw/news/life/breakingnews/4512345",
     lang="zh-Hant-TW", title="台中捷運藍線動工 預計2030年通車", head="ld",
     site="自由時報電子報", pub="2023-12-26T10:32:00+08:00", author="蔡淑媛",
     chrome_top=_nav("自由時報", ["即時", "政治", "社會", "生活", "國際", "財經", "體育"]),
     before='<main><div class="whitecon articlebody"><h1>台中捷運藍線動工 預計2030年通車</h1>'
            '<div class="function"><span class="time">2023/12/26 10:32</span><a>分享</a><a>留言</a><a>列印</a><a>A-</a><a>A+</a></div>'
            '<div class="text boxTitle boxText">',
     blocks=[
         _p("〔記者蔡淑媛／台中報導〕台中捷運藍線今天舉行動工典禮，全長約24.8公里，設20座車站，預計2030年通車。"),
         _p("台中市長盧秀燕表示，藍線將串聯台中港與市區，對海線居民通勤幫助很大。"),
         _x('<p class="appE1121"><a>不用抽 不用搶 現在用APP看新聞 保證天天中獎</a> <a>點我下載APP</a> <a>按我看活動辦法</a></p>'),
         _p("交通局指出，藍線總經費約1552億元，由中央與市府共同負擔。"),
         _x('<div class="photo boxTitle"><img src="/taichung.jpg"><span class="ph_d">台中捷運藍線動工典禮。（記者蔡淑媛攝）</span></div>'),
         _p("施工期間部分路段將縮減車道，市府呼籲民眾改道行駛。"),
     ],
     after='</div><div class="related"><h3>相關新聞</h3><ul><li><a>台中捷運綠線延伸彰化</a></li></ul></div>'
           '<div class="fb-comments"><p>留言</p></div></div></main>',
     chrome_bottom=_foot("自由時報版權所有不得轉載 © 2023 The Liberty Times", ("關於我們", "服務中心", "隱私權政策")))


#: Family groups for the per-group figures of `python -m tests.web_measure --set 4`.
GROUPS: dict[str, tuple[str, ...]] = {
    "old-cms": ("aspnet-regional", "coldfusion", "table-layout", "newspack"),
    "press-gov": ("globenewswire", "corp-newsroom", "eu-presscorner", "govuk", "university-t4"),
    "magazines-letters": ("magazine-feature", "beehiiv", "ghost-newsletter"),
    "blogs": ("xenforo-article", "docusaurus-blog", "lifestyle-shop"),
    "page-kinds": ("match-report", "court-report", "science-figures", "the-conversation", "podcast-episode", "photo-captions"),
    "european": ("gazetakrakowska", "denik", "digi24", "kathimerini", "telex", "sydsvenskan", "yle"),
    "asia-africa": ("ynet", "prothomalo", "dinamani", "bharian", "mwananchi", "kahoku", "ltn"),
}
