from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import assert_only_unsafe_fix, codes, fires, fixed
from strategies import phrases_among_pieces

import scrapelint
from scrapelint import Settings, phrases
from scrapelint.document import Document
from scrapelint.patterns import standard
from scrapelint.predicates import has_words
from scrapelint.rules import boilerplate

# Text that no boilerplate rule may flag: real-looking article lines, headings, numbers,
# URLs, lists and other scripts. Every rule's must-not-fire list includes it.
ARTICLE_TEXT = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "Read the report at https://example.com/related/read-more-share\n",
    "Write to jane.doe@example.com with questions.\n",
    "  • Bread\n  • Milk\n  • Eggs\n",
    "Она сказала, что вернётся в понедельник.\n",
    "市政府周二宣布了新的预算。\n",
    "Οι διαπραγματεύσεις συνεχίζονται.\n",
    "قالت الحكومة إن المحادثات ستستمر.\n",
    "“I don’t know…” she said, and left.\n",
]

PROSE_TEXT = "The committee spent most of the spring reviewing the plans for the new bridge over the river."

# Each rule: lines that must fire, and text that must not.
# An article's sections, whose headings a table of contents lists (B023).
# Two readers' comments, each closed by a reply button (B024).
_COMMENTS = "Jane\nsays:\nGreat piece, thanks!\nReply\nSam\nsays:\nI disagree with the second point.\nReply\n"
_GOVERNMENT_BANNER = (
    "An official website of the United States government\nHere's how you know\nOfficial websites use .gov\nA\n.gov\n"
    "website belongs to an official government organization in the United States.\nSecure .gov websites use HTTPS\nA\nlock\n(\n) or\n"
    "https://\nmeans you've safely connected to the .gov website. Share sensitive information only on official, secure websites.\n"
)
# A form's country and state pickers, one name a line, in alphabetical order (B034).
_COUNTRIES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh "
    "Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Bulgaria Burundi Cambodia Cameroon Canada Chad "
    "Chile China Colombia Comoros Congo Croatia Cuba Cyprus Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia "
    "Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras "
    "Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kuwait "
    "Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia "
    "Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia "
    "Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Panama Paraguay Peru Philippines Poland"
).split()
_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
]
# As French sorts them, accents aside.
_FRENCH_COUNTRIES = (
    "Afghanistan|Afrique du Sud|Åland|Albanie|Algérie|Allemagne|Andorre|Angola|Anguilla|Antarctique|"
    "Antigua-et-Barbuda|Antilles néerlandaises|Arabie saoudite|Argentine|Arménie|Aruba|Australie|Autriche|"
    "Azerbaïdjan|Bahamas|Bahreïn|Bangladesh|Barbade|Belgique|Belize|Bénin|Bermudes|Bhoutan|Biélorussie|"
    "Birmanie|Bolivie|Bosnie-Herzégovine|Botswana|Brésil|Brunei|Bulgarie|Burkina Faso|Burundi|Cambodge|"
    "Cameroun|Canada|Cap-Vert|Centrafrique|Chili|Chine|Chypre|Colombie|Comores|Congo-Brazzaville|"
    "Congo-Kinshasa|Corée du Nord|Corée du Sud|Costa Rica|Côte d’Ivoire|Croatie|Cuba|Curaçao|Danemark|"
    "Djibouti|Dominique|Égypte|Émirats arabes unis|Équateur|Érythrée|Espagne|Estonie|États-Unis|Éthiopie|"
    "Fidji|Finlande|France|Gabon|Gambie|Géorgie|Géorgie du Sud et les îles Sandwich du Sud|Ghana|"
    "Gibraltar|Grèce|Grenade|Groenland|Guadeloupe|Guam|Guatemala|Guernesey|Guinée|Guinée équatoriale|"
    "Guinée-Bissau|Guyana|Guyane|Haïti|Honduras|Hong Kong|Hongrie|Île Bouvet|Île Christmas|Île de Man|"
    "Îles Caïmanes|Îles Cocos|Îles Cook|Îles Féroé|Îles Heard-et-McDonald|Îles Malouines (Falkland)|"
    "Îles Mariannes du Nord|Îles mineures éloignées des États-Unis|Îles Salomon|Îles Turques et Caïques|"
    "Îles Vierges américaines|Îles Vierges britanniques|Inde|Indonésie|Irak|Iran"
).split("|")
_PICKER = "Country\n" + "\n".join([*_COUNTRIES, "Kosovo", "Portugal", "Qatar", "Romania", "Russia", "Zimbabwe"]) + "\n"
_SECTIONS = "Why it matters\nThe council voted.\nHow it works\nIt works.\nWhat to do next\nWait.\n"

_DIRECTORY_LABELS = "".join(
    f"{label}\n" for label in (
        "Arts", "Blogging", "Books", "Business", "Design", "Education", "Fashion", "Finance", "Food & Drink",
        "Friends & Family", "Gambling & Games", "Green", "Health & Fitness", "Home & Garden", "Internet", "Life",
        "Marketing", "Politics", "Software", "Spirituality", "Sports", "Technology", "Travel", "Shopping & Gifts",
        "Crypto", "Science",
    )
)
"""A blog directory's categories: 26 labels, more than a list that a label introduces holds."""

