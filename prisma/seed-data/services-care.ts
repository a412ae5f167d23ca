// Health, care and disability.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

export const CARE_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "46077cfd-be4e-4770-9cdb-6dd92dab793e",
    slug: "hilfe-zur-pflege",
    legalBasis: "§§ 61 ff. SGB XII (Siebtes Kapitel)",
    org: "agency",
    keywords: "SGB XII, § 61 SGB XII, HzP",
    categories: ["health-care", "money-for-living"],
    lifeSituations: ["caring-for-relative", "old-age-reduced-earning-capacity", "disability"],
    documents: [
      "id-card",
      "care-level-notice",
      "pension-notice",
      "bank-statements",
      "assets-proof",
      "care-home-contract",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 140", label: "Sachgebiet Pflege der Sozialagentur" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "pflegestuetzpunkt", languages: "de,tr,ru,pl" },
    ],
    de: {
      title: "Hilfe zur Pflege",
      summary:
        "Die Sozialagentur übernimmt Pflegekosten, die die Pflegeversicherung nicht deckt und die Sie nicht selbst bezahlen können – zu Hause oder im Pflegeheim.",
      description: paras(
        "Die Pflegeversicherung zahlt nur einen Teil der Pflegekosten. Reichen Ihr Einkommen und Vermögen für den Rest nicht, hilft die Sozialhilfe mit der Hilfe zur Pflege: bei häuslicher Pflege, bei Tages- und Kurzzeitpflege und im Pflegeheim.",
        "Kinder pflegebedürftiger Eltern müssen nur dann Unterhalt zahlen, wenn ihr Jahreseinkommen über 100.000 € liegt. In NRW gibt es für Bewohnerinnen und Bewohner von Pflegeheimen zusätzlich das Pflegewohngeld für die Investitionskosten.",
      ),
      eligibility: list(
        "Sie sind pflegebedürftig, in der Regel mit Pflegegrad 2 bis 5 (bei Pflegegrad 1 gibt es nur einzelne Leistungen).",
        "Die Leistungen der Pflegeversicherung und Ihr Einkommen und Vermögen reichen nicht (Vermögen bis 10.000 € je Person bleibt frei).",
      ),
      benefits: list(
        "Pflegegeld, Pflegesachleistungen und Hilfsmittel, soweit die Pflegekasse sie nicht deckt",
        "Übernahme des Eigenanteils im Pflegeheim",
        "Tages- und Kurzzeitpflege",
        "Barbetrag (Taschengeld) im Pflegeheim",
      ),
      howToApply:
        "Stellen Sie den Antrag bei der Sozialagentur – so früh wie möglich, bei einem Umzug ins Pflegeheim möglichst vorher. Der Pflegestützpunkt hilft Ihnen kostenlos dabei und klärt zuerst die Leistungen der Pflegekasse.",
      costs: "Kostenlos. Eigenes Einkommen wird in angemessener Höhe eingesetzt.",
      keywords:
        "Hilfe zur Pflege, Pflege, Pflegeheim, Heimkosten, Eigenanteil, Pflegegrad, häusliche Pflege, Sozialhilfe Pflege, Elternunterhalt",
      easyLanguage: easy(
        "Sie brauchen Pflege.",
        "Die Pflege-Kasse bezahlt nicht alles.",
        "Sie haben nicht genug Geld für den Rest.",
        "Dann bezahlt die Sozialagentur.",
        "Das gilt zu Hause und im Pflege-Heim.",
        "Ihre Kinder müssen meistens nichts bezahlen.",
      ),
    },
    i18n: {
      en: {
        title: "Assistance with long-term care (Hilfe zur Pflege)",
        summary:
          "The social agency covers care costs that the long-term care insurance does not pay and that you cannot afford – at home or in a care home.",
        keywords:
          "long-term care, care home, nursing home costs, care level, home care, care costs",
      },
      tr: {
        title: "Bakım yardımı (Hilfe zur Pflege)",
        summary:
          "Bakım sigortasının karşılamadığı ve sizin ödeyemediğiniz bakım masraflarını Sosyal Ajans üstlenir – evde veya bakım evinde.",
        keywords:
          "bakım, bakım evi, huzurevi masrafları, bakım derecesi, evde bakım, bakım masrafları",
      },
      ar: {
        title: "المساعدة في الرعاية (Hilfe zur Pflege)",
        summary:
          "تتحمل الوكالة الاجتماعية تكاليف الرعاية التي لا يغطيها تأمين الرعاية ولا تستطيع دفعها – في المنزل أو في دار الرعاية.",
        keywords:
          "رعاية, دار رعاية, تكاليف دار المسنين, درجة الرعاية, رعاية منزلية, تكاليف الرعاية",
      },
      uk: {
        title: "Допомога з догляду (Hilfe zur Pflege)",
        summary:
          "Соціальна агенція покриває витрати на догляд, які не оплачує страхування з догляду і які Ви не можете сплатити самі – вдома чи в будинку догляду.",
        keywords:
          "догляд, будинок догляду, витрати на будинок для літніх, ступінь догляду, догляд вдома",
      },
      ru: {
        title: "Помощь по уходу (Hilfe zur Pflege)",
        summary:
          "Социальное агентство покрывает расходы на уход, которые не оплачивает страхование по уходу и которые Вы не можете оплатить сами – дома или в доме престарелых.",
        keywords: "уход, дом престарелых, расходы на дом престарелых, степень ухода, уход на дому",
      },
      pl: {
        title: "Pomoc w opiece (Hilfe zur Pflege)",
        summary:
          "Agencja socjalna pokrywa koszty opieki, których nie pokrywa ubezpieczenie pielęgnacyjne i na które Państwa nie stać – w domu lub w domu opieki.",
        keywords: "opieka, dom opieki, koszty domu opieki, stopień opieki, opieka domowa",
      },
    },
  },
  {
    hsdsId: "0af044cf-c842-4238-8780-fb8e25885113",
    slug: "eingliederungshilfe",
    legalBasis: "§§ 90 ff. SGB IX (Teil 2); Ausführungsgesetz SGB IX NRW",
    org: "lvr",
    keywords: "SGB IX, BTHG, § 90 SGB IX, EUTB",
    url: "https://www.lvr.de",
    categories: ["health-care"],
    lifeSituations: ["disability"],
    documents: ["id-card", "medical-reports", "disability-card", "income-proof"],
    channels: [
      {
        kind: "PHONE",
        value: "0221 4710 100",
        label: "Sozialagentur (Beratung und Antragsannahme)",
      },
      { kind: "WEB", value: "https://www.lvr.de" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Eingliederungshilfe für Menschen mit Behinderungen",
      summary:
        "Unterstützung, damit Menschen mit Behinderungen selbstbestimmt wohnen, arbeiten, lernen und am Leben in der Gesellschaft teilnehmen können.",
      description: paras(
        "Die Eingliederungshilfe nach Teil 2 des SGB IX unterstützt Menschen mit einer wesentlichen Behinderung – körperlich, geistig, seelisch oder durch eine Sinnesbehinderung. Im Gesamtplanverfahren wird gemeinsam mit Ihnen festgelegt, welche Unterstützung Sie brauchen.",
        "In NRW ist für Erwachsene in der Regel der Landschaftsverband Rheinland (LVR) zuständig, für Kinder und Jugendliche bis zum Ende der Schulzeit in der Regel die Stadt. Die Sozialagentur berät Sie und leitet Ihren Antrag weiter. Kostenlose, unabhängige Beratung bietet auch die Ergänzende unabhängige Teilhabeberatung (EUTB).",
      ),
      eligibility: list(
        "Sie haben eine wesentliche Behinderung oder sind von ihr bedroht.",
        "Ihre Teilhabe am Leben in der Gesellschaft ist dadurch erheblich eingeschränkt.",
        "Einkommen zählt erst ab einer Grenze; Vermögen bleibt bis zu einem hohen Freibetrag (150 % der jährlichen Bezugsgröße) frei.",
      ),
      benefits: list(
        "Assistenz im Alltag und beim Wohnen, in der eigenen Wohnung oder in einer besonderen Wohnform",
        "Teilhabe am Arbeitsleben, z. B. Werkstatt für behinderte Menschen oder Budget für Arbeit",
        "Teilhabe an Bildung, z. B. Schulbegleitung",
        "Soziale Teilhabe, z. B. Freizeitassistenz und Mobilitätshilfen",
        "Persönliches Budget als Geldleistung",
      ),
      howToApply:
        "Stellen Sie einen Antrag – formlos genügt – bei der Sozialagentur oder direkt beim LVR. Wir helfen beim Antrag, leiten ihn weiter und begleiten das Gesamtplanverfahren.",
      costs:
        "Die Beratung ist kostenlos. Je nach Einkommen kann ein Beitrag zu den Leistungen verlangt werden.",
      keywords:
        "Eingliederungshilfe, Behinderung, Teilhabe, Assistenz, Werkstatt, WfbM, Schulbegleitung, Persönliches Budget, Bundesteilhabegesetz, Gesamtplan",
      easyLanguage: easy(
        "Sie haben eine Behinderung.",
        "Sie möchten selbst entscheiden, wie Sie leben.",
        "Die Eingliederungs-Hilfe unterstützt Sie dabei.",
        "Zum Beispiel beim Wohnen, bei der Arbeit oder in der Freizeit.",
        "Stellen Sie einen Antrag.",
        "Wir helfen Ihnen dabei.",
      ),
    },
    i18n: {
      en: {
        title: "Integration assistance for people with disabilities",
        summary:
          "Support so that people with disabilities can live, work, learn and take part in society on their own terms.",
        keywords:
          "disability, participation, personal assistance, sheltered workshop, school assistant, personal budget",
      },
      tr: {
        title: "Engelliler için entegrasyon yardımı",
        summary:
          "Engelli kişilerin kendi kararlarıyla yaşayabilmesi, çalışabilmesi, öğrenebilmesi ve topluma katılabilmesi için destek.",
        keywords:
          "engellilik, katılım, kişisel asistan, korumalı atölye, okul refakatçisi, kişisel bütçe",
      },
      ar: {
        title: "مساعدة الاندماج للأشخاص ذوي الإعاقة",
        summary:
          "دعم ليتمكن الأشخاص ذوو الإعاقة من السكن والعمل والتعلم والمشاركة في المجتمع بقرار ذاتي.",
        keywords: "إعاقة, مشاركة, مساعدة شخصية, ورشة محمية, مرافق مدرسي, ميزانية شخصية",
      },
      uk: {
        title: "Допомога в інтеграції для людей з інвалідністю",
        summary:
          "Підтримка, щоб люди з інвалідністю могли самостійно жити, працювати, навчатися й брати участь у житті суспільства.",
        keywords:
          "інвалідність, участь, особистий асистент, спеціалізована майстерня, шкільний супровід, персональний бюджет",
      },
      ru: {
        title: "Помощь в интеграции для людей с инвалидностью",
        summary:
          "Поддержка, чтобы люди с инвалидностью могли самостоятельно жить, работать, учиться и участвовать в жизни общества.",
        keywords:
          "инвалидность, участие, личный ассистент, специализированная мастерская, школьное сопровождение, персональный бюджет",
      },
      pl: {
        title: "Pomoc integracyjna dla osób z niepełnosprawnościami",
        summary:
          "Wsparcie, aby osoby z niepełnosprawnościami mogły samodzielnie mieszkać, pracować, uczyć się i uczestniczyć w życiu społecznym.",
        keywords:
          "niepełnosprawność, uczestnictwo, asystent osobisty, warsztat chroniony, asystent szkolny, budżet osobisty",
      },
    },
  },
  {
    hsdsId: "dc2495cd-0a68-4727-bca8-a10c4a5fb402",
    slug: "landesblindengeld",
    legalBasis: "Gesetz über die Hilfen für Blinde und Gehörlose NRW (GHBG)",
    org: "lvr",
    keywords: "GHBG, Landesblindengeld",
    url: "https://www.lvr.de",
    categories: ["health-care", "money-for-living"],
    lifeSituations: ["disability", "old-age-reduced-earning-capacity"],
    documents: ["id-card", "blindness-report", "disability-card"],
    channels: [
      { kind: "WEB", value: "https://www.lvr.de" },
      { kind: "PHONE", value: "0221 4710 100", label: "Sozialagentur (Antragsannahme)" },
    ],
    locations: [{ office: "mitte", languages: "de,tr,en,uk,ru" }],
    de: {
      title: "Blindengeld und Hilfen für hochgradig sehbehinderte und gehörlose Menschen (NRW)",
      summary:
        "Ein monatlicher Ausgleich für blinde, hochgradig sehbehinderte und gehörlose Menschen in NRW – unabhängig von Einkommen und Vermögen.",
      description: paras(
        "Nach dem Gesetz über die Hilfen für Blinde und Gehörlose (GHBG NRW) bekommen blinde Menschen ein monatliches Blindengeld als Ausgleich für die Mehraufwendungen durch die Blindheit. Hochgradig sehbehinderte und gehörlose Menschen bekommen eine niedrigere monatliche Hilfe.",
        "Die Leistung hängt nicht von Einkommen und Vermögen ab. Wer Leistungen der Pflegeversicherung bekommt, muss mit einer teilweisen Anrechnung rechnen. Zuständig ist der Landschaftsverband Rheinland (LVR); die Sozialagentur nimmt Ihren Antrag an.",
      ),
      eligibility: list(
        "Sie wohnen in NRW.",
        "Sie sind blind, hochgradig sehbehindert oder gehörlos (ärztlich festgestellt).",
        "Einkommen und Vermögen spielen keine Rolle.",
      ),
      benefits: list(
        "Monatliches Blindengeld (Höhe nach dem GHBG NRW, wird regelmäßig angepasst)",
        "Monatliche Hilfe für hochgradig sehbehinderte Menschen",
        "Monatliche Gehörlosenhilfe",
      ),
      howToApply:
        "Stellen Sie den Antrag beim LVR oder geben Sie ihn in der Sozialagentur ab; legen Sie den augen- oder ohrenärztlichen Befund bei. Wir lesen Ihnen Formulare auf Wunsch vor und füllen sie mit Ihnen aus.",
      costs: "Kostenlos.",
      keywords:
        "Blindengeld, Landesblindengeld, blind, Sehbehinderung, hochgradig sehbehindert, gehörlos, Gehörlosenhilfe, LVR",
      easyLanguage: easy(
        "Sie sind blind.",
        "Oder Sie sehen sehr schlecht.",
        "Oder Sie sind gehörlos.",
        "Dann bekommen Sie jeden Monat Geld vom Land NRW.",
        "Egal, wie viel Geld Sie haben.",
        "Stellen Sie den Antrag beim LVR oder bei der Sozialagentur.",
      ),
    },
    i18n: {
      en: {
        title:
          "Blind allowance and help for people with severe visual impairment or deafness (NRW)",
        summary:
          "A monthly payment for blind, severely visually impaired and deaf people in North Rhine-Westphalia – regardless of income and assets.",
        keywords: "blind allowance, blind, visual impairment, deaf, deafness allowance",
      },
      tr: {
        title: "Körlük parası ve ağır görme engelliler ile işitme engelliler için yardım (NRW)",
        summary:
          "Kuzey Ren-Vestfalya'da kör, ağır görme engelli ve işitme engelli kişilere aylık ödeme – gelir ve varlıktan bağımsız.",
        keywords: "körlük parası, kör, görme engeli, sağır, işitme engeli",
      },
      ar: {
        title: "إعانة المكفوفين ومساعدة ذوي الإعاقة البصرية الشديدة والصم (NRW)",
        summary:
          "مبلغ شهري للمكفوفين وذوي الإعاقة البصرية الشديدة والصم في ولاية شمال الراين-وستفاليا – بغض النظر عن الدخل والممتلكات.",
        keywords: "إعانة المكفوفين, كفيف, ضعف البصر, أصم, إعانة الصم",
      },
      uk: {
        title: "Допомога незрячим і людям із тяжкими вадами зору чи слуху (NRW)",
        summary:
          "Щомісячна виплата незрячим, людям із тяжкими вадами зору та глухим у Північному Рейні-Вестфалії – незалежно від доходу й майна.",
        keywords: "допомога незрячим, сліпий, вади зору, глухий, допомога глухим",
      },
      ru: {
        title: "Пособие для слепых и помощь людям с тяжёлыми нарушениями зрения или слуха (NRW)",
        summary:
          "Ежемесячная выплата слепым, слабовидящим и глухим людям в Северном Рейне-Вестфалии – независимо от дохода и имущества.",
        keywords: "пособие для слепых, слепой, нарушение зрения, глухой, пособие для глухих",
      },
      pl: {
        title: "Zasiłek dla niewidomych i pomoc dla osób słabowidzących i głuchych (NRW)",
        summary:
          "Miesięczne świadczenie dla osób niewidomych, słabowidzących w stopniu znacznym i głuchych w Nadrenii Północnej-Westfalii – niezależnie od dochodów i majątku.",
        keywords:
          "zasiłek dla niewidomych, niewidomy, upośledzenie wzroku, głuchy, pomoc dla głuchych",
      },
    },
  },
  {
    hsdsId: "cad5e2de-3c79-4edc-8afa-f413f81b13b5",
    slug: "pflegewohngeld",
    legalBasis: "§ 14 Alten- und Pflegegesetz NRW (APG NRW)",
    org: "agency",
    keywords: "APG NRW, § 14 APG NRW",
    categories: ["health-care", "housing"],
    lifeSituations: ["old-age-reduced-earning-capacity", "caring-for-relative", "disability"],
    documents: [
      "id-card",
      "care-level-notice",
      "care-home-contract",
      "pension-notice",
      "bank-statements",
      "assets-proof",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 140", label: "Sachgebiet Pflege der Sozialagentur" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "pflegestuetzpunkt", languages: "de,tr,ru,pl" },
    ],
    de: {
      title: "Pflegewohngeld (NRW)",
      summary:
        "Zuschuss zu den Investitionskosten im Pflegeheim, wenn Einkommen und Vermögen nicht reichen – eine Leistung, die es nur in NRW gibt.",
      description: paras(
        "Im Pflegeheim zahlen Bewohnerinnen und Bewohner neben Pflege, Unterkunft und Verpflegung auch Investitionskosten für Gebäude und Ausstattung. In NRW übernimmt das Pflegewohngeld diese Investitionskosten ganz oder teilweise, wenn Ihr Einkommen und Vermögen dafür nicht reichen.",
        "Pflegewohngeld ist eine eigene Leistung, keine Sozialhilfe. Es gibt sie nur für Pflegeheime in NRW, die nach dem Alten- und Pflegegesetz NRW gefördert werden; fragen Sie die Heimverwaltung. Den Antrag stellt meistens das Heim mit Ihrer Zustimmung.",
      ),
      eligibility: list(
        "Sie leben dauerhaft in einem vollstationären Pflegeheim in NRW, das Pflegewohngeld abrechnen darf.",
        "Sie haben mindestens Pflegegrad 2.",
        "Ihr Einkommen und Vermögen reichen nicht für die Investitionskosten. Vermögen bis 10.000 € (Alleinstehende) bzw. 15.000 € (Ehepaare) bleibt frei.",
      ),
      benefits:
        "Übernahme der Investitionskosten des Heims ganz oder teilweise; das Geld wird direkt an das Heim gezahlt.",
      howToApply:
        "Das Pflegeheim stellt den Antrag in der Regel mit Ihrer Zustimmung bei der Sozialagentur; Sie oder Ihre Angehörigen können ihn auch selbst stellen. Reicht das Geld trotz Pflegewohngeld nicht, kommt zusätzlich Hilfe zur Pflege in Betracht.",
      costs: "Kostenlos.",
      keywords:
        "Pflegewohngeld, Pflegeheim, Investitionskosten, Heimkosten, Altenheim, Zuschuss Pflegeheim",
      easyLanguage: easy(
        "Sie leben in einem Pflege-Heim in NRW.",
        "Das Heim kostet viel Geld.",
        "Ein Teil davon heißt Investitions-Kosten.",
        "Diesen Teil kann die Sozialagentur bezahlen.",
        "Das heißt Pflege-Wohngeld.",
        "Meistens stellt das Heim den Antrag für Sie.",
      ),
    },
    i18n: {
      en: {
        title: "Care home allowance (Pflegewohngeld, NRW)",
        summary:
          "A contribution to the investment costs of a care home if your income and assets are not enough – a benefit that only exists in NRW.",
        keywords: "care home, nursing home, investment costs, care home fees, old people's home",
      },
      tr: {
        title: "Bakım evi konut yardımı (Pflegewohngeld, NRW)",
        summary:
          "Geliriniz ve varlığınız yetmiyorsa bakım evinin yatırım masraflarına katkı – yalnızca NRW'de olan bir yardım.",
        keywords: "bakım evi, huzurevi, yatırım masrafları, bakım evi ücreti",
      },
      ar: {
        title: "إعانة السكن في دار الرعاية (Pflegewohngeld، NRW)",
        summary:
          "مساهمة في تكاليف الاستثمار في دار الرعاية إذا لم يكفِ دخلك وممتلكاتك – إعانة موجودة فقط في ولاية NRW.",
        keywords: "دار رعاية, دار المسنين, تكاليف الاستثمار, رسوم دار الرعاية",
      },
      uk: {
        title: "Житлова допомога в будинку догляду (Pflegewohngeld, NRW)",
        summary:
          "Доплата до інвестиційних витрат будинку догляду, якщо Вашого доходу й майна не вистачає – допомога, яка існує лише в NRW.",
        keywords:
          "будинок догляду, будинок для літніх, інвестиційні витрати, плата за будинок догляду",
      },
      ru: {
        title: "Жилищное пособие в доме престарелых (Pflegewohngeld, NRW)",
        summary:
          "Доплата к инвестиционным расходам дома престарелых, если Вашего дохода и имущества не хватает – пособие, которое есть только в NRW.",
        keywords:
          "дом престарелых, дом для пожилых, инвестиционные расходы, плата за дом престарелых",
      },
      pl: {
        title: "Dodatek mieszkaniowy w domu opieki (Pflegewohngeld, NRW)",
        summary:
          "Dopłata do kosztów inwestycyjnych domu opieki, jeśli Państwa dochody i majątek nie wystarczają – świadczenie istniejące tylko w NRW.",
        keywords: "dom opieki, dom seniora, koszty inwestycyjne, opłaty za dom opieki",
      },
    },
  },
  {
    hsdsId: "90818a72-c3b3-4b37-8e9e-dd815c8516cf",
    slug: "pflegeberatung",
    legalBasis: "§§ 7a, 7c SGB XI; Alten- und Pflegegesetz NRW",
    org: "pflegestuetzpunkt",
    keywords: "SGB XI, § 7a SGB XI, Pflegestützpunkt",
    categories: ["health-care", "counselling"],
    lifeSituations: ["caring-for-relative", "old-age-reduced-earning-capacity", "disability"],
    documents: ["care-level-notice", "medical-reports", "health-insurance"],
    channels: [
      { kind: "PHONE", value: "0221 4710 540", label: "Pflegestützpunkt Musterstadt" },
      { kind: "EMAIL", value: "pflegeberatung@pflegestuetzpunkt-musterstadt.example" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [{ office: "pflegestuetzpunkt", languages: "de,tr,ru,pl" }],
    de: {
      title: "Pflegeberatung im Pflegestützpunkt",
      summary:
        "Kostenlose, neutrale Beratung für pflegebedürftige Menschen und pflegende Angehörige: Pflegegrad, Leistungen der Pflegekasse, Entlastung im Alltag.",
      description: paras(
        "Wenn jemand in Ihrer Familie plötzlich Pflege braucht, gibt es viele Fragen: Wie beantrage ich einen Pflegegrad? Welche Leistungen zahlt die Pflegekasse? Wer hilft zu Hause, und wie kann ich mich selbst entlasten?",
        "Der Pflegestützpunkt im Servicecenter Mitte berät Sie neutral und kostenlos, auf Wunsch auch bei Ihnen zu Hause. Er hilft beim Antrag, erstellt mit Ihnen einen Versorgungsplan und nennt Ihnen Angebote in Musterstadt. Wer Leistungen der Pflegeversicherung beantragt oder bekommt, hat Anspruch auf Pflegeberatung.",
      ),
      eligibility: list(
        "Pflegebedürftige Menschen und ihre Angehörigen",
        "Menschen, die Pflege vorbereiten oder einen Pflegegrad beantragen wollen",
      ),
      benefits: list(
        "Beratung zum Pflegegrad und zur Begutachtung",
        "Überblick über Leistungen: Pflegegeld, Pflegesachleistungen, Entlastungsbetrag, Verhinderungs- und Kurzzeitpflege, Umbau der Wohnung",
        "Versorgungsplan und Vermittlung von Diensten",
        "Hausbesuche",
      ),
      howToApply:
        "Rufen Sie den Pflegestützpunkt an oder kommen Sie zu den Sprechzeiten ins Servicecenter Mitte. Hausbesuche vereinbaren wir telefonisch.",
      costs: "Kostenlos.",
      keywords:
        "Pflegeberatung, Pflegestützpunkt, Pflegegrad, Pflegegeld, pflegende Angehörige, Entlastung, Kurzzeitpflege, Verhinderungspflege, Demenz, Hausbesuch",
      easyLanguage: easy(
        "Jemand in Ihrer Familie braucht Pflege.",
        "Sie haben viele Fragen.",
        "Der Pflege-Stützpunkt hilft Ihnen.",
        "Die Beratung kostet nichts.",
        "Die Beraterin kommt auch zu Ihnen nach Hause.",
      ),
    },
    i18n: {
      en: {
        title: "Care counselling at the care support centre",
        summary:
          "Free, neutral advice for people in need of care and for family carers: care level, care insurance benefits, relief in everyday life.",
        keywords:
          "care advice, care level, care allowance, family carers, respite care, dementia, home visit",
      },
      tr: {
        title: "Bakım destek noktasında bakım danışmanlığı",
        summary:
          "Bakıma muhtaç kişiler ve bakım yapan yakınlar için ücretsiz, tarafsız danışmanlık: bakım derecesi, bakım sigortası yardımları, günlük hayatta destek.",
        keywords:
          "bakım danışmanlığı, bakım derecesi, bakım parası, bakım yapan yakınlar, kısa süreli bakım, demans, ev ziyareti",
      },
      ar: {
        title: "استشارة الرعاية في مركز دعم الرعاية",
        summary:
          "استشارة مجانية ومحايدة للأشخاص المحتاجين إلى رعاية ولأقاربهم الذين يعتنون بهم: درجة الرعاية، وخدمات تأمين الرعاية، والتخفيف في الحياة اليومية.",
        keywords:
          "استشارة الرعاية, درجة الرعاية, إعانة الرعاية, الأقارب مقدمو الرعاية, رعاية قصيرة الأمد, خرف, زيارة منزلية",
      },
      uk: {
        title: "Консультації з догляду в пункті підтримки догляду",
        summary:
          "Безкоштовні нейтральні консультації для людей, які потребують догляду, та родичів, що доглядають: ступінь догляду, виплати страхування з догляду, розвантаження в повсякденні.",
        keywords:
          "консультації з догляду, ступінь догляду, допомога по догляду, родичі, короткочасний догляд, деменція, візит додому",
      },
      ru: {
        title: "Консультации по уходу в пункте поддержки ухода",
        summary:
          "Бесплатные нейтральные консультации для людей, нуждающихся в уходе, и ухаживающих родственников: степень ухода, выплаты страхования по уходу, помощь в повседневной жизни.",
        keywords:
          "консультации по уходу, степень ухода, пособие по уходу, ухаживающие родственники, кратковременный уход, деменция, визит на дом",
      },
      pl: {
        title: "Doradztwo opiekuńcze w punkcie wsparcia opieki",
        summary:
          "Bezpłatne, neutralne porady dla osób potrzebujących opieki i opiekujących się bliskimi: stopień opieki, świadczenia ubezpieczenia pielęgnacyjnego, odciążenie na co dzień.",
        keywords:
          "doradztwo opiekuńcze, stopień opieki, zasiłek pielęgnacyjny, opiekunowie rodzinni, opieka krótkoterminowa, demencja, wizyta domowa",
      },
    },
  },
];
