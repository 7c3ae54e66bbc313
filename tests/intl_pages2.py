# ruff: noqa: E501
"""The international set's second part: fifteen languages and their countries that
`tests.intl_pages` lacks, built with its machinery (each variant under a portal head, full
metadata, naive or day-only stamps, on the same three days): Hindi, Urdu (Pakistan),
Bengali (Bangladesh and West Bengal), Tamil (India and Sri Lanka), Marathi, Nepali (Bikram
Sambat dates, UTC+5:45), Sinhala, Kazakh, Azerbaijani, Georgian, Amharic (Ethiopian
calendar), Swahili (Kenya and Tanzania), Hausa, Filipino and Khmer.

What their papers print: own digits (Devanagari, Bengali, Khmer), own month names, 12-hour
clocks with their own marks ("পিএম", "ප.ව.", "بعد دوپہر"), byline words ("लेखक:", "Na",
"Daga", "Ni", "ដោយ", "از"), own-script wire credits ("(भाषा)", "(اے پی پی)", "(বাসস)",
"ҚазАқпарат", "(ኢዜአ)", "(रासस)") and dates of calendars other than the Gregorian one (a
Bikram Sambat or Ethiopian date must never be read as a Gregorian one).
`python -m tests.intl_measure -v --set 2` prints the figures; `tests/test_intl_pages2.py`
asserts them.
"""

from __future__ import annotations

from datetime import datetime

from tests.intl_pages import (
    AD_LABEL,
    CLOSING_LINE,
    LEAD_FIELDS,
    PHOTO_CREDIT,
    Lang,
    Page,
    Variant,
    build_page,
    d2,
    dmy,
    h12,
    hm,
)
from tests.intl_pages import DAYS as DAYS

M = {
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "ta3": "ஜன பிப் மார் ஏப் மே ஜூன் ஜூலை ஆக செப் அக் நவ டிச",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "ne": "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "ha": "Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
    # The Ethiopian calendar's months, Meskerem to Pagume.
    "et": "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜን",
    # Bikram Sambat's months, Baisakh to Chaitra.
    "bs": "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत",
}
MONTHS = {k: v.split() for k, v in M.items()}
W = {
    "ur": "پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "ne": "सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार आइतबार",
    "sw": "Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili",
}
WEEKDAYS = {k: v.split() for k, v in W.items()}


def mon(key: str, t: datetime) -> str:
    return MONTHS[key][t.month - 1]


def digits(text: str, zero: str) -> str:
    """The text's ASCII digits in the script whose zero is `zero` ("०", "০", "០")."""
    return text.translate(str.maketrans("0123456789", "".join(chr(ord(zero) + n) for n in range(10))))


def deva(text: str) -> str:
    return digits(text, "०")


def beng(text: str) -> str:
    return digits(text, "০")


def khmer(text: str) -> str:
    return digits(text, "០")


def ethiopian(day: datetime) -> tuple[int, int, int]:
    """The Ethiopian date (year, month, day): Meskerem 1 is 11 September, or the 12th in
    the Gregorian year before a leap year."""
    def new_year(year: int) -> datetime:
        return datetime(year, 9, 12 if (year + 1) % 4 == 0 else 11)
    start = new_year(day.year)
    if day.replace(hour=0, minute=0) < start:
        start = new_year(day.year - 1)
    days = (day.replace(hour=0, minute=0) - start).days
    return start.year - 7, days // 30 + 1, days % 30 + 1


#: The Bikram Sambat dates of the set's three days (Nepal's papers print them alone).
BS = {(2024, 12, 17): (2081, 9, 2), (2024, 7, 4): (2081, 3, 20), (2025, 3, 5): (2081, 11, 21)}


def bs(t: datetime) -> tuple[int, int, int]:
    return BS[(t.year, t.month, t.day)]


def ampm(t: datetime, am: str = "AM", pm: str = "PM") -> str:
    return f"{d2(h12(t)[0])}:{d2(t.minute)} {am if t.hour < 12 else pm}"


LEAD_FIELDS.update({
    "hi": lambda t: f"{t.day} {mon('hi', t)}",
    "ur": lambda t: f"{t.day} {mon('ur', t)}",
    "bn": lambda t: beng(str(t.day)) + " " + mon("bn", t),
    "ta3": lambda t: mon("ta3", t) + ". " + str(t.day),
    "mr": lambda t: deva(str(t.day)) + " " + mon("mr", t),
    "bsd": lambda t: MONTHS["bs"][bs(t)[1] - 1] + " " + deva(str(bs(t)[2])),
    "az": lambda t: f"{t.day} {mon('az', t)}",
    "etd": lambda t: f"{MONTHS['et'][ethiopian(t)[1] - 1]} {ethiopian(t)[2]}/{ethiopian(t)[0]}",
    "sw": lambda t: f"{mon('sw', t)} {t.day}",
    "ha": lambda t: f"{mon('ha', t)} {t.day}",
    "tl": lambda t: f"{mon('tl', t)} {t.day}",
    "km": lambda t: khmer(str(t.day)) + " " + mon("km", t),
})

LANGS: list[Lang] = []


def lang(**kw: object) -> Lang:
    item = Lang(**kw)  # type: ignore[arg-type]
    LANGS.append(item)
    return item