CASES: dict[str, tuple[list[str], list[str]]] = {
    "B001": (
        [
            "The talks ended.\n\nLeave a Reply\n",
            "The talks ended.\n\nLeave a Replay",
            "The talks ended.\n\nLeave a Repy\n",
            "The talks ended.\n\nLEAVE A COMMENT\n",
            "The talks ended.\n\nPost a comment:\n",
            "The talks ended.\nLeave a Reply Cancel reply\nYour name\n",
            "The talks ended.\n\n  Leave a comment  \n",
            "The talks ended.\n\n### Leave a Reply\n",
            "Your email address will not be published. Required fields are marked *\n",
            "Save my name, email, and website in this browser for the next time I comment.\n",
            "The talks ended.\n\nIf you are a human, ignore this field\n",
            "The talks ended.\nNotify of\nnew follow-up comments\nnew replies to my comments\n",
            "Email address:\nLeave this field empty if you're human:\n",
            "Fin.\n\nDeja una respuesta\n",
            "Ende.\n\nSchreibe einen Kommentar\n",
            # Jetpack's comment form in German, as WordPress.com blogs print it.
            "Ende.\n\nGib hier deinen Kommentar ein ...\nTrage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:\n",
            "Ende.\n\nDiese Website verwendet Akismet, um Spam zu reduzieren.\n",
            "Ende.\nErforderliche Felder sind mit\nName (Pflichtfeld)\n",
            "Fin.\n\nCe site utilise Akismet pour réduire les indésirables.\n",
            "Fin.\n\nEste sitio usa Akismet para reducir el spam.\n",
            "Конец.\n\nДобавить комментарий\n",
            "終わり。\n\nコメントを残す\n",
            "끝.\n\n답글 남기기\n",
            "نهاية.\n\nاترك تعليقاً\n",
        ],
        [
            "They leave a reply card in every room.\n",
            "Leave a reply, she said, and the clerk did.\n",
            "Readers can leave a comment below the article, the editor said.\n",
            "Reply\n",
            "Leave\n",
            "Leave a legacy\n",
            "Leave a light on\n",
            "Leave the country\n",
            "Readers who want to\nleave a comment\ncan do so below, she said.\n",
            "Comments\n",
            "  • Leave a reply card on the desk.\n",
            "Laisser une trace\n",
            "https://example.com/leave-a-reply\n",
        ],
    ),
    "B002": (
        [
            "The council met.\n\nShare this:\nFacebook\nTwitter\n",
            "The council met.\nShare this on:\nFacebook\nTwitter\nLinkedIn\nJorge Jimenez\n",
            "The council met.\n\nShare on Facebook\n",
            "The council met.\nShare\nTweet\nEmail\n",
            "The council met.\n\n1.2K shares\n",
            "The council met.\n\nClick to share on Twitter (Opens in new window)\n",
            "Cancel\nPost was not sent - check your email addresses!\nEmail check failed, please try again\n",
            "The council met.\n\nTeilen mit:\nFacebook\n",
            "Der Rat tagte.\n\nTeilen Sie dies mit:\nKlick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)\nKlicken, um auf WhatsApp zu teilen (Wird in neuem Fenster geöffnet)\n",
            "Der Rat tagte.\n\nGefällt mir:\nGefällt mir Wird geladen …\n",
            "The council met.\n\nПоделиться\nВКонтакте\nTelegram\n",
            "The council met.\n\n分享到微博\n",
            "Focus is the whole game.Click To Tweet\n",
            "Business exists in the 'space-time continuum.'Click To Tweet\n",
            "The council met.\n\nFacebook\nTwitter\nInstagram\n",
            "The council met.\n\nFacebook\n\nPinterest\n\nInstagram\n\nYouTube\n",
            # a strip of icons labelled in lower case
            "The council met.\nlinkedin\ntwitter\nfacebook\ninstagram\nyoutube\ncrunchbase\n",
            "The council met.\nFollow\nfacebook\ninstagram\nyoutube\ntwitter\n",
            # A label with any network of the list, not only the common ones.
            "The council met.\n\nShare this with Messenger\n",
            "The council met.\n\nShare on Tumblr\n",
            "The council met.\n\nShare via\nEmail\n",
            "The council met.\n\nPartager sur LinkedIn\n",
            # A one-word label alone, where it reads as a button; counts of likes above it.
            "The council met.\n\nShare\n",
            "The council met.\nShare\nNext week's agenda\n",
            "The council met.\n\n589\n149\n94\nShare\nThe vote is set for next week, the clerk said.\n",
        ],
        [
            # A one-word label over a sentence is a heading.
            "Share\nThe profits were split evenly among the partners.\n",
            "Print\nThe newspaper's print edition ended in May.\n",
            "You can share this with Facebook friends by clicking below.\n",
            "Share with Facebook, he said, was the default for years.\n",
            "Facebook\nTwitter\n",
            "Facebook\nTwitter\nFacebook\n",
            "The apps she opens first each morning:\nFacebook\nTwitter\nInstagram\n",
            "The apps she opens first each morning:\n\nFacebook\n\nTwitter\n\nInstagram\n",
            "Find me on\nFacebook\n,\nTwitter\n,\nInstagram\n.\n",
            "Facebook, Twitter, Instagram\n",
            # names in lower case inside a sentence broken at its links
            "my favourite apps are\nfacebook\ninstagram\nyoutube\nand tiktok.\n",
            "The band posts on\nfacebook\ninstagram\nyoutube\nevery week, the manager said.\n",
            "The council met.\nFacebook\nInstagram\nYouTube\nand TikTok all carried the vote live.\n",
            "  • Facebook: 2.9 billion users\n  • Twitter: 350 million\n  • Instagram: 2 billion\n",
            "She did not want to share the story with reporters.\n",
            "Shares of the company fell 3.5% on Oct. 1.\n",
            "Shares\n\nThe company issued new shares.\n",
            "Twitter said it would review the policy.\n",
            "You can click to tweet it, she explained.\n",
            "Share prices\n",
            "Print edition\n",
        ],
    ),
    "B003": (
        [
            "The board will vote again in March.\n\nSign up for our newsletter\n",
            "The board will vote.\n\nSubscribe\n",
            "The board will vote.\nEnter your email address:\n",
            "The board will vote.\nSubscribe to get the latest posts sent to your email.\nType your email…\n",
            "The board will vote.\nSubscribe to the Morning Review newsletter\n",
            "The board will vote.\nBe the first to know!\nThank you for signing up.\nPlease enter a valid email address.\n",
            "The board will vote.\nSign Up: Stay on top of the news! Sign up for our Email Newsletters here.\n",
            "There's plenty more. Sign up for The Daily today to get the newsletter delivered to your inbox.\n",
            "The board will vote.\n\nThanks for subscribing!\n",
            "Email address\nThank you! Your submission has been received!\nOops! Something went wrong while submitting the form.\n",
            "The board will vote.\n\nThanks, you’re subscribed!\n",
            "The board will vote.\n\nBy entering your email address you agree to our\nTerms of Use and Privacy Policy\n",
            "Fin.\n\nSuscríbete a nuestro boletín\n",
            "Конец.\n\nПодпишитесь на рассылку\n",
            "The board will vote.\nSubscribe to receive posts by email\n",
            "The board will vote.\nSign up with your email address to receive news and updates.\n",
            "The board will vote.\n\nSubscribe to our blog\n",
            "The board will vote.\n\nSubscribe to our email update\n",
            "The board will vote.\n\nJoin 84.9K other subscribers\n",
        ],
        [
            "She subscribes to three newspapers.\n",
            "More than 10,000 readers have signed up for the newsletter since launch.\n",
            "The newsletter, which launched in 2019, now has 3.5 million readers.\n",
            "Subscribers said the price rose on Oct. 1.\n",
            "Sign language interpreters were present.\n",
            "He wrote a newsletter about the U.S. economy for years; readers loved it.\n",
            "Newsletter publishers are struggling, a report said.\n",
            "The blog updates its readers by email every week.\n",
            "Join 84 other volunteers at the park on Saturday.\n",
        ],
    ),
    "B004": (
        [
            "The festival opens on Friday.\n\nCookie Policy\n",
            "The festival opens.\nAccept all cookies\n",
            "This website uses cookies to improve your experience. We'll assume you're ok with this.\nThe festival opens.\n",
            "We use cookies to understand how you use our site and to improve your experience.\n",
            "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.\n",
            "Мы используем файлы cookie, чтобы сайт работал лучше.\n",
            "Politique de cookies\n",
            "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to "
            "process personal data. You may accept or manage your choices by clicking below.\n",
            "To provide the best experiences, we use technologies like cookies to store and/or access device information.\n",
            "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.\n",
            "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der "
            "Verwendung von Cookies zu.\n",
            "To find out more, including how to control cookies, see here: Cookie Policy\n",
            "Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie\n",
            # a consent dialog's overview, longer than other notices (95 words)
            "Privacy Overview\nThis website uses cookies to improve your experience while you navigate through the website. "
            "Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential "
            "for the working of basic functionalities of the website. We also use third-party cookies that help us analyze "
            "and understand how you use this website. These cookies will be stored in your browser only with your consent. "
            "You also have the option to opt-out of these cookies. But opting out of some of these cookies may have an "
            "effect on your browsing experience.\n",
            # the descriptions of a consent dialog's kinds of cookies
            "Necessary\nNecessary cookies are absolutely essential for the website to function properly.\n",
            "Other uncategorized cookies are those that are being analyzed and have not been classified into a category as yet.\n",
            # the purposes of a consent dialog, in the wording of the law on electronic privacy
            "Statistics\nThe technical storage or access that is used exclusively for statistical purposes.\n",
            "We and our partners process data to provide:\nStore and/or access information on a device. Use limited data to "
            "select advertising. Create profiles for personalised advertising.\nShow Purposes\n",
            "The technical storage or access is required to create user profiles to send advertising, or to track the user "
            "on a website or across several websites for similar marketing purposes.\n",
            # the categories of a consent dialog's settings
            "The festival opens on Friday.\nStrictly Necessary Cookies\nAlways Active\nPerformance Cookies\n",
            "About Us\nRegistration on or use of this site constitutes acceptance of our\nUser Agreement\nand\nPrivacy Policy\n",
            "Sign up\nBy signing up, you agree to our\nPrivacy Policy\n.\n",
            "Email\nBy submitting this form, you agree to our\nTerms of Service\n",
            # A sentence that points to the site's terms, broken at its links.
            "Email\nWe will never share your information. See our\nprivacy policy\nand\nterms\nof service.\n",
            "Last name\nThis site is protected by reCAPTCHA and the Google\nPrivacy Policy\nand\nTerms of Service\napply.\n",
            "Subscribe\nView our\nPrivacy Policy\nfor more information.\nSend\n",
        ],
        [
            "We use cookies to control the quality of each batch, the baker said.\n",
            "The bakery sold 300 cookies on Oct. 1.\n",
            f"{PROSE_TEXT}\nBy the end of the year, you agree to nothing.\n{PROSE_TEXT}\n",
            "By signing the treaty, the two countries agreed to cut tariffs.\n",
            "The court ruled that by signing up, you agree to our terms.\n",
            "By using this method you accept a small loss of precision, which the authors consider acceptable for most uses.\n",
            "Use of this site\n",
            "Cookies\n\nThe recipe needs butter.\n",
            "We use cookies as a reward for the dogs, the trainer said.\n",
            "Under the rules, websites must ask before they use cookies to track people.\n",
            "Accept\n",
            "Privacy\n",
            "The court said the cookie banner was misleading.\n",
            # Cookies named in a paragraph that does not open as a banner does, however long.
            "Necessary evil, the critics said: the cookies on the website track readers across the web, and the site "
            "never asked for consent.\n",
            "We and our partners at the bakery sold cookies on the website all week.\n",
            "The technical storage of the archive is the museum's task, and its website lists the statistics.\n",
            "Technical storage or access to the vault was restricted to the subscriber, the bank said.\n",
            "The article explains that websites use cookies to remember a visitor. " * 12 + "\n",
            # A sentence about the terms that goes on after its link is the article's own.
            "If you have no account, sign up for one. Be sure to read the\nprivacy policy\n- that may influence what data you put in!\n",
            "The company changed its\nprivacy policy\nlast week.\n",
            "Users who read the\nterms of service\ncarefully will find the clause on arbitration, the lawyers said.\n",
            "How to read the\nterms\nof a loan.\n",
        ],
    ),
    "B005": (
        [
            "The museum reopens in May.\n\n© 2019 Hearst Communications, Inc. All Rights Reserved.\n",
            "The museum reopens.\n© 2019\n",
            "The museum reopens.\nCopyright © 2016 Example Theater. All rights reserved.\n",
            "The museum reopens.\ncopyright Example 2019 - ISSN: 2283-5474\n",
            "The museum reopens.\nAll Rights Reserved.\n",
            "The museum reopens.\nCopyright 2019 Example Media\n",
            "Fim.\nCopyright © 2010 AUTORACING. Todos os direitos reservados.\n",
            "끝.\nCopyright ⓒ Example.co.kr. 무단전재 및 재배포 금지\n",
            "Конец.\n© 2019 Пример. Все права защищены.\n",
            # The mark, the year and the owner each a span of its own.
            "The museum reopens.\n©\n2025\nVox Media\n",
            "The museum reopens.\n©\n2025 Slate. All Rights Reserved.\n",
        ],
        [
            "Copyright law was changed in 1998.\n",
            "© Jane Doe\n",
            "The photo is © Reuters and was taken in 2019.\n",
            "The band said all rights reserved by the label would revert to the members after the 2019 tour ended and the contract expired.\n",
            "Copyright\n",
            "He holds the copyright to 35 songs written since 1998.\n",
            "The museum reopens.\n©\nJane Doe\n",
            "Copyright\nThe law of 1998 changed who owns a photo.\n",
        ],
    ),
    "B006": (
        [
            "The simulation ran for a year.\nMost read in world news\nAuthorities said more.\n",
            "The simulation ran.\n\nRelated posts\n",
            "The simulation ran.\n\nYou may also like...\n",
            "The simulation ran.\n\nExplore More:\n",
            "The simulation ran.\n\nRead more:\n",
            "The simulation ran.\n\nPopular on Example\n",
            "The simulation ran.\n\nMore from The Example Times\n",
            "Fim.\n\nLeia também\n",
            "Конец.\n\nЧитайте также\n",
            "Ende.\n\nMeist gelesen\n",
            "Ende.\n\nMehr von Example Zeitung\n",
            "Fin.\n\nÚltimas noticias\n",
            "Fin.\n\nDans la même rubrique\n",
            "Koniec.\n\nZobacz również\n",
            "終わり。\n\n関連記事\n",
            "끝.\n\nExample 주요뉴스\n",
        ],
        [
            "Related costs rose by 3.5% on Oct. 1.\n",
            "Related issues\n\nThe committee met.\n",
            "Read more about the case in our archive, the editor wrote.\n",
            "The two cases are related, police said.\n",
            "Most read the report before voting.\n",
            "More from the interview: she said no.\n",
            "Recommended dose\n",
            "Neueste Beiträge der Forschung zeigen das Gegenteil.\n",
            "Mehr von ihm, sagte sie, wolle sie nicht hören.\n",
            "Lo último que supo de él fue una carta.\n",
            "Further reading\n",
        ],
    ),
    "B007": (
        [
            "The mission ends in May.\n- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Milky Way Galaxy\n",
            "The mission ends in May.\n\n- Moon Rush: Private Lunar Lander Plans\n- Where Commercial Landers Will Land\nEditor's note: This story was updated.\n",
            "The galaxies formed early.\nRelated: The 15 Weirdest Galaxies in Our Universe\nMore text follows here.\n",
            "Shares fell.\nRead more: Tencent profit falls as threat weighs\n",
            "Shares fell.\n[Related: Keynote: AI, Integration And Protestors]\n",
            "The band played on.\nYou may also like...\nWho will make the Hall in 2020?\nDave Band takes over Fan Vote\n",
            "The band played on.\nRelated post:\nPickled Sprouts Recipe\n",
            "Fim.\nLeia também: Governo anuncia novo plano\n",
        ],
        [
            # the article's list of resources, each card closed by its button
            "Additional Resources\nWhy it Works: High-Impact Tutoring\nThe Partnership for Student Success\nRead More\n"
            "Navigating Tutoring Options\nThe Center for Education Market Dynamics\nRead More\n"
            "Tutoring Cost Calculator 2.0\nNational Student Support Accelerator\nRead More\n",
            "Related: the two cases were linked, police said.\n",
            "Read more: she said it was over.\n",
            "The band played on.\nRead more\nThe band's second album sold well. It was released on Oct. 1.\n",
            "The band played on.\nRelated post:\nWe went to the market and bought the\nvegetables we needed.\n",
            "Note: the figures are provisional.\n",
            "Related issues: taxes, spending and debt were discussed at length by the committee members.\n",
            "The newly selected five are:\n- Blue Origin, Kent, Washington\n- Ceres Robotics, Palo Alto, California\n",
            "The mission ends in May.\n- the probe reaches orbit in June\n- the lander touches down in July\n",
            "The mission ends in May.\n- Launch\n- Landing\n",
            "- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Galaxy\n",
            "The mission ends in May.\n- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Galaxy\nOne.\nTwo.\nThree.\n",
        ],
    ),
    "B008": (
        [
            "The vote is Thursday.\n\nADVERTISEMENT\n\nLawmakers have until Friday.\n",
            "The vote is Thursday.\nAdvertisement\n",
            "The vote is Thursday.\nStory continues below advertisement\n",
            "The vote is Thursday.\nSponsored Content\n",
            "The vote is Thursday.\nUndo\nby Taboola\n",
            "The vote is Thursday.\nRecommended by Outbrain\n",
            "Die Abstimmung ist am Donnerstag.\nAnzeige\n",
            "Голосование в четверг.\nРеклама\n",
            "投票は木曜日です。\n広告\n",
            "التصويت يوم الخميس.\nإعلان\n",
        ],
        [
            "The advertisement ran on Oct. 1 in three newspapers.\n",
            "Advertising revenue fell 3.5%.\n",
            "Advertising\n\nThe agency won the account.\n",
            "Sponsored by the U.S. embassy, the event drew crowds.\n",
            "He was promoted to captain in 2019.\n",
        ],
    ),
    "B009": (
        [
            "The council met.\nCart\nYour cart is empty\nContinue shopping\n",
            "Sign in\nSign in with Google\nSign in with Facebook\nContinue with Email\n",
            "Skip to content\nCouncil approves new budget\n",
            "The council met.\n\nBack to top\n",
            "The council met.\nPrivacy Policy\nTerms of Use\n",
            "The council met.\n« Previous Post\n",
            "Zum Inhalt springen\nDer Rat tagte.\n",
            "Impressum\nDatenschutz\n",
            "Der Rat tagte.\n\nBeitrags-Navigation\n",
            "Der Hund schläft.\n\nErstelle eine kostenlose Website oder Blog – auf WordPress.com.\n",
            "The dog sleeps.\nBlog at WordPress.com.\n",
            "The dog sleeps.\n\nCopy shortlink\nReport this content\nView post in Reader\nManage subscriptions\nCollapse this bar\n",
            # A theme's sign-in dialog, its lines next to each other.
            "Kundencenter\nHerzlich Willkommen! Loggen Sie sich in Ihrem Konto ein\nEin Passwort wird Ihnen per E-Mail zugeschickt.\n",
            "Der Rat tagte.\n\nBloggen auf WordPress.com.\nDatenschutzerklärung\n",
            "Der Rat tagte.\n\nSie sind hier:\nStartseite\nPolitik\n",
            "Перейти к содержимому\nСовет собрался.\n",
            "본문 바로가기\n시의회가 열렸다.\n",
            # Buttons under each card of a grid, or next to another link of the chrome.
            "Cloud storage\nKeep files safe\nLearn more\nCloud backup\nRestore in minutes\nLearn more\n",
            "The council met.\nGet a demo\nContact us\n",
            # Menu labels in a run of three navigation lines.
            "The council met.\n\nHome\nBlog\nAbout\nContact\n",
            "The council met.\nCookies\nTerms\nPrivacy\nSitemap\n",
            "Der Rat tagte.\nStartseite\nPolitik\nWirtschaft\nSport\n",
            "Совет собрался.\nГлавная\nНовости\nСпорт\n",
            # A footer link alone, as nothing but a link: not over a paragraph or a sentence.
            "The council met on Monday.\n\nPrivacy Policy\n",
            "Der Rat tagte am Montag.\n\nDatenschutzerklärung\n",
            "The council met.\n\n* Terms of Service\n\nTags: budget\n",
            # Links printed with no space between them.
            "Skip to content\n\nThe council met.\n\nSubscribeSign in\n",
            "The council met.\n\nPrivacy PolicyTerms of Use\nContact us\n",
            "The council met.\n\nPreviousNext\nContact us\n",
            # The button that closes a dialog or a banner, over its text or alone.
            "The council met.\n\nClose\nThis website uses cookies to improve your experience.\n",
            "Security setup is complete.\nCLOSE\n",
            "Der Rat tagte.\nSchließen\n",
            "会议结束。\n关闭\n",
            "The council met on Monday and voted on the budget.\nRead less\nComments\n",
            # A form's, a menu's or a widget's button where it reads as one.
            "Member Benefits\nEarly Career Psychiatrists\nBack\nResidents & Medical Students\n",
            "The council met.\n\nSearch\nPlease enter a search term\n",
            "15 Indoor Plants That Can Handle Low Light\nSkip to content\nMenu\nSustainability for All.\n",
            "Parenting\nPets\nMore\nLifeBuzz Apps\n",
            "Your email address\nSubmit\n",
            "npm install left-pad\nCopied!\n",
            "Der Rat tagte.\n\nAbbrechen\nAlle Artikel im Überblick\n",
            "Совет собрался.\n\nПоиск\n",
            # A sign-in form's prompts.
            "Password\nForgot password?\nDon't have an account?\nRegister Now\n",
            "The council met.\n\nAlready have an account?\nWelcome to the club\n",
        ],
        [
            # Names in camel case, or glued words that are no links.
            "The council met.\n\niPhone\nYouTube\nWordPress\n",
            # A text that prints no link on a line of its own is not searched for glued ones.
            "The council met.\n\nSubscribeSign in\n",
            "Impressum\n\nDer Rat tagte am Montag.\n",
            "Zum Inhalt\n\nDer Roman erzählt von drei Schwestern.\n",
            "Sie sind hier, weil der Rat es so wollte.\n",
            "Contact\n\nJane Doe, press office\n",
            "## Sign in\n\nOpen the app and tap the button.\n",
            "Contact us\n\nCall the hotline on weekdays.\n",
            "Privacy policy\n\nThe company changed its rules.\n",
            "Menu\n\nThe restaurant serves fish.\n",
            "Home\n\nThe family returned home.\n",
            "Search\n\nThe search continued on Oct. 1.\n",
            "Skip to the end: the budget passed.\n",
            "The privacy policy changed on Oct. 1, the company said.\n",
            # A button's words once, as a heading, a label or a link inside a sentence.
            "Get started\nInstall the package and run the first example.\n",
            "The council met.\nLearn more\nAbout the budget\n",
            "Recycle\nDonate\nSell\nDonate\nShoes and clothes in good condition can go to a charity shop in your area.\n",
            "Tools\nLearn more:\nLearn more:\nThe manual\n",
            "Grow\nLearn more\nabout how the tool helps you book more tours.\nLearn more\nAgenda\n",
            "Case studies:\nView all\ncase studies\n.\nCase studies:\nView all\ncase studies\n.\n",
            # One or two menu labels are headings; a list under a colon is the article's.
            "Privacy\nTerms\n\nThe contract sets out both.\n",
            "Introduction\nSetup guide\nFeatures\nFAQ\n",
            "We cover three beats:\nPolitics\nBusiness\nSports\n",
            "Search\nsearch\nSearch\nConfigures the search settings of your documentation.\n",
            "Health\n\nThe clinic opened.\n\nTravel\n\nThe airport closed.\n\nFood\n\nThe market reopened.\n",
            # A course outline's marker, which the article keeps.
            "What's ahead:\nWorkflows vs. Agents\n← You are here\nContext Engineering\nStructured Outputs\n",
            "1. Workflows vs. Agents\n← You are here\n2. Context Engineering\n",
            # A footer link's words as a piece of a sentence, a heading or code.
            "Want to know more?\nContact us\n.\nWe will call you back.\n",
            "Want to know more?\nContact us.\nOur team answers within a day\n",
            "Terms of Use\n\nThe Terms of Use is the agreement that governs how developers may use the API.\n",
            "## Sign in\n\n- Open the app\n- Tap the button\n",
            "@login_not_required\ndef\ncontact_us\n(\nrequest\n):\n",
            # "Close" as the first word of a sentence broken at a link, a table's column, an
            # event of an API that the page documents, or inside a sentence.
            "The vote was tight.\nClose\nfriends of the mayor voted against it.\n",
            "Date\nOpen\nHigh\nLow\nClose\nVolume\nOct. 1\n187.15\n188.44\n183.89\n185.64\n",
            "Events\nclose\nFired when a connection is closed.\njs\nsocket.close();\n",
            "Events\n\nclose\n\nFired when a connection is closed.\n",
            "Events\n\n`close`\n\nFired when a connection is closed.\n",
            "The shop will close on Oct. 1, the owner said.\n",
            # The same words heading a paragraph, closing a sentence, in an article's list of
            # single words, under a colon, as a table's cell, in lower case, or in code.
            "More\nA 2020 review examined 83 studies and found that 55 of them reported effects.\n",
            "Search\n\nTo enable search on your site, add the plugin and set its key.\n",
            "Download\nThe installer runs on Windows and macOS.\n",
            "If the page does not load, press\nBack\n.\n",
            "Day 1 works three muscle groups.\nChest\nBack\nLegs\n",
            "Day 1 works these muscle groups:\nBack\nShoulders and arms\n",
            "Feature\nPlan A\nSearch\n12\nExport\n4\n",
            "Press the\nsubmit\nbutton to send it.\n",
            "Events\n\nsearch\n\nFired when the user searches.\n",
            "Add this to your module:\n    def search(query):\n        return index.lookup(query)\n\nSearch\nExport\n",
            "Search for the nearest clinic in the directory.\n",
            # An account prompt that heads a paragraph of the article.
            "Don't have an account?\nYou can still read three free articles a month, the editors said.\n",
        ],
    ),
    "B010": (
        [
            "Photo: Jane Doe/Reuters\nProtesters gathered outside parliament.\n",
            "Protesters gathered.\n(Image credit: All About Space)\n",
            "Protesters gathered.\nAFP/Getty Images\n",
            "Protesters gathered.\n(AP Photo/Evan Vucci)\n",
            "Protesters gathered.\nPhoto by Kirk Irwin/Getty Images\n",
            "Protesters gathered.\nGetty Images\n",
            "Protesters gathered.\nImage: The rocket on the launch pad before dawn\n",
            "Протестующие собрались.\nФото: ТАСС\n",
        ],
        [
            # A setting of a configuration file, not a picture's credit.
            "services:\n  mail:\n    image: mailhog/mailhog\n    ports:\n      - 8025:8025\n",
            "Фото:\nличный архив\n",
            "ST. JOSEPH, Mich. (AP) — The storm hit on Oct. 1.\n",
            "ST. JOSEPH, Mich. (AP)\n",
            "Reuters\n",
            "Source: Bureau of Labor Statistics\n",
            "Credit: Moody's downgraded the bank's rating on Oct. 1 after losses mounted.\n",
            "The photo was taken by a Reuters photographer in 2019.\n",
            "Pictures at an Exhibition\n",
            "AC/DC played two encores.\n",
            "In the wake of the outbreak, writes the\nAssociated Press\n. And the officials agreed.\n",
            "The\nGetty Images\narchive holds the picture.\n",
        ],
    ),
    "B011": (
        [
            "The launch is planned for 2024.\nFollow us on Twitter\n",
            # a blogger's own prompt over the networks
            "The launch is planned.\nFollow me on\nYouTube\nInstagram\nBluesky\n",
            "The launch is planned.\nFollow us on Twitter @example and on Facebook.\n",
            "The launch is planned.\nFollow the Opinion section on Facebook, Twitter (@opinion) and Instagram.\n",
            "The launch is planned.\nCLICK HERE TO GET THE EXAMPLE NEWS APP\n",
            "The launch is planned.\nGet it on Google Play\n",
            "Email Jane at jane@example.com or follow her @jane. Follow us on Twitter @example.\n",
            # prompts of the site: they speak as the site
            "The end.\nFollow us on Twitter @example\nFollow us on Instagram @example.photos\nFollow our newsroom on Facebook\n",
            # one account on one network after another
            "The end.\nFollow Example News on Facebook\nFollow Example News on Twitter\nFollow Example News on Instagram\n",
            "Fin.\nSíguenos en Facebook\n",
            "Конец.\nПодписывайтесь на нас\n",
        ],
        [
            # dialogue: the first person's "Follow me" is no prompt without its networks
            "He turned to the guards.\nFollow me.\nThey walked on in silence.\n",
            "Follow the signs on the road to the town.\n",
            "Follow-up talks are planned for Oct. 1.\n",
            "Police followed him on Twitter for years.\n",
            "Follow the money\n",
            "Download the report here.\n",
            "The app was downloaded 3.5 million times.\n",
            "Follow\n",
            "Investors will follow the Fed on Oct. 1, analysts said.\n",
            # the article's list of accounts to follow, one under each book club
            "Reese's Book Club picks a novel by a woman every month.\n"
            "Follow Reese's Book Club on social media: Instagram, Twitter, Facebook\n"
            "Good Morning America's club favours debut novels and memoirs.\n"
            "Follow GMA Book Club on social media: Instagram, TikTok\n"
            "The Stacks reads one book a month and talks it through on a podcast.\n"
            "Follow The Stacks on social media: Instagram, Facebook, TikTok\n",
        ],
    ),
    "B012": (
        [
            "Tempo de leitura: 2 minutos\nA escola volta às aulas.\n",
            "5 min read\nThe school reopens.\n",
            # Split at a link or a tag: the number over the rest, the label over the date.
            "The school reopens.\n8\nmin read\n",
            "Last updated:\nAug 1, 2025\nThe school reopens.\n",
            "Published\n\n3 Jan 2019\nThe school reopens.\n",
            "Published 3 hours ago\nThe school reopens.\n",
            "Updated at 1:23 p.m.\nThe school reopens.\n",
            "UPDATED: Tue., Nov. 19, 2019\nThe school reopens.\n",
            "- Published 18 November 2019\nThe school reopens.\n",
            "기사입력 :[ 2018-08-25 15:24 ]\n학교가 다시 문을 연다.\n",
            "Published 10:02 AM EST Nov 19, 2019\nThe school reopens.\n",
            "Опубликовано 19 ноября 2019\nШкола открывается.\n",
            "sexta-feira, 22 de outubro de 2010 às 20:13\nA escola volta às aulas.\n",
            "Tuesday, November 19, 2019 10:45 AM EST\nThe school reopens.\n",
            "Schools reopen\nBy\nJane Doe\nThe school reopens.\n",
            "Schools reopen\nBy\nTroy L. Smith, Cleveland.com\nThe school reopens.\n",
            "Schools reopen\n\nWritten by\n\nJERUSALEM POST STAFF\n\nThe school reopens.\n",
            "Schools reopen\nBy\nJane Doe\nMedically reviewed by\nJohn Roe, MD\nThe school reopens.\n",
            "Les écoles rouvrent\nPar\nJean Dupont\nL'école rouvre.\n",
            # a date alone next to the other pieces of an article's header
            "Schools reopen\nBy Claire Gillo\nDecember 17, 2025\nThe school reopens on Monday, the head said.\n",
            "Schools reopen\nDec 19, 2025\n·\n8 min read\n",
            "Schools reopen\nSeptember 1, 2016\nSeptember 8, 2016\nThe school reopens.\n",
        ],
        [
            # A date among a record's fields: a quoted e-mail's header, an event's details.
            "He wrote:\n\nDate: Fri, 1 Feb 2002 11:53:40 -0500 (EST)\nFrom: Matt Fredette\nTo: port-hp700@netbsd.org\n\nHello.\n",
            "3. Nvidia GTC\nDate: 16-19 March 2026\nLocation: San Jose, California, USA\n",
            "Published in 1998, the book sold well.\n",
            "Updated: see below\n",
            "Updated 5 times since 2019\n",
            "The study was published on Oct. 1.\n",
            "Reading time is 3.5 minutes on average, the study found.\n",
            "November 19, 2019\n",
            # dates alone: a timeline's, a list's
            "March 1, 2020\nThe first case was found.\nMarch 5, 2020\nSchools closed.\n",
            "Key dates:\nMarch 1, 2020\nApril 2, 2020\n",
            "The schedule\nMarch 1, 2020\nApril 2, 2020\nMay 3, 2020\n",
            "— Dele (@dele_official)\nNovember 19, 2019\nSpurs have won just five matches this season.\n",
            "The school reopens.\nBy the end of March\nMarch 1, 2020\n",
            "Releases\n4.2.4        May 2014\n4.2.5        June 2014\n",
            "Corrections\n* Feb. 21, 2019\n* Sept. 25, 2018\n",
            "Published\n",
            "10:30 The school bus arrives at 7:45 on Monday.\n",
            "At 10:30 on Monday, 19 November, the polls closed.\n",
            "By Jane Doe\n",
            "By the way, the school reopens.\n",
            "Schools reopen\nBY\nJANE DOE\n",
            "Schools reopen\nBy:\nJane Doe\n",
            "The plan was written\nby\nJane Doe\n, who left.\n",
            "Schools reopen\nBy\nJane Doe\n, the head teacher, said so on Monday.\n",
            "Schools reopen\nBy\nFebruary the plan was done.\n",
            "Schools reopen\nBy\nthe end of the year\n",
            "Schools reopen\nBy\nusing a new timetable, the school saves an hour.\n",
            "The report was\nwritten by\nJane Doe\nin May.\n",
            "Les écoles rouvrent\nPar\nailleurs, l'école rouvre.\n",
            "Schools reopen\nBy\nJane Doe\nand her team, who worked on it for a year.\n",
            # A label over what is not a date, a number over what is not a reading time.
            "Published\nThe book came out in the spring of 1998.\n",
            "Updated\nRules for 2025\n",
            "Step\n8\nRead the manual.\n",
        ],
    ),
    "B013": (
        [
            "The race was held.\nTags: bubonic plague, China\n",
            "The race was held.\nFiled under: Science |\n",
            "The race was held.\nTags\nstock car brasil, interlagos, calendar 2018\n",
            "La carrera terminó.\nEtiquetas: economía, empleo\n",
            "Гонка завершилась.\nТеги: выборы, Москва\n",
            "The race was held.\nFiled Under:\nEastern Equine Encephalitis\nhealth\nMichigan\n",
            "The race was held.\n\nTags\n\nstock car brasil\n\ninterlagos\n\ncalendar\n",
            "La carrera terminó.\nEtiquetas\neconomía\nempleo\n",
        ],
        [
            "Topics: the economy dominated the debate.\n",
            "Tags\n\nThe children played tag on Oct. 1.\n",
            "Tags are used to sort posts, she said.\n",
            "Categories: small, medium and large companies, as defined by the U.S. agency in its 2019 report\n",
            "Category 5 storm hits the coast\n",
            "Tag: you're it, the children shouted, and ran.\n",
            "1. FreshBooks\n(category: stand-alone)\nFreshBooks focuses on small businesses.\n",
            "2. Certinia\n[Tags: accounting, ERP]\nCertinia runs on Salesforce.\n",
            "Tags\nbridges\n",
            "Category\nLast Month\nThis Month\nDelta\n6676\n",
            "Posted in\nNews\nIntroduction\nThe study followed a large number of people over a period of ten years or more.\n",
            f"{PROSE_TEXT}\nKeywords\nbridges\nrivers\npublic works\nIntroduction\n{PROSE_TEXT}\n",
            "Topics\nThe economy dominated the debate.\nSo did taxes.\n",
            "Tags\nRelated articles\nBridges of the north\nRivers of the south\n",
        ],
    ),
    "B014": (
        [
            "The deportees flew home.\nComments\n",
            "The deportees flew home.\n12 Comments\n",
            "The deportees flew home.\nComments (3)\n",
            "The deportees flew home.\nView Comments\n",
            "The deportees flew home.\nLoading comments...\n",
            "Die Abgeschobenen flogen heim.\nKommentare\n",
            "Депортированные вернулись.\nКомментарии\n",
            "추방자들이 귀국했다.\n댓글\n",
        ],
        [
            "Comments from the minister drew criticism.\n",
            "The agency received 300 comments by Oct. 1.\n",
            "Comment\n",
            "No comment, the spokesman said.\n",
            "Comments made in 2019 were deleted.\n",
            # a name in a session at a prompt, split one token a line
            "The issue has three comments.\n>>>\ncomments\n=\nr\n.\njson\n()\n>>>\nprint\n(\ncomments\n[\n0\n])\n"
            "'comments'\n])\n",
        ],
    ),
    "B015": (
        [
            "Comments are subject to our community guidelines, which can be viewed here.\n",
            "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.\n",
            "Note: we moderate all comments submitted to deal with spam.\n",
            "The Telegraph values your comments but kindly requests all posts are on topic and respectful.\n",
        ],
        [
            "He declined to comment on the guidelines, a spokesman said.\n",
            "Officials reviewed the approval process after 300 comments.\n",
            "The minister's comment was widely shared.\n",
            "Comments\n",
        ],
    ),
    "B016": (
        [
            "New car sales plunge 10 percent in October\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Cat found in New Mexico after going missing in Oregon\nSANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland has been found.\n",
            "What is the value of drugs that come to the U.S. border?\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Stadia Falls Short of 4K at Launch\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "https://example.com/news/cat-found-1234.php\nCat found in New Mexico\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "2019 Music Awards\nHost Announced for the Awards\nA half century on, the band is still touring.\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Black Friday per nostalgici: le occasioni da non perdere\nIl black Friday incombe su di noi: per chi ama gli anni Ottanta ci sono molte occasioni da non perdere in rete.\n",
            # an exclamation that names its subject, a title ending in a figure
            "7 most popular tax services, reviewed and ready for use!\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Germany wins the World Cup!\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Star Wars: Episode 7\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            # the title over an interview, whose first question is kept
            "Tareq Salem on his life as a refugee during the pandemic\nNikolai Huke: Where did you enter the European Union?\n"
            "Tareq Salem: I came to Italy across the Mediterranean, which was very dangerous, and it took us thirty-five hours.\n",
        ],
        [
            "Cat found in New Mexico after going missing in Oregon\n\nSANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland has been found.\n",
            "# Stadia Falls Short of 4K at Launch\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates.\n",
            "BAAR, SWITZERLAND\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "The sales figures are out.\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Call details\n\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "New car sales plunge 10 percent in October\nThe dealers were surprised.\n",
            "New car sales plunge 10 percent in October\n\nNew car sales plunge 10 percent in October. New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "New car sales plunge 10 percent in October\nNew car sales plunge 10 percent in October\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Sales in the Houston area fell by 10 percent in the\nlast month, despite low interest rates and strong hiring in the region.\n",
            "  • Bread and milk for the week\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Read more at https://example.com/report\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "Tested by: John Smith RRP: 49.95 Euro\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "The council met on Tuesday.\nNew car sales plunge 10 percent in October\nNew vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            # the body's first sentence, as long as a lede, ending in a quoted question
            "A fact checker and staff writer posted to Twitter asking if there were “any angry readers left on the site?”\n"
            "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            "What’s the best way to declutter your home? I’ve got you covered with a system that is easy and quick to follow!\n"
            "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            # an epigraph, its footnote's number after the closing quote
            "“Es ist nicht zu wenig Zeit, die wir haben, sondern es ist zu viel Zeit, die wir nicht nutzen.”1\n"
            "Welt ist nach Kant eine durch die menschlichen Wahrnehmungssysteme aufbereitete und geformte Realität, sagt er.\n",
            "“It is not that we have too little time, but that we waste much of it and never use what we have.”[2]\n"
            "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and strong hiring.\n",
            # the text speaking to its reader, naming nothing
            "Ihr kennt es sicher auch!\nIhr möchtet Tomaten in Scheiben schneiden, weil Ihr sie hübsch auf einem Teller anrichten möchtet.\n",
            # an interview's first question, the answer under it
            "Nikolai Huke: Where did you enter the European Union?\n"
            "Tareq Salem: I came to Italy across the Mediterranean, which was very dangerous, and it took us thirty-five hours.\n",
        ],
    ),
    "B017": (
        [
            "The talks ended.\nKeith Bradsher contributed reporting from Hong Kong.\n",
            "The talks ended.\nAdditional reporting by Joseph Hudak\n",
            "The talks ended.\n(Reporting by Greg Roumeliotis and Joshua Franklin; Editing by Martin Howell)\n",
            "The talks ended.\n___\nAssociated Press writers Alan Fram and Zeke Miller contributed to this report.\n",
            "Las conversaciones terminaron.\nCon información de Reuters y AP\n",
            "Die Gespräche endeten.\nMit Material von Reuters\n",
        ],
        [
            "Reporting by the BBC showed that the minister knew about the deal.\n",
            "The talks ended.\nReporting by Reuters showed that the minister knew.\n",
            "Several local groups contributed to this report on housing, the mayor said.\n",
            "She contributed reporting\nto the paper for many years.\n",
            "Editing by hand takes a long time.\n",
            "The talks ended.\nReporting by\n",
        ],
    ),
    "B030": (
        [
            "The council approved the budget.\nAbout the author\nJane Doe\nJane Doe is a reporter who covers city hall.\n",
            # the bio under the name, going on from it
            "The council met.\nAbout the Author\nEric Ries\nis an entrepreneur and author of Startup Lessons Learned.\n",
            "The council met.\nAbout the author\nJorge Jimenez is a writer at Housecall Pro, where he helps pros grow.\n",
            "The council met.\nAbout the Author\nCeleste Longacre\nGardener & Astrologer\n"
            "Celeste Longacre has been growing most of her family's vegetables for over 40 years.\n",
            "The council met.\nAbout the author\nHi, I'm Marc and I'm a photographer, speaker and author.\n",
            "Der Rat tagte.\nÜber den Autor\nHans Müller\nHans Müller schreibt seit 2010 für die Zeitung über Politik.\n",
            "The council met.\nAbout the author\n",
            # a box closed by the link to the author's other articles
            "The council met.\nJane Doe\nis a reporter who covers city hall.\nView all posts by Jane Doe\n",
            "The council met.\nView all articles by this author\n",
        ],
        [
            "The book is about the author of the Constitution and how he wrote it.\n",
            "To find them, open the archive and click the\nView all posts by Jane Doe\nlink in the menu.\n",
            "He wrote a great deal about the author\nof the novel, the critic said.\n",
            "About the author, little is known.\n",
            "The author of the report, Jane Doe, is a reporter who covers city hall.\n",
        ],
    ),
    "B029": (
        [
            "Company\nPowering the next generation of applications\nCareers\nBuild the future of data and AI\n"
            "Events\nMeet the team at conferences around the world\nThe council approved the budget on Tuesday.\n",
            # a menu that opens with a link of its own, blank lines between
            "Academy\n\nGet tips, tricks, and stats on everything across AI and content.\n\nBlog\n\n"
            "Read about the latest trends and news in digital marketing.\n\nEvents\n\nCatch up on our events and webinars.\n",
            # descriptions of a few words in lower case, no capitalised titles
            "About us\nCompany culture\nEquality, inclusiveness, and empowerment\nCareers\nJoin Yoast, make an impact\n"
            "Community\nGiving back to our community\nYoast and WordPress\nYoast in the WordPress ecosystem\n",
            # teasers, each under its section's label
            "News\n'They failed Tina': Thelma Favel remembers her niece\nReport on Business\n"
            "How a renter can build more wealth than a homeowner\nNews\nTour this high-security maple syrup facility\n",
        ],
        [
            # an article's terms and their definitions
            "Lack of alignment\nAgencies may not fully understand your brand and its messaging\nLack of control\n"
            "With an agency you have limited say in the production process\nLimited dedication\n"
            "Agencies usually work with multiple clients at once\n",
            # an article's terms, each broken from its definition at its emphasis
            "Cost Efficiency\n: Cloud computing reduces the need for upfront hardware.\nScalability\n"
            ": Resources can be scaled up or down with the demand.\nAccessibility\n: Data can be used from anywhere.\n"
            "Security\n: Providers encrypt the data at rest and in transit.\n",
            # two pairs only
            "Careers\nLearn about working at Emplifi and find your role.\nBlog\nRead about the latest trends in marketing.\n",
            # bold labels that end with a colon introduce what follows: no links among them
            "Careers\nLearn about working at Emplifi and find your role.\n**Blog:**\nRead about the latest trends in "
            "digital marketing.\n**Events:**\nCatch up on our events and webinars this year.\nNews\n"
            "The newest stories from the whole team here.\n",
            # one menu label among the links
            "Blog\nRead about the latest trends in marketing.\nCold Brew\nSteep the grounds overnight in cold water.\n"
            "French Press\nPour hot water over coarse grounds and wait four minutes.\n",
            # headings over paragraphs longer than a line of description
            "News\nThe council approved the budget on Tuesday after a long debate about roads, schools and parks in the city centre and beyond it.\n"
            "Events\nThe festival returns in May with music, food and a parade through the old town square and along the river.\n"
            "Careers\nThe city is hiring teachers, nurses and bus drivers for the coming school year, the mayor said on Monday evening at the hall.\n",
        ],
    ),
    "B019": (
        [
            "News\nWorld\nBusiness\nSports\nReal Estate\nOpinion\nThe council approved the budget on Tuesday.\n",
            "The council approved the budget.\nAbout Us\nContact Us\nPrivacy Policy\nTerms of Use\nCareers\nAdvertise With Us\n",
            "Home\n\nPolitics\n\nBusiness\n\nTech\n\nScience\n\nHealth\n\nThe council met.\n",
            # A name in camel case or a domain below the menu opens a label, not a sentence's rest.
            "Subscriptions\nThe Post-Standard\nePost-Standard\nEmail Newsletters\nBlogs\nContact Us\nsyracuse.com Sections\n",
            # A menu of more than 25 labels under its heading, which ends with a colon.
            "Idioma:\n" + _DIRECTORY_LABELS,
            "News\nBusiness\nSports\nEntertainment\nLiving\nTravel\niPhone, Android apps\n",
            "Главная\nНовости\nСпорт\nЭкономика\nКультура\nНаука\nСовет утвердил бюджет.\n",
            "首页\n新闻\n体育\n财经\n娱乐\n科技\n市政府周二宣布了新的预算。\n",
            "* Home\n* News\n* Sport\n* Business\n* Culture\n* Science\n* Health\n* Travel\n* Weather\n* Video\n* Podcasts\n* Newsletters\n",
            # numbered lines around the run that do not follow each other
            "1. Introduction\nNews\nWorld\nBusiness\nSports\nOpinion\nCulture\n3. Methods\n",
            # a numbered list of links that goes on over its sub-items: a documentation site's sidebar
            "10. Lifting State Up\n11. Composition vs Inheritance\n12. Thinking In React\nAdvanced Guides\nAccessibility\n"
            "Code-Splitting\nContext\nError Boundaries\nForwarding Refs\nFragments\n",
            # a sidebar under the page's title and its permalink, not under prose
            "SQLAlchemy ORM\nORM Quick Start\n¶\nDeclare Models\nCreate an Engine\nSimple Select\nMake Changes\nSome Deletes\nUsing the Session\n",
            # the "#" of "C#" is no permalink's mark: the menu under a paragraph is still one
            "The service answers requests from every language that has a client for its protocol.\n"
            "C#\nPython\nJava\nRuby\nGo\nKotlin\nSwift\n",
            # the article's prose above the footer menu, none under it
            "The council approved the budget on Tuesday after a long and heated debate in the chamber.\n"
            "About Us\nContact Us\nPrivacy Policy\nTerms of Use\nCareers\nAdvertise With Us\nFollow the city on its website.\n",
            # names in camel case among the labels, and ending the run
            "The council met.\nHome\nMac\niPhone\niPad\nWatch\nAirPods\nServices\n",
            "The council met.\nAbout Us\nCopyright\nContact Us\nAdvertise\nPrivacy Policy\nmyMuseum\n",
            # a menu in lower case, some of its labels the site's chrome
            "The council met.\nbusiness\ntech\nscience\nclimate\nsports\nobituaries\nthe upshot\nThe budget passed.\n",
            "Website Templates\nblog\nabout\ncontact\npodcast\nlearn with elizabeth\nshop\n",
        ],
        [
            "Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you\nThe night is long\nThe stars are bright\n",
            # lines in lower case that are no menu: a sentence broken at its links, one word a
            # line, a shopping list, an identifier's parts, a table's cells
            "Read the notice described above. See our\nterms\nand our\nprivacy policy\nand the\ncookie policy\nabout tracking\nbefore you subscribe.\n",
            "Posted in\nviews\nand\nstatements\nposted\non\nabout\nsexual\nmorality\n",
            "You need:\nflour\nsugar\neggs\nmilk\nbutter\nsalt\n",
            "The council met.\nflour\nsugar\neggs\nmilk\nbutter\nsalt\nhome\nThe budget passed.\n",
            "The keys:\nbuild\nbuild.os\nbuild.tools\nhome\nsearch\nsphinx\n",
            "The council met.\n74\nhome\nabout\ncontact\nblog\nshop\nevents\n",
            "The council met.\nhome\nabout\ncontact\nblog\nshop\nevents\nand more of the same.\n",
            # a run that a sentence flows out of, in lower case: a word in lower case, or after a name in camel case
            "Read the\nTerms of Use\nPrivacy Policy\nCookie Policy\nCommunity Rules\nAd Choices\nand more\n",
            "Compare Prices\nMac\nWatch\nAirPods\nServices\nTV\niPhone sales fell by a tenth, the company said on Monday.\n",
            "  • Bread\n  • Milk\n  • Eggs\n  • Butter\n  • Cheese\n  • Apples\n",
            "When the immunologist\nDe’Broski Herbert\nSaw The Results\nIn Science\nAnd Nature\nBy Philippe Jay\nand others, he was surprised.\n",
            "Pos\nPlayer\nPlays\n74\nStats\nCB\nDenzel Ward\n100%\n",
            "Defensive Line\nPos\nPlayer\nPlays\nStats\nDL\nLarry Ogunjobi\n63\n85%\n1 tackle, 1 sack.\n",
            "1 tackle, 1 sack.\n74\nLinebacker\nPos\nPlayer\nPlays\nStats\nLB\nJoe Schobert\n",
            "News\nWorld\nBusiness\nSports\nOpinion\n",
            "Call details\nMeeting notes\nBudget review\nNext steps\nOpen questions\nAction items.\n",
            "**Services offered:**\n* Paid Social\n* Local SEO\n* Content Marketing\n* Technical SEO\n* Paid Media\n* Measurement\n"
            "* Social Media Strategy\n* Community Management\n* Influencer Marketing\n* Outbound Engagement\n* Brand Design\n* Analytics\n",
            "The panel included:\nJane Doe, Reuters\nJohn Smith, AP\nAnna Lee, BBC\nMark Twain, NYT\nSara Kim, CNN\nLeo Park, WSJ\n",
            # As long a list under a sentence that introduces it is the article's.
            "The directory sorts its blogs into these categories:\n" + _DIRECTORY_LABELS,
            "多了許多原木飾品更有畫龍點睛加乘效果\n廣受歡迎的美樹營地有個很大特色就是\n楓紅時期楓香樹由綠轉黃轉紅到楓紅層層\n"
            "多種顏色多層次渲染之下楓紅而迷惑\n就是從入口處這塊招牌開始\n營區水電方便水槽也很有特色\n",
            "Venue\n2 cups flour\n1 cup sugar\n3 eggs\n1 tsp salt\n200 g butter\n",
            # a list of the article, with its prose above and below
            "You might want to consider an alternative if you need more tools built into the site builder.\n"
            "Top Site Builders\n- Squarespace\n- Wix\n- Webflow\n- Weebly\n- Shopify\n"
            "This list includes the most commonly named builders, each with its own content system built in.\n",
            "The machine bakes small loaves and has many of the settings you find in the large ones.\n"
            "Best for Basic Bread\nHamilton Beach Bread Maker\n- Good value\n- Compact size\n- Dishwasher-safe parts\n- Loud\n"
            "This bread machine is compact, but it still bakes loaves of two pounds as well as smaller sizes.\n",
            # a part of an outline, between headings numbered one after the other
            "1. Data Preprocessing\nML Workflow\nData Cleaning\nFeature Scaling\nFeature Extraction\nFeature Engineering\n"
            "Feature Selection\n2. Exploratory Data Analysis\n",
            # a listicle's entry and its tags, under a numbered heading of its own
            "Our favourite brands this year, ranked.\n1. TomboyX\nB corp\nBudget friendly\nGender inclusive\n"
            "Recycled materials\nSize inclusive\nWoman owned\nBest For\n",
            # the pieces of asides broken at their links, once each closing bracket joins its line
            "Low-light plants\nSnake plant (\nDracaena trifasciata)\nPeace lily (\nSpathiphyllum)\nArrowhead plant (\n"
            "Syngonium)\nZee zee plant (\nZamioculcas)\n",
            # a section's list under its heading and the heading's permalink, prose above
            "Supabase Auth works with many popular Auth methods, including Social and Phone Auth using third-party providers.\n"
            "Social Auth\n#\nApple\nBitbucket\nDiscord\nFacebook\nFigma\nGitHub\nGitLab\n",
            "See the following sections for a list of the supported third-party providers and their settings.\n"
            "### Social Auth¶\nApple\nBitbucket\nDiscord\nFacebook\nFigma\nGitHub\nGitLab\n",
            # identifiers in a listing
            "enum PostSortField {\n  CREATED_AT\n  UPDATED_AT\n  PUBLISHED_AT\n  TITLE\n  VIEW_COUNT\n}\n",
            # a table of contents: its entries head the sections of the article below
            "Table of Contents\nDetecting Anomalies\nUnderstanding the Score\nPreparing the Data\nBacktesting\nConclusion\n"
            "Follow along in the interactive editor.\nDetecting Anomalies\nAn anomaly is a value that stands far from what the series leads us to expect.\n"
            "Understanding the Score\nThe score measures how many deviations a value sits from the mean of the series.\n"
            "Preparing the Data\nWe assume the logs were parsed and loaded into a table that looks like this:\n",
            "## Contents\n\n* Early Life\n* Career\n* Awards\n* Later Years\n* Death\n* Legacy\n\n"
            "## Early Life\n\nShe was born in a small town on the coast and went to school there until 1950.\n\n"
            "## Career\n\nHer first job was at the local paper, where she covered the courts for ten years.\n\n"
            "## Awards\n\nShe won the regional prize twice, in 1971 and again in 1978, for her reporting.\n\n"
            "## Later Years\n\nShe retired to the coast and wrote two books about the town she grew up in.\n",
        ],
    ),
    "B021": (
        [
            "The best desks hold their height.\nAs an Amazon Associate, I earn from qualifying purchases.\n",
            "This post may contain affiliate links.\nThe best desks hold their height without wobbling.\n",
            "The best desks hold their height.\n"
            "Example Reviews is supported by readers like you. When you purchase through our links, we may earn a commission.\n",
            "Disclosure: This post contains affiliate links, which means we may earn a small commission at no extra cost to you.\n",
            "Este artículo contiene enlaces de afiliados.\nLos mejores escritorios no se tambalean.\n",
            "We may earn commission from links on this page, but we only recommend products we back.\n",
            "When you purchase through links in our articles, we may earn a small commission.\n",
        ],
        [
            "Many bloggers use affiliate links to make money.\n",
            "The agency earns a commission on each sale it brokers.\n",
            "Partners promote your tours with dedicated booking links. You receive new customers, and affiliates earn commissions.\n",
            "The Amazon Associates program changed its rates in April.\n",
            "| Resources | These are affiliate links: we earn a commission on them |\n",
            "The study looked at how\naffiliate links earn a commission for\nsmall sites.\n",
        ],
    ),
    "B020": (
        [
            "The new system goes on sale in March.\n"
            "Acme is headquartered in Baar, has subsidiaries in 15 countries and employs around 1,300 people worldwide.\n",
            "The plant opens next year.\n"
            "Globex Corp. is a leading provider of logistics software. Its shares are listed on the Nasdaq Stock Exchange.\n"
            "Contact: press@example.com\n",
        ],
        [
            # one fact, inside a story
            "WeWork is headquartered in New York City. A spokesperson said the company is cooperating.\n",
            # the facts, but with the story going on for more than four lines
            "Acme is headquartered in Baar and employs 1,300 people.\nIts chief executive resigned.\n"
            "The board met on Monday.\nShares fell 5 percent.\nAnalysts expect more cuts.\nThe union was not told.\n",
            # not opening with a name as subject
            "The plant opens next year.\nThe company, headquartered in Baar, employs 1,300 people.\n",
            # one fact only
            "The plant opens next year.\nAcme employs 1,300 people in the region.\n",
        ],
    ),
    "B018": (
        [
            "The dealers expect a recovery.\npaul.takahashi@chron.com\n",
            "The dealers expect a recovery.\ntwitter.com/paultakahashi\n",
            "The dealers expect a recovery.\nEmail: desk@example.com\n",
            "The dealers expect a recovery.\nhttps://www.instagram.com/example/\n",
        ],
        [
            # A field of a quoted e-mail's header.
            "He wrote:\n\nFrom: Matt Fredette\nTo: port-hp700@netbsd.org\nSubject: sneak preview\n\nHello.\n",
            "https://example.com/report\n",
            "www.example.com.br\n",
            "http://amzn.to/2iJFhRj\n",
            "https://twitter.com/example/status/1196518386224328705\n",
            "Email desk@example.com or call 555-0100 with tips.\n",
            "Readers can write to\ndesk@example.com\nwith their questions.\n",
        ],
    ),
    "B022": (
        [
            "The trail reopens in May.\nArchives\nMarch 2020\nFebruary 2020\nJanuary 2020\n",
            "The trail reopens in May.\nMarch 2020 (4)\n\nFebruary 2020 (2)\n\nDecember 2019 (7)\n",
            "The trail reopens in May.\nCategories\nTravel\n(12)\nRecipes\n(4)\nGarden tips\n(31)\n",
            "Der Weg ist wieder offen.\nMärz 2020\nFebruar 2020\nJanuar 2020\n",
            "The trail reopens in May.\n  * 2020\n    * March 2020\n    * February 2020\n    * January 2020\n",
            "The trail reopens in May.\nBlog Archive\n2024\n(1)\nAugust\n(1)\n2021\n(5)\n",
            "The trail reopens in May.\n* Novembro (113)\n* Outubro (217)\n    * Setembro (98)\n",
            "Kategori\n+ Akhir Zaman (15)\n+ Akhlaq (47)\n+ Aliran Islam (160)\n",
            # Recent posts, each title with its date below or above it.
            "The trail reopens in May.\nHow to Choose a Font Pairing\n25 February 2026\nWhat Makes a Luxury Logo?\n"
            "24 February 2026\nWhy Simple Logos Work\n24 February 2026\n",
            "The trail reopens in May.\nFeb 3, 2024\nTen trails for the spring\n2024-01-28\nWhere to camp in the rain\n"
            "25.01.2024\nOur guide to hiking boots\n",
        ],
        [
            # Dates with the article's words between them, and a month printed three times.
            "March 2020\nThe trail closed for repairs.\nApril 2020\nIt reopened.\nMay 2020\nCrowds came back.\n",
            "Year 2018\nYear 2019\nYear 2020\n",
            "May 2020\nMay 2021\nMay 2022\n",
            "Week 1\nWeek 2\nWeek 3\n",
            # Two months only; counts under sentences or under long titles.
            "March 2020\nFebruary 2020\n\nThe trail reopens in May.\n",
            "The trail reopened.\n(12)\nThe crowds came back.\n(4)\nThe rangers were pleased.\n(9)\n",
            "How to plan a long hike through the mountains\n(12)\nWhat to pack for three weeks on the trail\n(4)\nWhere to sleep between the huts\n(9)\n",
            # Citations and references, one a line.
            "See the report\n[1]\nand the survey\n[2]\nand the review\n[3]\n",
            "Travel\n(12)\nRecipes\n(4)\n",
            # Counts that are years, code, ratings and manual pages.
            "Share of homes sold above asking (2024)\nMedian days on the market (2024)\nShare of listings cut (2023)\n",
            "numberStorage.addItem ( 10 )\nnumberStorage.addItem ( 20 )\nnumberStorage.removeItem ( 10 )\n",
            "Python ★★★★★(13)\nIntro to SQL ★★★★☆(8)\nAdvanced SQL ★★★★☆(2)\n",
            "- libalpm(3)\n- pacman(8)\n- pacman.conf(5)\n",
            "Comments (3)\nComments (3)\nComments (3)\n",
            # A table's rows, one cell a line: versions and their dates.
            "Release\nDate\n4.2.3\nApril 2014\n4.1.6\nApril 2014\n4.2.4\nMay 2014\n",
            # The days of a series, and a page's two columns side by side on each line.
            "Day 7\nThe crates were stacked.\nDay 8\nTurns out it's the answer.\nDay 9\nCrates used:\n",
            "Day 7" + " " * 200 + "+ May (31)\nTurns out it's the answer\nDay 8" + " " * 200 + "+ June (30)\n"
            "Crates used twice\nDay 9" + " " * 200 + "+ July (31)\n",
            "Day 7 + May (31)\nTurns out it's the answer + June (30)\nCrates used + July (31)\n",
            # An article's press coverage, each date a label over what it introduces.
            "Vidéo YouTube\n6 décembre 2019 :\nArticle Stratégies – Des gamers soutiennent la grève\n2 décembre 2019 :\n"
            "Reportage JT 13 heures de France 2\n1 décembre 2019 :\nArticle Libération\n",
            # Ratings under their criteria.
            "Project costing\n1.2/5\nFinancial reporting\n3.6/5\nInventory\n4.1/5\n",
            # A timeline whose events are sentences, and dates over paragraphs.
            "March 3, 2020\nThe trail closed.\nApril 9, 2020\nThe rangers came back.\nMay 1, 2020\nIt reopened.\n",
            "March 3, 2020\nThe trail closed for repairs after the storm, and the rangers cleared the fallen trees for weeks.\n"
            "April 9, 2020\nThe rangers came back with new signs for every fork of the path and a map at the gate.\n"
            "May 1, 2020\nIt reopened to crowds that had waited all spring for the first long walk of the year.\n",
            "Revenue was $3.5 million in March 2020, up from February 2020 and January 2020.\n",
        ],
    ),
    "B023": (
        [
            "Table of contents\nWhy it matters\nHow it works\nWhat to do next\n" + _SECTIONS,
            "The council met.\n\nTable of Contents\nTable of Contents\nToggle\nWhy it matters\n\nHow it works\n\nWhat to do next\n\n" + _SECTIONS,
            "Contents\n[hide]\n1 Why it matters\n2 How it works\n3 What to do next\n" + _SECTIONS,
            "In this article\n* Why it matters\n* How it works\n* What to do next\n" + _SECTIONS,
            "Inhaltsverzeichnis\nWarum es wichtig ist\nWie es funktioniert\nWas als Nächstes kommt\n"
            "Warum es wichtig ist\nDer Rat stimmte ab.\nWie es funktioniert\nEs funktioniert.\nWas als Nächstes kommt\nWarten.\n",
            "目次\n背景\n仕組み\n次の手順\n背景\n議会は月曜日に投票した。\n仕組み\n動く。\n次の手順\n待つ。\n",
            # A link to the top, the heading again, a fold button, numbers on lines of their own.
            "Table of Contents\nIntroduction\nTable of Contents\nWhy it matters\nHow it works\nWhat to do next\n" + _SECTIONS,
            "In This Article\nView All\nWhy it matters\nHow it works\nWhat to do next\n" + _SECTIONS,
            "Contents\n1.\nWhy it matters\n2.\nHow it works\n3.\nWhat to do next\n" + _SECTIONS,
            # Entries that are sentences heading their sections.
            "Contents\nWhy it matters.\nHow it works.\nWhat to do next.\n"
            "Why it matters.\nThe council voted.\nHow it works.\nIt works.\nWhat to do next.\nWait.\n",
            # A sidebar's table, printed under the sections it lists.
            _SECTIONS + "On this page\nWhy it matters\nHow it works\nWhat to do next\n",
            # Printed empty: the heading over the article's first paragraph.
            "Table of Contents\n" + PROSE_TEXT + "\n",
            "In this article\n\n" + PROSE_TEXT + "\n",
            "Table of Contents\nShow\n" + PROSE_TEXT + "\n",
            "Table of Contents\n▼\nWhy it matters\n" + PROSE_TEXT + "\n",
            "Table of Contents\nLoading...\n" + PROSE_TEXT + "\n",
            "Table of contents\nWhy it matters\n" + PROSE_TEXT + "\n",
        ],
        [
            # Entries that the page does not print again, or too few of them.
            "Table of contents\nWhy it matters\nHow it works\nWhat to do next\nThe council voted on Monday.\n",
            "Table of contents\nWhy it matters\nHow it works\n" + _SECTIONS,
            "Table of contents\nWhy it matters\nThe council voted on Monday.\nHow it works\nWhat to do next\n" + _SECTIONS,
            "Table of contents\n\n\nWhy it matters\nHow it works\nWhat to do next\n" + _SECTIONS,
            # Fewer than two lines in three printed again, or three in a row that are not.
            "Contents\nOverview\nWhy it matters\nBackground\nHow it works\nHistory\nWhat to do next\nPeople\n" + _SECTIONS,
            "Contents\nWhy it matters\nOverview\nBackground\nHistory\nHow it works\nWhat to do next\n" + _SECTIONS,
            # The heading's words in a sentence, or a heading over a paragraph.
            "The table of contents lists why it matters, how it works and what to do next.\n" + _SECTIONS,
            "Contents\nThe box held three books.\n" + _SECTIONS,
            # A one-word heading over a paragraph heads a section ("what the box contains").
            "Contents\n" + PROSE_TEXT + "\n",
            # Entries over a paragraph, a line that introduces one, a heading two blank lines away,
            # a heading with a colon over its one entry.
            "Table of contents\nWhy it matters\nHow it works\n" + PROSE_TEXT + "\n",
            "Table of contents\nThis article is long. To make it easy to navigate, we have divided it into these sections:\n"
            + PROSE_TEXT + "\n",
            "Table of Contents\n11.1. Introduction 11.2. Index Types 11.2.1. B-Tree 11.2.2. Hash 11.2.3. GiST 11.3. Multicolumn Indexes\n"
            + PROSE_TEXT + "\n",
            "Table of contents\n\n\n" + PROSE_TEXT + "\n",
            "In this article:\nWhy it matters\n" + PROSE_TEXT + "\n",
            # Bare numbers are no entries: a page's numbers recur.
            "Contents\n1\n2\n3\nPage 1\n1\n2\n3\n",
            "On this page\n\nThe council met.\n",
            "Jump to:\nnavigation, search\n",
            # A printed document's table, with dot leaders, which its editors keep.
            "Table of Contents\nWhy it matters........\nHow it works........\nWhat to do next........\n" + _SECTIONS,
            # The end of a sentence broken at a link.
            "It will not calculate a checksum on\ncontents.\nWhy it matters\nHow it works\nWhat to do next\n" + _SECTIONS,
        ],
    ),
    "B024": (
        [
            "The council will vote in May.\n2 Comments\n" + _COMMENTS,
            "The council will vote in May.\n\n" + _COMMENTS,
            "The council will vote in May.\nAmy\nMay 30, 2019 at 1:06 PM\nGreat!\nReply\nDelete\nReplies\nReply\n",
            "Der Rat stimmt im Mai ab.\n3 Kommentare\nAnna\nsagt:\nToller Artikel!\nAntworten\nBen\nsagt:\nDanke.\nAntworten\n",
            "議会は5月に投票する。\n太郎\n良い記事です。\n返信\n花子\nありがとう。\n返信\n",
            "The council will vote in May.\nJane\nGreat piece\nLog in to Reply\nSam\nI disagree\nLog in to Reply\n",
            # Comments without buttons, each under its author's "says:".
            "The council will vote in May.\nJane Doe\nsays:\nGreat piece, thanks!\nSam\nsays:\nat\nI disagree.\n",
            "Der Rat stimmt im Mai ab.\nAnna\nsagt:\nToller Artikel!\nBen\nsagt:\nDanke.\n",
            # The header ending the author's line, as html2text prints a thread.
            "The council will vote in May.\n\n  1. **Jane** says:\n\nGreat piece!\n\n  2. **Sam** says:\n\nI disagree.\n",
        ],
        [
            # One comment, or buttons with no comment between them.
            "The council will vote in May.\nJane\nsays:\nGreat piece, thanks!\nReply\nLeave a Reply\nName\n",
            "The council will vote in May.\nReply\nReply\nForward\n",
            # Two buttons farther apart than a comment runs: the article between them.
            "Reply\n" + "The council met again.\n" * 16 + "Reply\n",
            # The word in sentences, or an email client's buttons named in a list.
            "To answer, click Reply.\nThen write your reply and send it.\nReply to all only when you must.\n",
            "The toolbar has three buttons:\n* Reply\n* Forward\n* Delete\n",
            "Pick one:\n- Reply\n- Reply all\n- Forward\n",
            # One header; headers farther apart than a comment runs; "says:" under a sentence.
            "The council will vote in May.\nJane\nsays:\nGreat piece, thanks!\n",
            "Jane\nsays:\n" + "The council met again.\n" * 16 + "Sam\nsays:\nNo.\n",
            "The mayor spoke first, and the clerk read the rules.\nsays:\nThe vote is set.\nThe clerk was there, as always.\nsays:\nYes.\n",
            # A quoted exchange: lines of prose that end with "says:".
            "The mayor says:\nWe will build the bridge.\nThe governor says:\nWe will not pay for it.\n",
        ],
    ),
    "B025": (
        [
            "The museum reopens in May.\nLeave a Reply\nName *\nEmail *\nWebsite\n",
            "The museum reopens in May.\nComment\n*\nName\n*\nEmail\n*\nWebsite\n",
            "Das Museum öffnet im Mai.\nSchreibe einen Kommentar\nKommentar\n\nName\n\nE-Mail\n\nWebsite\n",
            "The museum reopens in May.\nContact Us\nName\nEmail\nMessage\nSend\n",
            "博物館は5月に再開する。\nお名前\nメールアドレス\nコメント\n",
            # The hidden field of an anti-spam plugin.
            "The museum reopens in May.\nSubscribe to our newsletter\nEmail *\n\u0394\n",
        ],
        [
            # A list of the fields, introduced or marked as one.
            "The form asks for:\nName\nEmail\nPhone\n",
            "The form asks for three things.\n* Name\n* Email\n* Phone\n",
            # Too few labels, or one label again and again.
            "The museum reopens in May.\nName\nEmail\n",
            "Name\nName\nName\n",
            # Labels in sentences, or apart.
            "Enter your name and email address, then click Submit.\n",
            "Name\nThe museum reopens in May.\nEmail\nIt closed in March.\nWebsite\n",
            # "Δ" in Greek text, in a formula printed one piece a line, or inside a line.
            "Η ομάδα Δ\n\u0394\nΤο μουσείο ανοίγει τον Μάιο.\n",
            "The change in temperature is\n\u0394\nT\n",
            "The change \u0394T is small.\n",
        ],
    ),
    "B026": (
        [
            "The museum reopens in May.\nLoading...\n",
            "The museum reopens in May.\nLoading prices for your region…\n",
            "The museum reopens in May.\nPlease wait . . .\n",
            "Das Museum öffnet im Mai.\nWird geladen…\n",
            "博物館は5月に再開する。\n読み込み中…\n",
            # A widget's error messages, two or more in a row.
            "Great post!\nSorry, something went wrong.\nUh oh!\nThere was an error while loading.\nPlease reload this page.\nJane commented\n",
            "The museum reopens in May.\n\nSomething went wrong.\n\nPlease try again later.\n",
            "Das Museum öffnet im Mai.\nEtwas ist schiefgelaufen\nBitte versuchen Sie es später erneut\n",
        ],
        [
            # One error message alone: a line of dialogue.
            "“Uh oh!”\nThe dog had eaten the cake.\n",
            "Something went wrong.\nThe rocket veered off course, and the crew aborted the launch.\n",
            # Under a colon: the article's example of an error message.
            "A vague error message:\nSomething went wrong.\nPlease try again.\nA better one names the cause.\n",
            # Inside a sentence.
            "She typed the words\nsomething went wrong\nplease try again\ninto the search box.\n",
            # Headings: no ellipsis.
            "Loading\nThe crane lifts the containers onto the ship.\n",
            "Loading Photo Gallery\n",
            # A sentence, or a piece of one.
            "The page kept loading... and then it stopped.\n",
            "We watched the trucks\nloading...\nand left.\n",
        ],
    ),
    "B027": (
        [
            "The council will vote again in May.\nPrevious\nNext\n",
            "The council will vote again in May.\n\nPrevious:\nInstallation\nNext:\nTutorial\n",
            "The council will vote again in May.\nPrevious\nPrevious\nThe last post\nNext\nNext\nThe next post\n",
            "Der Rat stimmt im Mai ab.\nVorherige Seite\nNächste Seite\n",
            "議会は5月に投票する。\n前へ\n次へ\n",
        ],
        [
            # One link, or the same one twice.
            "Next\nThe council will vote again in May, and the mayor will speak first.\n",
            "The council will vote again in May.\nPrevious\nPrevious\n",
            # A paragraph between the two: no pager.
            "Previous\nThe council met on Monday, and the vote is set for May.\nNext\n",
            # Pieces of a sentence broken at its links.
            "We looked at the\nprevious\nand the\nnext\nsteps.\n",
        ],
    ),
    "B028": (
        [
            "Home\nBlog\nFive easy sewing patterns for beginners\n",
            "Top stories\n\nHome\n\nNews\n\nThe council met on Monday.\n",
            "Home\nReviews\nBest Camping Hammocks of 2026\nWe test everything we recommend.\n",
            "Startseite\nBlog\nFünf einfache Schnittmuster\n",
            "Главная\nНовости\nСовет собрался в понедельник\n",
            "首页\n新闻\n市政府周二宣布了新的预算。\n",
            # A trail printed as an ordered list.
            "Top stories\n\n  1. Home\n  2. Blog\n  3. Five easy sewing patterns\n\nSewing is fun.\n",
        ],
        [
            # A heading over the article's paragraph.
            "Home\nThe house on the hill was built in 1902 and has been restored twice since then.\n",
            "Home\nit is where the heart is.\n",
            # A list under a colon.
            "We insure three things:\nHome\nAuto\nLife\n",
            "We insure three things:\n  1. Home\n  2. Auto\n  3. Life\n",
            # An ordered list longer than a trail, or one whose first item is not the home link.
            "The rooms we cleaned\n\n1. Home\n2. Kitchen\n3. Bath\n4. Garden\n5. Garage\n6. Attic\n",
            "Places to work\n\n1. Office\n2. Home\n3. Library\n",
            # A menu: a home link over four labels or more.
            "Home\nAbout\nContact\nBlog\nNews\n",
            # Inside a sentence.
            "She finally went\nhome\nafter the game.\n",
            "Home improvement stores reported record sales.\n",
        ],
    ),
    "B031": (
        [
            _GOVERNMENT_BANNER + "Healthy Eating Tips\n",
            "Electrical - Overview\nSkip to main content\nAn official website of the United States government.\nHere’s how you know\n"
            "The .gov means it’s official.\nThe site is secure.\nThe\nhttps://\nensures that you are connecting to the official "
            "website and that any information you provide is encrypted and transmitted securely.\nMenu\n",
            # The first line broken in two, the last sentence too.
            "An official website of the\nUnited States government\nHere's how you know\nOfficial websites use .gov\n"
            "means you've safely connected to\nthe .gov website. Share sensitive information only on official,\nsecure websites.\n",
        ],
        [
            # The first line without the banner's last below it.
            "An official website of the United States government\nThe agency publishes its data every quarter.\n",
            "Visit an official website of the United States government to apply.\nShare sensitive information only on official, secure websites.\n",
            "The banner reads: An official website of the United States government.\n",
            # The last line too far below the first.
            "An official website of the United States government\n" + "The agency met.\n" * 26 + "Use secure websites.\n",
        ],
    ),
    "B032": (
        [
            "Restart the server to apply the change.\nWas this page helpful?\nYes\nNo\n",
            "Restart the server.\n\nDid you find this article helpful?\n",
            "Restart the server.\nWas this page helpful?\nThanks for your feedback!\n",
            "Starten Sie den Server neu.\nWar diese Seite hilfreich?\nJa\nNein\n",
            "サーバーを再起動します。\nこのページは役に立ちましたか？\nはい\nいいえ\n",
        ],
        [
            # The question inside a sentence, or as the article's own question in a longer line.
            "Readers asked: was this page helpful? Most said yes.\n",
            "Was this page helpful to you when you first set up the server, or did you need the forum?\n",
            "The survey asked\nwas this page helpful\nand counted the answers.\n",
            # Answers without the question.
            "Yes\nNo\n",
            "Thanks for your feedback!\n",
        ],
    ),
    "B033": (
        [
            "Read the full report\n(opens in new tab)\nThe council will vote in May.\n",
            "Read the full report\nOpens in a new window\n",
            "The harbour at dawn.\nPress enter or click to view image in full size\nThe boats leave at six.\n",
            "Read the\nfull report\n(opens in a new tab)\nfor the details.\n",
            "Den Bericht lesen\nÖffnet in neuem Fenster\n",
            "Lire le rapport\n(s'ouvre dans un nouvel onglet)\n",
        ],
        [
            # A heading an edit away, and the words as a piece of a sentence or inside one.
            "External links\nThe museum's website.\n",
            "The form\nopens in a new window\nwhen you click the button.\n",
            "Click the button and the form opens in a new window.\n",
            "External link checker\n",
        ],
    ),
    "B034": (
        [
            "Request a demo\n" + _PICKER + "Submit\n",
            # The site's own country first, and an option that is no country.
            "United States\n" + "\n".join(_COUNTRIES) + "\nOther\n",
            "Choose your state\n" + "\n".join(_STATES) + "\nGet started\n",
            "Pays\n" + "\n".join(_FRENCH_COUNTRIES) + "\n",
        ],
        [
            # An article's list names the countries it speaks of, a few dozen.
            "The treaty was signed by:\n" + "\n".join(_COUNTRIES[:60]) + "\n",
            # The world, but in the order of a table of results, not of a picker.
            "\n".join(sorted(_COUNTRIES, key=lambda name: name[::-1])) + "\n",
            # Countries in sentences.
            "\n".join(f"{name} signed the treaty in May." for name in _COUNTRIES) + "\n",
            # Cut into two lists by a paragraph.
            "\n".join(_COUNTRIES[:60]) + "\n" + PROSE_TEXT + "\n" + "\n".join(_COUNTRIES[60:]) + "\n",
            # The states a company serves, and states with what each pays.
            "We serve:\n" + "\n".join(_STATES[::2]) + "\n",
            "\n".join(f"{state}\n$15.00" for state in _STATES) + "\n",
        ],
    ),
    "B035": (
        [
            "Select language:\nEnglish\nDeutsch\nEspañol\nFrançais\n日本語\n",
            "Other languages:\nEnglish\nespañol\nfrançais\nmagyar\n中文（简体）\n",
            # Names with their regions, and a language not listed between two.
            "English (UK)\nEspañol (México)\nPulaar-Fulfulde\nPortuguês (Brasil)\n",
            "The app speaks:\nEnglish\nDeutsch\nFrançais\n",
        ],
        [
            # A bilingual page's headings, and two languages.
            "English\nThe museum opens at ten.\nEspañol\nEl museo abre a las diez.\n",
            "English\nEspañol\n",
            # Languages by their English names, one language thrice, and names in a sentence.
            "English\nFrench\nGerman\nSpanish\n",
            "Deutsch\nDeutsch\nDeutsch\n",
            "The app speaks English, Deutsch, Français and 日本語.\n",
        ],
    ),
}

