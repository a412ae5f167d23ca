// Family and children. Amounts: Kindergeld 2026 259 € (2025: 255 €),
// Kinderzuschlag up to 297 € (2025), Unterhaltsvorschuss 2025 = 2026.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

const FAMILIENKASSE_WEB = "https://www.arbeitsagentur.de/familie-und-kinder";

export const FAMILY_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "97601b44-169d-4dc3-babd-d1ad94b81eed",
    slug: "kinderzuschlag",
    legalBasis: "§ 6a Bundeskindergeldgesetz (BKGG)",
    org: "familienkasse",
    appliesFromApplicationMonth: true,
    keywords: "KiZ, BKGG, § 6a BKGG",
    url: FAMILIENKASSE_WEB,
    categories: ["family-children", "money-for-living"],
    lifeSituations: ["low-income-family", "single-parent", "lost-job"],
    documents: [
      "id-card",
      "income-proof",
      "rental-contract",
      "utility-bills",
      "bank-statements",
      "maintenance-proof",
    ],
    channels: [
      { kind: "WEB", value: FAMILIENKASSE_WEB, label: "KiZ-Lotse und Online-Antrag" },
      { kind: "PHONE", value: "0800 4 5555 30", label: "Familienkasse (kostenfrei)" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    excludes: ["buergergeld", "hilfe-zum-lebensunterhalt"],
    de: {
      title: "Kinderzuschlag",
      summary:
        "Bis zu 297 € im Monat je Kind zusätzlich zum Kindergeld für Familien, die arbeiten, aber wenig verdienen. Stellen Sie den Antrag früh: Er gilt erst ab dem Antragsmonat.",
      description: paras(
        "Der Kinderzuschlag (KiZ) der Familienkasse unterstützt Eltern, deren Einkommen für sie selbst reicht, aber nicht oder nur knapp für die ganze Familie. Zusammen mit dem Kindergeld und oft dem Wohngeld soll er verhindern, dass die Familie Bürgergeld braucht.",
        "Mit dem Kinderzuschlag bekommen Ihre Kinder auch die Leistungen für Bildung und Teilhabe, und Sie zahlen keine Kita-Beiträge.",
        "Der Kinderzuschlag wird für sechs Monate bewilligt und in der Regel ab dem Monat gezahlt, in dem Sie ihn beantragen.",
      ),
      eligibility: list(
        "Ihr Kind ist unter 25 Jahre alt, nicht verheiratet und lebt in Ihrem Haushalt; Sie bekommen für das Kind Kindergeld.",
        "Sie verdienen als Elternpaar mindestens 900 € brutto im Monat, als Alleinerziehende mindestens 600 €.",
        "Mit dem Kinderzuschlag (und gegebenenfalls Wohngeld) brauchen Sie kein Bürgergeld.",
      ),
      benefits: paras(
        "Bis zu 297 € im Monat für jedes Kind (Stand 2025). Einkommen des Kindes, zum Beispiel Unterhalt, wird zu 45 % angerechnet.",
        "Dazu: Bildung und Teilhabe (z. B. Schulbedarf, kostenloses Mittagessen) und Befreiung von Kita-Beiträgen.",
      ),
      howToApply:
        "Beantragen Sie den Kinderzuschlag online oder schriftlich bei der Familienkasse. Mit dem KiZ-Lotsen prüfen Sie vorher in wenigen Minuten, ob Sie Anspruch haben. Die Sozialagentur hilft Ihnen beim Antrag.",
      costs: "Kostenlos.",
      keywords:
        "Kinderzuschlag, Kindergeldzuschlag, Familien mit wenig Einkommen, Geringverdiener, KiZ-Lotse, Familienkasse, Zuschuss für Kinder",
      easyLanguage: easy(
        "Sie haben Kinder.",
        "Sie arbeiten.",
        "Aber das Geld reicht nicht für die ganze Familie.",
        "Dann können Sie Kinderzuschlag bekommen.",
        "Das sind bis zu 297 Euro im Monat für jedes Kind.",
        "Sie bekommen das Geld zusätzlich zum Kindergeld.",
        "Stellen Sie den Antrag bei der Familienkasse.",
      ),
    },
    i18n: {
      en: {
        title: "Child supplement (Kinderzuschlag)",
        summary:
          "Up to €297 a month per child on top of child benefit for families who work but earn little. Apply early: it only counts from the month in which you apply.",
        keywords:
          "child supplement, child allowance, low income family, low earners, family benefits office",
      },
      tr: {
        title: "Çocuk ek ödeneği (Kinderzuschlag)",
        summary:
          "Çalışan ama az kazanan aileler için çocuk parasına ek olarak çocuk başına ayda 297 €'ya kadar. Erken başvurun: Ancak başvuru ayından itibaren geçerlidir.",
        keywords: "çocuk ek ödeneği, çocuk zammı, düşük gelirli aile, Familienkasse, aile kasası",
      },
      ar: {
        title: "علاوة الأطفال (Kinderzuschlag)",
        summary:
          "حتى 297 يورو شهريًا لكل طفل إضافةً إلى إعانة الأطفال، للأسر التي تعمل لكن دخلها قليل. قدّم الطلب مبكرًا: يُحتسب فقط ابتداءً من شهر الطلب.",
        keywords: "علاوة الأطفال, إضافة إعانة الأطفال, أسرة ذات دخل منخفض, صندوق الأسرة",
      },
      uk: {
        title: "Доплата на дитину (Kinderzuschlag)",
        summary:
          "До 297 € на місяць на кожну дитину додатково до Kindergeld для сімей, які працюють, але заробляють мало. Подавайте заяву рано: вона діє лише з місяця подання.",
        keywords: "доплата на дитину, допомога на дітей, малозабезпечена сім'я, сімейна каса",
      },
      ru: {
        title: "Доплата на ребёнка (Kinderzuschlag)",
        summary:
          "До 297 € в месяц на каждого ребёнка в дополнение к Kindergeld для семей, которые работают, но зарабатывают мало. Подайте заявление заранее: оно действует только с месяца подачи.",
        keywords: "доплата на ребёнка, детское пособие, малообеспеченная семья, семейная касса",
      },
      pl: {
        title: "Dodatek na dziecko (Kinderzuschlag)",
        summary:
          "Do 297 € miesięcznie na każde dziecko oprócz zasiłku na dziecko, dla rodzin, które pracują, ale mało zarabiają. Prosimy złożyć wniosek wcześnie: obowiązuje dopiero od miesiąca złożenia.",
        keywords:
          "dodatek na dziecko, zasiłek rodzinny, rodzina o niskich dochodach, kasa rodzinna",
      },
    },
  },
  {
    hsdsId: "d3f46d9c-c842-4774-8c18-991bd086c610",
    slug: "kindergeld",
    legalBasis:
      "§§ 62 ff. Einkommensteuergesetz (EStG); Bundeskindergeldgesetz (BKGG); rückwirkend 6 Monate (§ 66 Abs. 3 EStG)",
    org: "familienkasse",
    keywords: "EStG, BKGG, § 62 EStG",
    url: FAMILIENKASSE_WEB,
    categories: ["family-children"],
    lifeSituations: ["expecting-child", "single-parent", "low-income-family", "new-in-germany"],
    documents: ["birth-certificate", "tax-id", "id-card", "residence-permit", "school-certificate"],
    channels: [
      { kind: "WEB", value: FAMILIENKASSE_WEB, label: "Online-Antrag" },
      { kind: "PHONE", value: "0800 4 5555 30", label: "Familienkasse (kostenfrei)" },
    ],
    locations: [],
    de: {
      title: "Kindergeld",
      summary:
        "259 € im Monat für jedes Kind (2026; 2025: 255 €) – für alle Familien, unabhängig vom Einkommen.",
      description: paras(
        "Kindergeld bekommen Eltern für jedes Kind bis 18 Jahre, in Ausbildung oder Studium bis 25 Jahre. Es hängt nicht vom Einkommen ab.",
        "Kindergeld wird rückwirkend höchstens für sechs Monate vor dem Monat des Antrags gezahlt. Stellen Sie den Antrag deshalb bald nach der Geburt oder dem Zuzug.",
      ),
      eligibility: list(
        "Das Kind lebt in Ihrem Haushalt, oder Sie zahlen überwiegend seinen Unterhalt.",
        "Sie und das Kind haben eine Steuer-Identifikationsnummer.",
        "Sie wohnen in Deutschland oder sind hier unbeschränkt steuerpflichtig. Ausländische Staatsangehörige brauchen je nach Herkunft ein Freizügigkeitsrecht oder einen passenden Aufenthaltstitel.",
        "Kinder über 18 Jahre: in Schule, Ausbildung, Studium oder Freiwilligendienst oder ohne Ausbildungsplatz (bis 25 Jahre); arbeitslos gemeldet bis 21 Jahre.",
      ),
      benefits: "259 € im Monat für jedes Kind ab 1. Januar 2026 (2025: 255 €).",
      howToApply:
        "Beantragen Sie das Kindergeld online oder schriftlich bei der Familienkasse. Legen Sie die Geburtsurkunde und die Steuer-Identifikationsnummern bei.",
      costs: "Kostenlos.",
      keywords: "Kindergeld, Familienkasse, Kinder, Geburt, Baby, Steuer-ID Kind, Kindergeldantrag",
      easyLanguage: easy(
        "Sie haben ein Kind.",
        "Dann bekommen Sie Kindergeld.",
        "Das sind 259 Euro im Monat für jedes Kind.",
        "Egal, wie viel Sie verdienen.",
        "Stellen Sie den Antrag bei der Familienkasse.",
        "Machen Sie das bald nach der Geburt.",
      ),
    },
    i18n: {
      en: {
        title: "Child benefit (Kindergeld)",
        summary:
          "€259 a month for each child (2026; 2025: €255) – for all families, whatever their income.",
        keywords: "child benefit, children, baby, birth, family benefits office",
      },
      tr: {
        title: "Çocuk parası (Kindergeld)",
        summary:
          "Her çocuk için ayda 259 € (2026; 2025: 255 €) – gelirden bağımsız olarak tüm ailelere.",
        keywords: "çocuk parası, çocuk yardımı, bebek, doğum, aile kasası",
      },
      ar: {
        title: "إعانة الأطفال (Kindergeld)",
        summary: "259 يورو شهريًا لكل طفل (2026؛ 2025: 255 يورو) – لجميع الأسر بغض النظر عن الدخل.",
        keywords: "إعانة الأطفال, الأطفال, مولود, ولادة, صندوق الأسرة",
      },
      uk: {
        title: "Допомога на дітей (Kindergeld)",
        summary:
          "259 € на місяць на кожну дитину (2026; 2025: 255 €) – для всіх сімей, незалежно від доходу.",
        keywords: "допомога на дітей, кіндергельд, дитина, народження, сімейна каса",
      },
      ru: {
        title: "Детское пособие (Kindergeld)",
        summary:
          "259 € в месяц на каждого ребёнка (2026; 2025: 255 €) – для всех семей, независимо от дохода.",
        keywords: "детское пособие, киндергельд, ребёнок, рождение, семейная касса",
      },
      pl: {
        title: "Zasiłek na dziecko (Kindergeld)",
        summary:
          "259 € miesięcznie na każde dziecko (2026; 2025: 255 €) – dla wszystkich rodzin, niezależnie od dochodu.",
        keywords: "zasiłek na dziecko, kindergeld, dziecko, narodziny, kasa rodzinna",
      },
    },
  },
  {
    hsdsId: "f996b426-52e8-45c8-8cc6-6dae7ec4d650",
    slug: "unterhaltsvorschuss",
    legalBasis: "Unterhaltsvorschussgesetz (UVG)",
    org: "jugendamt",
    keywords: "UVG",
    url: "https://musterstadt.example/jugendamt",
    categories: ["family-children", "money-for-living"],
    lifeSituations: ["single-parent"],
    documents: [
      "id-card",
      "birth-certificate",
      "maintenance-proof",
      "registration",
      "income-proof",
      "benefit-notice",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 400", label: "Jugendamt, Unterhaltsvorschusskasse" },
      { kind: "IN_PERSON", value: "Rathausplatz 3, 12345 Musterstadt" },
      { kind: "WEB", value: "https://musterstadt.example/jugendamt" },
    ],
    locations: [{ office: "rathaus", languages: "de,en,tr" }],
    de: {
      title: "Unterhaltsvorschuss",
      summary:
        "Das Jugendamt zahlt für Ihr Kind, wenn der andere Elternteil keinen oder zu wenig Unterhalt zahlt – bis zu 394 € im Monat.",
      description: paras(
        "Alleinerziehende bekommen Unterhaltsvorschuss, wenn der andere Elternteil nicht, nicht regelmäßig oder zu wenig Unterhalt zahlt oder verstorben ist. Das Jugendamt holt sich das Geld anschließend vom unterhaltspflichtigen Elternteil zurück.",
        "Unterhaltsvorschuss gibt es bis zum 18. Geburtstag, ohne Begrenzung der Dauer. Rückwirkend wird er nur für den Monat vor dem Antrag gezahlt.",
      ),
      eligibility: list(
        "Ihr Kind ist unter 18 Jahre alt und lebt bei Ihnen; Sie sind ledig, verwitwet, geschieden oder leben dauerhaft getrennt.",
        "Der andere Elternteil zahlt keinen Unterhalt oder weniger als den Unterhaltsvorschuss.",
        "Für Kinder ab 12 Jahren zusätzlich: Das Kind bekommt kein Bürgergeld, der Unterhaltsvorschuss beendet den Bürgergeld-Bezug, oder Sie verdienen mindestens 600 € brutto im Monat.",
      ),
      benefits: paras(
        "Monatlich (2025 und 2026):",
        list(
          "Kinder bis 5 Jahre: 227 €",
          "Kinder von 6 bis 11 Jahren: 299 €",
          "Kinder von 12 bis 17 Jahren: 394 €",
        ),
        "Eigenes Einkommen des Kindes (z. B. Waisenrente) und Unterhaltszahlungen werden abgezogen.",
      ),
      howToApply:
        "Stellen Sie den Antrag beim Jugendamt Musterstadt im Rathaus, Haus B – schriftlich oder online. Geben Sie alles an, was Sie über den anderen Elternteil wissen; um den Rest kümmert sich das Jugendamt.",
      costs: "Kostenlos.",
      keywords:
        "Unterhaltsvorschuss, Unterhalt, alleinerziehend, Vater zahlt nicht, Mutter zahlt nicht, Jugendamt, Kindesunterhalt",
      easyLanguage: easy(
        "Sie leben allein mit Ihrem Kind.",
        "Der andere Elternteil zahlt kein Geld für das Kind.",
        "Dann zahlt das Jugendamt.",
        "Das heißt Unterhaltsvorschuss.",
        "Das Jugendamt holt sich das Geld später vom anderen Elternteil zurück.",
        "Stellen Sie den Antrag beim Jugendamt.",
      ),
    },
    i18n: {
      en: {
        title: "Advance maintenance payment (Unterhaltsvorschuss)",
        summary:
          "The youth welfare office pays for your child if the other parent pays no or too little maintenance – up to €394 a month.",
        keywords:
          "child maintenance, single parent, father does not pay, mother does not pay, youth welfare office",
      },
      tr: {
        title: "Nafaka avansı (Unterhaltsvorschuss)",
        summary:
          "Diğer ebeveyn nafaka ödemiyorsa veya az ödüyorsa Gençlik Dairesi çocuğunuz için ödeme yapar – ayda 394 €'ya kadar.",
        keywords:
          "nafaka, nafaka avansı, tek ebeveyn, baba ödemiyor, anne ödemiyor, gençlik dairesi",
      },
      ar: {
        title: "سلفة النفقة (Unterhaltsvorschuss)",
        summary:
          "يدفع مكتب رعاية الشباب لطفلك إذا لم يدفع الوالد الآخر النفقة أو دفع أقل من اللازم – حتى 394 يورو شهريًا.",
        keywords: "نفقة الطفل, سلفة النفقة, أم عزباء, الأب لا يدفع, مكتب الشباب",
      },
      uk: {
        title: "Аванс аліментів (Unterhaltsvorschuss)",
        summary:
          "Відомство у справах молоді платить за Вашу дитину, якщо другий з батьків не платить аліменти або платить замало – до 394 € на місяць.",
        keywords:
          "аліменти, аванс аліментів, мати-одиначка, батько не платить, відомство у справах молоді",
      },
      ru: {
        title: "Аванс алиментов (Unterhaltsvorschuss)",
        summary:
          "Ведомство по делам молодёжи платит за Вашего ребёнка, если второй родитель не платит алименты или платит слишком мало – до 394 € в месяц.",
        keywords:
          "алименты, аванс алиментов, мать-одиночка, отец не платит, ведомство по делам молодёжи",
      },
      pl: {
        title: "Zaliczka alimentacyjna (Unterhaltsvorschuss)",
        summary:
          "Urząd ds. młodzieży płaci za Państwa dziecko, jeśli drugi rodzic nie płaci alimentów lub płaci za mało – do 394 € miesięcznie.",
        keywords:
          "alimenty, zaliczka alimentacyjna, samotny rodzic, ojciec nie płaci, urząd ds. młodzieży",
      },
    },
  },
  {
    hsdsId: "b0568d91-6b0a-4a33-be08-7ad5b692429c",
    slug: "elterngeld",
    legalBasis:
      "Bundeselterngeld- und Elternzeitgesetz (BEEG); rückwirkend 3 Lebensmonate (§ 7 Abs. 1 BEEG)",
    org: "jugendamt",
    keywords: "BEEG, ElterngeldPlus",
    url: "https://www.elterngeld-digital.de",
    categories: ["family-children", "money-for-living"],
    lifeSituations: ["expecting-child", "single-parent"],
    documents: ["birth-certificate", "id-card", "income-proof", "employer-certificate", "tax-id"],
    channels: [
      { kind: "WEB", value: "https://www.elterngeld-digital.de", label: "ElterngeldDigital" },
      { kind: "PHONE", value: "0221 4710 410", label: "Elterngeldstelle" },
    ],
    locations: [{ office: "rathaus", languages: "de,en,tr" }],
    de: {
      title: "Elterngeld",
      summary:
        "Geld für Mütter und Väter, die nach der Geburt weniger oder gar nicht arbeiten: in der Regel 65 bis 67 % des wegfallenden Nettoeinkommens, mindestens 300 €, höchstens 1.800 € im Monat.",
      description: paras(
        "Elterngeld ersetzt einen Teil des Einkommens, das nach der Geburt wegfällt. Es gibt Basiselterngeld (bis zu 14 Monate für beide Eltern zusammen, für einen Elternteil höchstens 12 Monate), ElterngeldPlus (halb so hoch, dafür doppelt so lange, gut mit Teilzeit kombinierbar) und den Partnerschaftsbonus.",
        "Auch Eltern ohne Einkommen vor der Geburt bekommen den Mindestbetrag von 300 €. Beim Bürgergeld und bei der Sozialhilfe wird Elterngeld aber als Einkommen angerechnet; frei bleiben nur bis zu 300 €, wenn Sie vor der Geburt gearbeitet haben.",
        "Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat des Antrags gezahlt.",
      ),
      eligibility: list(
        "Sie betreuen Ihr Kind selbst und leben mit ihm in einem Haushalt.",
        "Sie arbeiten nicht mehr als 32 Stunden pro Woche.",
        "Sie wohnen in Deutschland; ausländische Staatsangehörige brauchen je nach Herkunft einen passenden Aufenthaltstitel.",
        "Für Kinder, die ab dem 1. April 2025 geboren sind: Das zu versteuernde Einkommen der Eltern lag im Jahr vor der Geburt nicht über 175.000 €.",
      ),
      benefits: list(
        "Basiselterngeld: 65 bis 67 % des Nettoeinkommens vor der Geburt, bei kleinem Einkommen bis zu 100 %; mindestens 300 €, höchstens 1.800 € im Monat",
        "ElterngeldPlus: die Hälfte davon, aber doppelt so lange",
        "Geschwisterbonus und Mehrlingszuschlag",
      ),
      howToApply:
        "Stellen Sie den Antrag nach der Geburt bei der Elterngeldstelle im Jugendamt Musterstadt – am einfachsten online mit ElterngeldDigital. Besprechen Sie vorher mit dem anderen Elternteil, wer welche Monate nimmt.",
      costs: "Kostenlos.",
      keywords:
        "Elterngeld, ElterngeldPlus, Partnerschaftsbonus, Elternzeit, Baby, Geburt, Elterngeldstelle",
      easyLanguage: easy(
        "Sie haben ein Baby bekommen.",
        "Sie bleiben zu Hause und kümmern sich um das Baby.",
        "Dann bekommen Sie Elterngeld.",
        "Das sind mindestens 300 Euro im Monat.",
        "Stellen Sie den Antrag in den ersten 3 Monaten nach der Geburt.",
        "Sonst verlieren Sie Geld.",
      ),
    },
    i18n: {
      en: {
        title: "Parental allowance (Elterngeld)",
        summary:
          "Money for mothers and fathers who work less or not at all after the birth: usually 65 to 67% of the lost net income, at least €300 and at most €1,800 a month.",
        keywords: "parental allowance, parental leave, baby, birth, ElterngeldPlus",
      },
      tr: {
        title: "Ebeveyn parası (Elterngeld)",
        summary:
          "Doğumdan sonra daha az çalışan veya hiç çalışmayan anne ve babalar için para: kaybedilen net gelirin genellikle %65–67'si, ayda en az 300 €, en fazla 1.800 €.",
        keywords: "ebeveyn parası, ebeveyn izni, bebek, doğum, ElterngeldPlus",
      },
      ar: {
        title: "إعانة الوالدين (Elterngeld)",
        summary:
          "مال للأمهات والآباء الذين يعملون أقل أو لا يعملون بعد الولادة: عادةً 65 إلى 67٪ من صافي الدخل المفقود، بحد أدنى 300 يورو وحد أقصى 1800 يورو شهريًا.",
        keywords: "إعانة الوالدين, إجازة الوالدين, مولود, ولادة",
      },
      uk: {
        title: "Батьківська допомога (Elterngeld)",
        summary:
          "Гроші для матерів і батьків, які після народження дитини працюють менше або не працюють: зазвичай 65–67 % втраченого чистого доходу, щонайменше 300 € і щонайбільше 1800 € на місяць.",
        keywords: "батьківська допомога, відпустка по догляду за дитиною, немовля, народження",
      },
      ru: {
        title: "Родительское пособие (Elterngeld)",
        summary:
          "Деньги для матерей и отцов, которые после рождения ребёнка работают меньше или не работают: обычно 65–67 % утраченного чистого дохода, не менее 300 € и не более 1800 € в месяц.",
        keywords: "родительское пособие, отпуск по уходу за ребёнком, младенец, рождение",
      },
      pl: {
        title: "Zasiłek rodzicielski (Elterngeld)",
        summary:
          "Pieniądze dla matek i ojców, którzy po porodzie pracują mniej lub wcale: zwykle 65–67% utraconego dochodu netto, co najmniej 300 € i najwyżej 1800 € miesięcznie.",
        keywords: "zasiłek rodzicielski, urlop rodzicielski, niemowlę, narodziny",
      },
    },
  },
  {
    hsdsId: "19fad59a-2593-484b-9267-16766ff2e104",
    slug: "bildung-und-teilhabe",
    legalBasis: "§ 28 SGB II; § 34 SGB XII; § 6b BKGG",
    org: "agency",
    keywords: "BuT, § 28 SGB II, § 34 SGB XII, § 6b BKGG, Bildungspaket",
    categories: ["family-children", "money-for-living"],
    lifeSituations: ["low-income-family", "single-parent"],
    documents: ["benefit-notice", "school-certificate", "id-card"],
    channels: [
      { kind: "PHONE", value: "0221 4710 130", label: "BuT-Stelle" },
      { kind: "EMAIL", value: "but@sozialagentur-musterstadt.example" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Bildung und Teilhabe (BuT)",
      summary:
        "Zuschüsse für Schulsachen (195 € im Schuljahr), Ausflüge, Klassenfahrten, Mittagessen, Nachhilfe und Vereinsbeiträge für Kinder aus Familien mit wenig Geld.",
      description: paras(
        "Kinder und Jugendliche aus Familien, die Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz bekommen, haben Anspruch auf Leistungen für Bildung und Teilhabe. Sie sollen mitmachen können – in der Schule, in der Kita und in der Freizeit.",
        "In Musterstadt beantragen Sie alle Leistungen bei der Sozialagentur, auch wenn Sie Bürgergeld vom Jobcenter bekommen. Beim Bürgergeld sind die meisten Leistungen schon mit dem Bürgergeld-Antrag beantragt; nur die Lernförderung beantragen Sie gesondert.",
      ),
      eligibility: list(
        "Schülerinnen und Schüler unter 25 Jahren ohne Ausbildungsvergütung; Kita-Kinder für Ausflüge und Mittagessen.",
        "Die Familie bekommt Bürgergeld, Sozialhilfe, Grundsicherung, Wohngeld, Kinderzuschlag oder Leistungen nach dem AsylbLG.",
        "Vereinsbeiträge, Musikschule und Ähnliches: Kinder und Jugendliche unter 18 Jahren.",
      ),
      benefits: list(
        "Schulbedarf: 195 € im Schuljahr – 130 € zum 1. August, 65 € zum 1. Februar (Beträge 2025)",
        "Ausflüge und mehrtägige Fahrten von Schule und Kita: die vollen Kosten",
        "Gemeinsames Mittagessen in Schule, Kita oder Kindertagespflege: kostenlos",
        "Lernförderung (Nachhilfe), wenn sie nötig ist, um die Lernziele zu erreichen",
        "Fahrkosten zur nächstgelegenen Schule, soweit sie nicht anders übernommen werden",
        "Teilhabe am sozialen und kulturellen Leben (Sportverein, Musikschule, Freizeiten): 15 € im Monat",
      ),
      howToApply:
        "Stellen Sie den Antrag bei der BuT-Stelle der Sozialagentur im Servicecenter Mitte oder Nord, schriftlich oder online. Legen Sie Ihren aktuellen Leistungsbescheid bei. Für Nachhilfe brauchen wir eine kurze Bestätigung der Schule.",
      costs: "Kostenlos.",
      keywords:
        "Bildung und Teilhabe, Bildungspaket, Schulbedarf, Schulsachen, Klassenfahrt, Mittagessen, Nachhilfe, Lernförderung, Sportverein, Schulstarterpaket",
      easyLanguage: easy(
        "Sie haben Kinder.",
        "Sie haben wenig Geld.",
        "Dann bekommen Ihre Kinder Hilfe für die Schule und die Freizeit.",
        "Zum Beispiel Geld für Schulsachen.",
        "Das Mittagessen in der Schule ist kostenlos.",
        "Die Klassenfahrt wird bezahlt.",
        "Stellen Sie den Antrag bei der Sozialagentur.",
      ),
    },
    i18n: {
      en: {
        title: "Education and participation (BuT)",
        summary:
          "Grants for school supplies (€195 per school year), trips, class trips, lunch, tutoring and club fees for children from families with little money.",
        keywords:
          "education package, school supplies, class trip, school lunch, tutoring, sports club",
      },
      tr: {
        title: "Eğitim ve katılım (BuT)",
        summary:
          "Az parası olan ailelerin çocukları için okul malzemesi (okul yılı başına 195 €), geziler, sınıf gezileri, öğle yemeği, özel ders ve kulüp aidatı desteği.",
        keywords:
          "eğitim paketi, okul malzemesi, sınıf gezisi, okul yemeği, özel ders, spor kulübü",
      },
      ar: {
        title: "التعليم والمشاركة (BuT)",
        summary:
          "دعم للأدوات المدرسية (195 يورو لكل عام دراسي) والرحلات والرحلات المدرسية ووجبة الغداء والدروس الخصوصية واشتراكات النوادي لأطفال الأسر ذات الدخل القليل.",
        keywords: "حزمة التعليم, أدوات مدرسية, رحلة مدرسية, غداء المدرسة, دروس تقوية, نادي رياضي",
      },
      uk: {
        title: "Освіта та участь (BuT)",
        summary:
          "Доплати на шкільне приладдя (195 € на навчальний рік), екскурсії, шкільні поїздки, обіди, репетиторство та членські внески для дітей із малозабезпечених сімей.",
        keywords:
          "освітній пакет, шкільне приладдя, шкільна поїздка, обід у школі, репетитор, спортивний клуб",
      },
      ru: {
        title: "Образование и участие (BuT)",
        summary:
          "Доплаты на школьные принадлежности (195 € на учебный год), экскурсии, классные поездки, обеды, репетиторство и членские взносы для детей из малообеспеченных семей.",
        keywords:
          "образовательный пакет, школьные принадлежности, классная поездка, обед в школе, репетитор, спортивный клуб",
      },
      pl: {
        title: "Edukacja i uczestnictwo (BuT)",
        summary:
          "Dopłaty do przyborów szkolnych (195 € na rok szkolny), wycieczek, wyjazdów klasowych, obiadów, korepetycji i składek klubowych dla dzieci z rodzin o niskich dochodach.",
        keywords:
          "pakiet edukacyjny, przybory szkolne, wycieczka klasowa, obiad w szkole, korepetycje, klub sportowy",
      },
    },
  },
  {
    hsdsId: "8f9a8506-9c4d-4708-abae-2a66f01e3697",
    slug: "kinderbetreuung",
    legalBasis: "§§ 22 ff., § 24 SGB VIII; § 16a Nr. 1 SGB II; Kinderbildungsgesetz NRW (KiBiz)",
    org: "jugendamt",
    keywords: "SGB VIII, § 24 SGB VIII, § 16a SGB II, KiBiz, OGS",
    url: "https://musterstadt.example/kita-portal",
    categories: ["family-children", "work-training"],
    lifeSituations: ["single-parent", "lost-job", "expecting-child", "low-income-family"],
    documents: ["id-card", "birth-certificate", "benefit-notice", "income-proof"],
    channels: [
      {
        kind: "WEB",
        value: "https://musterstadt.example/kita-portal",
        label: "Kita- und OGS-Portal",
      },
      { kind: "PHONE", value: "0221 4710 420", label: "Kita-Beratung des Jugendamts" },
    ],
    locations: [{ office: "rathaus", languages: "de,en,tr" }],
    de: {
      title: "Kinderbetreuung (Kita, Kindertagespflege, Offene Ganztagsschule)",
      summary:
        "Einen Platz in Kita, Kindertagespflege oder Offener Ganztagsschule finden – damit Sie arbeiten, eine Ausbildung machen oder einen Kurs besuchen können.",
      description: paras(
        "Jedes Kind hat ab dem ersten Geburtstag einen Rechtsanspruch auf einen Platz in einer Kita oder in der Kindertagespflege. Für Grundschulkinder gibt es die Offene Ganztagsschule (OGS); seit dem Schuljahr 2026/27 haben Kinder der ersten Klasse einen Rechtsanspruch auf Ganztagsbetreuung.",
        "Anmelden können Sie Ihr Kind im Kita- und OGS-Portal der Stadt Musterstadt. Wenn die Betreuung nötig ist, damit Sie eine Arbeit aufnehmen können, helfen Jobcenter und Sozialagentur bei der Suche (kommunale Eingliederungsleistung nach § 16a SGB II).",
      ),
      eligibility: list(
        "Kita und Kindertagespflege: Rechtsanspruch ab dem ersten Geburtstag bis zur Einschulung; jüngere Kinder bekommen einen Platz, wenn die Eltern arbeiten, eine Ausbildung machen oder Arbeit suchen.",
        "OGS: Grundschulkinder; der Rechtsanspruch gilt zunächst für die erste Klasse und wächst jedes Jahr um eine Klasse.",
      ),
      benefits: list(
        "Betreuungsplatz in Kita, Kindertagespflege oder OGS",
        "Hilfe bei der Platzsuche durch die Kita-Beratung des Jugendamts",
        "Keine Elternbeiträge bei Bürgergeld, Sozialhilfe, Wohngeld oder Kinderzuschlag",
        "In NRW sind die letzten beiden Kita-Jahre vor der Einschulung beitragsfrei",
      ),
      howToApply:
        "Melden Sie Ihr Kind im Kita- und OGS-Portal der Stadt an – am besten früh, viele Plätze werden im Frühjahr für den Sommer vergeben. Bei Fragen hilft die Kita-Beratung des Jugendamts. Wenn Sie Bürgergeld bekommen, sprechen Sie auch Ihre Fallmanagerin oder Ihren Fallmanager an.",
      costs:
        "Elternbeiträge nach Einkommen laut Satzung der Stadt; keine Beiträge bei Bürgergeld, Sozialhilfe, Wohngeld oder Kinderzuschlag und in den letzten beiden Kita-Jahren vor der Schule. Das Mittagessen kann über Bildung und Teilhabe bezahlt werden.",
      keywords:
        "Kita, Kindergarten, Kindertagespflege, Tagesmutter, OGS, Ganztag, Nachmittagsbetreuung, Kita-Portal, Kita-Platz, Kinderbetreuung, Hort, U3",
      easyLanguage: easy(
        "Sie möchten arbeiten oder einen Kurs machen.",
        "Dann braucht Ihr Kind einen Betreuungsplatz.",
        "Zum Beispiel in der Kita oder am Nachmittag in der Schule.",
        "Melden Sie Ihr Kind im Kita-Portal der Stadt an.",
        "Wenn Sie wenig Geld haben, müssen Sie nichts bezahlen.",
      ),
    },
    i18n: {
      en: {
        title: "Childcare (day care centre, childminder, all-day school)",
        summary:
          "Find a place in a day care centre, with a childminder or in an all-day primary school – so that you can work, train or attend a course.",
        keywords:
          "childcare, kindergarten, nursery, day care, childminder, afternoon care, after-school care",
      },
      tr: {
        title: "Çocuk bakımı (kreş, gündüz bakıcısı, tam gün okul)",
        summary:
          "Kreşte, gündüz bakıcısında veya tam gün okulda yer bulun – çalışabilmeniz, eğitim alabilmeniz veya kursa gidebilmeniz için.",
        keywords: "çocuk bakımı, kreş, anaokulu, gündüz bakıcısı, öğleden sonra bakım, Kita",
      },
      ar: {
        title: "رعاية الأطفال (الحضانة، المربية النهارية، مدرسة اليوم الكامل)",
        summary:
          "احصل على مكان في الحضانة أو لدى مربية نهارية أو في مدرسة اليوم الكامل – لتتمكن من العمل أو التدريب أو حضور دورة.",
        keywords: "رعاية الأطفال, حضانة, روضة أطفال, مربية نهارية, رعاية بعد الظهر, كيتا",
      },
      uk: {
        title: "Догляд за дітьми (дитсадок, денна няня, школа повного дня)",
        summary:
          "Знайдіть місце в дитсадку, у денної няні або в школі повного дня – щоб Ви могли працювати, навчатися чи відвідувати курс.",
        keywords: "догляд за дітьми, дитсадок, садочок, няня, група продовженого дня, Kita",
      },
      ru: {
        title: "Присмотр за детьми (детский сад, дневная няня, школа полного дня)",
        summary:
          "Найдите место в детском саду, у дневной няни или в школе полного дня – чтобы Вы могли работать, учиться или посещать курс.",
        keywords: "присмотр за детьми, детский сад, садик, няня, группа продлённого дня, Kita",
      },
      pl: {
        title: "Opieka nad dziećmi (przedszkole, opiekunka dzienna, szkoła całodzienna)",
        summary:
          "Znalezienie miejsca w przedszkolu, u opiekunki dziennej lub w szkole całodziennej – aby mogli Państwo pracować, uczyć się lub chodzić na kurs.",
        keywords: "opieka nad dziećmi, przedszkole, żłobek, opiekunka, świetlica, Kita",
      },
    },
  },
  {
    hsdsId: "65f492db-c84a-4bb4-8515-127845af7b92",
    slug: "erstausstattung-schwangerschaft-geburt",
    legalBasis: "§ 24 Abs. 3 Nr. 2 SGB II; § 21 Abs. 2 SGB II (Mehrbedarf); § 31 SGB XII",
    org: "jobcenter",
    keywords: "§ 24 SGB II, § 31 SGB XII, Mehrbedarf",
    categories: ["family-children", "money-for-living"],
    lifeSituations: ["expecting-child", "single-parent", "low-income-family"],
    documents: ["maternity-certificate", "id-card", "benefit-notice", "income-proof"],
    channels: [
      { kind: "PHONE", value: "0221 4710 200", label: "Jobcenter Musterstadt" },
      { kind: "PHONE", value: "0221 4710 100", label: "Sozialagentur" },
    ],
    locations: [
      { office: "jobcenter", languages: "de,en,tr,ar" },
      { office: "mitte", languages: "de,tr,en,uk,ru" },
    ],
    de: {
      title: "Erstausstattung bei Schwangerschaft und Geburt",
      summary:
        "Einmalige Hilfe für Umstandskleidung, Babykleidung, Kinderwagen und Babybett, wenn Sie Bürgergeld oder Sozialhilfe bekommen oder Ihr Einkommen nur knapp darüber liegt.",
      description: paras(
        "Zusätzlich zum Regelbedarf übernehmen Jobcenter und Sozialagentur die Kosten der Erstausstattung bei Schwangerschaft und Geburt, meist als Pauschale. Ab der 13. Schwangerschaftswoche gibt es außerdem einen Mehrbedarf von 17 % des Regelbedarfs.",
        "Die Erstausstattung können auch Menschen bekommen, die sonst kein Bürgergeld brauchen, deren Einkommen aber für diese Anschaffungen nicht reicht.",
        "Zusätzlich gibt es Hilfe aus der Bundesstiftung „Mutter und Kind“ über die Schwangerschaftsberatungsstellen.",
      ),
      eligibility: list(
        "Sie sind schwanger oder haben gerade ein Kind bekommen.",
        "Sie bekommen Bürgergeld oder Sozialhilfe – oder Ihr Einkommen reicht für diese einmaligen Anschaffungen nicht.",
      ),
      benefits: list(
        "Erstausstattung für die Schwangerschaft (Umstandskleidung)",
        "Erstausstattung für das Baby (Kleidung, Kinderwagen, Babybett, Wickelauflage)",
        "Mehrbedarf für Schwangere ab der 13. Woche: 17 % des Regelbedarfs",
      ),
      howToApply:
        "Beantragen Sie die Erstausstattung beim Jobcenter (wenn Sie Bürgergeld bekommen) oder bei der Sozialagentur – bevor Sie die Sachen kaufen. Legen Sie den Mutterpass oder eine ärztliche Bescheinigung bei.",
      costs: "Kostenlos.",
      keywords:
        "Erstausstattung, Babyausstattung, Schwangerschaft, Geburt, Kinderwagen, Babybett, Umstandskleidung, Mehrbedarf Schwangerschaft, Bundesstiftung Mutter und Kind",
      easyLanguage: easy(
        "Sie sind schwanger.",
        "Sie haben wenig Geld.",
        "Dann bekommen Sie Geld für die Sachen für das Baby.",
        "Zum Beispiel für Kleidung, einen Kinderwagen und ein Bett.",
        "Stellen Sie den Antrag, bevor Sie die Sachen kaufen.",
      ),
    },
    i18n: {
      en: {
        title: "Initial equipment for pregnancy and birth",
        summary:
          "One-off help for maternity clothes, baby clothes, a pram and a cot if you receive Bürgergeld or social assistance or your income is only just above it.",
        keywords: "baby equipment, pregnancy, birth, pram, cot, maternity clothes",
      },
      tr: {
        title: "Hamilelik ve doğum için ilk donanım",
        summary:
          "Vatandaşlık parası veya sosyal yardım alıyorsanız ya da geliriniz sınırın biraz üzerindeyse hamile kıyafetleri, bebek kıyafetleri, bebek arabası ve bebek yatağı için tek seferlik yardım.",
        keywords: "bebek donanımı, hamilelik, doğum, bebek arabası, bebek yatağı, hamile kıyafeti",
      },
      ar: {
        title: "التجهيز الأول للحمل والولادة",
        summary:
          "مساعدة لمرة واحدة لملابس الحمل وملابس الطفل وعربة الأطفال وسرير الطفل إذا كنت تحصل على Bürgergeld أو المساعدة الاجتماعية أو كان دخلك أعلى منهما بقليل فقط.",
        keywords: "تجهيزات الطفل, حمل, ولادة, عربة أطفال, سرير طفل, ملابس الحمل",
      },
      uk: {
        title: "Перше оснащення при вагітності та народженні дитини",
        summary:
          "Одноразова допомога на одяг для вагітних, дитячий одяг, візок і ліжечко, якщо Ви отримуєте Bürgergeld чи соціальну допомогу або Ваш дохід лише трохи вищий.",
        keywords: "речі для немовляти, вагітність, народження, візок, ліжечко, одяг для вагітних",
      },
      ru: {
        title: "Первичное оснащение при беременности и рождении ребёнка",
        summary:
          "Единовременная помощь на одежду для беременных, детскую одежду, коляску и кроватку, если Вы получаете Bürgergeld или социальную помощь или Ваш доход лишь немного выше.",
        keywords:
          "вещи для малыша, беременность, рождение, коляска, кроватка, одежда для беременных",
      },
      pl: {
        title: "Wyprawka na ciążę i narodziny",
        summary:
          "Jednorazowa pomoc na odzież ciążową, ubranka, wózek i łóżeczko, jeśli pobierają Państwo Bürgergeld lub pomoc społeczną albo Państwa dochód jest tylko nieco wyższy.",
        keywords: "wyprawka, ciąża, narodziny, wózek, łóżeczko, odzież ciążowa",
      },
    },
  },
];