hi = lang(
    code="hi", title="रिजर्व बैंक ने रेपो दर में कोई बदलाव नहीं किया",
    dek="मौद्रिक नीति समिति ने महंगाई पर नजर रखते हुए दरें स्थिर रखीं।",
    paras=[
        "भारतीय रिजर्व बैंक की मौद्रिक नीति समिति ने मंगलवार को रेपो दर को 6.5 प्रतिशत पर "
        "यथावत रखने का फैसला किया। समिति के छह में से चार सदस्यों ने इसके पक्ष में मतदान किया।",
        "गवर्नर ने कहा कि खाद्य महंगाई अभी भी चिंता का विषय बनी हुई है, लेकिन आने वाले महीनों "
        "में इसमें नरमी आने की उम्मीद है।",
        "अर्थशास्त्रियों का मानना है कि फरवरी की बैठक में दरों में कटौती की जा सकती है।",
        "समिति की अगली बैठक फरवरी के पहले सप्ताह में होगी।",
    ],
    nav=["होम", "देश", "विदेश", "बिजनेस", "खेल", "मनोरंजन"],
    share="शेयर करें", read_also="यह भी पढ़ें", related="संबंधित खबरें",
    teasers=["सोने के दाम में उछाल", "शेयर बाजार में तेजी"],
    footer="© सर्वाधिकार सुरक्षित दैनिक समाचार मीडिया प्राइवेट लिमिटेड",
    tags=["रिजर्व बैंक", "रेपो दर"],
)
hi.variants = [
    Variant("hi-staff", "www.dainik-samachar.com", "hi", "Asia/Kolkata",
            lambda t: f"प्रकाशित: {t.day} {mon('hi', t)} {t.year}, {hm(t)}",
            lambda m, p: f"अपडेटेड: {m.day} {mon('hi', m)} {m.year}, {hm(m)}",
            '<div class="author">लेखक: <a href="/author/rahul-sharma">राहुल शर्मा</a></div>',
            ["राहुल शर्मा"], None, ""),
    Variant("hi-jagran", "www.jagran-khabar.com", "hi-IN", "Asia/Kolkata",
            lambda t: f"Publish Date: {t:%a}, {t.day} {t:%b} {t.year} {ampm(t)} (IST)",
            lambda m, p: f"Updated Date: {m:%a}, {m.day} {m:%b} {m.year} {ampm(m)} (IST)",
            # Dainik Jagran's digital desk credits its editor: no writer (the project's
            # "Editing by" convention).
            '<div class="author">Edited By: Ankit Verma</div>', [], None, "",
            "", 1),
    Variant("hi-bhasha", "www.hindi-khabar.com", "hi", "Asia/Kolkata",
            lambda t: deva(f"{t.day} ") + mon("hi", t) + deva(f" {t.year}, ") + deva(ampm(t)),
            None, "", [], "PTI", "नयी दिल्ली, {hi} (भाषा) ", "", 2),
]

ur = lang(
    code="ur", title="اسٹیٹ بینک نے شرح سود میں دو فیصد کمی کر دی",
    dek="مانیٹری پالیسی کمیٹی نے شرح سود 13 فیصد مقرر کر دی۔",
    paras=[
        "اسٹیٹ بینک آف پاکستان نے شرح سود میں دو فیصد کمی کرتے ہوئے اسے 13 فیصد مقرر کر دیا "
        "ہے۔ مانیٹری پالیسی کمیٹی کا اجلاس گورنر اسٹیٹ بینک کی صدارت میں ہوا۔",
        "اعلامیے کے مطابق مہنگائی کی شرح میں مسلسل کمی اور بیرونی کھاتوں میں بہتری کے باعث یہ "
        "فیصلہ کیا گیا۔",
        "کاروباری برادری نے فیصلے کا خیرمقدم کرتے ہوئے مزید کمی کا مطالبہ کیا ہے۔",
        "کمیٹی کا آئندہ اجلاس جنوری کے آخر میں ہوگا۔",
    ],
    nav=["صفحہ اول", "پاکستان", "دنیا", "کاروبار", "کھیل", "شوبز"],
    share="شیئر کریں", read_also="یہ بھی پڑھیں", related="متعلقہ خبریں",
    teasers=["سونے کی قیمت میں اضافہ", "اسٹاک مارکیٹ میں تیزی"],
    footer="© جملہ حقوق بحق روزنامہ وطن محفوظ ہیں",
    tags=["اسٹیٹ بینک", "شرح سود"],
)
ur.variants = [
    Variant("ur-jang", "www.roznama-watan.com.pk", "ur", "Asia/Karachi",
            lambda t: f"{WEEKDAYS['ur'][t.weekday()]} {t.day} {mon('ur', t)} {t.year}، {hm(t)}",
            None, '<div class="author">رپورٹ: <a href="/author/7">محمد عامر</a></div>',
            ["محمد عامر"], None, ""),
    Variant("ur-app", "www.urdu-khabrain.com", "ur", "Asia/Karachi",
            lambda t: f"شائع {t.day} {mon('ur', t)} {t.year} {h12(t)[0]}:{d2(t.minute)}{h12(t)[1]}",
            None, "", [], "APP", "اسلام آباد (اے پی پی) ", "", 1),
    Variant("ur-dopahar", "www.awam-ki-awaz.pk", "ur-PK", "Asia/Karachi",
            lambda t: f"{t.day} {mon('ur', t)} {t.year}، {h12(t)[0]}:{d2(t.minute)} "
                      + ("قبل دوپہر" if t.hour < 12 else "بعد دوپہر"),
            None, '<div class="author">از ثناء خان</div>', ["ثناء خان"], None, "", "", 2),
]