FIRE_CASES = [(code, text) for code, (must, _) in CASES.items() for text in must]
SILENT_CASES = [(code, text) for code, (_, must_not) in CASES.items() for text in [*must_not, *ARTICLE_TEXT]]


@pytest.mark.parametrize(("code", "text"), FIRE_CASES)
def test_fires(code: str, text: str) -> None:
    assert fires(text, code), f"{code} should fire on {text!r}"


@pytest.mark.parametrize(("code", "text"), SILENT_CASES)
def test_stays_silent(code: str, text: str) -> None:
    assert not fires(text, code), f"{code} should not fire on {text!r}"


def test_every_rule_has_ten_silent_cases() -> None:
    for code, (must, must_not) in CASES.items():
        assert must, code
        assert len(must_not) + len(ARTICLE_TEXT) >= 10, code


# -- fixes ------------------------------------------------------------------------------


def test_fix_removes_the_line_and_one_blank_line() -> None:
    assert fixed("The talks ended.\n\nLeave a Reply\n\nMore text.\n", "B001") == "The talks ended.\n\nMore text.\n"
    assert fixed("The talks ended.\n\nLeave a Reply", "B001") == "The talks ended."
    assert fixed("The talks ended.\n\nLeave a Reply\n", "B001") == "The talks ended.\n"


