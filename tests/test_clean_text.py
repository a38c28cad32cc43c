"""Every rule, on by default or opt-in, stays silent on clean text.

One shared set of clean article fragments, written for these tests: headings, "U.S.",
"Oct. 1", "3.5", URLs and e-mail addresses, Markdown code spans and fences, deliberate
ellipses in quotations, bullet lists, quotations over several paragraphs, and paragraphs
in many languages and scripts, each with its own quotation marks and punctuation
conventions. Each text is also checked with Windows line endings and, when it is plain
text, read as Markdown. The test is parametrised by rule code, so a failure names the
rule; its message lists each clean text the rule flagged and what it flagged there.
"""

from __future__ import annotations

import pytest

import scrapelint
from scrapelint.rules import ALL_RULES

NNBSP = "\u202f"  # narrow no-break space, as French typography puts before ; ! ?
NBSP = "\u00a0"

# (name, text, file name): the file name decides whether the text is read as Markdown.
CLEAN_TEXTS: list[tuple[str, str, str]] = [
    (
        "english-abbreviations",
        "Call details\n\n"
        "U.S. officials said on Oct. 1 that about 3.5 million people had applied, up from 2.9 "
        "million a year earlier. The figures, released by the Labor Department at 10 a.m., "
        "surprised analysts.\n\n"
        "“It’s a big jump,” said Dr. Jane Smith, an economist at St. Louis University. "
        "“We didn’t expect it before Jan. 1.”\n\n"
        "Mr. Brown, a Ph.D. student, said the rise was driven by e.g. retail and logistics, "
        "i.e. the sectors that hire most before the holidays.\n",
        "story.txt",
    ),
    (
        "english-urls-and-email",
        "How to reach us\n\n"
        "Readers can send tips to newsdesk@example.com or to the editor at "
        "jane.doe@example.org.\n\n"
        "The full report is available at "
        "https://www.example.com/reports/2019/annual-report.pdf?lang=en&page=2 and a short "
        "summary at https://example.org/summary. Earlier coverage is archived at "
        "www.example.net/archive/2018.\n",
        "story.txt",
    ),
    (
        "english-ellipses-in-quotations",
        "“I thought we had more time… but we didn’t,” she said.\n\n"
        "The letter read: “We regret […] any inconvenience this may cause.” Officials "
        "declined to comment further.\n\n"
        "He paused for a long moment. “Well... maybe. We will see what the board decides.”\n",
        "story.txt",
    ),
    (
        "english-bullet-lists",
        "What the plan includes\n\n"
        "The proposal has three parts:\n\n"
        "  • a new tax credit for families;\n"
        "  • more money for schools;\n"
        "  • a faster permit process.\n\n"
        "- Cost: $1.2 billion\n"
        "- Start date: Jan. 1, 2020\n"
        "- Vote: expected in March\n\n"
        "1. Preheat the oven to 180 °C.\n"
        "2. Mix the flour and the sugar.\n"
        "3. Bake for 25 minutes.\n",
        "story.txt",
    ),
    (
        "english-quotation-over-paragraphs",
        "The mayor read from a prepared statement on Tuesday.\n\n"
        "“We have listened to residents, and we have heard them. The new plan reflects "
        "their concerns.\n\n"
        "“We will keep working with every neighbourhood to get this right.”\n\n"
        "The council will vote on the plan next week.\n",
        "story.txt",
    ),
    (
        "english-straight-quotes",
        'Tottenham said in a statement: "The club is delighted to welcome him back.\n\n'
        '"He has won trophies in four countries and knows the league well."\n\n'
        'The manager, who is 6\'2", said he was "ready to start" on Monday.\n',
        "story.txt",
    ),
    (
        "english-numbers-and-names",
        "The match ended 3-1 after a goal in the 89th minute. Kick-off was at 7:45 p.m., "
        "and the home side led 1-0 at half-time.\n\n"
        "AT&T and Johnson & Johnson reported results on Thursday; R&D spending rose 12.5% "
        "to $3.5bn. The company (founded in 1886) employs 135,000 people.\n\n"
        "J.R.R. Tolkien fans will recognise the reference, the author wrote in No. 10 of "
        "the magazine.\n",
        "story.txt",
    ),
    (
        "english-words-that-are-also-boilerplate",
        "Comments on the proposal\n\n"
        "Residents can read more about the proposal at the town hall, and leave a comment "
        "with the clerk until Friday. The council will share the results on its website.\n\n"
        "Those who subscribe to the local paper already know the story: the company that "
        "wrote its cookie policy in 2018 also printed the copyright notice on every "
        "advertisement it sold.\n\n"
        "Developers can call the save() function, or set the display to none in the "
        "settings panel, the manual says.\n",
        "story.txt",
    ),
    (
        "english-brackets-and-smileys",
        "Steps: a) mix, b) bake, c) serve (see the notes below).\n\n"
        "The team [which had lost twice] won the final :) and the fans celebrated.\n\n"
        "Temperatures reached 35 °C (95 °F) on Sunday.\n",
        "story.txt",
    ),
    (
        "english-about-html-and-code",
        "How to format a post\n\n"
        "Use the <strong> tag for emphasis, not <b>. Tags such as <p>, <div> and <span> "
        "structure a page; in CSS you write color: red; to colour text.\n\n"
        "If x > 3 and y < 5, then x + y = 8. The set {1, 2, 3} has three elements.\n",
        "story.txt",
    ),
    (
        "english-verse-recipe-interview",
        "The woods are lovely, dark and deep\n"
        "But I have promises to keep\n"
        "And miles to go before I sleep\n\n"
        "Ingredients\n\n"
        "2 cups flour\n"
        "1 tsp salt\n"
        "3 eggs, beaten\n\n"
        "Q: When did you start painting?\n"
        "A: When I was six, in Lisbon.\n\n"
        "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee.\n",
        "story.txt",
    ),
    (
        "english-hard-wrapped-letter",
        "Dear colleagues, the meeting on Thursday has been moved to the main\n"
        "hall on the second floor because the usual room is being repainted this\n"
        "week. Please bring the draft budget, the notes from last month, and any\n"
        "questions you may have for the finance team.\n\n"
        "Best regards,\n"
        "Anna\n",
        "letter.txt",
    ),
    (
        "english-typewriter-spacing",
        "Notice to members\n\n"
        "The annual meeting is moved to Thursday.  Please bring the draft budget.\n"
        "The room is on the second floor.  Lunch is provided.\n\n"
        "Thank you.  See you there.\n",
        "notice.txt",
    ),
    (
        "emoji-and-joiners",
        "The family 👨‍👩‍👧 posed for a photo 👍🏽 and waved 🇫🇷 flags. Press 1️⃣ to start.\n\n"
        "من می‌خواهم این کتاب را بخوانم.\n\n"
        "क्‍ष और र्‍य जैसे संयुक्ताक्षर हिंदी में आम हैं।\n",
        "story.txt",
    ),
    (
        "markdown-references-and-site-generators",
        "See the report[^1] and [the site][1], which is _really_ __useful__.\n\n"
        "{{< figure src=\"harbour.png\" caption=\"The harbour\" >}}\n\n"
        "Line one  \n"
        "Line two.\n\n"
        "[1]: https://example.com/site\n"
        "[^1]: Published in 2019.\n",
        "notes.md",
    ),
    (
        "markdown-code-and-lists",
        "# Call details\n\n"
        "The call lasted **an hour**. We discussed `lint()` and the `--fix` flag,\n"
        "and the `a  ,b` example that the parser rejects.  \n"
        "A hard line break ends the line above.\n\n"
        "```python\n"
        "def main():  \n"
        "    print(\"Hello ,  world\")  ;;\n"
        "    return {{ value }}\n"
        "```\n\n"
        "- First item\n"
        "- Second item\n"
        "  - A nested item\n\n"
        "> “Quoted text,” she said.\n\n"
        "| Name | Score |\n"
        "| --- | --- |\n"
        "| Ana | 3.5 |\n\n"
        "See [the report](https://example.com/report.pdf) and ![a chart](https://example.com/chart.png).\n",
        "notes.md",
    ),
    (
        "markdown-html-and-headings",
        "## Results\n\n"
        "The results are in the table below.<br>\n"
        "Tom &amp; Jerry won&nbsp;again.\n\n"
        "<!-- A note for editors -->\n\n"
        "### Next steps\n\n"
        "* Write the report.\n"
        "* Send it to press@example.com.\n",
        "notes.md",
    ),
    (
        "french",
        "Réforme des retraites\n\n"
        "Le gouvernement a présenté mardi son projet de réforme. « Nous voulons un système "
        "plus juste », a déclaré la ministre devant l’Assemblée nationale.\n\n"
        "Les syndicats restent prudents : ils demandent des garanties sur l’âge de départ. "
        "Pourquoi maintenant ? Parce que le déficit atteint 12,5 milliards d’euros ; "
        "c’est, selon Bercy, un record.\n\n"
        "La prochaine réunion aura lieu le 1er octobre à Paris !\n",
        "article.txt",
    ),
    (
        "french-narrow-spaces",
        f"Le musée rouvre ses portes\n\n"
        f"Après deux ans de travaux, le musée rouvre samedi{NNBSP}! «{NBSP}C’est un grand "
        f"jour pour la ville{NBSP}», a dit le maire.\n\n"
        f"Combien coûte l’entrée{NNBSP}? Dix euros{NNBSP}; la visite est gratuite pour les "
        f"moins de 18{NBSP}ans.\n",
        "article.txt",
    ),
    (
        "german",
        "Neue Regeln für E-Scooter\n\n"
        "Die Stadt Berlin will ab dem 1. Oktober strengere Regeln für E-Scooter einführen. "
        "„Wir müssen die Gehwege freihalten“, sagte die Verkehrssenatorin am Dienstag.\n\n"
        "Laut einer Umfrage nutzen rund 3,5 Prozent der Einwohner die Roller regelmäßig, "
        "z. B. für den Weg zur Arbeit. Kritiker halten die Pläne für übertrieben – die "
        "Anbieter zeigen sich dagegen gesprächsbereit.\n\n"
        "Der Verband nannte die Vorschläge »praxisfern«. Weitere Informationen gibt es "
        "unter www.berlin.de/verkehr.\n",
        "artikel.txt",
    ),
    (
        "spanish",
        "El Banco Central mantiene los tipos de interés\n\n"
        "El Banco Central Europeo decidió el jueves mantener los tipos de interés sin "
        "cambios. «No hay prisa», explicó su presidenta en rueda de prensa.\n\n"
        "¿Qué significa esto para las familias? Según los analistas, las hipotecas "
        "variables seguirán estables hasta, al menos, el próximo año. ¡Una buena noticia "
        "para muchos!\n\n"
        "La inflación se situó en el 2,1 % en septiembre, frente al 2,4 % de agosto.\n",
        "noticia.txt",
    ),
    (
        "italian",
        "Roma, riapre il museo dopo i restauri\n\n"
        "Il museo ha riaperto sabato dopo due anni di lavori. «È un giorno di festa per "
        "tutta la città», ha detto il sindaco durante l’inaugurazione.\n\n"
        "Il biglietto costa 12 euro; l’ingresso è gratuito per i minori di 18 anni.\n",
        "notizia.txt",
    ),
    (
        "portuguese",
        "Chuva forte atinge São Paulo\n\n"
        "A Defesa Civil de São Paulo emitiu na terça-feira um alerta para chuvas fortes na "
        "capital. “A população deve evitar áreas de alagamento”, disse o coordenador do "
        "órgão.\n\n"
        "Segundo o instituto de meteorologia, o volume pode chegar a 80 mm em 24 horas.\n",
        "noticia.txt",
    ),
    (
        "dutch",
        "Nieuwe fietsbrug in Utrecht geopend\n\n"
        "De gemeente Utrecht heeft dinsdag een nieuwe fietsbrug over het kanaal geopend. "
        "\"Hiermee besparen fietsers gemiddeld vijf minuten per rit,\" aldus de wethouder.\n\n"
        "De brug is 120 meter lang en kostte ruim 8,5 miljoen euro.\n",
        "artikel.txt",
    ),
    (
        "russian",
        "Москва готовится к зиме\n\n"
        "В понедельник мэрия Москвы сообщила, что город полностью готов к зимнему сезону. "
        "«Все службы работают в штатном режиме», — заявил заместитель мэра.\n\n"
        "По данным синоптиков, первый снег может выпасть уже 1 ноября. Температура "
        "опустится до −5 °C, а к середине месяца — до −10 °C.\n\n"
        "Подробнее о работе транспорта можно узнать на сайте города. Контракт на "
        "обслуживание линий получило АО «Компания «Городской транспорт».\n",
        "statya.txt",
    ),
    (
        "ukrainian",
        "У Києві відкрили новий міст\n\n"
        "У суботу в Києві урочисто відкрили пішохідний міст через Дніпро. «Це подарунок "
        "для всіх киян», — сказав міський голова.\n\n"
        "Довжина мосту становить 212 метрів, а будівництво тривало майже два роки.\n",
        "stattia.txt",
    ),
    (
        "greek",
        "Νέα μέτρα για την ακρίβεια\n\n"
        "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης για τα νοικοκυριά. «Στόχος "
        "μας είναι να προστατεύσουμε τους πιο αδύναμους», δήλωσε ο υπουργός Οικονομικών.\n\n"
        "Τα μέτρα θα ισχύσουν από την 1η Οκτωβρίου. Πόσο θα κοστίσουν; Σύμφωνα με το "
        "υπουργείο, περίπου 1,2 δισ. ευρώ.\n",
        "arthro.txt",
    ),
    (
        "arabic",
        "الحكومة تعلن خطة جديدة للنقل العام\n\n"
        "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لتطوير شبكة النقل العام في العاصمة. "
        "وقال وزير النقل إن «المشروع سيخدم أكثر من مليون راكب يومياً».\n\n"
        "وتشمل الخطة إنشاء ثلاثة خطوط جديدة للمترو، وتحديث محطات الحافلات، وتوسيع مسارات "
        "الدراجات. هل ستنجح الخطة؟ يرى الخبراء أن التمويل هو التحدي الأكبر.\n",
        "maqal.txt",
    ),
    (
        "hebrew",
        "עיריית תל אביב מרחיבה את שבילי האופניים\n\n"
        "העירייה הודיעה ביום שני כי תוסיף עשרה קילומטרים של שבילי אופניים עד סוף השנה. "
        "\"זה צעד חשוב לעיר ירוקה יותר\", אמר ראש העירייה.\n\n"
        "התושבים מוזמנים להגיש הערות עד ה־1 בדצמבר. דובר צה\"ל אמר כי ארה\"ב תמכה בתוכנית.\n",
        "katava.txt",
    ),
    (
        "persian",
        "افتتاح کتابخانه جدید در تهران\n\n"
        "شهرداری تهران روز دوشنبه از افتتاح یک کتابخانه عمومی جدید خبر داد. "
        "این کتابخانه بیش از ۵۰ هزار جلد کتاب دارد و هر روز از ساعت ۸ صبح باز است.\n",
        "maghale.txt",
    ),
    (
        "chinese-simplified",
        "北京发布新的空气质量报告\n\n"
        "北京市生态环境局周二发布报告称，今年前九个月全市空气质量明显改善。细颗粒物平均浓度"
        "为每立方米38微克，同比下降12.5%。\n\n"
        "专家表示：“这是多年治理的结果。”不过，他们也提醒，冬季供暖期仍需警惕重污染天气。\n\n"
        "报告全文可在《北京日报》网站查阅。\n",
        "xinwen.txt",
    ),
    (
        "chinese-traditional",
        "台北捷運新路線通車\n\n"
        "台北市政府週六宣布，捷運環狀線第二階段正式通車。市長表示：「這條路線將大幅縮短"
        "通勤時間。」\n\n"
        "首日搭乘人數超過五萬人次，比預期多出兩成。\n",
        "xinwen.txt",
    ),
    (
        "japanese",
        "東京で新しい図書館が開館\n\n"
        "\u3000東京都は1日、新しい中央図書館を開館したと発表した。館長は「誰もが気軽に立ち寄れる"
        "場所にしたい」と話している。\n\n"
        "図書館には約50万冊の本が所蔵されており、午前9時から午後8時まで利用できる。初日には"
        "3,000人以上が訪れた。\n",
        "kiji.txt",
    ),
    (
        "korean",
        "서울시, 대중교통 요금 인상 발표\n\n"
        "서울시는 1일 지하철과 버스 요금을 다음 달부터 150원 인상한다고 밝혔다. 시 관계자는 "
        "\"운영 적자가 계속 늘어나고 있어 불가피한 결정\"이라고 말했다.\n\n"
        "시민들의 반응은 엇갈렸다. 일부는 서비스 개선을 기대한다고 했지만, 다른 이들은 "
        "부담이 커진다며 우려를 나타냈다.\n",
        "gisa.txt",
    ),
    (
        "hindi",
        "दिल्ली में वायु गुणवत्ता में सुधार\n\n"
        "दिल्ली में मंगलवार को वायु गुणवत्ता में हल्का सुधार दर्ज किया गया। पर्यावरण मंत्री ने "
        "कहा, \"हम प्रदूषण कम करने के लिए हर संभव कदम उठा रहे हैं।\"\n\n"
        "विशेषज्ञों के अनुसार, आने वाले दिनों में हवा की गति बढ़ने से स्थिति और बेहतर हो सकती है।\n",
        "lekh.txt",
    ),
    (
        "thai",
        "กรุงเทพฯ เตรียมรับมือฤดูฝน\n\n"
        "กรุงเทพมหานครเปิดเผยเมื่อวันจันทร์ว่า ได้เตรียมเครื่องสูบน้ำกว่า 500 เครื่องเพื่อรับมือ"
        "กับน้ำท่วมในช่วงฤดูฝน ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า \"เราพร้อมทำงานตลอด 24 ชั่วโมง\"\n\n"
        "ประชาชนสามารถแจ้งเหตุน้ำท่วมได้ที่สายด่วน 1555\n",
        "khao.txt",
    ),
    (
        "vietnamese",
        "Hà Nội mở thêm tuyến xe buýt điện\n\n"
        "Ngày 1/10, Sở Giao thông vận tải Hà Nội cho biết thành phố sẽ mở thêm ba tuyến xe "
        "buýt điện trong năm nay. “Chúng tôi muốn giảm ô nhiễm không khí và tiếng ồn”, một "
        "lãnh đạo sở nói.\n\n"
        "Giá vé mỗi lượt là 7.000 đồng, tương đương các tuyến xe buýt thông thường.\n",
        "bao.txt",
    ),
    (
        "turkish",
        "İstanbul’da yeni metro hattı açıldı\n\n"
        "İstanbul Büyükşehir Belediyesi, yeni metro hattının pazartesi günü hizmete "
        "girdiğini açıkladı. Belediye başkanı, “Bu hat günde 300 bin yolcu taşıyacak” dedi.\n\n"
        "Hat 12,5 kilometre uzunluğunda ve 10 istasyondan oluşuyor. Seferler sabah 06.00’da "
        "başlıyor.\n",
        "haber.txt",
    ),
    (
        "polish",
        "Warszawa: nowe ścieżki rowerowe\n\n"
        "Ratusz poinformował we wtorek, że do końca roku w stolicy powstanie 20 km nowych "
        "ścieżek rowerowych. „To odpowiedź na potrzeby mieszkańców” – powiedział "
        "wiceprezydent miasta.\n\n"
        "Inwestycja będzie kosztować ok. 35 mln zł. Prace ruszą 1 października, m.in. na "
        "Mokotowie.\n",
        "artykul.txt",
    ),
    (
        "czech",
        "Praha otevřela nové parkoviště\n\n"
        "Hlavní město Praha ve středu otevřelo nové záchytné parkoviště u stanice metra. "
        "„Chceme, aby lidé nejezdili autem do centra,“ uvedl náměstek primátora.\n\n"
        "Parkoviště má 500 míst a stojí 50 Kč za den.\n",
        "clanek.txt",
    ),
    (
        "swedish",
        "Ny bro öppnar i Göteborg\n\n"
        "Den nya bron över älven öppnade för trafik på lördagen. ”Det här är en historisk "
        "dag för staden”, sade kommunstyrelsens ordförande.\n\n"
        "Bron är 440 meter lång och har kostat drygt 4 miljarder kronor.\n",
        "artikel.txt",
    ),
    (
        "indonesian",
        "Jakarta luncurkan bus listrik\n\n"
        "Pemerintah Provinsi DKI Jakarta pada Senin meluncurkan 30 bus listrik baru. "
        "\"Kami ingin udara Jakarta lebih bersih,\" kata gubernur dalam sambutannya.\n\n"
        "Tarif bus listrik tetap Rp3.500 per perjalanan.\n",
        "berita.txt",
    ),
]

