"""Story templates for domestic news: weather, courts, accidents, health, exams.

Slots every template may use besides its own (filled by the writer): `weekday`, `date`,
`month`, `next_month`, `year`, and three fictional people `official`, `analyst`, `expert`.
"""

from __future__ import annotations

from newsscraper.testsite.model import Topic
from newsscraper.testsite.words import (
    BOARDS,
    COURTS,
    HILLS,
    NORTH_CITIES,
    PEOPLE,
    STATE_CAPITALS,
    nums,
    tenths,
)

COLD = Topic(
    key="cold",
    portal_section="india",
    wire_section="national",
    place="{city}",
    slots={"city": NORTH_CITIES, "temp": tenths(31, 99),
           "below": ("two", "three", "four", "five"),
           "tmax": tenths(178, 231), "vis": nums(50, 300, 25), "trains": nums(12, 41),
           "delay": nums(2, 7), "aqi": nums(205, 300), "aqi2": nums(305, 395),
           "shelters": nums(40, 190, 5), "days": ("two", "three", "four")},
    titles=("{city} wakes up to chilly morning at {temp} degrees Celsius",
            "Cold wave tightens grip on {city}, mercury dips to {temp} degrees",
            "{city} shivers at {temp} degrees Celsius as fog delays {trains} trains"),
    standfirsts=("The minimum temperature was {below} notches below the season’s average, "
                 "the IMD said.",
                 "Dense fog cut visibility to {vis} metres in parts of the city in the morning."),
    leads=("{city} woke up to a chilly morning on {weekday} with the minimum temperature "
           "settling at {temp} degrees Celsius, {below} notches below the season’s average, "
           "the India Meteorological Department (IMD) said.",),
    paras=(
        "The maximum temperature is expected to hover around {tmax} degrees Celsius, the "
        "weather office said, forecasting shallow to moderate fog during the morning hours.",
        "Dense fog reduced visibility to {vis} metres at some places in the early hours, "
        "affecting road and rail traffic across the region.",
        "According to railway officials, {trains} trains arriving in {city} were running late "
        "by up to {delay} hours because of the fog.",
        "The air quality in the city remained in the ‘poor’ category, with the overall Air "
        "Quality Index (AQI) at {aqi} at 9 a.m., according to the Central Pollution Control "
        "Board (CPCB).",
        "An AQI between zero and 50 is considered ‘good’, 51 and 100 ‘satisfactory’, 101 and "
        "200 ‘moderate’, 201 and 300 ‘poor’, 301 and 400 ‘very poor’, and 401 and 500 ‘severe’.",
        "The IMD has forecast a further dip of two to three degrees Celsius in the minimum "
        "temperature over the next {days} days as cold north-westerly winds sweep the plains.",
        "Doctors advised the elderly and children to avoid early morning walks, saying cases "
        "of respiratory infections usually rise during a cold spell.",
        "The municipal corporation said it had set up {shelters} night shelters across the "
        "city and would add more if the cold wave intensified.",
        "“People should avoid unnecessary travel in the early morning hours when visibility "
        "is at its lowest,” said {official}, a senior traffic police officer.",
        "Several flights at the airport were also delayed, though no diversions were "
        "reported, airport officials said.",
        "Farmers in the surrounding districts said the dry cold was good for the wheat crop "
        "but warned that frost could damage vegetables and mustard.",
    ),
    updates=("Later in the day, the IMD issued a yellow alert for {city} and adjoining areas, "
             "warning of cold day conditions for the next {days} days.",
             "By evening, the AQI had climbed to {aqi2}, pushing the city’s air into the ‘very "
             "poor’ category, CPCB data showed."),
    tags=("{city}", "Weather", "IMD", "Cold wave", "Air quality"),
)