def test_comment_form_string_broken_at_the_required_mark_goes_with_the_mark_and_the_rest() -> None:
    text = "Der Hund schläft.\n\nErforderliche Felder sind mit\n*\nmarkiert\nName\n"
    assert fixed(text, "B001") == "Der Hund schläft.\n\nName\n"
    # A sentence of the article's, broken the same way, is no comment form.
    assert fixed("Der Weg ist mit\n*\nmarkiert\n", "B001") == "Der Weg ist mit\n*\nmarkiert\n"
    # Under a string that ends its sentence, a mark and a piece are not the string's.
    assert fixed("Ende.\n\nLeave a Reply.\n*\nlater\n", "B001") == "Ende.\n\n*\nlater\n"


def test_comment_form_account_line_goes_with_its_links_in_brackets() -> None:
    text = "Ende.\n\nYou are commenting using your Google account.\n(\nLog Out\n/\nChange\n)\nNext\n"
    assert fixed(text, "B001") == "Ende.\n\nNext\n"
    # Brackets around a sentence are not a form's links.
    text = "Ende.\n\nLeave a Reply\n(\nThe form below asks for your name and email\n)\n"
    assert fixed(text, "B001") == "Ende.\n\n(\nThe form below asks for your name and email\n)\n"


def test_form_fields_run_over_the_comment_forms_own_strings() -> None:
    text = "Ende.\nKommentar verfassen\nE-Mail\n(erforderlich)\n(Adresse wird niemals veröffentlicht)\nName\n(erforderlich)\nWebsite\n"
    assert fixed(text, "B025") == "Ende.\nKommentar verfassen\n"


