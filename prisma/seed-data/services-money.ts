// Money for living: Bürgergeld, social assistance, basic income in old age,
// unemployment benefit. Amounts: Regelbedarfe 2025, unchanged in 2026.
// Note for content owners: a reform of the SGB II ("Neue Grundsicherung",
// passed by the Bundestag in 2026) changes name and rules; check these texts
// against the law in force before go-live.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

export const MONEY_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "75148927-8c4a-455c-80bd-6efd67bafc95",
    slug: "buergergeld",
    legalBasis:
      "§§ 7, 19 ff. SGB II; Antrag wirkt auf den Monatsersten zurück (§ 37 Abs. 2 SGB II)",
    org: "jobcenter",
    appliesFromApplicationMonth: true,
    keywords: "SGB II, ALG II, § 19 SGB II, § 22 SGB II",
    url: "https://www.jobcenter.digital",
    categories: ["money-for-living", "work-training"],
    lifeSituations: [
      "lost-job",
      "cannot-pay-rent",
      "single-parent",
      "low-income-family",
      "new-in-germany",
    ],
    documents: [
      "id-card",
      "registration",
      "rental-contract",
      "utility-bills",
      "bank-statements",
      "income-proof",
      "assets-proof",
      "health-insurance",
      "termination",
    ],
    channels: [
      { kind: "WEB", value: "https://www.jobcenter.digital", label: "Online-Antrag" },
      { kind: "PHONE", value: "0221 4710 200", label: "Jobcenter Musterstadt" },
      { kind: "IN_PERSON", value: "Bahnhofstraße 10, 12345 Musterstadt" },
    ],
    locations: [
      { office: "jobcenter", languages: "de,en,tr,ar" },
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    excludes: [
      "hilfe-zum-lebensunterhalt",
      "grundsicherung-alter-erwerbsminderung",
      "wohngeld",
      "kinderzuschlag",
      "asylbewerberleistungen",
    ],
    de: {
      title: "Bürgergeld (Grundsicherung für Arbeitsuchende)",
      summary:
        "Geld für den Lebensunterhalt, die Miete und die Heizung, wenn Sie arbeiten können, aber Ihr Einkommen nicht reicht. Beantragen Sie es sofort: Es wird erst ab dem Monat des Antrags gezahlt.",
      description: paras(
        "Bürgergeld sichert das Existenzminimum von Menschen, die arbeiten können, deren Einkommen und Vermögen aber nicht für den Lebensunterhalt reichen. Es gibt auch Bürgergeld zusätzlich zum Lohn oder zum Arbeitslosengeld, wenn diese zu niedrig sind („Aufstocken“).",
        "Zum Bürgergeld gehören der Regelbedarf, die angemessenen Kosten für Unterkunft und Heizung, Mehrbedarfe (zum Beispiel für Schwangere oder Alleinerziehende) sowie die Kranken- und Pflegeversicherung. Das Jobcenter unterstützt Sie außerdem dabei, eine Arbeit oder Ausbildung zu finden; gemeinsam erstellen Sie einen Kooperationsplan.",
        "Der Antrag wirkt auf den Ersten des Monats zurück, in dem Sie ihn stellen – für Monate davor gibt es kein Geld. Stellen Sie den Antrag deshalb sofort, auch wenn noch Unterlagen fehlen.",
      ),
      eligibility: list(
        "Sie sind mindestens 15 Jahre alt und haben die Altersgrenze für die Regelaltersrente noch nicht erreicht.",
        "Sie können mindestens drei Stunden täglich arbeiten (erwerbsfähig).",
        "Ihr Einkommen und Vermögen reichen nicht für Ihren Bedarf und den Ihrer Familie (Bedarfsgemeinschaft). Partner und Kinder in Ihrem Haushalt werden mit berücksichtigt.",
        "Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland. Für manche ausländische Staatsangehörige gelten Ausnahmen – wir beraten Sie.",
      ),
      benefits: paras(
        "Monatlicher Regelbedarf (2025 und 2026 gleich hoch):",
        list(
          "Alleinstehende und Alleinerziehende: 563 €",
          "Partnerinnen und Partner in einer Bedarfsgemeinschaft: je 506 €",
          "Erwachsene unter 25 Jahren, die bei den Eltern wohnen: 451 €",
          "Jugendliche von 14 bis 17 Jahren: 471 €",
          "Kinder von 6 bis 13 Jahren: 390 €",
          "Kinder bis 5 Jahre: 357 €",
        ),
        "Dazu kommen: die angemessenen Kosten für Miete und Heizung, Mehrbedarfe (z. B. bei Schwangerschaft ab der 13. Woche, für Alleinerziehende, bei Behinderung), einmalige Leistungen (z. B. Erstausstattung der Wohnung oder bei Geburt), Beiträge zur Kranken- und Pflegeversicherung und Leistungen für Bildung und Teilhabe der Kinder.",
      ),
      howToApply: paras(
        "Stellen Sie den Antrag beim Jobcenter Musterstadt: online über jobcenter.digital, telefonisch, schriftlich oder persönlich. Ein formloser Antrag (zum Beispiel ein Anruf oder eine E-Mail) reicht, um die Frist zu wahren; die Formulare können Sie nachreichen.",
        "Die Sozialagentur hilft Ihnen beim Ausfüllen und bei den Unterlagen – auch in Ihrer Sprache.",
      ),
      costs: "Kostenlos.",
      keywords:
        "Bürgergeld, Grundsicherung für Arbeitsuchende, Neue Grundsicherung, Grundsicherungsgeld, Hartz IV, Arbeitslosengeld II, Aufstocken, Regelsatz, Regelbedarf, Jobcenter, arbeitslos, kein Geld, Miete, Heizkosten",
      easyLanguage: easy(
        "Sie können arbeiten.",
        "Aber Sie haben nicht genug Geld zum Leben.",
        "Dann können Sie Bürgergeld bekommen.",
        "Das Geld ist für Essen, Kleidung, Miete und Heizung.",
        "Eine Person allein bekommt 563 Euro im Monat.",
        "Dazu kommt das Geld für die Miete.",
        "Wichtig: Stellen Sie den Antrag schnell.",
        "Sie bekommen das Geld erst ab dem Monat, in dem Sie den Antrag stellen.",
        "Der Antrag ist beim Jobcenter.",
        "Wir helfen Ihnen beim Antrag.",
      ),
    },
    i18n: {
      en: {
        title: "Bürgergeld (basic income support for jobseekers)",
        summary:
          "Money for living costs, rent and heating if you are able to work but your income is not enough. Apply right away: it is only paid from the month in which you apply.",
        keywords:
          "citizen's income, basic income, unemployment benefit II, job centre, no money, rent, heating, benefits",
      },
      tr: {
        title: "Vatandaşlık Parası (Bürgergeld – iş arayanlar için temel güvence)",
        summary:
          "Çalışabiliyorsanız ama geliriniz yetmiyorsa geçim, kira ve ısınma için para. Hemen başvurun: Para ancak başvurduğunuz aydan itibaren ödenir.",
        keywords:
          "vatandaşlık parası, sosyal yardım, işsizlik parası, Jobcenter, iş merkezi, para yok, kira, ısınma",
      },
      ar: {
        title: "Bürgergeld (الإعانة الأساسية للباحثين عن عمل)",
        summary:
          "مال لتكاليف المعيشة والإيجار والتدفئة إذا كنت قادرًا على العمل لكن دخلك لا يكفي. قدّم الطلب فورًا: يُدفع المال فقط ابتداءً من الشهر الذي تقدّم فيه الطلب.",
        keywords:
          "إعانة المواطن, مساعدة اجتماعية, إعانة بطالة, جوب سنتر, مركز العمل, لا يوجد مال, إيجار, تدفئة",
      },
      uk: {
        title: "Bürgergeld (базове забезпечення для тих, хто шукає роботу)",
        summary:
          "Гроші на життя, оренду й опалення, якщо Ви можете працювати, але Вашого доходу не вистачає. Подавайте заяву одразу: гроші виплачують лише з місяця подання заяви.",
        keywords:
          "громадянська допомога, соціальна допомога, допомога по безробіттю, джобцентр, немає грошей, оренда, опалення",
      },
      ru: {
        title: "Bürgergeld (базовое обеспечение для ищущих работу)",
        summary:
          "Деньги на жизнь, аренду и отопление, если Вы можете работать, но Вашего дохода не хватает. Подайте заявление сразу: деньги выплачиваются только с месяца подачи заявления.",
        keywords:
          "гражданское пособие, социальное пособие, пособие по безработице, джобцентр, нет денег, аренда, отопление",
      },
      pl: {
        title: "Bürgergeld (zabezpieczenie podstawowe dla szukających pracy)",
        summary:
          "Pieniądze na utrzymanie, czynsz i ogrzewanie, jeśli mogą Państwo pracować, ale Państwa dochód nie wystarcza. Prosimy złożyć wniosek od razu: świadczenie przysługuje dopiero od miesiąca złożenia wniosku.",
        keywords:
          "zasiłek obywatelski, pomoc socjalna, zasiłek dla bezrobotnych, Jobcenter, brak pieniędzy, czynsz, ogrzewanie",
      },
    },
  },
  {
    hsdsId: "1a0fbcf1-6a25-420a-9637-aa6feb8dc3a1",
    slug: "hilfe-zum-lebensunterhalt",
    legalBasis: "§§ 27 ff. SGB XII (Drittes Kapitel); Einsetzen ab Kenntnis (§ 18 SGB XII)",
    org: "agency",
    keywords: "SGB XII, HLU, § 27 SGB XII",
    categories: ["money-for-living"],
    lifeSituations: ["old-age-reduced-earning-capacity", "cannot-pay-rent", "disability"],
    documents: [
      "id-card",
      "registration",
      "rental-contract",
      "bank-statements",
      "income-proof",
      "assets-proof",
      "medical-reports",
      "health-insurance",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 100", label: "Servicetelefon Sozialagentur" },
      { kind: "EMAIL", value: "servicecenter@sozialagentur-musterstadt.example" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    excludes: ["buergergeld", "grundsicherung-alter-erwerbsminderung", "wohngeld"],
    de: {
      title: "Hilfe zum Lebensunterhalt (Sozialhilfe)",
      summary:
        "Geld für den Lebensunterhalt für Menschen, die vorübergehend nicht arbeiten können und keine andere Hilfe bekommen.",
      description: paras(
        "Die Hilfe zum Lebensunterhalt nach dem Dritten Kapitel SGB XII ist für Menschen, die weder Bürgergeld noch Grundsicherung im Alter und bei Erwerbsminderung bekommen können – zum Beispiel, weil sie für eine begrenzte Zeit voll erwerbsgemindert sind oder als Kind bei Verwandten leben, die selbst keine Sozialhilfe bekommen.",
        "Sie umfasst den Regelbedarf, die angemessenen Kosten für Unterkunft und Heizung, Mehrbedarfe und einmalige Bedarfe. Sozialhilfe setzt ein, sobald die Sozialagentur von Ihrer Notlage erfährt – melden Sie sich deshalb früh.",
      ),
      eligibility: list(
        "Sie können vorübergehend nicht mindestens drei Stunden täglich arbeiten, und eine dauerhafte volle Erwerbsminderung ist (noch) nicht festgestellt.",
        "Ihr Einkommen und Vermögen reichen nicht aus (Vermögen bis 10.000 € je erwachsene Person bleibt frei).",
        "Es gibt keine vorrangige Leistung (z. B. Rente, Krankengeld, Unterhalt).",
      ),
      benefits: paras(
        "Regelbedarfe wie beim Bürgergeld (2025 und 2026): 563 € für Alleinstehende, 506 € für Partnerinnen und Partner, Kinder je nach Alter 357 € bis 471 €.",
        "Dazu: angemessene Miete und Heizung, Mehrbedarfe, Beiträge zur Kranken- und Pflegeversicherung, Bildung und Teilhabe für Kinder.",
      ),
      howToApply:
        "Melden Sie sich bei der Sozialagentur – telefonisch, schriftlich oder im Servicecenter. Ein formloser Hinweis auf Ihre Notlage genügt für den Anfang; Ihre Fallmanagerin oder Ihr Fallmanager hilft Ihnen bei den Unterlagen.",
      costs: "Kostenlos.",
      keywords:
        "Sozialhilfe, Hilfe zum Lebensunterhalt, Sozialamt, vorübergehend erwerbsunfähig, krank, kein Einkommen, Regelsatz",
      easyLanguage: easy(
        "Sie können eine Zeit lang nicht arbeiten.",
        "Zum Beispiel, weil Sie sehr krank sind.",
        "Und Sie haben nicht genug Geld zum Leben.",
        "Dann hilft Ihnen die Sozialhilfe.",
        "Sie bekommen Geld für Essen, Kleidung, Miete und Heizung.",
        "Melden Sie sich früh bei der Sozialagentur.",
        "Wir helfen Ihnen.",
      ),
    },
    i18n: {
      en: {
        title: "Subsistence assistance (social assistance)",
        summary:
          "Money for living costs for people who temporarily cannot work and receive no other help.",
        keywords:
          "social assistance, welfare, social welfare office, unable to work, illness, no income",
      },
      tr: {
        title: "Geçim yardımı (sosyal yardım)",
        summary: "Geçici olarak çalışamayan ve başka yardım alamayan kişiler için geçim parası.",
        keywords: "sosyal yardım, sosyal daire, geçici iş göremezlik, hastalık, gelir yok",
      },
      ar: {
        title: "مساعدة المعيشة (المساعدة الاجتماعية)",
        summary:
          "مال لتكاليف المعيشة للأشخاص غير القادرين على العمل مؤقتًا ولا يحصلون على مساعدة أخرى.",
        keywords: "مساعدة اجتماعية, مكتب الشؤون الاجتماعية, عجز مؤقت عن العمل, مرض, لا دخل",
      },
      uk: {
        title: "Допомога на проживання (соціальна допомога)",
        summary:
          "Гроші на життя для людей, які тимчасово не можуть працювати й не отримують іншої допомоги.",
        keywords:
          "соціальна допомога, соціальне відомство, тимчасова непрацездатність, хвороба, немає доходу",
      },
      ru: {
        title: "Помощь на жизнь (социальная помощь)",
        summary:
          "Деньги на жизнь для людей, которые временно не могут работать и не получают другой помощи.",
        keywords:
          "социальная помощь, социальное ведомство, временная нетрудоспособность, болезнь, нет дохода",
      },
      pl: {
        title: "Pomoc na utrzymanie (pomoc społeczna)",
        summary:
          "Pieniądze na utrzymanie dla osób, które czasowo nie mogą pracować i nie otrzymują innej pomocy.",
        keywords:
          "pomoc społeczna, urząd socjalny, czasowa niezdolność do pracy, choroba, brak dochodu",
      },
    },
  },
  {
    hsdsId: "3d40bcd9-b60f-4d3a-8ddb-c14056cb4a96",
    slug: "grundsicherung-alter-erwerbsminderung",
    legalBasis:
      "§§ 41 ff. SGB XII (Viertes Kapitel); Antrag wirkt auf den Monatsersten zurück (§ 44 Abs. 2 SGB XII)",
    org: "agency",
    appliesFromApplicationMonth: true,
    keywords: "SGB XII, § 41 SGB XII, GruSi",
    categories: ["money-for-living", "health-care"],
    lifeSituations: ["old-age-reduced-earning-capacity", "disability"],
    documents: [
      "id-card",
      "registration",
      "pension-notice",
      "rental-contract",
      "utility-bills",
      "bank-statements",
      "assets-proof",
      "disability-card",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 100", label: "Servicetelefon Sozialagentur" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
      { kind: "EMAIL", value: "servicecenter@sozialagentur-musterstadt.example" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    excludes: ["buergergeld", "hilfe-zum-lebensunterhalt", "wohngeld"],
    de: {
      title: "Grundsicherung im Alter und bei Erwerbsminderung",
      summary:
        "Geld zum Leben, wenn Ihre Rente nicht reicht – ab der Regelaltersgrenze oder wenn Sie dauerhaft voll erwerbsgemindert sind.",
      description: paras(
        "Die Grundsicherung nach dem Vierten Kapitel SGB XII sichert den Lebensunterhalt von Menschen, die die Altersgrenze erreicht haben oder ab 18 Jahren dauerhaft voll erwerbsgemindert sind, wenn ihr Einkommen und Vermögen nicht reichen.",
        "Das Einkommen Ihrer Kinder oder Eltern zählt nur, wenn es jeweils über 100.000 € im Jahr liegt. Scheuen Sie sich also nicht, den Antrag zu stellen – Ihre Kinder müssen in aller Regel nichts zahlen.",
        "Die Grundsicherung gibt es nur auf Antrag; der Antrag wirkt auf den Ersten des Monats zurück, in dem Sie ihn stellen.",
      ),
      eligibility: list(
        "Sie haben die Regelaltersgrenze erreicht (je nach Geburtsjahr zwischen 65 und 67 Jahren) oder",
        "Sie sind mindestens 18 Jahre alt und dauerhaft voll erwerbsgemindert (das stellt in der Regel die Rentenversicherung fest).",
        "Ihr Einkommen und Vermögen reichen nicht (Vermögen bis 10.000 € je Person bleibt frei).",
        "Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland.",
      ),
      benefits: paras(
        "Regelbedarf 2025 und 2026: 563 € für Alleinstehende, 506 € für Ehe- oder Lebenspartner.",
        "Dazu: angemessene Miete und Heizung, Mehrbedarfe (z. B. 17 % des Regelbedarfs mit Merkzeichen G oder aG im Schwerbehindertenausweis), Beiträge zur Kranken- und Pflegeversicherung.",
      ),
      howToApply:
        "Stellen Sie den Antrag bei der Sozialagentur im Servicecenter Mitte oder Nord. Auch die Deutsche Rentenversicherung nimmt den Antrag an und leitet ihn weiter. Wenn Sie nicht mobil sind, kommen wir auf Wunsch zu Ihnen nach Hause.",
      costs: "Kostenlos.",
      keywords:
        "Grundsicherung, Altersarmut, kleine Rente, Rente reicht nicht, Erwerbsminderungsrente, erwerbsunfähig, Sozialamt, Senioren",
      easyLanguage: easy(
        "Sie sind alt.",
        "Oder Sie sind krank und können nicht mehr arbeiten.",
        "Ihre Rente ist sehr klein.",
        "Dann können Sie Grundsicherung bekommen.",
        "Das ist Geld zum Leben.",
        "Ihre Kinder müssen meistens nichts bezahlen.",
        "Stellen Sie den Antrag bei der Sozialagentur.",
        "Wir kommen auch zu Ihnen nach Hause.",
      ),
    },
    i18n: {
      en: {
        title: "Basic income support in old age and for reduced earning capacity",
        summary:
          "Money to live on if your pension is not enough – from the statutory retirement age or if you are permanently and fully unable to work.",
        keywords:
          "basic pension, small pension, old age poverty, disability pension, unable to work, senior citizens",
      },
      tr: {
        title: "Yaşlılıkta ve çalışma gücü kaybında temel güvence",
        summary:
          "Emekli maaşınız yetmiyorsa geçim parası – yasal emeklilik yaşından itibaren veya kalıcı olarak tamamen çalışamıyorsanız.",
        keywords: "temel güvence, düşük emekli maaşı, yaşlılık, malulen emeklilik, çalışamamak",
      },
      ar: {
        title: "الضمان الأساسي في الشيخوخة وعند نقص القدرة على العمل",
        summary:
          "مال للمعيشة إذا لم يكفِ معاشك – من سن التقاعد القانوني أو إذا كنت عاجزًا عن العمل بشكل كامل ودائم.",
        keywords:
          "ضمان أساسي, معاش صغير, فقر الشيخوخة, معاش العجز, عدم القدرة على العمل, كبار السن",
      },
      uk: {
        title: "Базове забезпечення в старості та при втраті працездатності",
        summary:
          "Гроші на життя, якщо пенсії не вистачає – після досягнення пенсійного віку або при стійкій повній втраті працездатності.",
        keywords:
          "базове забезпечення, мала пенсія, старість, пенсія по інвалідності, непрацездатність, літні люди",
      },
      ru: {
        title: "Базовое обеспечение в старости и при утрате трудоспособности",
        summary:
          "Деньги на жизнь, если пенсии не хватает – с пенсионного возраста или при стойкой полной утрате трудоспособности.",
        keywords:
          "базовое обеспечение, маленькая пенсия, старость, пенсия по инвалидности, нетрудоспособность, пожилые",
      },
      pl: {
        title: "Zabezpieczenie podstawowe na starość i przy ograniczonej zdolności do pracy",
        summary:
          "Pieniądze na życie, gdy emerytura nie wystarcza – od ustawowego wieku emerytalnego lub przy trwałej, całkowitej niezdolności do pracy.",
        keywords:
          "zabezpieczenie podstawowe, niska emerytura, starość, renta z tytułu niezdolności do pracy, seniorzy",
      },
    },
  },
  {
    hsdsId: "20b419c1-567a-4954-bc74-52ffb10d2bbc",
    slug: "arbeitslosengeld",
    legalBasis: "§§ 136 ff. SGB III; Meldepflicht § 38 Abs. 1 SGB III",
    org: "arbeitsagentur",
    keywords: "SGB III, ALG I, § 136 SGB III, § 38 SGB III",
    url: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden",
    categories: ["money-for-living", "work-training"],
    lifeSituations: ["lost-job"],
    documents: ["id-card", "termination", "tax-id", "health-insurance", "cv"],
    channels: [
      {
        kind: "WEB",
        value: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden",
        label: "Online arbeitslos melden",
      },
      { kind: "PHONE", value: "0800 4 5555 00", label: "Servicenummer (kostenfrei)" },
    ],
    locations: [],
    de: {
      title: "Arbeitslosengeld",
      summary:
        "Ersatz für einen Teil Ihres Lohns, wenn Sie arbeitslos werden und vorher versichert gearbeitet haben. Melden Sie sich spätestens drei Tage nach der Kündigung arbeitsuchend.",
      description: paras(
        "Das Arbeitslosengeld der Arbeitslosenversicherung ersetzt einen Teil Ihres bisherigen Nettolohns. Es ist keine Fürsorgeleistung: Ihr Vermögen und das Einkommen Ihres Partners spielen keine Rolle.",
        "Wichtig: Melden Sie sich bei der Agentur für Arbeit arbeitsuchend, sobald Sie wissen, dass Ihr Arbeitsverhältnis endet – spätestens drei Monate vorher oder, wenn Sie es kürzer vorher erfahren, innerhalb von drei Tagen. Wer sich zu spät meldet, riskiert eine Sperrzeit von einer Woche. Spätestens am ersten Tag ohne Arbeit müssen Sie sich außerdem arbeitslos melden.",
        "Reicht das Arbeitslosengeld nicht für Ihre Familie, können Sie zusätzlich Bürgergeld, Wohngeld oder Kinderzuschlag bekommen.",
      ),
      eligibility: list(
        "Sie sind arbeitslos und suchen eine versicherungspflichtige Arbeit von mindestens 15 Stunden pro Woche.",
        "Sie waren in den letzten 30 Monaten mindestens 12 Monate versicherungspflichtig beschäftigt.",
        "Sie haben sich arbeitslos gemeldet.",
      ),
      benefits: paras(
        "60 % des pauschalierten Nettoentgelts, mit mindestens einem Kind 67 %.",
        "Die Dauer hängt von Ihrem Alter und der Versicherungszeit ab: 6 bis 12 Monate, ab 50 Jahren länger (bis zu 24 Monate ab 58 Jahren).",
        "Die Agentur für Arbeit zahlt in dieser Zeit auch Ihre Kranken-, Pflege- und Rentenversicherung.",
      ),
      howToApply:
        "Melden Sie sich arbeitsuchend und arbeitslos – online unter arbeitsagentur.de (mit der Online-Ausweisfunktion), telefonisch oder persönlich – und stellen Sie dann den Antrag auf Arbeitslosengeld.",
      costs: "Kostenlos.",
      keywords:
        "Arbeitslosengeld, ALG 1, arbeitslos melden, arbeitsuchend melden, Kündigung, Agentur für Arbeit, Arbeitsamt, Sperrzeit, Lohnersatz",
      easyLanguage: easy(
        "Sie haben Ihre Arbeit verloren.",
        "Sie haben vorher mindestens 1 Jahr gearbeitet.",
        "Dann bekommen Sie Arbeitslosengeld.",
        "Das Geld kommt von der Agentur für Arbeit.",
        "Wichtig: Melden Sie sich sofort bei der Agentur für Arbeit.",
        "Spätestens 3 Tage nach der Kündigung.",
        "Sonst bekommen Sie eine Woche lang kein Geld.",
      ),
    },
    i18n: {
      en: {
        title: "Unemployment benefit (Arbeitslosengeld)",
        summary:
          "Replaces part of your wages if you become unemployed after insured work. Register as a jobseeker no later than three days after you receive notice.",
        keywords:
          "unemployment benefit, ALG I, register unemployed, dismissal, notice, employment agency, lost job",
      },
      tr: {
        title: "İşsizlik parası (Arbeitslosengeld)",
        summary:
          "Sigortalı çalıştıktan sonra işsiz kalırsanız maaşınızın bir kısmını karşılar. İşten çıkarıldıktan en geç üç gün sonra iş arayan olarak kaydolun.",
        keywords:
          "işsizlik parası, ALG I, işsiz kaydı, işten çıkarılma, fesih, iş ajansı, işimi kaybettim",
      },
      ar: {
        title: "إعانة البطالة (Arbeitslosengeld)",
        summary:
          "تعوّض جزءًا من أجرك إذا أصبحت عاطلًا عن العمل بعد عمل مؤمَّن عليه. سجّل نفسك كباحث عن عمل خلال ثلاثة أيام على الأكثر من استلام إشعار الفصل.",
        keywords: "إعانة البطالة, تسجيل البطالة, فصل من العمل, إنهاء العقد, وكالة العمل, فقدت عملي",
      },
      uk: {
        title: "Допомога по безробіттю (Arbeitslosengeld)",
        summary:
          "Замінює частину Вашої зарплати, якщо Ви втратили роботу після застрахованої зайнятості. Зареєструйтеся як особа, що шукає роботу, не пізніше ніж через три дні після повідомлення про звільнення.",
        keywords:
          "допомога по безробіттю, ALG I, реєстрація безробітного, звільнення, агентство з праці, втратив роботу",
      },
      ru: {
        title: "Пособие по безработице (Arbeitslosengeld)",
        summary:
          "Заменяет часть Вашей зарплаты, если Вы потеряли работу после застрахованной занятости. Зарегистрируйтесь как ищущий работу не позднее трёх дней после уведомления об увольнении.",
        keywords:
          "пособие по безработице, ALG I, регистрация безработного, увольнение, агентство по труду, потерял работу",
      },
      pl: {
        title: "Zasiłek dla bezrobotnych (Arbeitslosengeld)",
        summary:
          "Zastępuje część wynagrodzenia, jeśli po ubezpieczonej pracy stracą Państwo zatrudnienie. Prosimy zarejestrować się jako osoba poszukująca pracy najpóźniej trzy dni po otrzymaniu wypowiedzenia.",
        keywords:
          "zasiłek dla bezrobotnych, ALG I, rejestracja bezrobotnego, wypowiedzenie, agencja pracy, straciłem pracę",
      },
    },
  },
];