COURT = Topic(
    key="court",
    portal_section="india",
    wire_section="national",
    place="{court_city}",
    groups=(COURTS,),
    slots={"issue": ("the regulation of online gaming platforms", "noise pollution near "
                     "hospitals", "the safety of elevators in public buildings", "delays in "
                     "paying compensation to land owners", "the shortage of judges in "
                     "consumer courts", "stray dog attacks in residential areas", "the sale "
                     "of acid over the counter", "the disposal of electronic waste",
                     "fire safety in coaching centres", "illegal hoardings on highways",
                     "the shortage of blood banks in district hospitals", "potholes on "
                     "national highways", "the upkeep of night shelters", "overcharging by "
                     "private ambulances", "loudspeakers at public events", "the safety "
                     "audit of old bridges"),
           "judge1": PEOPLE, "judge2": PEOPLE, "weeks": ("two", "three", "four", "six"),
           "petitioner": ("an NGO", "a group of lawyers", "a retired civil servant",
                          "a resident welfare association", "a public health researcher")},
    titles=("{court_short} seeks {respondent}’s response on plea over {issue}",
            "{court} issues notice to {respondent} on PIL over {issue}",
            "Reply in {weeks} weeks: {court_short} to {respondent} on plea over {issue}"),
    standfirsts=("The court asked the government to reply within {weeks} weeks.",
                 "The petition, filed by {petitioner}, seeks uniform rules."),
    leads=("The {court} on {weekday} sought the response of {respondent} on a public "
           "interest litigation (PIL) over {issue}, saying the matter raised important "
           "questions.",),
    paras=(
        "A bench of Justices {judge1} and {judge2} issued notice to {respondent} and asked "
        "it to respond within {weeks} weeks.",
        "The petition, filed by {petitioner}, contended that the absence of clear rules had "
        "left citizens without an effective remedy.",
        "“The issue is not confined to one district. It affects lakhs of people every day,” "
        "the counsel for the petitioner told the bench.",
        "The bench observed that the authorities could not be mute spectators and that a "
        "response on the steps taken so far would help the court decide the way forward.",
        "The counsel appearing for the government said the issue was already being examined "
        "and that a draft framework was under consultation.",
        "The petitioner sought directions to frame guidelines, set up a monitoring mechanism "
        "and fix the responsibility of officials for lapses.",
        "The court also asked the petitioner to place on record data on complaints received "
        "by various authorities over the last three years.",
        "Several courts have dealt with similar petitions in the past, and the bench said it "
        "would examine those orders before the next hearing.",
        "The matter has been listed for further hearing after {weeks} weeks.",
        "Legal experts said a ruling in the case could lead to clearer rules, as the "
        "authorities currently follow widely different practices.",
    ),
    updates=("The bench later clarified that its notice would also cover the regulatory "
             "authorities concerned, which were asked to file separate replies.",
             "The court also appointed a senior advocate as amicus curiae to assist it in the "
             "case, and posted the matter for hearing in {next_month}."),
    tags=("{court}", "PIL", "Judiciary"),
)

ACCIDENT = Topic(
    key="accident",
    portal_section="india",
    wire_section="national",
    place="{hill_capital}",
    groups=(HILLS,),
    slots={"killed": nums(3, 14), "injured": nums(8, 31),
           "depth": nums(150, 450, 50), "seats": nums(32, 53), "ex_gratia": nums(2, 6),
           "from_town": ("the district headquarters", "a pilgrimage town", "the state capital",
                         "a nearby market town")},
    titles=("{killed} killed, {injured} injured as bus falls into gorge in {district}",
            "Bus carrying {seats} passengers plunges into gorge in {district}; {killed} dead"),
    standfirsts=("The injured have been shifted to the district hospital, officials said.",
                 "The Chief Minister announced an ex gratia of Rs {ex_gratia} lakh for the "
                 "families of the deceased."),
    leads=("At least {killed} people were killed and {injured} others injured when a bus "
           "carrying {seats} passengers skidded off the road and fell into a {depth}-foot "
           "deep gorge in {district} district on {weekday}, police said.",),
    paras=(
        "The bus was on its way from {from_town} when the driver lost control on a sharp "
        "bend, a senior police officer said.",
        "Local residents were the first to reach the spot and helped pull out the injured "
        "before police and disaster response teams arrived.",
        "“The rescue operation was difficult because of the steep slope and poor light. All "
        "the injured have been taken to hospital,” said {official}, the district magistrate.",
        "The injured were taken to the district hospital, and those with serious injuries "
        "were referred to a medical college hospital, officials said.",
        "The Chief Minister expressed grief over the accident and announced an ex gratia of "
        "Rs {ex_gratia} lakh each for the families of the deceased.",
        "A magisterial inquiry has been ordered into the accident, and the report is expected "
        "within 15 days, officials said.",
        "Preliminary investigation suggests that the bus may have been overloaded, though the "
        "exact cause will be known only after the inquiry, police said.",
        "The road, which connects several villages to the district headquarters, has seen a "
        "number of accidents in recent years, residents said.",
        "The state transport department said the bus had a valid fitness certificate and "
        "that the driver had more than ten years of experience.",
        "The bodies have been sent for post-mortem and will be handed over to the families "
        "after the formalities, police said.",
    ),
    updates=("Later, officials revised the number of injured after more passengers were "
             "found in the gorge by a State Disaster Response Force team.",
             "The state government has suspended two officials of the public works "
             "department for failing to install crash barriers on the stretch."),
    tags=("{district}", "Road accident", "Bus accident", "{hill_state}"),
)