def test_share_bar_fix_removes_the_whole_bar() -> None:
    text = "The council met.\n\nShare this:\nFacebook\nTwitter\n\nIt voted no.\n"
    assert fixed(text, "B002") == "The council met.\n\nIt voted no.\n"


def test_share_bar_of_a_label_for_each_network_goes_whole() -> None:
    # Each network's name over its own label, as BBC pages print their share panel.
    bar = "".join(f"{name}\nShare this with {name}\n" for name in ("Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp"))
    text = "The council met.\n\n" + bar + "\nIt voted no.\n"
    assert fixed(text, "B002") == "The council met.\n\nIt voted no.\n"


def test_icon_strip_and_split_byline_go_whole_and_only_unsafely() -> None:
    lede = "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates.\n"
    strip = lede + "\nFacebook\nTwitter\nInstagram\n\nThe end.\n"
    assert_only_unsafe_fix(strip, "B002", lede + "\nThe end.\n")
    byline = "Car sales plunge\nBy\nPaul Takahashi\n" + lede
    assert_only_unsafe_fix(byline, "B012", "Car sales plunge\n" + lede)


def test_a_label_with_a_colon_over_each_teaser_goes_with_each_title() -> None:
    text = "The talks ended.\nRelated article:\nGovernment Announces New Plan\nRelated article:\nCouncil Votes On Budget\n"
    assert [d.location.row for d in scrapelint.lint(text, select=["B007"])] == [2, 4]


def test_table_of_contents_ends_where_its_first_section_begins() -> None:
    # The first section's heading right under the table, over an example whose markup the
    # page prints again: the table ends above the heading that repeats its first entry.
    example = "<table>\n<caption>\nFront-end course\n</caption>\n<table>\n<caption>\n"
    text = "In this article\nTry it\nAttributes\nExamples\nTry it\n" + example + "Attributes\nNone.\nExamples\nOne.\n"
    assert fixed(text, "B023", unsafe=True) == "Try it\n" + example + "Attributes\nNone.\nExamples\nOne.\n"


def test_empty_table_of_contents_goes_with_its_fold_button_not_the_first_heading() -> None:
    text = "Table of Contents\n\n▼\nWhy it matters\n" + PROSE_TEXT + "\n"
    assert fixed(text, "B023", unsafe=True) == "Why it matters\n" + PROSE_TEXT + "\n"


def test_author_box_closed_by_a_link_starts_at_the_name_or_the_bio() -> None:
    bio = "Jane Doe is a reporter who covers city hall for the paper.\n"
    link = "View all posts by Jane Doe\n"
    assert fixed("The council met.\nWritten by\nJane Doe\n" + bio + link, "B030", unsafe=True) == "The council met.\n"
    assert fixed("The council met.\n" + bio + "Twitter\n" + link, "B030", unsafe=True) == "The council met.\n"
    # No line above names the author: the link goes alone.
    assert fixed("The council met.\nJohn Roe covers schools.\n" + link, "B030", unsafe=True) == "The council met.\nJohn Roe covers schools.\n"


def test_consent_line_goes_with_the_links_of_its_sentence() -> None:
    text = "Jobs\nRegistration on or use of this site constitutes acceptance of our\nUser Agreement\nand\nPrivacy Policy\n.\nThe museum reopens in May.\n"
    assert fixed(text, "B004", unsafe=True) == "Jobs\nThe museum reopens in May.\n"
    closed_in_prose = (
        "Jobs\nBy entering your email address you agree to our\nTerms of Use\nand\nPrivacy Policy\n"
        "and consent to receive emails from us about news, events and offers.\nThe museum reopens in May.\n"
    )
    assert fixed(closed_in_prose, "B004", unsafe=True) == "Jobs\nThe museum reopens in May.\n"
    # A paragraph in lower case under the links, too long for a form's sentence, is no piece of it.
    long_tail = (
        "and then, once the form was sent, the volunteers spent the whole of the next week calling each of "
        "the two hundred families who had written to the museum, one after the other, to ask them in.\n"
    )
    text = "Jobs\nBy entering your email address you agree to our\nTerms of Use\n" + long_tail
    assert fixed(text, "B004", unsafe=True) == "Jobs\n" + long_tail


def test_pointer_to_the_terms_goes_with_its_links_and_leaves_the_sentences_before_it() -> None:
    form = "Email\nYou can opt out at any time. Please refer to our\nprivacy policy\nfor contact information.\nThe museum reopens in May.\n"
    assert_only_unsafe_fix(form, "B004", "Email\nYou can opt out at any time.\nThe museum reopens in May.\n")
    alone = "Send\nSee our\nPrivacy Policy\nand\nTerms of Use\n.\nThe museum reopens in May.\n"
    assert fixed(alone, "B004", unsafe=True) == "Send\nThe museum reopens in May.\n"


_COOKIE_TABLE = (
    "Necessary\nNecessary\nAlways Enabled\n"
    "Necessary cookies are absolutely essential for the website to function properly.\n"
    "Cookie\nDuration\nDescription\n"
    "cookielawinfo-checkbox-analytics\n11 months\n"
    "This cookie is set by GDPR Cookie Consent plugin. The cookie is used to store the user consent for the cookies.\n"
    "viewed_cookie_policy\n11 months\n"
    "Analytics\nAnalytics\n"
    "Cookie\nDuration\nDescription\n"
    "_ga\n1 year 1 month 4 days\nGoogle Analytics sets this cookie to store and count page views.\n"
    "_gid\nsession\n"
    "OAGEO\nInstalled by the Revive Ad Server to cache geolocation.\n"
)