bn = lang(
    code="bn", title="নীতি সুদহার অপরিবর্তিত রাখল কেন্দ্রীয় ব্যাংক",
    dek="মূল্যস্ফীতি নিয়ন্ত্রণে কঠোর মুদ্রানীতি অব্যাহত থাকবে।",
    paras=[
        "কেন্দ্রীয় ব্যাংক নীতি সুদহার ১০ শতাংশে অপরিবর্তিত রাখার সিদ্ধান্ত নিয়েছে। মঙ্গলবার "
        "মুদ্রানীতি কমিটির বৈঠক শেষে এ সিদ্ধান্ত জানানো হয়।",
        "গভর্নর বলেন, মূল্যস্ফীতি এখনো লক্ষ্যমাত্রার চেয়ে অনেক বেশি, তাই কঠোর নীতি থেকে সরে "
        "আসার সময় হয়নি।",
        "ব্যবসায়ীরা বলছেন, উচ্চ সুদের কারণে নতুন বিনিয়োগ কমে যাচ্ছে।",
        "কমিটির পরবর্তী বৈঠক জানুয়ারির শেষে অনুষ্ঠিত হবে।",
    ],
    nav=["প্রচ্ছদ", "বাংলাদেশ", "আন্তর্জাতিক", "বাণিজ্য", "খেলা", "বিনোদন"],
    share="শেয়ার করুন", read_also="আরও পড়ুন", related="সম্পর্কিত খবর",
    teasers=["সোনার দাম আবার বাড়ল", "পুঁজিবাজারে সূচক বেড়েছে"],
    footer="স্বত্ব © দৈনিক খবর ২০২৪ | সম্পাদক: আবদুল করিম",
    tags=["কেন্দ্রীয় ব্যাংক", "সুদহার"],
)
bn.variants = [
    Variant("bn-bss", "www.dainik-khobor.com", "bn", "Asia/Dhaka",
            lambda t: "প্রকাশ: " + beng(f"{t.day} ") + mon("bn", t) + beng(f" {t.year}, {d2(t.hour)}: {d2(t.minute)}"),
            lambda m, p: "আপডেট: " + beng(f"{m.day} ") + mon("bn", m) + beng(f" {m.year}, {d2(m.hour)}: {d2(m.minute)}"),
            "", [], "BSS", "ঢাকা, {bn} (বাসস) : ", ""),
    Variant("bn-bd", "www.bd-sangbad.com.bd", "bn-BD", "Asia/Dhaka",
            lambda t: beng(f"{t.day} ") + mon("bn", t) + beng(f" {t.year}, ")
                      + beng(ampm(t, "এএম", "পিএম")),
            None, '<div class="author">লেখক: <a href="/author/tanvir">তানভীর হাসান</a></div>',
            ["তানভীর হাসান"], None, "", "", 1),
    Variant("bn-kolkata", "www.kolkata-barta.com", "bn", "Asia/Kolkata",
            lambda t: "প্রকাশিত: " + beng(f"{t.day} ") + mon("bn", t) + beng(f" {t.year} {hm(t)}"),
            None, '<div class="author">সুমন ঘোষ</div>', ["সুমন ঘোষ"], None, "", "", 2),
]

ta = lang(
    code="ta", title="ரிசர்வ் வங்கி ரெப்போ வட்டி விகிதத்தில் மாற்றமில்லை",
    dek="பணவீக்கம் குறையும் வரை காத்திருக்க நிதிக் கொள்கைக் குழு முடிவு.",
    paras=[
        "ரிசர்வ் வங்கியின் நிதிக் கொள்கைக் குழு ரெப்போ வட்டி விகிதத்தை 6.5 சதவீதமாகவே "
        "தொடர முடிவு செய்துள்ளது. செவ்வாய்க்கிழமை நடைபெற்ற கூட்டத்தில் இந்த முடிவு எடுக்கப்பட்டது.",
        "உணவுப் பொருள்களின் விலை உயர்வு இன்னும் கவலை அளிப்பதாக உள்ளது என்று ஆளுநர் தெரிவித்தார்.",
        "அடுத்த கூட்டத்தில் வட்டி குறைப்பு இருக்கலாம் என பொருளாதார நிபுணர்கள் கருதுகின்றனர்.",
        "குழுவின் அடுத்த கூட்டம் பிப்ரவரி மாதம் நடைபெறும்.",
    ],
    nav=["முகப்பு", "தமிழகம்", "இந்தியா", "வணிகம்", "விளையாட்டு", "சினிமா"],
    share="பகிர்", read_also="இதையும் படிக்க", related="தொடர்புடைய செய்திகள்",
    teasers=["தங்கம் விலை உயர்வு", "பங்குச்சந்தை ஏற்றம்"],
    footer="© தமிழ் முரசு செய்திகள் அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை",
    tags=["ரிசர்வ் வங்கி", "வட்டி விகிதம்"],
)
ta.variants = [
    Variant("ta-in", "www.tamil-murasu-news.com", "ta", "Asia/Kolkata",
            lambda t: f"வெளியிடப்பட்டது: {t.day} {mon('ta', t)} {t.year}, {h12(t)[0]}:{d2(t.minute)} {h12(t)[1]}",
            lambda m, p: f"புதுப்பிக்கப்பட்டது: {m.day} {mon('ta', m)} {m.year}, {h12(m)[0]}:{d2(m.minute)} {h12(m)[1]}",
            '<div class="author">எழுதியவர்: <a href="/author/murugan">முருகன் செல்வம்</a></div>',
            ["முருகன் செல்வம்"], None, ""),
    Variant("ta-lk", "www.thinakural-news.lk", "ta", "Asia/Colombo",
            lambda t: f"{mon('ta3', t)}. {t.day}, {t.year} {hm(t)}", None,
            "", [], None, "", "", 1),
    Variant("ta-pti", "www.dina-seithi.com", "ta", "Asia/Kolkata",
            lambda t: f"{t.day} {mon('ta', t)} {t.year} {hm(t)}", None,
            "", [], "PTI", "சென்னை, {ta3} (பிடிஐ) ", "", 2),
]