DEFAULT_CODES = [rule.code for rule in ALL_RULES if rule.default]
OPT_IN_CODES = [rule.code for rule in ALL_RULES if not rule.default]


def _variants() -> list[tuple[str, str, str]]:
    """Each clean text as written, with Windows line endings, and plain text read as Markdown."""
    variants = []
    for name, text, filename in CLEAN_TEXTS:
        variants.append((name, text, filename))
        variants.append((f"{name} (CRLF)", text.replace("\n", "\r\n"), filename))
        if not filename.endswith(".md"):
            variants.append((f"{name} (as Markdown)", text, filename.rsplit(".", 1)[0] + ".md"))
    return variants


# Opt-in rules may be noisier on real text, but none should flag these texts either.
@pytest.mark.parametrize("code", DEFAULT_CODES + OPT_IN_CODES)
def test_rule_is_silent_on_clean_text(code: str) -> None:
    flagged = [
        f"{name}: {text[d.start:d.end]!r} ({d.message})"
        for name, text, filename in _variants()
        for d in scrapelint.lint(text, select=[code], filename=filename)
    ]
    assert flagged == []


def test_the_clean_texts_cover_many_scripts() -> None:
    import unicodedata

    scripts = {
        unicodedata.name(char).split()[0]
        for _, text, _ in CLEAN_TEXTS
        for char in text
        if char.isalpha()
    }
    assert {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HIRAGANA", "HANGUL", "DEVANAGARI", "THAI"} <= scripts