def test_table_of_cookies_goes_whole_from_its_category_label_to_its_last_cell() -> None:
    above = "The museum reopens in May.\nPrivacy Overview\n"
    below = "SAVE & ACCEPT\nThe exhibition travels to Boston next year.\n"
    text = above + _COOKIE_TABLE + below
    assert fixed(text, "B004", unsafe=True) == "The museum reopens in May.\nThe exhibition travels to Boston next year.\n"
    # One finding for the table, which takes the banner sentences and labels among its cells.
    tables = [f for f in scrapelint.lint(text, select=["B004"]) if f.message.startswith("Table")]
    assert [f.message for f in tables] == ["Table of the cookies the site sets, under 'Cookie, Duration, Description'"]
    assert text[tables[0].start:tables[0].end] == _COOKIE_TABLE.rstrip("\n")
    assert not any(tables[0].start < f.start < tables[0].end for f in scrapelint.lint(text, select=["B004"]) if f not in tables)
    german = "Ende.\nCookie\nDauer\nBeschreibung\n_ga\n2 Jahre\nGoogle Analytics setzt dieses Cookie, um Seitenaufrufe zu zählen.\nDas Museum öffnet im Mai.\n"
    assert fixed(german, "B004", unsafe=True) == "Ende.\nDas Museum öffnet im Mai.\n"


def test_table_of_cookies_stays_without_cookies_named_like_code() -> None:
    # An article's table whose headings name no cookie, a baker's table of cookies named
    # in words, and headings of fewer than three columns are the article's own.
    for text in (
        "Periods\nPeriod\nDuration\nDescription\nFirst_term\n9 weeks\nFrom March to May, with a week off.\n",
        "The cookies\nCookie\nType\nDescription\nSnickerdoodle\nDrop\nA soft sugar cookie rolled in cinnamon.\n",
        "Cookie\nDuration\n_ga\n2 years\nThe museum reopens in May, the director said.\n",
    ):
        assert not fires(text, "B004"), text


def test_government_banner_goes_from_its_first_line_to_its_last() -> None:
    title = "Healthy Eating Tips | Nutrition | CDC\nSkip directly to site content\n"
    body = "Nutrition\nEating well helps adults and children stay healthy.\n"
    assert fixed(title + _GOVERNMENT_BANNER + body, "B031") == title + body


def test_feedback_question_goes_with_its_buttons_and_thanks_and_leaves_what_follows() -> None:
    body = "Restart the server to apply the change.\n"
    widget = (
        "Was this page helpful?\nYes\nNo\n"
        "Thanks for the feedback. If you have a specific, answerable question about how to use the server, ask it on\n"
    )
    after = "Stack Overflow\nLast modified May 1, 2025\n"
    assert_only_unsafe_fix(body + widget + after, "B032", body + after)
    # An answer of one word that opens a sentence is no button.
    text = body + "Was this page helpful?\nYes, the second step fixed the problem for me.\n"
    assert fixed(text, "B032", unsafe=True) == body + "Yes, the second step fixed the problem for me.\n"


def test_link_hint_goes_and_leaves_the_sentence_around_it() -> None:
    text = "Read the\nfull report\n(opens in a new tab)\nfor the details.\n"
    assert_only_unsafe_fix(text, "B033", "Read the\nfull report\nfor the details.\n")


def test_copyright_mark_on_its_own_line_goes_with_the_year_below_it() -> None:
    prose = "The exhibition travels to Boston next year, the museum said.\n"
    text = "The museum reopens.\n©\n2025\n" + prose
    assert_only_unsafe_fix(text, "B005", "The museum reopens.\n" + prose)


def test_footer_below_the_copyright_notice_goes_with_it() -> None:
    body = (
        "Frequently Asked Questions\nWhat is the State of AI newsletter?\n"
        "The State of AI is a monthly newsletter on artificial intelligence, AI markets and geopolitics.\n"
        "How often is it published?\nThe newsletter is published once a month.\n"
        "Who writes the State of AI newsletter?\nThe State of AI is written and edited by Nathan Benaich.\n"
        "You can learn more on here.\nPeople\n"
    )
    footer = "© 2026 Nathan Benaich\n·\nPrivacy\n∙\nTerms\n∙\nCollection notice\nSubstack\nis the home for great culture\n"
    assert_only_unsafe_fix(body + footer, "B005", body)
    [finding] = scrapelint.lint(body + footer, select=["B005"])
    assert finding.message == "Copyright footer: '© 2026 Nathan Benaich', and the footer below it (·, Privacy, ∙, Terms, …)"
    pair = "The museum reopens in May.\nTickets are free.\n©\n2025\nVox Media\n"
    assert fixed(pair, "B005", unsafe=True) == "The museum reopens in May.\nTickets are free.\n"


def test_footer_below_the_copyright_notice_stays_when_the_text_goes_on_after_it() -> None:
    notice = "© 2019 Example Media. All rights reserved.\n"
    # The article's prose below the notice, a poem whose credit heads it, and the link
    # definitions that a Markdown text's links above point to: only the notice goes.
    for above, below in (
        ("Menu\n", "Terms\nThe museum reopens in May, the director said on Monday.\nShare\n"),
        ("Wild Geese\n", "You do not have to be good\nYou do not have to walk on your knees\n"),
        ("See the [museum][1].\nThe end.\n", "[1]: https://example.com/museum\n"),
    ):
        assert fixed(above + notice + below, "B005", unsafe=True) == above + below


def test_click_to_tweet_fix_keeps_the_sentence() -> None:
    assert fixed("Focus is the whole game.Click To Tweet\nNext.\n", "B002") == "Focus is the whole game.\nNext.\n"


def test_safe_fixes_leave_sentences_and_unsafe_ones_need_consent() -> None:
    text = "The board met.\nSign up for our newsletter\nSubscribe to the Morning Review newsletter\n"
    assert fixed(text, "B003") == "The board met.\nSubscribe to the Morning Review newsletter\n"
    assert fixed(text, "B003", unsafe=True) == "The board met.\n"


def test_prompt_at_the_end_of_a_line_goes_alone() -> None:
    text = "Email Jane at jane@example.com. Follow us on Twitter @example and on Facebook.\n"
    assert_only_unsafe_fix(text, "B011", "Email Jane at jane@example.com.\n")


def test_related_heading_goes_safely_and_with_its_titles_only_unsafely() -> None:
    alone = "The band played.\n\nMost read in world news\n\nThe tour ends in May. It sold out.\n"
    assert fixed(alone, "B006") == "The band played.\n\nThe tour ends in May. It sold out.\n"
    listed = "The band played.\n\nYou may also like\n\n- Who will make the Hall in 2020?\n- Dave Band takes over Fan Vote\n"
    # The heading alone would leave the titles to read as article text: both go, or neither.
    assert fixed(listed, "B006") == listed
    assert_only_unsafe_fix(listed, "B007", "The band played.\n")


def test_captions_and_credits_are_removed_only_as_unsafe_fixes() -> None:
    credit = "Photo: Jane Doe/Reuters\nText.\n"
    assert_only_unsafe_fix(credit, "B010", "Text.\n")
    caption = "Image: The rocket on the launch pad before dawn\nText.\n"
    assert_only_unsafe_fix(caption, "B010", "Text.\n")


_CREDIT_LABELS = sorted({*phrases.load("photo-credit"), *phrases.load("photo-caption")}, key=len, reverse=True)
_CREDIT_PIECES = [
    " ", "  ", "\t", "\u00a0", "-", "—", "*", "•", "(", "[", ")", "]", ":", "：", ".", "/", "#", "Jane Doe", "Reuters",
    "getty", "x", "1", "ı", "İ", "ſ", "ß", "é", "\u0301",
]


def _match_of_every_label(labels: list[str], text: str) -> regex.Match[str] | None:
    """What one pattern of the lead, every label and the tail matches (see ``_CreditLabels``)."""
    alternatives = "|".join(r"\s+".join(regex.escape(word) for word in label.split()) for label in labels)
    return regex.match(
        rf"^[^\S\n]*+[*•·>#\p{{Pd}}]*[^\S\n]*+[(\[]?[^\S\n]*+(?P<label>(?i:{alternatives}))(?![\p{{L}}\p{{M}}])\.?[^\S\n]*+"
        r"(?P<colon>[:：])?[^\S\n]*+(?P<rest>[^\s:：].*?)(?<!\s)[^\S\n]*+[)\]]?[^\S\n]*+$",
        text,
        regex.M,
    )


def _assert_matched_as_every_label(labels: list[str], text: str) -> None:
    by_every = _match_of_every_label(labels, text)
    labelled = boilerplate._CreditLabels(tuple(labels)).match(text)
    assert labelled == (by_every and (by_every["label"], by_every["colon"], by_every["rest"]))


@given(phrases_among_pieces(_CREDIT_PIECES, _CREDIT_LABELS, max_size=8))
@example("Photo: Jane Doe/Reuters")
@example("(PHOTO CREDIT: AFP)")
@example("— Foto   von  Jane Doe")
@example("FOTOĞRAF: x")
@example("Photo creditor: x")
def test_credit_labels_match_as_the_pattern_of_every_label(text: str) -> None:
    _assert_matched_as_every_label(_CREDIT_LABELS, text)


# A user's labels may open with what may also stand before a label: the pattern of every
# label then backtracks into the marks and the bracket before it.
_ODD_LABELS = sorted({*_CREDIT_LABELS[:20], "(Photo", "[img]", "— Credit", "-pic", "* Foto", "(c) by"}, key=len, reverse=True)


@given(phrases_among_pieces(_CREDIT_PIECES, _ODD_LABELS, max_size=8))
@example("((Photo: x")
@example("-- -pic x")
@example("— Credit: Jane")
@example("* * Foto x")
def test_labels_that_open_with_marks_match_as_the_pattern_of_every_label(text: str) -> None:
    _assert_matched_as_every_label(_ODD_LABELS, text)


_CONTRIBUTOR_CREDITS = [phrase for listed in boilerplate._credit_phrases(boilerplate._listed_credits(())) for phrase in listed]
_CONTRIBUTOR_PIECES = [
    " ", "  ", "\t", "\u00a0", "(", ")", "[", "]", ";", ":", "：", ".", ",", "—", "-", "*", "_", "Jane Doe", "Keith Bradsher",
    "and", " from ", " in ", " de ", "Hong Kong", "São Paulo", "Straße", "STRASSE", "İstanbul", "ı", "ſ", "é", "東京", "x",
]


@given(phrases_among_pieces(_CONTRIBUTOR_PIECES, _CONTRIBUTOR_CREDITS, max_size=8))
@example("Keith Bradsher contributed reporting from Hong Kong.")
@example("(Reporting by Jane Doe; Editing by Keith Bradsher)")
@example("Con información de  Jane Doe")
@example("Jane Doe contributed to this report.")
def test_contributor_credit_matches_as_the_pattern_of_every_credit(text: str) -> None:
    """The patterns of the credits a line holds, apart for the credits that open and close
    a line, match as one pattern of every credit."""
    openers, closers = boilerplate._credit_phrases(boilerplate._listed_credits(()))
    edge, close_edge, ends = r"[\s(\[—–\-*_]*+", r"[\s.)\]*_]*+", r"(?<![\s.)\]*_])"
    every = regex.compile(
        rf"^{edge}(?:"
        rf"(?:{boilerplate._phrase_alternatives(openers)})(?![\p{{L}}\p{{M}}])[^\S\n]*+[:：]?[^\S\n]*+(?P<names>[^\n]+?){ends}"
        rf"|(?P<names>[^\n]+?)(?<!\s)[^\S\n]++(?:{boilerplate._phrase_alternatives(closers)})"
        rf"(?:[^\S\n]++(?:from|in|de|aus|da|desde)[^\S\n]++(?P<place>[^\n.]+?){ends})?"
        rf"){close_edge}$",
        regex.I,
    ).match(text)
    # Built for each line: a process's patterns go past their limit, to the patterns of every credit.
    credits = boilerplate._held_credits(text, ())
    opening, closing = boilerplate._credit_line_pattern(credits) if credits else (None, None)
    held = opening and opening.match(text) or closing and closing.match(text)
    assert (held and (held.span(), held.captures("names"), held["place"])) == (
        every and (every.span(), every.captures("names"), every["place"])
    )
    assert (held and held.span()) == ((match := boilerplate._credit_line_match(text, ())) and match.span())


def test_tag_label_is_safe_and_the_list_under_it_unsafe() -> None:
    text = "The race.\nTags\nstock car brasil, interlagos, calendar 2018\n"
    assert fixed(text, "B013") == "The race.\nstock car brasil, interlagos, calendar 2018\n"
    assert fixed(text, "B013", unsafe=True) == "The race.\n"


def test_fixing_twice_changes_nothing_more() -> None:
    text = (
        "Skip to content\nHeadline here\n5 min read\n\nThe text.\n\nADVERTISEMENT\n\nMore text.\n\n"
        "Share this:\nFacebook\nTwitter\n\nRelated posts\n\nLeave a Reply\n\n© 2019 Example Media. All rights reserved.\n"
    )
    once = scrapelint.fix(text, select=["B"]).text
    assert once == "Headline here\n\nThe text.\n\nMore text.\n\n© 2019 Example Media. All rights reserved.\n"
    assert scrapelint.fix(once, select=["B"]).text == once
    everything = scrapelint.fix(text, select=["B"], unsafe=True).text
    assert everything == "Headline here\n\nThe text.\n\nMore text.\n"
    assert scrapelint.fix(everything, select=["B"], unsafe=True).text == everything


def test_dateline_is_unsafe_and_reading_time_safe() -> None:
    dateline = "The suspect was arrested.\n\n(Published Monday, Nov. 18, 2019)\n"
    assert_only_unsafe_fix(dateline, "B012", "The suspect was arrested.\n")
    assert fixed("5 min read\nThe text.\n", "B012") == "The text.\n"


def test_headline_credit_and_contact_lines_go_only_as_unsafe_fixes() -> None:
    lede = "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates.\n"
    headline = "New car sales plunge 10 percent in October\n" + lede
    assert_only_unsafe_fix(headline, "B016", lede)
    header = "https://example.com/cat-1234.php\nCat found in New Mexico\n" + lede
    assert fixed(header, "B016", unsafe=True) == lede
    interview = "Nikolai Huke: Where did you enter the European Union?\nTareq Salem: I came to Italy across the sea, which was very dangerous, and it took us two days.\n"
    assert fixed("Tareq Salem on his life as a refugee in Italy\n" + interview, "B016", unsafe=True) == interview
    credit = lede + "Keith Bradsher contributed reporting from Hong Kong.\n"
    assert_only_unsafe_fix(credit, "B017", lede)
    contact = lede + "paul.takahashi@chron.com\ntwitter.com/paultakahashi\n"
    assert_only_unsafe_fix(contact, "B018", lede)


def test_closing_headline_list_goes_whole_and_only_unsafely() -> None:
    text = "The mission ends in May.\n- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Galaxy\nOriginally published.\n"
    assert_only_unsafe_fix(text, "B007", "The mission ends in May.\nOriginally published.\n")


def test_a_related_list_ends_above_the_articles_next_section_heading() -> None:
    before = "Programmable thermostats are better in that once you program them, you can forget them.\n"
    widget = "Related article\nThe Smart Thermostat Buying Guide\n"
    section = (
        "How do smart thermostats boost energy efficiency?\n"
        "Heating and air conditioning are the main culprits of high utility bills in most homes.\n"
    )
    assert fixed(before + widget + section, "B007", unsafe=True) == before + section


def test_link_menu_goes_whole_and_only_unsafely() -> None:
    text = "News\nWorld\n\nBusiness\nSports\nReal Estate\nOpinion\nThe council approved the budget on Tuesday.\n"
    assert_only_unsafe_fix(text, "B019", "The council approved the budget on Tuesday.\n")


def test_a_sentence_flowing_out_of_a_menu_takes_only_its_last_label() -> None:
    # A footer menu, its "Tags" heading and the tag cloud of words in lower case under it.
    menu = "Home\nNews\nEvents\nDownloads\nContact\nSearch\nAccess\nAgenda\nMuseum\nLibrary\nTourism\nJobs\n"
    text = "The council met.\n" + menu + "Tags\nbudget\nbridges\n"
    assert fixed(text, "B019", unsafe=True) == "The council met.\nTags\nbudget\nbridges\n"
    # Fewer labels over a sentence going on below: they may be its links.
    short = "The council met.\nAbout Us\nContact Us\nPrivacy Policy\nTerms of Use\nCareers\nAdvertise\nJobs\nand more\n"
    assert not fires(short, "B019")
    # Punctuation below a run goes on from its last line: the run is left whole. Plant names
    # in brackets broken at their italics, the header of a comparison table over its marks.
    plants = "The council met.\n" + "".join(f"{common} (\n{latin}\n" for common, latin in (
        ("Chinese evergreen", "Aglaonema"), ("Cast iron plant", "Aspidistra"), ("Dumb cane", "Dieffenbachia"),
        ("English ivy", "Hedera helix"), ("Lady palm", "Rhapis excelsa"),
    )) + ") grow well in an office lobby.\n"
    assert not fires(plants, "B019")
    header = "The council met.\nGeneral\nWebstudio\nGhost\nWebflow\nDuda\nFramer\nShopify\nDrupal\nPricing\nâœ\nâœ\n"
    assert not fires(header, "B019")


def test_a_figure_below_a_long_menu_takes_only_its_last_label() -> None:
    # A site's menu over the length of a video.
    menu = "".join(f"{team}\n" for team in (
        "Baltimore", "Buffalo", "Cincinnati", "Cleveland", "Denver", "Houston", "Indianapolis",
        "Jacksonville", "Kansas City", "Miami", "New England", "Pittsburgh", "Tennessee", "PFT Live",
    ))
    text = "The council met.\n" + menu + "1:41\nHill suffers hamstring injury in win over Chargers\n"
    assert fixed(text, "B019", unsafe=True) == "The council met.\nPFT Live\n1:41\nHill suffers hamstring injury in win over Chargers\n"
    # A table's header row, one cell a line, over its first figures: left alone.
    table = "The council met.\nPlayer\nTeam\nGames\nPoints\nRebounds\nAssists\nSteals\n74\n12\n"
    assert not fires(table, "B019")


def test_a_link_in_lower_case_below_a_menu_goes_on_with_no_sentence() -> None:
    # A footer menu over its "contact us" link: the link is no sentence flowing out of the
    # menu's links (B009 flags it on its own).
    menu = "About Us\nHow We Vet\nOur Roles\nFor Agencies\nFor Marketers\nCareers\nReviews\nReferral Program\n"
    text = "The council met.\n" + menu + "contact us\n"
    assert fixed(text, "B019", unsafe=True) == "The council met.\ncontact us\n"
    # Words in lower case that are no link still go on with a sentence.
    assert not fires("The council met.\n" + menu + "and more\n", "B019")