mr = lang(
    code="mr", title="रिझर्व्ह बँकेकडून रेपो दर जैसे थे",
    dek="महागाईवर लक्ष ठेवत पतधोरण समितीचा निर्णय.",
    paras=[
        "भारतीय रिझर्व्ह बँकेच्या पतधोरण समितीने रेपो दर 6.5 टक्क्यांवर कायम ठेवण्याचा निर्णय "
        "मंगळवारी घेतला. समितीच्या सहापैकी चार सदस्यांनी या निर्णयाच्या बाजूने मत दिले.",
        "अन्नधान्याच्या किमती अजूनही चिंतेचा विषय असल्याचे गव्हर्नरांनी सांगितले.",
        "पुढील बैठकीत व्याजदर कपात होऊ शकते, असा अर्थतज्ज्ञांचा अंदाज आहे.",
        "समितीची पुढील बैठक फेब्रुवारीत होणार आहे.",
    ],
    nav=["मुख्यपान", "महाराष्ट्र", "देश-विदेश", "अर्थवृत्त", "क्रीडा", "मनोरंजन"],
    share="शेअर करा", read_also="हेही वाचा", related="संबंधित बातम्या",
    teasers=["सोन्याच्या दरात वाढ", "शेअर बाजारात तेजी"],
    footer="© मराठी वार्ता सर्व हक्क राखीव",
    tags=["रिझर्व्ह बँक", "रेपो दर"],
)
mr.variants = [
    Variant("mr-staff", "www.marathi-varta.com", "mr", "Asia/Kolkata",
            lambda t: "प्रकाशित: " + deva(f"{t.day} ") + mon("mr", t) + deva(f" {t.year}, {hm(t)}"),
            lambda m, p: "अपडेट: " + deva(f"{m.day} ") + mon("mr", m) + deva(f" {m.year}, {hm(m)}"),
            '<div class="author">संदीप पाटील</div>', ["संदीप पाटील"], None, ""),
    Variant("mr-pti", "www.mumbai-batmi.com", "mr-IN", "Asia/Kolkata",
            lambda t: deva(f"{t.day} ") + mon("mr", t) + deva(f" {t.year} | ") + deva(ampm(t)),
            None, "", [], "PTI", "मुंबई, {mr} (पीटीआय) ", "", 1),
]

ne = lang(
    code="ne", title="राष्ट्र बैंकले नीतिगत ब्याजदर यथावत राख्यो",
    dek="मौद्रिक नीतिको अर्धवार्षिक समीक्षामा ब्याजदर परिवर्तन गरिएन।",
    paras=[
        "नेपाल राष्ट्र बैंकले मौद्रिक नीतिको समीक्षा गर्दै नीतिगत ब्याजदर ५ प्रतिशतमै यथावत "
        "राख्ने निर्णय गरेको छ। गभर्नरको अध्यक्षतामा बसेको बैठकले यो निर्णय गरेको हो।",
        "बैंकका अनुसार मुद्रास्फीति नियन्त्रणमा रहे पनि कर्जा प्रवाह अपेक्षाअनुसार बढ्न सकेको छैन।",
        "अर्थशास्त्रीहरूले लगानीको वातावरण सुधार नगरी ब्याजदर घटाएर मात्र माग नबढ्ने बताएका छन्।",
        "मौद्रिक नीतिको अर्को समीक्षा वैशाखमा हुनेछ।",
    ],
    nav=["गृहपृष्ठ", "समाचार", "अर्थ", "राजनीति", "खेलकुद", "मनोरञ्जन"],
    share="सेयर गर्नुहोस्", read_also="यो पनि पढ्नुहोस्", related="सम्बन्धित समाचार",
    teasers=["सुनको भाउ बढ्यो", "नेप्से सूचक उकालो"],
    footer="© सर्वाधिकार सुरक्षित कान्तिपुर दैनिक",
    tags=["राष्ट्र बैंक", "ब्याजदर"],
)


def bs_date(t: datetime) -> str:
    y, m, d = bs(t)
    return f"{MONTHS['bs'][m - 1]} {deva(str(d))}, {deva(str(y))}"


ne.variants = [
    Variant("ne-kantipur", "www.kantipur-dainik.com", "ne", "Asia/Kathmandu",
            lambda t: "प्रकाशित : " + bs_date(t) + " " + deva(hm(t)), None,
            '<div class="author">रमेश अधिकारी</div>', ["रमेश अधिकारी"], None, ""),
    Variant("ne-rss", "www.nepal-samachar.com.np", "ne-NP", "Asia/Kathmandu",
            lambda t: deva(str(bs(t)[0])) + " " + MONTHS["bs"][bs(t)[1] - 1] + " "
                      + deva(str(bs(t)[2])) + " गते " + deva(hm(t)), None,
            "", [], "RSS", "काठमाडौं, {bsd} (रासस) – ", "", 1),
    Variant("ne-greg", "www.sagarmatha-khabar.com", "ne", "Asia/Kathmandu",
            lambda t: WEEKDAYS["ne"][t.weekday()] + ", " + mon("ne", t) + deva(f" {t.day}, {t.year} {hm(t)}"),
            None, '<div class="author">सीता श्रेष्ठ</div>', ["सीता श्रेष्ठ"], None, "", "", 2),
]