DENGUE = Topic(
    key="dengue",
    portal_section="health",
    wire_section="health",
    place="{state_capital}",
    groups=(STATE_CAPITALS,),
    slots={"cases": nums(120, 890), "total": nums(8_000, 42_000, 250),
           "deaths": nums(2, 19), "beds": nums(200, 1_500, 50), "wards": nums(12, 60),
           "teams": nums(150, 900, 25)},
    titles=("{state} reports {cases} fresh dengue cases, tally crosses {total}",
            "Dengue cases rise in {state}; {deaths} deaths so far this year"),
    standfirsts=("The state has reported {deaths} deaths from the disease so far this year.",
                 "Hospitals have been asked to reserve beds for dengue patients."),
    leads=("{state} recorded {cases} fresh dengue cases in the last 24 hours, taking the "
           "total number of cases this year to over {total}, health department officials "
           "said on {weekday}.",),
    paras=(
        "The state has so far reported {deaths} deaths due to the vector-borne disease, "
        "according to the health department’s bulletin.",
        "Officials said most of the fresh cases were reported from urban areas, where "
        "stagnant water in construction sites and coolers provides breeding ground for the "
        "Aedes aegypti mosquito.",
        "The health department has asked all government hospitals to reserve {beds} beds for "
        "dengue patients and to ensure adequate stock of platelets.",
        "“There is no need to panic. Most patients recover with timely treatment, but people "
        "should not ignore fever,” said {official}, the state’s director of health services.",
        "Municipal bodies have deployed {teams} teams for fogging and anti-larval spraying, "
        "and notices have been issued to households where larvae were found.",
        "Doctors said patients should avoid self-medication and painkillers such as "
        "ibuprofen, and should drink plenty of fluids.",
        "Dengue cases usually peak between August and November, after the monsoon, health "
        "experts said.",
        "Separate wards have been set up in {wards} hospitals to treat patients with severe "
        "symptoms, officials said.",
        "{expert}, a public health researcher, said the rise in cases reflected gaps in "
        "surveillance at the ward level.",
        "The department has also launched an awareness campaign urging people to use "
        "mosquito nets and to empty containers that collect water.",
    ),
    updates=("By evening, the health department revised the day’s count after late reports "
             "from two districts were added to the bulletin.",
             "The state government has also set up a control room to monitor bed "
             "availability and platelet supplies in hospitals."),
    tags=("{state}", "Dengue", "Health", "Vector-borne diseases"),
)

EXAMS = Topic(
    key="exams",
    portal_section="education",
    wire_section="education",
    place="{topper_city}",
    groups=(BOARDS,),
    slots={"cls": ("10", "12"), "pass": tenths(812, 979), "girls": tenths(850, 990),
           "boys": tenths(780, 940), "students": nums(6, 16), "topper": PEOPLE,
           "score": tenths(975, 1000)},
    titles=("{board} Class {cls} results declared, pass percentage at {pass}",
            "{state} Class {cls} results: girls outshine boys, pass rate at {pass} per cent"),
    standfirsts=("Students can check their results on the board’s official website.",
                 "The pass percentage of girls was {girls}, against {boys} for boys."),
    leads=("The {board} on {weekday} declared the results of the Class {cls} examinations, "
           "with an overall pass percentage of {pass}.",),
    paras=(
        "Girls outperformed boys, with a pass percentage of {girls} against {boys} for boys, "
        "officials said at a press conference.",
        "Over {students} lakh students had appeared for the examinations, which were held "
        "in February and March.",
        "{topper} from {topper_city} topped the examination with {score} per cent marks.",
        "“I studied regularly and did not leave anything for the last moment. My teachers "
        "and parents supported me throughout,” the topper said.",
        "Students can check their results on the board’s official website by entering their "
        "roll number and date of birth.",
        "Students who are not satisfied with their marks can apply for re-evaluation within "
        "15 days, the board said.",
        "Supplementary examinations for students who failed in one or two subjects will be "
        "held in {next_month}, officials said.",
        "The state’s education minister congratulated the students and said the results "
        "reflected the efforts of teachers in government schools.",
        "Helplines have been set up to counsel students who are anxious about their results.",
        "The board said the results were declared earlier than last year because of the "
        "digital evaluation of answer sheets.",
    ),
    updates=("The board later released the district-wise results, with {topper_city} "
             "recording the highest pass percentage in the state.",
             "Officials said the schedule for the supplementary examinations would be "
             "announced on the board’s website next week."),
    tags=("{board}", "Board exam results", "Class {cls}", "{state}", "Education"),
)

TOPICS = (COLD, COURT, ACCIDENT, DENGUE, EXAMS)