def test_an_author_box_goes_with_its_name_and_bio_and_only_unsafely() -> None:
    box = "About the author\nJane Doe\nJane Doe is a reporter who covers city hall.\n"
    assert_only_unsafe_fix("The council met.\n" + box + "Share\n", "B030", "The council met.\nShare\n")
    # Without a bio the name goes with the heading; a line that is no name heads the article's next section.
    assert fixed("The council met.\nAbout the author\nJane Doe\nLearn More\n", "B030", unsafe=True) == "The council met.\nLearn More\n"
    text = "The council met.\nAbout the author\nEarly life\nShe was born in 1950 in Ohio and grew up on a farm.\n"
    assert fixed(text, "B030", unsafe=True) == text.replace("About the author\n", "")


def test_the_fields_of_a_sign_up_form_go_with_its_prompt() -> None:
    text = "The council met.\nSubscribe to our newsletter\nFirst Name\nEmail Address\n\nThe budget passed.\n"
    assert fixed(text, "B003") == "The council met.\n\nThe budget passed.\n"
    # Two fields at most, right under the prompt; a field alone elsewhere is left to form-fields.
    text = "The council met.\nSign up for our newsletter\nName\nEmail\nWebsite\n"
    assert fixed(text, "B003") == "The council met.\nWebsite\n"
    assert not fires("The council met.\nEmail Address\nThe budget passed.\n", "B003")
    # A word of the list under a prompt, in a sentence that goes on below it, stays.
    text = "Subscribe to our newsletter\nName\nis what the form asks for first, the clerk said.\n"
    assert fixed(text, "B003") == "Name\nis what the form asks for first, the clerk said.\n"


def test_a_described_menu_goes_whole_and_only_unsafely() -> None:
    menu = ("Company\nPowering the next generation of applications\nCareers\nBuild the future of data and AI\n"
            "Events\nMeet the team at conferences around the world\n")
    assert_only_unsafe_fix("The council met.\n" + menu + "The budget passed.\n", "B029", "The council met.\nThe budget passed.\n")


def test_a_long_menu_under_a_figure_leaves_out_only_its_first_label() -> None:
    # A shop's menu under the count of its cart.
    labels = ("TMR Keyboards", "Products", "M Series", "FUN Series", "Verve Series", "MG Select", "Keycap", "Switch",
              "Accessory", "Office Supply", "Support", "Track Your Order", "Deals", "Daily Deal")
    text = "The council met.\n0\n" + "".join(f"{label}\n" for label in labels) + "The budget passed.\n"
    assert fixed(text, "B019", unsafe=True) == "The council met.\n0\nTMR Keyboards\nThe budget passed.\n"
    # A table's row under a figure, one cell a line: left alone.
    row = "The council met.\n74\nPlayer\nTeam\nGames\nPoints\nRebounds\nAssists\nSteals\nThe budget passed.\n"
    assert not fires(row, "B019")
    # A list's number or a version heads the lines below it: an item's features, a
    # documentation's contents.
    for heading in ("8.", "1.50.0"):
        assert not fires(f"The council met.\n{heading}\n" + "".join(f"{label}\n" for label in labels) + "The budget passed.\n", "B019")


def test_a_figure_under_a_tag_cloud_ends_it() -> None:
    tags = ["water", "alert", "library", "walking", "campaign", "carnival", "civil defence", "council",
             "culture", "course", "dance", "school", "events", "floods"]
    cloud = "The council met.\nTags\n" + "".join(f"{tag}\n" for tag in tags) + "2019\nNovember\n"
    assert fixed(cloud, "B013", unsafe=True) == "The council met.\n2019\nNovember\n"
    # Under a few, a figure makes the label a table's column heading.
    column = "The council met.\nTags\nLast Month\nThis Month\n6676\n"
    assert not fires(column, "B013")


def test_rows_of_a_pipe_table_are_no_menu() -> None:
    rows = "".join(f"**{feature}** | ✔ | ✘\n" for feature in (
        "Landing page builder", "Dynamic content", "Product recommendations", "Unlimited lists",
        "Advanced segmentation", "eRFM analytics", "Custom reports", "Unified contacts",
    ))
    assert not fires("The council met.\n" + rows, "B019")


def test_a_comparison_table_or_a_review_s_pros_and_cons_is_no_menu() -> None:
    # A table printed one cell a line: its header row, then each row's name and answers.
    header = "Feature\nTypeScript\nPython\nJavaScript\nRust\nKotlin\n"
    rows = "Object-Oriented\nYes\nYes\nYes\nNo\nYes\nScripting\nNo\nYes\nYes\nNo\nNo\n"
    assert not fires("The council met.\n" + header + rows + "The budget passed.\n", "B019")
    assert not fires("The council met.\n" + header + rows.replace("Yes", "**Yes**") + "The budget passed.\n", "B019")
    # A review's strong and weak points, under their headings.
    review = "Pros\nComfortable\nAffordable\nExcellent Features\nCons\nHeavy\nSlightly Less Premium\n"
    assert not fires("The council met.\n" + review + "The budget passed.\n", "B019")
    assert not fires("The council met.\n" + review.replace("Pros", "**Pros:**") + "The budget passed.\n", "B019")
    # A "Pros" link alone, or two answers, among a site's labels leave it a menu.
    assert fires("The council met.\nAbout\nPopular\nSpeaking\nBooks\nMembers\nPros\nThe budget passed.\n", "B019")
    menu = "News\nWorld\nYes\nBusiness\nSports\nNo\nOpinion\n"
    assert fires("The council met.\n" + menu + "The budget passed.\n", "B019")


def test_a_link_menu_stops_before_a_table() -> None:
    # A recipe's table of ingredients, a few blank lines under the site's menu.
    labels = ("Mein Kochbuch", "Nachrichten", "Freunde", "Rezeptfotos", "Gruppen", "Fotoalben", "Startseite", "Rezepte", "Kategorien")
    table = "| Für den Mürbeteig: |  |\n|---|---|\n| 125 g | Mehl |\n| 65 g | Zucker |\n"
    lede = "Der cremigste Kuchen, den ich kenne.\n"
    text = lede + "\n".join(labels) + "\n\n \n\n" + table + "Als erstes den Pudding kochen.\n"
    assert fixed(text, "B019", unsafe=True) == lede + "\n \n\n" + table + "Als erstes den Pudding kochen.\n"


def test_a_menu_printed_again_above_teasers_is_still_a_menu() -> None:
    # The footer repeats the menu's labels over lists of headlines, not over paragraphs.
    menu = "News\nWorld\nBusiness\nSports\nReal Estate\nOpinion\n"
    footer = "World\nTwo troops killed in helicopter crash\nBusiness\nBoeing urged to redesign part on 737s\nSports\nLakers win again\n"
    text = menu + "The council approved the budget on Tuesday, after a long and heated debate.\n" + footer
    assert fires(text, "B019")


# The candidates' search as it tried a breaker ("7", "@", ",", "www.", "://") and a closing
# mark at each character of a line: the pattern that skips to the characters that may start
# one must find the same.
_LINE_TRYING_EACH_CHARACTER = (
    r"[^\S\n]*+(?![^\n]{40}[^\n]*?\S)(?![^\n]*?(?:[0-9@,，]|www\.|://))"
    r"(?![^\n]*[.!?…:;。！？：；][\"'”’»)\]]*[^\S\n]*$)(?=[^\n]*?\S)[^\n]*+"
)
# Mostly pieces of labels, so that runs of six lines come about; "w" and ":" start a breaker or not.
_LABEL_PIECES = st.sampled_from(["Aa", "a", " ", "W", "w"])
_MENU_LINE_PIECES = _LABEL_PIECES | _LABEL_PIECES | st.sampled_from([":", "/", ".", "ww", "www.", "://", "7", "@", ",", "，", "!", "”", "\t"])
MENU_CANDIDATE_LINES = st.lists(st.lists(_MENU_LINE_PIECES, min_size=1, max_size=5).map("".join), min_size=6, max_size=14)


@given(MENU_CANDIDATE_LINES)
@example(["Aa w7", "Aa", "Aa", "W", "Aa", "a:/"])
@example(["Aa", "W www.a", "Aa", "W", "Aa", "a"])
@example(["Aa", "Aa", "Aa", "W", "a://a", "a"])
@example(["Aa", "Aa", "Aa. ", "W", "Aa", "a"])
@example(["Aa", "Aa: a!”\t", "Aa", "W", "Aa", "a"])
@example(["Aa", " \t", "Aa", "W", "\u00a0Aa", "a", "Aa"])
def test_menu_candidates_skip_to_the_characters_that_may_break_a_line(lines: list[str]) -> None:
    assert boilerplate.MAX_MENU_ITEM_CHARS == 40 and boilerplate.MIN_MENU_ITEMS == 6
    line = _LINE_TRYING_EACH_CHARACTER
    reference = standard(rf"\n{line}(?:\n(?:[^\S\n]*+\n)*+{line}){{5,}}", re.M)
    text = "\n" + "\n".join(lines)
    assert [m.span() for m in boilerplate._menu_run_candidates().finditer(text)] == [m.span() for m in reference.finditer(text)]


# Pieces of headings and paragraphs: words of several scripts, the characters whose case
# folding is longer or a letter ("ß", "İ", "ﬃ", "\u0345", circled letters), marks, the
# noise that keys leave out at the edges, and spaces of every kind.
_KEY_PIECES = st.sampled_from([
    "News", "world", "Straße", "İstanbul", "ﬃx", "\u0345", "a\u0345", "Ⓐ", "ⓑc", "é", "e\u0301", "日本", "٣", "don't", "it’s",
    "co-op", "-", "—", "•", "#", ">", "|", ".", ":", "…", ",", "!", "’", " ", "  ", "\t", "\u00a0", "\u3000", "\x1c",
])


@given(st.lists(_KEY_PIECES, max_size=30).map("".join))
@example("Ab \u0345 \u0345")
def test_a_key_holds_every_word_of_its_line(text: str) -> None:
    """What B019 reads a section's heading by: a paragraph's key holds its ten words or more."""
    from scrapelint.predicates import normalize_line, words

    assert len(words(normalize_line(text))) >= len(words(text))


_PARAGRAPH = "The council approved the budget on Tuesday after a long debate."
_HEAD_LINES = st.one_of(st.lists(_KEY_PIECES, max_size=8).map("".join), st.sampled_from([_PARAGRAPH, "News", " ", "", "Home."]))


@given(st.lists(_HEAD_LINES, max_size=20).map("\n".join))
def test_headings_that_are_paragraphs_are_keyed_only_for_wordy_labels(text: str) -> None:
    """Without the headings that are paragraphs, a key of fewer than ten words finds the same heading."""
    doc = Document(text)
    paragraphs = boilerplate._paragraph_lines(doc)
    every = boilerplate._section_heads(doc, paragraphs, True)
    others = boilerplate._section_heads(doc, paragraphs, False)
    short = boilerplate.MIN_SECTION_PARAGRAPH_WORDS
    assert {key: index for key, index in others.items() if not has_words(key, short)} == {
        key: index for key, index in every.items() if not has_words(key, short)
    }


# Where each sentence starts, as the break pattern found it with a lookbehind for the mark.
_SENTENCE_BREAK_BEHIND_MARK = regex.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}@])")


@given(st.lists(st.sampled_from(["A", "a", "7", "@", ".", "!", "…", "”", "“", ")", "(", " ", "\t", "\u00a0", "\n"]), max_size=30).map("".join))
@example("One. Two.. Three!” (Four) ... Five")
@example(". . B")
def test_sentence_breaks_are_found_from_their_mark_as_behind_it(text: str) -> None:
    found = [match.end() for match in boilerplate._SENTENCE_BREAK.finditer(text)]
    assert found == [match.end() for match in _SENTENCE_BREAK_BEHIND_MARK.finditer(text)]
    assert (boilerplate._SENTENCE_BREAK.search(text) is None) == (_SENTENCE_BREAK_BEHIND_MARK.search(text) is None)


def test_company_profile_goes_whole_and_only_unsafely() -> None:
    body = "The new system goes on sale in March.\n"
    profile = (
        "Acme is a global solutions provider focused on healthcare software.\n"
        "Acme is headquartered in Baar, has subsidiaries in 15 countries and employs around 1,300 people worldwide.\n"
    )
    assert_only_unsafe_fix(body + profile, "B020", body)


@given(st.lists(st.sampled_from(["Acme is", "a", "", " ", "\t", "\u00a0", "\u3000", "Zürich has"]), max_size=12).map("\n".join))
def test_company_profile_tail_is_the_last_nonblank_lines(text: str) -> None:
    doc = Document(text)
    every_nonblank = [line for line in doc.lines if not line.is_blank]
    assert doc.nonblank_lines_before(len(doc.lines), boilerplate.MAX_PROFILE_TAIL_LINES)[::-1] == every_nonblank[-boilerplate.MAX_PROFILE_TAIL_LINES:]


def test_archive_list_of_dated_titles_is_one_finding() -> None:
    text = "The trail reopens in May.\nTen trails\nFeb 3, 2024\nWhere to camp\nFeb 1, 2024\nOur guide to boots\nJan 30, 2024\nSearch\n"
    [finding] = scrapelint.lint(text, select=["B022"])
    assert fixed(text, "B022") == "The trail reopens in May.\nSearch\n"


def test_archive_list_goes_whole() -> None:
    text = "The trail reopens in May.\n\nArchives\nMarch 2020\nFebruary 2020\nJanuary 2020\n\nCategories\nTravel\n(12)\nRecipes\n(4)\nHikes\n(9)\n"
    assert fixed(text, "B022") == "The trail reopens in May.\n\nArchives\n\nCategories\n"


def test_copyright_footer_is_unsafe() -> None:
    text = "The museum reopens in May.\n\n© 2019 Hearst Communications, Inc. All Rights Reserved.\n"
    assert_only_unsafe_fix(text, "B005", "The museum reopens in May.\n")


# -- configuration -------------------------------------------------------------------


def test_extend_phrases_adds_phrases_matched_like_the_listed_ones() -> None:
    settings = Settings(select=("B008",), rule_options={"B008": {"extend-phrases": ["Werbeblock", "Paid promotion"]}})
    assert [d.code for d in scrapelint.lint("Text.\nWERBEBLOCK\n", settings=settings)] == ["B008"]
    assert [d.code for d in scrapelint.lint("Text.\nPaid promotion:\n", settings=settings)] == ["B008"]
    assert not codes("Text.\nWerbeblock\n", "B008")


def test_extend_phrases_file(tmp_path) -> None:  # noqa: ANN001
    listed = tmp_path / "ours.txt"
    listed.write_text("# house style\nDiscuss this story\n", encoding="utf-8")
    settings = Settings(select=("B001",), rule_options={"B001": {"extend-phrases-file": str(listed)}})
    assert [d.code for d in scrapelint.lint("Text.\nDiscuss this story\n", settings=settings)] == ["B001"]


# -- data -------------------------------------------------------------------------------


MAIN_FAMILIES = ("comment-form", "share", "newsletter", "cookie-notice", "related", "advertisement", "navigation")


@pytest.mark.parametrize("family", MAIN_FAMILIES)
def test_main_families_cover_many_languages_and_scripts(family: str) -> None:
    languages = set(phrases.languages(family))
    assert len(languages) >= 15
    assert {"en", "ru", "el", "zh", "ja", "ko", "ar"} <= languages


def test_every_listed_phrase_is_flagged_by_its_rule() -> None:
    families = {"B001": "comment-form", "B008": "advertisement", "B014": "comment-section", "B006": "related"}
    for code, family in families.items():
        for phrase in phrases.load(family):
            if "*" in phrase.split():
                continue
            text = f"The text.\n\n{phrase.replace('{n}', '12')}\n"
            assert fires(text, code), (code, phrase)


# -- fix safety in context: the finding stays, the fix needs consent ---------------------


def applicabilities(text: str, code: str) -> list[str]:
    return [d.fix.applicability.value for d in scrapelint.lint(text, select=[code]) if d.fix is not None]