si = lang(
    code="si", title="මහ බැංකුව ප්‍රතිපත්ති පොලී අනුපාතිකය වෙනස් නොකරයි",
    dek="උද්ධමනය පාලනය කිරීම සඳහා පවතින ප්‍රතිපත්තිය දිගටම.",
    paras=[
        "ශ්‍රී ලංකා මහ බැංකුව ප්‍රතිපත්ති පොලී අනුපාතිකය සියයට 8.25 ලෙස නොවෙනස්ව පවත්වා "
        "ගැනීමට තීරණය කර තිබේ. මුදල් ප්‍රතිපත්ති මණ්ඩලය ඊයේ රැස් වූ අවස්ථාවේ මෙම තීරණය ගෙන ඇත.",
        "උද්ධමනය අපේක්ෂිත මට්ටමට වඩා පහළින් පවතින බව මහ බැංකු අධිපතිවරයා පැවසීය.",
        "ඉදිරි මාසවලදී ණය ප්‍රමාණය වැඩි වනු ඇතැයි ආර්ථික විශේෂඥයෝ අපේක්ෂා කරති.",
        "මණ්ඩලයේ මීළඟ රැස්වීම ජනවාරි මාසයේදී පැවැත්වේ.",
    ],
    nav=["මුල් පිටුව", "දේශීය", "විදෙස්", "ව්‍යාපාර", "ක්‍රීඩා", "විනෝදාස්වාද"],
    share="බෙදාගන්න", read_also="මෙයත් කියවන්න", related="අදාළ පුවත්",
    teasers=["රත්තරන් මිල ඉහළට", "කොටස් වෙළඳපොළ ඉහළට"],
    footer="© ලංකා දින පුවත්පත සියලු හිමිකම් ඇවිරිණි",
    tags=["මහ බැංකුව", "පොලී අනුපාතිකය"],
)
si.variants = [
    Variant("si-staff", "www.lanka-dina.lk", "si", "Asia/Colombo",
            lambda t: f"{t.year} {mon('si', t)} {t.day} {hm(t)}", None,
            '<div class="author">නිමල් පෙරේරා</div>', ["නිමල් පෙරේරා"], None, ""),
    Variant("si-12h", "www.sinhala-puwath.com", "si", "Asia/Colombo",
            lambda t: f"{mon('si', t)} {t.day}, {t.year} {h12(t)[0]}:{d2(t.minute)} "
                      + ("පෙ.ව." if t.hour < 12 else "ප.ව."), None,
            "", [], None, "", "", 1),
]

kk = lang(
    code="kk", title="Ұлттық банк базалық мөлшерлемені 15,25 пайыз деңгейінде сақтады",
    dek="Реттеуші инфляциялық тәуекелдер әлі де жоғары екенін атап өтті.",
    paras=[
        "Қазақстан Ұлттық банкі базалық мөлшерлемені жылдық 15,25 пайыз деңгейінде сақтау "
        "туралы шешім қабылдады. Бұл туралы реттеушінің баспасөз қызметі хабарлады.",
        "Ұлттық банктің мәліметінше, жылдық инфляция 8,5 пайызға дейін үдеп, тәуекелдер "
        "жоғары күйінде қалып отыр.",
        "Сарапшылардың басым бөлігі мөлшерлеменің өзгермейтінін күткен еді.",
        "Базалық мөлшерлеме бойынша келесі шешім қаңтар айында жарияланады.",
    ],
    nav=["Басты бет", "Саясат", "Экономика", "Қоғам", "Спорт", "Мәдениет"],
    share="Бөлісу", read_also="Оқи отырыңыз", related="Тақырыпқа қатысты",
    teasers=["Теңге бағамы нығайды", "Бензин бағасы өсті"],
    footer="© «Қазақ ақпарат» ЖШС, 2024. Барлық құқықтар қорғалған.",
    tags=["Ұлттық банк", "мөлшерлеме"],
)
kk.variants = [
    Variant("kk-staff", "www.kazakh-akparat.kz", "kk", "Asia/Almaty",
            lambda t: f"{t.day} {mon('kk', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Жаңартылды: {m.day} {mon('kk', m)} {m.year}, {hm(m)}",
            '<div class="author">Авторы: <a href="/author/aigerim">Айгерім Сәрсенова</a></div>',
            ["Айгерім Сәрсенова"], None, ""),
    Variant("kk-kazinform", "www.egemen-kz.com", "kk", "Asia/Almaty",
            lambda t: f"{dmy(t)}, {hm(t)}", None,
            "", [], "Kazinform", "АСТАНА. ҚазАқпарат – ", "", 1),
]

