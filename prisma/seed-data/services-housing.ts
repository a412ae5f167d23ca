// Housing: housing benefit, rent arrears, emergency shelter, help in special
// social difficulties (homelessness).
import { easy, list, paras, type ServiceSeed } from "./service-seed";

export const HOUSING_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "909fd0ab-632a-46ca-9d1f-42e562baa968",
    slug: "wohngeld",
    legalBasis: "Wohngeldgesetz (WoGG); Bewilligung ab dem Antragsmonat (§ 25 Abs. 2 WoGG)",
    org: "wohngeldstelle",
    appliesFromApplicationMonth: true,
    keywords: "WoGG, Wohngeld-Plus",
    url: "https://musterstadt.example/wohngeld",
    categories: ["housing", "money-for-living"],
    lifeSituations: [
      "cannot-pay-rent",
      "low-income-family",
      "old-age-reduced-earning-capacity",
      "lost-job",
    ],
    documents: [
      "id-card",
      "registration",
      "rental-contract",
      "utility-bills",
      "income-proof",
      "bank-statements",
      "assets-proof",
    ],
    channels: [
      {
        kind: "WEB",
        value: "https://musterstadt.example/wohngeld",
        label: "Online-Antrag und Wohngeldrechner",
      },
      { kind: "PHONE", value: "0221 4710 300", label: "Wohngeldstelle" },
      { kind: "IN_PERSON", value: "Rathausplatz 3, 12345 Musterstadt" },
    ],
    locations: [
      { office: "rathaus", languages: "de,en,tr" },
      { office: "mitte", languages: "de,tr,en,uk,ru" },
    ],
    excludes: [
      "buergergeld",
      "hilfe-zum-lebensunterhalt",
      "grundsicherung-alter-erwerbsminderung",
      "asylbewerberleistungen",
    ],
    de: {
      title: "Wohngeld",
      summary:
        "Zuschuss zur Miete (oder zu den Kosten für Ihr Eigenheim), wenn Ihr Einkommen knapp ist. Wohngeld gibt es erst ab dem Monat des Antrags.",
      description: paras(
        "Wohngeld ist ein Zuschuss zu den Wohnkosten für Haushalte mit geringem Einkommen, die keine Leistungen wie Bürgergeld oder Grundsicherung beziehen. Mieterinnen und Mieter bekommen einen Mietzuschuss, Eigentümerinnen und Eigentümer einen Lastenzuschuss.",
        "Seit der Reform „Wohngeld-Plus“ 2023 bekommen deutlich mehr Haushalte Wohngeld, auch Rentnerinnen und Rentner und Familien mit kleinem Einkommen. Die Beträge werden regelmäßig an Preise und Mieten angepasst, zuletzt zum 1. Januar 2025.",
        "Wohngeld und Kinderzuschlag können Sie zusammen bekommen. Wer Bürgergeld, Sozialhilfe oder Grundsicherung bezieht, bekommt kein Wohngeld – dort sind die Wohnkosten schon enthalten.",
      ),
      eligibility: list(
        "Sie wohnen zur Miete oder in Ihrem eigenen Haus oder Ihrer eigenen Wohnung und tragen die Wohnkosten selbst.",
        "Ihr Haushaltseinkommen liegt unter einer Grenze, die von der Zahl der Haushaltsmitglieder, der Miete und der Mietenstufe von Musterstadt abhängt.",
        "Sie bekommen keine Leistung, in der die Wohnkosten schon enthalten sind (Bürgergeld, Sozialhilfe, Grundsicherung, Leistungen nach dem Asylbewerberleistungsgesetz).",
        "Sie haben kein erhebliches Vermögen (Richtwert: 60.000 € für die erste und 30.000 € für jede weitere Person im Haushalt).",
      ),
      benefits: paras(
        "Ein monatlicher Zuschuss. Die Wohngeldstelle berechnet ihn aus Haushaltsgröße, Einkommen und Miete; mit dem Wohngeldrechner können Sie Ihren Anspruch vorab schätzen.",
        "Haushalte mit Wohngeld und Kindern haben außerdem Anspruch auf Leistungen für Bildung und Teilhabe.",
      ),
      howToApply:
        "Stellen Sie den Antrag bei der Wohngeldstelle im Rathaus, Haus B – schriftlich, persönlich oder online. Wohngeld wird ab dem Ersten des Monats gezahlt, in dem der Antrag eingeht; stellen Sie ihn deshalb sofort, Unterlagen können Sie nachreichen.",
      costs: "Kostenlos.",
      keywords:
        "Wohngeld, Mietzuschuss, Lastenzuschuss, Zuschuss zur Miete, Miete zu hoch, Wohngeldrechner, Wohngeldstelle, Rentner, Heizkosten",
      easyLanguage: easy(
        "Sie haben wenig Geld.",
        "Die Miete ist teuer.",
        "Dann können Sie Wohngeld bekommen.",
        "Wohngeld ist Geld für die Miete.",
        "Sie bekommen kein Wohngeld, wenn Sie Bürgergeld oder Grundsicherung bekommen.",
        "Stellen Sie den Antrag schnell.",
        "Sie bekommen das Geld erst ab dem Monat, in dem Sie den Antrag stellen.",
      ),
    },
    i18n: {
      en: {
        title: "Housing benefit (Wohngeld)",
        summary:
          "A contribution to your rent (or to the costs of your own home) if your income is low. Housing benefit is only paid from the month in which you apply.",
        keywords: "housing benefit, rent subsidy, rent allowance, rent too high, help with rent",
      },
      tr: {
        title: "Konut yardımı (Wohngeld)",
        summary:
          "Geliriniz düşükse kiranıza (veya kendi evinizin giderlerine) katkı. Konut yardımı ancak başvurduğunuz aydan itibaren ödenir.",
        keywords: "konut yardımı, kira yardımı, kira desteği, kira çok yüksek",
      },
      ar: {
        title: "دعم السكن (Wohngeld)",
        summary:
          "مساهمة في إيجارك (أو في تكاليف مسكنك المملوك) إذا كان دخلك منخفضًا. يُدفع دعم السكن فقط ابتداءً من شهر تقديم الطلب.",
        keywords: "دعم السكن, إعانة الإيجار, مساعدة في الإيجار, الإيجار مرتفع",
      },
      uk: {
        title: "Житлова допомога (Wohngeld)",
        summary:
          "Доплата до орендної плати (або до витрат на власне житло), якщо Ваш дохід низький. Її виплачують лише з місяця подання заяви.",
        keywords: "житлова допомога, доплата до оренди, субсидія на житло, висока оренда, житло",
      },
      ru: {
        title: "Жилищное пособие (Wohngeld)",
        summary:
          "Доплата к арендной плате (или к расходам на собственное жильё) при низком доходе. Выплачивается только с месяца подачи заявления.",
        keywords: "жилищное пособие, доплата к аренде, субсидия на жильё, высокая аренда, жильё",
      },
      pl: {
        title: "Dodatek mieszkaniowy (Wohngeld)",
        summary:
          "Dopłata do czynszu (lub do kosztów własnego mieszkania), jeśli mają Państwo niskie dochody. Wypłacany dopiero od miesiąca złożenia wniosku.",
        keywords: "dodatek mieszkaniowy, dopłata do czynszu, za wysoki czynsz, mieszkanie",
      },
    },
  },
  {
    hsdsId: "c14e770b-6a77-4310-8fa8-a7f6f409068c",
    slug: "mietschulden-uebernahme",
    legalBasis: "§ 22 Abs. 8 SGB II; § 36 SGB XII; Schonfrist § 569 Abs. 3 Nr. 2 BGB",
    org: "agency",
    keywords: "§ 22 Abs. 8 SGB II, § 36 SGB XII, Fachstelle Wohnungssicherung",
    categories: ["housing", "counselling"],
    lifeSituations: ["cannot-pay-rent", "debts", "housing-emergency"],
    documents: [
      "id-card",
      "rental-contract",
      "eviction-papers",
      "bank-statements",
      "income-proof",
      "benefit-notice",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 120", label: "Fachstelle Wohnungssicherung" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Hilfe bei Mietschulden und drohendem Wohnungsverlust",
      summary:
        "Wenn Ihnen Kündigung oder Räumung droht, kann die Sozialagentur Mietschulden übernehmen und mit Ihrem Vermieter sprechen. Melden Sie sich so früh wie möglich.",
      description: paras(
        "Die Fachstelle Wohnungssicherung der Sozialagentur hilft, wenn Sie mit der Miete oder mit Energiekosten im Rückstand sind und Ihnen der Verlust der Wohnung oder eine Stromsperre droht. Sie verhandelt mit Vermietern und Energieversorgern und prüft, ob die Schulden übernommen werden können.",
        "Eine fristlose Kündigung wegen Mietschulden wird unwirksam, wenn die Rückstände spätestens zwei Monate nach Zustellung der Räumungsklage bezahlt werden oder eine öffentliche Stelle sich zur Zahlung verpflichtet (Schonfrist). Warten Sie deshalb nicht – jede Woche zählt.",
        "Die Schulden werden meist als Darlehen übernommen. Bei Bedarf vermitteln wir Sie zur Schuldnerberatung.",
      ),
      eligibility: list(
        "Sie haben Miet- oder Energieschulden, und Ihnen droht der Verlust der Wohnung oder eine Energiesperre.",
        "Sie können die Schulden nicht selbst bezahlen – auch dann, wenn Sie sonst keine Sozialleistungen bekommen.",
        "Die Wohnung ist angemessen und kann auf Dauer gehalten werden.",
      ),
      benefits: list(
        "Übernahme von Miet- oder Energieschulden, in der Regel als Darlehen",
        "Verhandlung mit Vermieter und Energieversorger",
        "Beratung zur Sicherung der Wohnung",
        "Vermittlung in die Schuldnerberatung",
      ),
      howToApply:
        "Rufen Sie die Fachstelle Wohnungssicherung an oder kommen Sie ins Servicecenter Mitte. Bringen Sie alle Schreiben Ihres Vermieters und des Gerichts mit.",
      costs:
        "Die Beratung ist kostenlos. Übernommene Schulden zahlen Sie meist in kleinen Raten zurück.",
      keywords:
        "Mietschulden, Mietrückstand, Kündigung, fristlose Kündigung, Räumungsklage, Zwangsräumung, Stromsperre, Energieschulden, Wohnung verlieren",
      easyLanguage: easy(
        "Sie haben Schulden bei der Miete.",
        "Oder beim Strom.",
        "Sie haben Angst, dass Sie die Wohnung verlieren.",
        "Melden Sie sich schnell bei uns.",
        "Wir sprechen mit Ihrem Vermieter.",
        "Vielleicht können wir die Schulden bezahlen.",
        "Dann zahlen Sie das Geld in kleinen Raten zurück.",
      ),
    },
    i18n: {
      en: {
        title: "Help with rent arrears and threatened loss of your home",
        summary:
          "If you face eviction or the termination of your tenancy, the social agency can take over rent arrears and talk to your landlord. Contact us as early as possible.",
        keywords:
          "rent arrears, eviction, notice to quit, losing my flat, electricity cut-off, energy debts",
      },
      tr: {
        title: "Kira borçlarında ve evi kaybetme tehlikesinde yardım",
        summary:
          "Tahliye veya kira sözleşmesinin feshi tehlikesi varsa, Sosyal Ajans kira borçlarını üstlenebilir ve ev sahibinizle konuşabilir. Mümkün olduğunca erken başvurun.",
        keywords: "kira borcu, tahliye, fesih, evi kaybetmek, elektrik kesintisi, enerji borçları",
      },
      ar: {
        title: "مساعدة في ديون الإيجار وخطر فقدان المسكن",
        summary:
          "إذا كنت مهددًا بإنهاء عقد السكن أو الإخلاء، يمكن للوكالة الاجتماعية تحمّل ديون الإيجار والتحدث مع المؤجر. تواصل معنا في أقرب وقت ممكن.",
        keywords: "ديون الإيجار, إخلاء, إنهاء عقد الإيجار, فقدان الشقة, قطع الكهرباء, ديون الطاقة",
      },
      uk: {
        title: "Допомога при боргах за оренду та загрозі втрати житла",
        summary:
          "Якщо Вам загрожує розірвання договору оренди чи виселення, соціальна агенція може взяти на себе борги за оренду й поговорити з орендодавцем. Звертайтеся якомога раніше.",
        keywords:
          "борг за оренду, виселення, розірвання договору, втрата квартири, відключення електрики, борги за енергію, житло",
      },
      ru: {
        title: "Помощь при долгах за аренду и угрозе потери жилья",
        summary:
          "Если Вам грозит расторжение договора найма или выселение, социальное агентство может взять на себя долги по аренде и поговорить с арендодателем. Обращайтесь как можно раньше.",
        keywords:
          "долг за аренду, выселение, расторжение договора, потеря квартиры, отключение электричества, долги за энергию, жильё",
      },
      pl: {
        title: "Pomoc przy zaległościach czynszowych i groźbie utraty mieszkania",
        summary:
          "Jeśli grozi Państwu wypowiedzenie najmu lub eksmisja, agencja socjalna może przejąć zaległości czynszowe i porozmawiać z wynajmującym. Prosimy zgłosić się jak najwcześniej.",
        keywords:
          "zaległości czynszowe, eksmisja, wypowiedzenie najmu, utrata mieszkania, odcięcie prądu, długi za energię",
      },
    },
  },
  {
    hsdsId: "c8af88da-dd20-4415-b1be-71e980a9e129",
    slug: "notunterkunft",
    legalBasis:
      "§ 14 Ordnungsbehördengesetz NRW (ordnungsbehördliche Unterbringung); §§ 67 ff. SGB XII",
    org: "agency",
    emergency: true,
    keywords: "OBG NRW, Wohnungsnotfall",
    categories: ["housing"],
    lifeSituations: ["housing-emergency"],
    documents: [],
    channels: [
      { kind: "PHONE", value: "0221 4710 199", label: "Bereitschaft rund um die Uhr" },
      { kind: "PHONE", value: "112", label: "Notruf bei Lebensgefahr" },
      { kind: "IN_PERSON", value: "Hafenstraße 8, 12349 Musterstadt" },
    ],
    locations: [
      { office: "wohnungsnotfallhilfe", languages: "de,en,pl,ru,ar" },
      { office: "mitte", languages: "de,tr,en" },
    ],
    de: {
      title: "Notunterkunft bei Wohnungslosigkeit",
      summary:
        "Sie haben heute Nacht keinen Schlafplatz? Die Stadt bringt Sie sofort unter – auch nachts und am Wochenende.",
      description: paras(
        "Niemand muss in Musterstadt auf der Straße schlafen. Wenn Sie Ihre Wohnung verloren haben oder heute keinen sicheren Schlafplatz haben, bringt die Stadt Sie in einer Notunterkunft unter – unabhängig von Staatsangehörigkeit, Einkommen oder Schulden.",
        "Tagsüber hilft Ihnen die Fachberatung der Wohnungsnotfallhilfe in der Hafenstraße 8 weiter: Sie bekommen dort eine Postadresse, können duschen und Wäsche waschen und bekommen Unterstützung, wieder eine Wohnung zu finden.",
        "Außerhalb der Öffnungszeiten erreichen Sie die Bereitschaft der Stadt. In Lebensgefahr rufen Sie 112.",
      ),
      eligibility: list(
        "Sie haben keine Wohnung oder können heute nicht in Ihrer Wohnung bleiben.",
        "Sie sind in Musterstadt.",
      ),
      benefits: list(
        "Sofort ein Schlafplatz in einer Notunterkunft",
        "Beratung am nächsten Werktag in der Fachberatung Wohnungsnotfallhilfe",
        "Hilfe bei Anträgen auf Bürgergeld oder Sozialhilfe und bei der Wohnungssuche",
        "Eine Postadresse für Briefe von Ämtern",
      ),
      howToApply:
        "Kommen Sie tagsüber zur Fachberatung in der Hafenstraße 8 oder ins Servicecenter Mitte. Abends, nachts und am Wochenende rufen Sie die Bereitschaft an: 0221 4710 199. Sie brauchen keine Unterlagen.",
      costs:
        "Für die Unterkunft kann eine Nutzungsgebühr anfallen. Wer kein ausreichendes Einkommen hat, zahlt sie nicht selbst – sie wird vom Jobcenter oder der Sozialagentur übernommen.",
      keywords:
        "Notunterkunft, obdachlos, wohnungslos, Schlafplatz, Übernachtung, Notschlafstelle, Straße, Räumung, Wohnungsnotfall, Kältehilfe",
      easyLanguage: easy(
        "Sie haben keine Wohnung.",
        "Sie wissen nicht, wo Sie heute schlafen können.",
        "Dann helfen wir Ihnen sofort.",
        "Sie bekommen einen Schlafplatz.",
        "Auch in der Nacht und am Wochenende.",
        "Rufen Sie an: 0221 4710 199.",
        "In Lebensgefahr rufen Sie 112.",
      ),
    },
    i18n: {
      en: {
        title: "Emergency accommodation when you are homeless",
        summary:
          "No place to sleep tonight? The city will give you shelter right away – also at night and at weekends.",
        keywords:
          "homeless, emergency shelter, place to sleep, night shelter, on the street, eviction",
      },
      tr: {
        title: "Evsiz kalındığında acil barınma",
        summary:
          "Bu gece kalacak yeriniz yok mu? Belediye sizi hemen barındırır – gece ve hafta sonu da.",
        keywords: "evsiz, acil barınak, kalacak yer, gece barınağı, sokakta, tahliye",
      },
      ar: {
        title: "سكن طارئ عند فقدان المأوى",
        summary:
          "ليس لديك مكان للنوم الليلة؟ تؤمّن لك المدينة مأوى فورًا – في الليل وفي عطلة نهاية الأسبوع أيضًا.",
        keywords: "بلا مأوى, مأوى طارئ, مكان للنوم, مبيت ليلي, في الشارع, إخلاء",
      },
      uk: {
        title: "Екстрене житло для бездомних",
        summary:
          "Немає де переночувати сьогодні? Місто негайно надасть Вам місце – також уночі та у вихідні.",
        keywords: "бездомний, притулок, нічліг, місце для сну, на вулиці, виселення, житло",
      },
      ru: {
        title: "Экстренное жильё для бездомных",
        summary:
          "Негде переночевать сегодня? Город сразу предоставит Вам место – также ночью и в выходные.",
        keywords: "бездомный, приют, ночлег, место для сна, на улице, выселение, жильё",
      },
      pl: {
        title: "Schronienie awaryjne w razie bezdomności",
        summary:
          "Nie mają Państwo dziś gdzie spać? Miasto od razu zapewni Państwu miejsce – także w nocy i w weekend.",
        keywords: "bezdomny, schronisko, noclegownia, miejsce do spania, na ulicy, eksmisja",
      },
    },
  },
  {
    hsdsId: "1c982010-1620-494e-a6e7-6554a09a272c",
    slug: "hilfe-besondere-soziale-schwierigkeiten",
    legalBasis: "§§ 67 bis 69 SGB XII (Achtes Kapitel)",
    org: "wohnungsnotfallhilfe",
    keywords: "§ 67 SGB XII, Wohnungslosenhilfe",
    categories: ["housing", "counselling"],
    lifeSituations: ["housing-emergency", "cannot-pay-rent"],
    documents: [],
    channels: [
      { kind: "PHONE", value: "0221 4710 550", label: "Fachberatung Wohnungsnotfallhilfe" },
      { kind: "IN_PERSON", value: "Hafenstraße 8, 12349 Musterstadt" },
    ],
    locations: [{ office: "wohnungsnotfallhilfe", languages: "de,en,pl,ru,ar" }],
    de: {
      title: "Hilfe zur Überwindung besonderer sozialer Schwierigkeiten",
      summary:
        "Persönliche Begleitung für Menschen ohne Wohnung oder in einer ähnlich schwierigen Lage – auf dem Weg zurück in eine Wohnung und einen geregelten Alltag.",
      description: paras(
        "Diese Hilfe ist für Menschen, bei denen besondere Lebensverhältnisse und soziale Schwierigkeiten zusammenkommen – zum Beispiel Wohnungslosigkeit, Entlassung aus der Haft, Gewalt oder eine lange Zeit ohne Halt – und die das nicht aus eigener Kraft überwinden können.",
        "Die Fachberatung der Wohnungsnotfallhilfe begleitet Sie persönlich: bei der Wohnungssuche und beim Erhalt der Wohnung, bei Behördenangelegenheiten, Schulden, Arbeit und Gesundheit. Möglich sind ambulante Beratung, betreutes Wohnen und in besonderen Fällen ein Platz in einer Einrichtung.",
      ),
      eligibility: list(
        "Bei Ihnen kommen besondere Lebensverhältnisse (z. B. keine oder keine sichere Wohnung, Entlassung aus der Haft) und soziale Schwierigkeiten zusammen.",
        "Sie können diese Lage nicht allein überwinden.",
      ),
      benefits: list(
        "Beratung und persönliche Unterstützung",
        "Hilfe bei der Wohnungssuche und beim Erhalt einer Wohnung",
        "Ambulant betreutes Wohnen",
        "Hilfe bei Ausbildung, Arbeit und im Umgang mit Behörden",
      ),
      howToApply:
        "Kommen Sie ohne Termin zur Fachberatung Wohnungsnotfallhilfe in der Hafenstraße 8 oder sprechen Sie Ihre Fallmanagerin oder Ihren Fallmanager an. Die Fachberatung stellt den Antrag mit Ihnen.",
      costs:
        "Beratung und persönliche Unterstützung sind kostenlos – unabhängig von Einkommen und Vermögen.",
      keywords:
        "Wohnungslosenhilfe, obdachlos, Haftentlassung, betreutes Wohnen, soziale Schwierigkeiten, Straßensozialarbeit, Tagesaufenthalt, Postadresse",
      easyLanguage: easy(
        "Sie haben keine Wohnung.",
        "Oder Ihr Leben ist gerade sehr schwer.",
        "Zum Beispiel nach dem Gefängnis.",
        "Dann hilft Ihnen eine Beraterin oder ein Berater.",
        "Die Person hilft bei der Wohnung, bei Briefen und bei Ämtern.",
        "Die Beratung kostet nichts.",
      ),
    },
    i18n: {
      en: {
        title: "Help to overcome special social difficulties",
        summary:
          "Personal support for people without a home or in a similarly difficult situation – on the way back into a home and a settled everyday life.",
        keywords:
          "homelessness support, homeless, after prison, supported housing, street work, day centre",
      },
      tr: {
        title: "Özel sosyal güçlüklerin aşılması için yardım",
        summary:
          "Evi olmayan veya benzer zor durumdaki kişiler için kişisel destek – yeniden bir eve ve düzenli bir hayata dönüş yolunda.",
        keywords:
          "evsizlere yardım, evsiz, cezaevinden çıkış, destekli konut, sokak sosyal hizmeti",
      },
      ar: {
        title: "مساعدة لتجاوز الصعوبات الاجتماعية الخاصة",
        summary:
          "مرافقة شخصية للأشخاص الذين ليس لهم مسكن أو في وضع صعب مماثل – في طريق العودة إلى مسكن وحياة يومية منتظمة.",
        keywords: "مساعدة المشردين, بلا مأوى, بعد السجن, سكن مع مرافقة, عمل اجتماعي في الشارع",
      },
      uk: {
        title: "Допомога в подоланні особливих соціальних труднощів",
        summary:
          "Особистий супровід для людей без житла або в подібній складній ситуації – на шляху назад до житла та впорядкованого життя.",
        keywords:
          "допомога бездомним, бездомний, після в'язниці, житло з супроводом, соціальна робота на вулиці",
      },
      ru: {
        title: "Помощь в преодолении особых социальных трудностей",
        summary:
          "Личное сопровождение для людей без жилья или в похожей трудной ситуации – на пути обратно к жилью и упорядоченной жизни.",
        keywords:
          "помощь бездомным, бездомный, после тюрьмы, жильё с сопровождением, уличная социальная работа",
      },
      pl: {
        title: "Pomoc w przezwyciężaniu szczególnych trudności społecznych",
        summary:
          "Osobiste wsparcie dla osób bez mieszkania lub w podobnie trudnej sytuacji – w drodze powrotnej do mieszkania i uporządkowanego życia.",
        keywords:
          "pomoc dla bezdomnych, bezdomny, po więzieniu, mieszkanie wspierane, streetworking",
      },
    },
  },
];
