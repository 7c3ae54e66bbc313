"""The story templates in a fixed order (`TOPICS`), and each site's sections.

The copy itself lives in the `stories_*` modules; `model.Topic` says what a template holds.
"""

from __future__ import annotations

from newsscraper.testsite.model import Topic
from newsscraper.testsite.stories_business import TOPICS as BUSINESS
from newsscraper.testsite.stories_national import TOPICS as NATIONAL
from newsscraper.testsite.stories_world import TOPICS as WORLD

TOPICS: tuple[Topic, ...] = (*NATIONAL, *WORLD, *BUSINESS)

#: WordPress categories of the portal: slug → name (children after their parent).
PORTAL_SECTIONS = {
    "india": "India", "world": "World", "world/middle-east": "Middle East",
    "world/asia": "Asia", "world/europe": "Europe", "world/americas": "Americas",
    "business": "Business", "sports": "Sports", "sports/cricket": "Cricket",
    "entertainment": "Entertainment", "technology": "Technology", "health": "Health",
    "science": "Science", "education": "Education",
}
#: Sections of the wire: slug → name.
WIRE_SECTIONS = {
    "national": "National", "world": "World", "business": "Business", "sports": "Sports",
    "entertainment": "Entertainment", "science-tech": "Science & Tech", "health": "Health",
    "education": "Education",
}