az = lang(
    code="az", title="Mərkəzi Bank uçot dərəcəsini dəyişməz saxladı",
    dek="İdarə Heyəti inflyasiya risklərinin qorunduğunu bildirib.",
    paras=[
        "Azərbaycan Mərkəzi Bankı uçot dərəcəsini 7,25 faiz səviyyəsində saxlamaq qərarına "
        "gəlib. Qərar bankın İdarə Heyətinin növbəti iclasında qəbul edilib.",
        "Bankın açıqlamasına görə, illik inflyasiya hədəf diapazonunun daxilində qalır, lakin "
        "xarici risklər davam edir.",
        "Ekspertlər növbəti iclasda dərəcənin azaldıla biləcəyini istisna etmirlər.",
        "Uçot dərəcəsi ilə bağlı növbəti qərar yanvar ayında açıqlanacaq.",
    ],
    nav=["Əsas səhifə", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman", "Mədəniyyət"],
    share="Paylaş", read_also="Həmçinin oxuyun", related="Digər xəbərlər",
    teasers=["Neftin qiyməti bahalaşıb", "Manatın məzənnəsi açıqlandı"],
    footer="© Bakı Xəbər, 2024. Bütün hüquqlar qorunur.",
    tags=["Mərkəzi Bank", "uçot dərəcəsi"],
)
az.variants = [
    Variant("az-staff", "www.baki-xeber.az", "az", "Asia/Baku",
            lambda t: f"{t.day} {mon('az', t)} {t.year}, {hm(t)}",
            lambda m, p: f"Yenilənib: {m.day} {mon('az', m)} {m.year}, {hm(m)}",
            '<div class="author">Müəllif: <a href="/author/elvin">Elvin Məmmədov</a></div>',
            ["Elvin Məmmədov"], None, ""),
    Variant("az-azertac", "www.xeber-merkezi.com", "az", "Asia/Baku",
            lambda t: f"{dmy(t)} {hm(t)}", None,
            "", [], "Azertac", "Bakı, {az} (AZƏRTAC). ", "", 1),
]

ka = lang(
    code="ka", title="ეროვნულმა ბანკმა რეფინანსირების განაკვეთი უცვლელი დატოვა",
    dek="მონეტარული პოლიტიკის კომიტეტმა განაკვეთი 8 პროცენტზე შეინარჩუნა.",
    paras=[
        "საქართველოს ეროვნულმა ბანკმა მონეტარული პოლიტიკის განაკვეთი 8 პროცენტზე უცვლელი "
        "დატოვა. გადაწყვეტილება კომიტეტის სხდომაზე მიიღეს.",
        "ბანკის განცხადებით, ინფლაცია მიზნობრივ მაჩვენებელზე დაბალია, თუმცა გარე რისკები "
        "კვლავ მაღალია.",
        "ეკონომისტები მომავალ წელს განაკვეთის შემცირებას ელიან.",
        "კომიტეტის შემდეგი სხდომა იანვარში გაიმართება.",
    ],
    nav=["მთავარი", "პოლიტიკა", "ეკონომიკა", "საზოგადოება", "სპორტი", "კულტურა"],
    share="გაზიარება", read_also="ასევე წაიკითხეთ", related="მსგავსი სიახლეები",
    teasers=["ლარის კურსი გამყარდა", "საწვავის ფასი გაიზარდა"],
    footer="© თბილისის ამბები, 2024. ყველა უფლება დაცულია.",
    tags=["ეროვნული ბანკი", "განაკვეთი"],
)
ka.variants = [
    Variant("ka-staff", "www.tbilisi-ambebi.ge", "ka", "Asia/Tbilisi",
            lambda t: f"{t.day} {mon('ka', t)} {t.year}, {hm(t)}",
            lambda m, p: f"განახლდა: {m.day} {mon('ka', m)} {m.year}, {hm(m)}",
            '<div class="author">ავტორი: <a href="/author/nino">ნინო ბერიძე</a></div>',
            ["ნინო ბერიძე"], None, ""),
    Variant("ka-dotted", "www.kartuli-ambebi.com", "ka", "Asia/Tbilisi",
            lambda t: f"{dmy(t)} {hm(t)}", None, "", [], None, "", "", 1),
]

am = lang(
    code="am", title="ብሔራዊ ባንክ የወለድ ምጣኔውን ሳይቀይር አቆየ",
    dek="የገንዘብ ፖሊሲ ኮሚቴ የዋጋ ግሽበትን ለመቆጣጠር ውሳኔውን አሳለፈ።",
    paras=[
        "የኢትዮጵያ ብሔራዊ ባንክ የብሔራዊ ባንክ የወለድ ምጣኔን በ15 በመቶ ሳይቀይር ለማቆየት ወሰነ። "
        "ውሳኔው የተላለፈው የገንዘብ ፖሊሲ ኮሚቴ ባካሄደው መደበኛ ስብሰባ ነው።",
        "የባንኩ ገዥ እንደገለጹት የዋጋ ግሽበት እየቀነሰ ቢሆንም አሁንም ከዒላማው በላይ ነው።",
        "የኢኮኖሚ ባለሙያዎች ውሳኔው የብድር አቅርቦትን ሊገድብ እንደሚችል ገልጸዋል።",
        "ኮሚቴው ቀጣዩን ስብሰባ በመጋቢት ወር ያካሂዳል።",
    ],
    nav=["መነሻ", "ዜና", "ኢኮኖሚ", "ፖለቲካ", "ስፖርት", "መዝናኛ"],
    share="አጋራ", read_also="ይህንም ያንብቡ", related="ተዛማጅ ዜናዎች",
    teasers=["የወርቅ ዋጋ ጨመረ", "የነዳጅ ዋጋ ተስተካከለ"],
    footer="© አዲስ ዜና 2017 ዓ.ም. መብቱ በሕግ የተጠበቀ ነው።",
    tags=["ብሔራዊ ባንክ", "ወለድ"],
)


def et_date(t: datetime) -> str:
    y, m, d = ethiopian(t)
    return f"{MONTHS['et'][m - 1]} {d} ቀን {y} ዓ.ም"


am.variants = [
    Variant("am-ena", "www.addis-zena.com", "am", "Africa/Addis_Ababa",
            lambda t: f"{LEAD_FIELDS['etd'](t)} ዓ.ም {hm(t)}", None, "", [], "ENA",
            "አዲስ አበባ፣ {etd} (ኢዜአ)፦ ", "", 1),
    Variant("am-staff", "www.ethio-zena.com", "am", "Africa/Addis_Ababa",
            lambda t: f"{et_date(t)} {hm(t)}", None,
            '<div class="author">ዘጋቢ፡ ሰላማዊት ተስፋዬ</div>', ["ሰላማዊት ተስፋዬ"], None, "", "", 2),
]

sw = lang(
    code="sw", title="Benki Kuu yapunguza kiwango cha riba hadi asilimia 11.25",
    dek="Kamati ya Sera ya Fedha imesema mfumuko wa bei umeshuka.",
    paras=[
        "Benki Kuu imepunguza kiwango chake cha riba kutoka asilimia 12 hadi asilimia 11.25 "
        "katika kikao cha Kamati ya Sera ya Fedha kilichofanyika Jumanne.",
        "Gavana wa benki hiyo alisema mfumuko wa bei umeendelea kushuka na shilingi imekuwa "
        "thabiti katika miezi ya hivi karibuni.",
        "Wafanyabiashara wamepongeza uamuzi huo wakisema utasaidia kupunguza gharama za mikopo.",
        "Kamati itakutana tena mwezi Februari mwakani.",
    ],
    nav=["Nyumbani", "Habari", "Biashara", "Siasa", "Michezo", "Burudani"],
    share="Shiriki", read_also="Soma pia", related="Habari zinazohusiana",
    teasers=["Bei ya mafuta yapanda", "Shilingi yaimarika"],
    footer="© Taifa Habari 2024. Haki zote zimehifadhiwa.",
    tags=["Benki Kuu", "riba"],
)
sw.variants = [
    Variant("sw-ke", "www.taifa-habari.co.ke", "sw", "Africa/Nairobi",
            lambda t: f"{WEEKDAYS['sw'][t.weekday()]}, {mon('sw', t)} {t.day}, {t.year} {hm(t)}",
            lambda m, p: f"Imesasishwa: {mon('sw', m)} {m.day}, {m.year} {hm(m)}",
            '<div class="author">Na <a href="/author/juma-hamisi">Juma Hamisi</a></div>',
            ["Juma Hamisi"], None, ""),
    Variant("sw-tz", "www.mwananchi-leo.co.tz", "sw", "Africa/Dar_es_Salaam",
            lambda t: f"{t.day} {mon('sw', t)} {t.year}, {hm(t)}", None,
            '<div class="author">Na Neema Mushi</div>', ["Neema Mushi"], None, "", "", 1),
    Variant("sw-kna", "www.habari-kenya.com", "sw", "Africa/Nairobi",
            lambda t: f"{dmy(t, '/')} {hm(t)}", None,
            "", [], "KNA", "NAIROBI, {sw} (KNA) – ", "", 2),
]

ha = lang(
    code="ha", title="Babban Bankin Najeriya ya kara kudin ruwa zuwa kashi 27.5",
    dek="Kwamitin tsare-tsaren kudi ya ce hauhawar farashi na ci gaba.",
    paras=[
        "Babban Bankin Najeriya ya kara kudin ruwa daga kashi 27.25 zuwa kashi 27.5 bayan "
        "taron kwamitin tsare-tsaren kudi da aka gudanar ranar Talata a Abuja.",
        "Gwamnan bankin ya ce hauhawar farashin kayayyaki na ci gaba da zama babban kalubale "
        "ga tattalin arzikin kasar.",
        "Masana tattalin arziki sun ce matakin zai kara wa 'yan kasuwa wahalar samun bashi.",
        "Kwamitin zai sake zama a watan Fabrairu.",
    ],
    nav=["Gida", "Labarai", "Kasuwanci", "Siyasa", "Wasanni", "Nishadi"],
    share="Raba", read_also="Karanta kuma", related="Labarai masu alaka",
    teasers=["Farashin man fetur ya tashi", "Naira ta farfado"],
    footer="© Labarai Hausa 2024. Duk hakkoki sun tabbata.",
    tags=["CBN", "kudin ruwa"],
)
ha.variants = [
    Variant("ha-staff", "www.labarai-hausa.com", "ha", "Africa/Lagos",
            lambda t: f"{mon('ha', t)} {t.day}, {t.year} {hm(t)}", None,
            '<div class="author">Daga <a href="/author/aminu-bello">Aminu Bello</a></div>',
            ["Aminu Bello"], None, ""),
    Variant("ha-nan", "www.jaridar-arewa.com.ng", "ha", "Africa/Lagos",
            lambda t: f"{t.day} {mon('ha', t)}, {t.year} {h12(t)[0]}:{d2(t.minute)} {h12(t)[1].upper()}",
            None, "", [], "NAN", "ABUJA, {ha} (NAN) – ", "", 1),
]

tl = lang(
    code="tl", title="BSP, ibinaba ang interest rate sa 5.75 porsiyento",
    dek="Inaasahang bababa pa ang inflation sa susunod na taon.",
    paras=[
        "Ibinaba ng Bangko Sentral ng Pilipinas ang benchmark interest rate sa 5.75 porsiyento "
        "matapos ang pulong ng Monetary Board nitong Martes.",
        "Ayon sa gobernador ng BSP, nananatiling mababa ang inflation at sapat ang suplay ng "
        "bigas at iba pang pangunahing bilihin.",
        "Sinabi ng mga ekonomista na makatutulong ito sa mga negosyong nangungutang.",
        "Muling magpupulong ang Monetary Board sa Pebrero.",
    ],
    nav=["Balita", "Bansa", "Negosyo", "Pulitika", "Isports", "Showbiz"],
    share="Ibahagi", read_also="Basahin din", related="Kaugnay na balita",
    teasers=["Presyo ng bigas bumaba", "Piso lumakas kontra dolyar"],
    footer="© Balita Pinoy 2024. Lahat ng karapatan ay nakalaan.",
    tags=["BSP", "interest rate"],
)
tl.variants = [
    Variant("tl-staff", "www.balita-pinoy.com.ph", "tl", "Asia/Manila",
            lambda t: f"{mon('tl', t)} {t.day}, {t.year} {h12(t)[0]}:{d2(t.minute)} {h12(t)[1].upper()}",
            None, '<div class="author">Ni <a href="/author/jose-reyes">Jose Reyes</a></div>',
            ["Jose Reyes"], None, ""),
    Variant("tl-pna", "www.pahayagan-ngayon.com", "fil", "Asia/Manila",
            lambda t: f"{mon('tl', t)} {t.day}, {t.year} - {hm(t)}", None,
            "", [], "PNA", "MAYNILA, {tl} (PNA) -- ", "", 1),
]

km = lang(
    code="km", title="ធនាគារជាតិនៃកម្ពុជារក្សាអត្រាការប្រាក់ដដែល",
    dek="ធនាគារជាតិថាអតិផរណានៅតែស្ថិតក្នុងកម្រិតទាប។",
    paras=[
        "ធនាគារជាតិនៃកម្ពុជាបានសម្រេចរក្សាអត្រាការប្រាក់គោលនយោបាយនៅកម្រិតដដែល "
        "ក្នុងកិច្ចប្រជុំគណៈកម្មាធិការគោលនយោបាយរូបិយវត្ថុកាលពីថ្ងៃអង្គារ។",
        "អភិបាលធនាគារជាតិបានមានប្រសាសន៍ថា អតិផរណានៅតែស្ថិតក្នុងកម្រិតទាប "
        "ហើយអត្រាប្តូរប្រាក់រៀលមានស្ថិរភាព។",
        "អ្នកជំនាញសេដ្ឋកិច្ចបានឱ្យដឹងថា ការសម្រេចនេះនឹងជួយដល់ការផ្តល់ឥណទានដល់អាជីវកម្មខ្នាតតូច។",
        "កិច្ចប្រជុំលើកក្រោយនឹងធ្វើឡើងនៅខែមីនា។",
    ],
    nav=["ទំព័រដើម", "ព័ត៌មានជាតិ", "សេដ្ឋកិច្ច", "អន្តរជាតិ", "កីឡា", "កម្សាន្ត"],
    share="ចែករំលែក", read_also="អានបន្ថែម", related="ព័ត៌មានពាក់ព័ន្ធ",
    teasers=["តម្លៃមាសឡើង", "តម្លៃប្រេងធ្លាក់"],
    footer="© រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ ខ្មែរប៉ុស្តិ៍ ២០២៤",
    tags=["ធនាគារជាតិ", "អត្រាការប្រាក់"],
)
km.variants = [
    Variant("km-staff", "www.khmer-post.com", "km", "Asia/Phnom_Penh",
            lambda t: "ថ្ងៃទី" + khmer(str(t.day)) + " ខែ" + mon("km", t) + " ឆ្នាំ"
                      + khmer(str(t.year)) + " ម៉ោង " + khmer(hm(t)), None,
            '<div class="author">ដោយ៖ សុខ ដារ៉ា</div>', ["សុខ ដារ៉ា"], None, ""),
    Variant("km-akp", "www.kampuchea-thmey.com", "km", "Asia/Phnom_Penh",
            lambda t: khmer(f"{t.day} ") + mon("km", t) + khmer(f" {t.year} {hm(t)}"), None,
            "", [], "AKP", "ភ្នំពេញ {km} (អ.ក.ព) – ", "", 1),
]


AD_LABEL.update({
    "hi": "विज्ञापन", "ur": "اشتہار", "bn": "বিজ্ঞাপন", "ta": "விளம்பரம்", "mr": "जाहिरात",
    "ne": "विज्ञापन", "si": "දැන්වීම", "kk": "Жарнама", "az": "Reklam", "ka": "რეკლამა",
    "am": "ማስታወቂያ", "sw": "Tangazo", "ha": "Talla", "tl": "Advertisement", "km": "ពាណិជ្ជកម្ម",
})
CLOSING_LINE.update({
    "hi": "ताजा खबरों के लिए हमें Google News पर फॉलो करें।",
    "ur": "تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں۔",
    "bn": "সর্বশেষ খবর পেতে গুগল নিউজ ফিড ফলো করুন",
    "ta": "உடனுக்குடன் செய்திகளுக்கு எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்.",
    "mr": "ताज्या बातम्यांसाठी आम्हाला Google News वर फॉलो करा.",
    "ne": "ताजा अपडेटका लागि हामीलाई फेसबुकमा फलो गर्नुहोस्।",
    "si": "නවතම පුවත් සඳහා අපගේ WhatsApp නාලිකාවට එක්වන්න.",
    "kk": "Жаңалықтарды Telegram-арнамыздан оқыңыз.",
    "az": "Xəbərləri Telegram kanalımızda izləyin.",
    "ka": "გამოგვყევით Facebook-ზე.",
    "am": "ተጨማሪ መረጃ ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ።",
    "sw": "Tufuate kwenye WhatsApp kwa habari zaidi.",
    "ha": "Ku biyo mu a shafinmu na Facebook.",
    "tl": "I-follow kami sa Facebook para sa pinakabagong balita.",
    "km": "សូមតាមដានយើងខ្ញុំតាមរយៈ Telegram។",
})
PHOTO_CREDIT.update({
    "hi": "फोटो: पीटीआई", "ur": "فوٹو: اے پی پی", "bn": "ছবি: বাসস", "ta": "படம்: பிடிஐ",
    "mr": "छायाचित्र: पीटीआय", "ne": "तस्बिर: रासस", "si": "ඡායාරූපය: රොයිටර්",
    "kk": "Фото: ҚазАқпарат", "az": "Foto: AZƏRTAC", "ka": "ფოტო: რეიტერი", "am": "ፎቶ፡ ኢዜአ",
    "sw": "Picha: Reuters", "ha": "Hoto: NAN", "tl": "Larawan: PNA", "km": "រូបភាព៖ អ.ក.ព",
})


def pages(modes: tuple[bool | str, ...] = (False, True)) -> list[Page]:
    """Every variant on every day, under each mode `tests.intl_pages.pages` knows."""
    return [build_page(lg, v, day, meta) for lg in LANGS for v in lg.variants for day in DAYS
            for meta in modes]