PROSE = "The committee spent most of the spring reviewing the plans for the new bridge over the river."
LATER = "Work on the eastern approach is due to begin in the autumn, the council said on Tuesday."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A share label that a hard-wrapped sentence runs into.
        ("The request goes to the server, and its answer might look\nlike this:\nHTTP/1.1 200 OK\n", "B002"),
        # A prompt broken at its link, the sentence going on below.
        (f"{PROSE}\nSign up today\nto get started with the new plan!\n", "B003"),
        # A related-list heading between paragraphs of the article.
        (f"{PROSE}\nRelated articles\nBridges of the north\n", "B006"),
        (f"Bridges of the north\nMost read in world news\n{LATER}\n", "B006"),
        # A heading with a colon that introduces a line the list did not take.
        ("The plans.\n\nRead also:\nWhat are\nthe costs of a bridge?\n", "B006"),
        # A heading with a colon, bold or not, over the one title it introduces: a list of one.
        ("The plans.\n\nRead more:\n\nThe bridge that nobody wanted\n", "B007"),
        ("The plans.\n\n**Read more:**\n\nThe bridge that nobody wanted\n", "B007"),
        # A paper's keywords between its abstract and its first section.
        (f"{PROSE}\nKeywords: bridges, rivers, public works\nIntroduction\n{LATER}\n", "B013"),
        (f"{PROSE}\nKeywords:\nbridges, rivers, public works\nIntroduction\n{LATER}\n", "B013"),
        (f"{PROSE}\nKeywords:\nbridges, rivers\nIntroduction\nBridges are old. {LATER} Some were built by the [\n1\n", "B013"),
        # A reading time next to the article's date, in its dateline.
        ("Bridges of the north\n12 Nov 2025\n8 min read\nThe text.\n", "B012"),
        ("Bridges of the north\n\n8 min read\n\nUpdated 3 hours ago\n\nThe text.\n", "B012"),
        # ... with a separator between the reading time and the date.
        ("Jane Doe\n7 min read\n·\nDec 30, 2013\nThe text.\n", "B012"),
        ("Jane Doe\n\n7 min read\n\n·\n\nDec 30, 2013\n\nThe text.\n", "B012"),
        # A related-list heading over a piece of a sentence: it introduces prose, not titles.
        ("How much should I tip?\nWe recommend\ntipping movers\nabout 15% of the bill for a large home.\n", "B006"),
        ("The fold.\nRelated\nTry out our new\nfold and cut tool, which makes a font of its own.\n", "B006"),
        # A follow prompt that a sentence broken at its link runs into.
        ("If you have a project of your own in mind, feel free to\nconnect with us.\nLast updated: May 2024\n", "B011"),
        (f"{PROSE}\nStay Connected\nNew episodes of the podcast come out every Monday on all the usual platforms.\n", "B011"),
        # An ad label that is a word of the article: its value below, or a colon over prose.
        ("Insights\n:\nShows the page's trends.\nAds\n:\nFacebook Ads can target an audience by interest.\n", "B008"),
        ("Source: a survey.\nAds:\nSwitching to a business account gives you more ad options.\n", "B008"),
        ("Source: a survey.\n**Ads:**\nSwitching to a business account gives you more ad options.\n", "B008"),
        # A share label that ends a sentence broken at the words of its links.
        ("Fetch the files listed in\nthe archive\n, and pull them with\ncurl\nlike this:\n1\n", "B002"),
        ("Readers who want to\nshare this with\nTwitter\nfollowers can do so below, she said.\n", "B002"),
        # A prompt that ends a sentence broken at its links, or closes a paragraph.
        ("Keep up with the\nDaily Brief\nnewsletter.\nThe council met on Tuesday.\n", "B003"),
        (f"{PROSE}\nSign up now!\nLinks mentioned:\n", "B003"),
        # A comment-section word that asks the readers.
        ("I will not commit this until I am done.\nComments?\nNow, the special command.\n", "B014"),
        # A reading time over the first paragraph: the last line of the article's header.
        (f"back to blog\n\nReading Time: 8 minutes\n\n{PROSE}\n", "B012"),
        # A paper's keywords after its abstract, citation and DOI, before its first section.
        (f"{PROSE}\nJ Bridge Stud 2019;7(6):e14\ndoi:10.2196/14\n\nKeywords\n\nbridges; rivers; public works\n\nIntroduction\n{LATER}\n", "B013"),
        # Network names with no share label: icons, or an article's own list of networks.
        (f"{PROSE}\nFacebook\nTwitter\nInstagram\n", "B002"),
        # Tags one a line under a bare label: not labelled themselves.
        ("The race.\nTags\nstock car\ninterlagos\n", "B013"),
        # A consent line: a privacy policy or an article about sign-up forms may quote one.
        ("Sign up\nBy signing up, you agree to our\nPrivacy Policy\n", "B004"),
        # A byline: some article bodies keep the author's name under the title.
        (f"Bridges of the north\nBy\nJane Doe\n{PROSE}\n", "B012"),
    ],
)
def test_fix_is_unsafe_where_the_line_may_belong_to_the_article(text: str, code: str) -> None:
    assert fires(text, code)
    assert applicabilities(text, code) and "safe" not in applicabilities(text, code)
    assert fixed(text, code) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The council met.\n\nShare this:\nFacebook\nTwitter\n", "B002"),
        (f"{PROSE}\nShare on Facebook\nShare on Twitter\n", "B002"),
        (f"{PROSE}\n\nSign up for our newsletter\n\n", "B003"),
        ("Site news\nSubscribe\niPad app\n", "B003"),
        ("Skip to main content\nsign up for newsletters\nHome\n", "B003"),
        ("The band played.\n\nMost read in world news\n\nThe tour ends in May. It sold out.\n", "B006"),
        ("The end.\n\nRelated posts\n\nLeave a Reply\n", "B006"),
        ("The end.\n\nRead more:\n", "B006"),
        ("The race.\nTags: stock car, interlagos\nLeave a Reply\n", "B013"),
        (f"{PROSE}\nTags: bridges, rivers\nShare this:\n", "B013"),
        ("Bridges of the north\n8 min read\nThe text.\n", "B012"),
        ("5 min read\nThe text.\n", "B012"),
        ("Jane Doe\n7 min read\n·\nShare\nThe text.\n", "B012"),
        ("The end.\n\nWe recommend\n\nLeave a Reply\n", "B006"),
        ("The launch is planned for 2024.\nFollow us on Twitter\n", "B011"),
        ("The vote is expected on Thursday.\n\nADVERTISEMENT\n\nLawmakers have until Friday to agree.\n", "B008"),
        ("The vote is expected on Thursday.\nAdvertisement:\nFacebook\n", "B008"),
        # A menu's label in lower case, with a "!" of its own.
        ("Other Sciences\nshare this!\nFacebook\n", "B002"),
        (f"{PROSE}\nSign up for our newsletter\nEmail address\n", "B003"),
        ("Get the latest news and trends from the industry straight to your inbox every week.\nThank you for subscribing.\n", "B003"),
        ("The end.\n\n12 Comments\n\nLeave a Reply\n", "B014"),
        ("Jane Doe\nShare\nEmail\n8 min read\nThe text.\n", "B012"),
        ("Bridges of the north\n8 min read\nRoads of the south\n5 min read\n", "B012"),
        (f"Bridges of the north\nJane Doe\nTags: bridges, rivers\n{PROSE}\n", "B013"),
    ],
)
def test_fix_stays_safe_where_the_line_stands_alone(text: str, code: str) -> None:
    assert applicabilities(text, code) == ["safe"] * len(applicabilities(text, code))
    assert fixed(text, code) != text


# -- fixes in a text that shows code ------------------------------------------------------------

LEAKED_SCRIPT = "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
# A naive converter prints each highlighted token of a listing on a line of its own.
TOKEN_SPLIT_LISTING = "function\nhandleClick\n()\n{\nalert\n(\n'clicked'\n)\n;\n}\n" * 3


def _applicabilities(text: str, code: str) -> list[scrapelint.Applicability]:
    return [finding.fix.applicability for finding in scrapelint.lint(text, select=[code]) if finding.fix is not None]


@pytest.mark.parametrize(
    ("code", "shown", "prose"),
    [
        # "AD" in a program's output under an interpreter's prompt.
        (
            "B008",
            "Every pair of letters, in order:\n>>> from itertools import product\n"
            ">>> for pair in product('ABCD', repeat=2): print(''.join(pair))\nAA\nAB\nAC\nAD\nBA\nBB\n",
            "The vote is expected on Thursday.\nADVERTISEMENT\nLawmakers have until Friday to agree.\n",
        ),
        # A property named "Comments" in a listing split one token a line.
        (
            "B014",
            "The handler reads the newest comment.\n" + TOKEN_SPLIT_LISTING + "issue\n.\nComments\n=\nresponse\n.\njson\n()\n",
            "The deportees were flown home on Tuesday.\n12 Comments\n",
        ),
        # "like this:" ending a sentence broken at inline code, over a listing's copy button.
        (
            "B002",
            "To support arbitrary iterators, you could implement\ndefault()\nlike this:\nCopy\n"
            "    def default(self, o):\n        return list(o)\n\nThen pass it to the encoder:\n"
            "    json.dumps(x, cls=Encoder)\n    encoder.encode(x)\n",
            "The council met on Tuesday.\nLike this:\nLike\nLoading...\nThe bridge closes in spring.\n",
        ),
        # A form's label in an HTML listing.
        (
            "B003",
            'Add the form to your page:\n<form action="/subscribe" method="post">\n<label for="email">\n'
            'Your email address:\n</label>\n<input type="email" id="email">\n</form>\n',
            "The board will vote again in March.\nSign up for our newsletter\n",
        ),
    ],
)
def test_boilerplate_in_a_text_that_shows_code_is_removed_only_as_an_unsafe_fix(code: str, shown: str, prose: str) -> None:
    assert _applicabilities(shown, code) == [scrapelint.Applicability.UNSAFE]
    assert fixed(shown, code) == shown
    # A script the converter leaked is not code the text shows: the fix stays safe.
    assert _applicabilities(LEAKED_SCRIPT + prose, code) == [scrapelint.Applicability.SAFE]



def test_a_line_the_address_pattern_matches_opens_as_an_address_may() -> None:
    """``_may_be_address`` turns lines away before the pattern, which ignores case: only
    the characters that lower to those of "http" or "www." match them."""
    everything = "".join(map(chr, range(0x110000)))
    opening = "".join(sorted(set("httpwww.")))
    assert regex.compile(f"[{re.escape(opening)}]", regex.IGNORECASE).findall(everything) == [
        character for character in everything if character.lower() in opening and len(character.lower()) == 1
    ]
    for text in ("HTTPS://example.com", "Www.example.com", "http://x", "Washington, DC", "ſhttp://", "htt", ""):
        assert boilerplate._may_be_address(text) or boilerplate._ADDRESS_LINE.match(text) is None, text
    assert boilerplate._may_be_address("HTTPS://example.com") and boilerplate._may_be_address("Www.example.com")


_MENTION_PIECES = [
    " ", "  ", ".", ",", "'s", "@", "@ab", "@a", "x@ab", "a", "1", "é", "_", "-", "+", "app", "Apps", "APP STORE",
    "app store", "Google Play", "google play", "VK", "Mail", "E", "X", "ı", "İ",
]


@given(phrases_among_pieces(_MENTION_PIECES, phrases.load("social-network"), max_size=10))
@example("Follow VentureBeat on Twitter")
@example("Follow @VentureBeat, or get the app")
@example("VKontakte, VK and E-mail@ab")
@example("GOOGLE+ Google+a")
def test_mentions_are_what_one_pattern_of_the_networks_handles_and_apps_finds(text: str) -> None:
    """Network names looked up at each place are what the named list of them found."""
    names = {name for name in phrases.load("social-network") if len(name) > 1}
    names |= {name.upper() for name in names}
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])(?:\L<names>)(?![\p{L}\p{N}])|(?<![\w.])@\w{2,}|(?i:\bapps?\b|\bapp store\b|\bgoogle play\b)",
        names=sorted(names, key=len, reverse=True),
    )
    assert list(boilerplate._mentions(text)) == [match.span() for match in pattern.finditer(text)]
    assert boilerplate._without_mentions(text) == pattern.sub(" ", text)


@given(st.text(alphabet=st.sampled_from(list("ab Z9(.)-*+o•◦▪‣\t\u3000\xa0\x1c\u2028“é٣")), max_size=10))
@example("• item")
@example("  •\u3000 item")
@example("•\x1c item")
@example("12. item")
def test_list_markers_are_taken_off_as_the_marker_pattern_takes_them(text: str) -> None:
    """The bullets taken off without the pattern are those the pattern takes off."""
    marker = boilerplate._LIST_MARKER.match(text)
    assert boilerplate._without_list_marker(text) == (text[marker.end():] if marker else text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # Below the comment section's heading, which B014 removes.
        ("The council will vote in May.\n2 Comments\n" + _COMMENTS, "The council will vote in May.\n2 Comments\n"),
        # Where the later comments show their header ("says:" below the author).
        ("The council will vote in May.\n\n" + _COMMENTS, "The council will vote in May.\n"),
        # Neither: from the first button, and the first comment stays.
        (
            "The council will vote in May.\nJane\nGreat piece\nReply\nSam\nI disagree\nReply\n",
            "The council will vote in May.\nJane\nGreat piece\n",
        ),
        # A button printed twice in a row is one button.
        (
            "The council will vote in May.\n2 Comments\nJane\nGreat piece\nReply\nReply\nSam\nNo\nReply\nReply\n",
            "The council will vote in May.\n2 Comments\n",
        ),
        # A heading farther above the first button than the other comments run is not theirs.
        (
            "Comments\nThe council will vote in May.\nIt meets at noon.\nJane\nGreat piece\nReply\nSam\nNo\nReply\n",
            "Comments\nThe council will vote in May.\nIt meets at noon.\nJane\nGreat piece\n",
        ),
    ],
)
def test_comment_thread_runs_from_the_first_comment_it_can_tell_to_the_last_button(text: str, left: str) -> None:
    assert_only_unsafe_fix(text, "B024", left)


def test_country_picker_goes_from_its_first_country_to_its_last() -> None:
    text = "Request a demo\n" + _PICKER + "Submit\n"
    assert fixed(text, "B034") == "Request a demo\nCountry\nSubmit\n"
    # The world in a list that a sentence introduces is the article's: removed only as unsafe.
    ratified = "The convention has been ratified by the following states:\n" + "\n".join(_COUNTRIES) + "\n"
    assert_only_unsafe_fix(ratified, "B034", "The convention has been ratified by the following states:\n")
    # Two pickers, one under the other: each is one finding, and the label between them stays.
    twice = _PICKER + "Country of residence\n" + "\n".join(_COUNTRIES) + "\n"
    assert fixed(twice, "B034") == "Country\nCountry of residence\n"


def test_a_picker_that_writes_names_as_iso_3166_does_counts_them_without_their_bracket() -> None:
    iso = {"Bahamas": "Bahamas (the)", "Bolivia": "Bolivia (Plurinational State of)", "Comoros": "Comoros (the)",
           "Congo": "Congo (the)", "Gambia": "Gambia (the)", "Moldova": "Moldova (the Republic of)",
           "Netherlands": "Netherlands (Kingdom of the)", "Niger": "Niger (the)", "Philippines": "Philippines (the)"}
    text = "\n".join(iso.get(name, name) for name in _COUNTRIES) + "\n"
    assert [diagnostic.message for diagnostic in scrapelint.lint(text, select=["B034"])] == [
        f"Country picker: {len(_COUNTRIES)} names, 'Afghanistan' to 'Poland'"
    ]


@pytest.mark.parametrize("language", phrases.languages("country-name"))
def test_each_languages_country_names_sorted_as_its_pickers_sort_them_are_a_picker(language: str) -> None:
    names = sorted(phrases.load_by_language("country-name")[language], key=boilerplate._unaccented)
    assert [diagnostic.code for diagnostic in scrapelint.lint("\n".join(names) + "\n", select=["B034"])] == ["B034"]


def test_language_switcher_goes_safely_from_ten_languages() -> None:
    languages = "English\nDeutsch\nEspañol\nFrançais\nItaliano\nNederlands\nPolski\nPortuguês (Brasil)\n日本語\n한국어\n"
    switcher = "Select language:\n" + languages + "The museum opens at ten.\n"
    assert fixed(switcher, "B035") == "Select language:\nThe museum opens at ten.\n"
    # Fewer may be the article's own list under its sentence, or a wiki page's
    # translations: removed only as unsafe.
    assert_only_unsafe_fix("The app speaks:\nEnglish\nDeutsch\nFrançais\n", "B035", "The app speaks:\n")
    assert_only_unsafe_fix("Other languages:\nEnglish\nespañol\nfrançais\nmagyar\n日本語\n", "B035", "Other languages:\n")


def test_form_fields_are_removed_safely_only_where_the_form_shows_itself() -> None:
    form = "The museum reopens in May.\nName *\nEmail *\nWebsite\n"
    assert fixed(form, "B025") == "The museum reopens in May.\n"
    # A table's header printed one cell a line reads the same: reported, removed only as unsafe.
    table = "Staff\n\nName\nEmail\nPhone\nAnn Lee\nann@example.org\n555-0100\n"
    assert fires(table, "B025")
    assert fixed(table, "B025") == table


def test_split_reading_time_goes_safely_and_a_split_dateline_only_as_unsafe() -> None:
    teaser = "The school reopens on Monday.\n\nNew timetables\n8\nmin read\n"
    assert fixed(teaser, "B012") == "The school reopens on Monday.\n\nNew timetables\n"
    dated = "The school reopens.\nLast updated:\nAug 1, 2025\n"
    assert_only_unsafe_fix(dated, "B012", "The school reopens.\n")


def test_pager_goes_with_the_titles_it_names_only_as_an_unsafe_fix() -> None:
    text = "The tutorial ends here.\n\nPrevious:\nInstallation\nNext:\nTutorial\n"
    assert_only_unsafe_fix(text, "B027", "The tutorial ends here.\n")


def test_breadcrumb_trail_goes_with_its_labels_and_leaves_the_page_title() -> None:
    text = "The latest\n\nHome\nBlog\nNews\nFive easy sewing patterns\nSewing is fun, and anyone can learn it.\n"
    assert fixed(text, "B028") == "The latest\n\nFive easy sewing patterns\nSewing is fun, and anyone can learn it.\n"
    # A label right over a paragraph is a heading: it stays, and so the trail is the home link alone.
    heading = "Home\nNews\nThe council approved the budget on Tuesday after a long debate over schools.\n"
    assert fixed(heading, "B028") == "News\nThe council approved the budget on Tuesday after a long debate over schools.\n"


def test_counts_above_a_share_label_go_with_it_and_a_column_of_figures_stays() -> None:
    bar = "The talks ended.\n\n589\n149\n94\nShare\nThe vote is next week.\n"
    assert fixed(bar, "B002") == "The talks ended.\n\nThe vote is next week.\n"
    column = "Scores by round:\n\n12\n15\n17\n21\nShare\n"
    assert fixed(column, "B002") == "Scores by round:\n\n12\n15\n17\n21\n"


def test_a_close_button_takes_the_dialogs_button_next_to_it_and_a_price_table_keeps_its_column() -> None:
    dialog = "The council met.\n\nFree shipping over $50.\nLearn more\nClose\nThe vote is next week.\n"
    assert fixed(dialog, "B009") == "The council met.\n\nFree shipping over $50.\nThe vote is next week.\n"
    prices = "Date\nOpen\nHigh\nLow\nClose\nOct. 1\n187.15\n188.44\n183.89\n185.64\n"
    assert fixed(prices, "B009") == prices


def test_comments_under_their_authors_headers_go_up_to_the_comment_form_only_as_an_unsafe_fix() -> None:
    text = "The vote is in May.\n\nJane Doe\nsays:\nGreat piece!\nSam\nsays:\nI disagree.\nIt is wrong.\nLeave a Reply\n"
    assert_only_unsafe_fix(text, "B024", "The vote is in May.\n\nLeave a Reply\n")


def test_breadcrumb_trail_printed_as_a_bulleted_list_goes_only_as_an_unsafe_fix() -> None:
    trail = "Top stories\n\n  * Home\n  * Blog\n  * Five easy sewing patterns\n\nSewing is fun.\n"
    assert_only_unsafe_fix(trail, "B028", "Top stories\n\n  * Five easy sewing patterns\n\nSewing is fun.\n")
    # An article's list that starts with "Home" reads the same: its first item is reported, kept by safe fixes.
    insured = "What we insure\n\n  • Home\n  • Auto\n  • Life\n"
    assert fires(insured, "B028")
    assert fixed(insured, "B028") == insured


def test_breadcrumb_trail_printed_as_an_ordered_list_goes_but_for_the_page_only_as_an_unsafe_fix() -> None:
    text = "Top stories\n\n  1. Home\n  2. Blog\n  3. Five easy sewing patterns\n\nSewing is fun.\n"
    assert_only_unsafe_fix(text, "B028", "Top stories\n\n  3. Five easy sewing patterns\n\nSewing is fun.\n")


def test_glued_links_are_cut_where_a_capital_follows_a_lower_case_letter() -> None:
    text = "Skip to content\n\nThe council met.\n\nSubscribeSign in\niPhone\nMcDonaldSmith Partners\n"
    assert [d.location.row for d in scrapelint.lint(text, select=["B009"])] == [1, 5]
