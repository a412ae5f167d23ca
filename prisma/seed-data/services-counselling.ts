// Counselling: the "kommunale Eingliederungsleistungen" of § 16a SGB II.
// Sensitive topics: appointments for these use neutral labels only.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

export const COUNSELLING_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "964464f4-2a47-46fe-bdb7-54169a21a638",
    slug: "schuldnerberatung",
    legalBasis: "§ 16a Nr. 2 SGB II; § 11 Abs. 5 SGB XII; P-Konto §§ 850k, 899 ff. ZPO; § 305 InsO",
    org: "schuldnerberatung",
    keywords: "§ 16a SGB II, P-Konto, § 903 ZPO, § 305 InsO",
    url: "https://schuldnerberatung-musterstadt.example",
    categories: ["counselling", "money-for-living"],
    lifeSituations: ["debts", "cannot-pay-rent", "lost-job"],
    documents: [
      "debt-papers",
      "id-card",
      "income-proof",
      "bank-statements",
      "rental-contract",
      "benefit-notice",
    ],
    channels: [
      { kind: "PHONE", value: "0221 4710 500", label: "Schuldnerberatung Musterstadt e.V." },
      { kind: "EMAIL", value: "beratung@schuldnerberatung-musterstadt.example" },
      { kind: "IN_PERSON", value: "Marktstraße 5, 12345 Musterstadt" },
    ],
    locations: [
      { office: "schuldnerberatung", languages: "de,tr,ar,en,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Schuldner- und Insolvenzberatung",
      summary:
        "Kostenlose und vertrauliche Beratung, wenn Ihnen Rechnungen, Mahnungen oder Inkassobriefe über den Kopf wachsen – mit Schutz für Ihr Konto und einem Weg aus den Schulden.",
      description: paras(
        "Die Schuldnerberatung verschafft Ihnen zuerst einen Überblick: Welche Forderungen gibt es, welche sind berechtigt, was ist wirklich dringend? Sie hilft, Ihr Existenzminimum zu sichern – zum Beispiel mit einem Pfändungsschutzkonto (P-Konto) und einer Bescheinigung über höhere Freibeträge –, verhandelt mit Gläubigern über Raten oder Vergleiche und begleitet Sie, wenn nötig, in die Verbraucherinsolvenz.",
        "Die Schuldnerberatung Musterstadt e.V. ist eine anerkannte Stelle für das Insolvenzverfahren. Alles, was Sie dort erzählen, bleibt vertraulich.",
        "Wenn Sie im Fallmanagement der Sozialagentur sind, kann Ihre Fallmanagerin oder Ihr Fallmanager Sie mit Ihrer Einwilligung direkt anmelden.",
      ),
      eligibility: list(
        "Alle Menschen in Musterstadt mit Schulden oder Zahlungsschwierigkeiten.",
        "Vorrang haben Menschen mit Bürgergeld oder Sozialhilfe und akute Notlagen (Kontopfändung, Energiesperre, drohender Wohnungsverlust).",
      ),
      benefits: list(
        "Überblick über Ihre Schulden und ein Haushaltsplan",
        "Sicherung des Existenzminimums: P-Konto und Bescheinigung nach § 903 ZPO",
        "Verhandlungen mit Gläubigern, Ratenpläne, Vergleiche",
        "Vorbereitung und Begleitung der Verbraucherinsolvenz (Bescheinigung nach § 305 InsO)",
      ),
      howToApply:
        "Rufen Sie die Beratungsstelle an oder kommen Sie montags von 14 bis 16 Uhr in die offene Sprechstunde – besonders bei einer Kontopfändung. Bringen Sie alle Briefe Ihrer Gläubiger mit, auch ungeöffnete.",
      costs: "Kostenlos.",
      keywords:
        "Schuldnerberatung, Schulden, Mahnung, Inkasso, Pfändung, Kontopfändung, P-Konto, Pfändungsschutzkonto, Privatinsolvenz, Verbraucherinsolvenz, Gerichtsvollzieher, Handyvertrag, Ratenzahlung",
      easyLanguage: easy(
        "Sie haben Schulden.",
        "Sie bekommen viele Briefe mit Mahnungen.",
        "Die Schuldner-Beratung hilft Ihnen.",
        "Sie schauen zusammen, wie viele Schulden Sie haben.",
        "Die Beratung spricht mit den Menschen, denen Sie Geld schulden.",
        "Die Beratung kostet nichts.",
        "Niemand erfährt davon.",
      ),
    },
    i18n: {
      en: {
        title: "Debt and insolvency counselling",
        summary:
          "Free and confidential advice when bills, reminders or debt collection letters get on top of you – with protection for your account and a way out of debt.",
        keywords:
          "debt advice, debts, reminder, debt collection, garnishment, account seizure, protected account, personal insolvency, bailiff, phone contract",
      },
      tr: {
        title: "Borç ve iflas danışmanlığı",
        summary:
          "Faturalar, ihtarlar veya tahsilat mektupları başınızdan aşkın olduğunda ücretsiz ve gizli danışmanlık – hesabınız korunur ve borçtan çıkış yolu bulunur.",
        keywords:
          "borç danışmanlığı, borç, ihtar, tahsilat, haciz, hesap haczi, korumalı hesap, kişisel iflas, icra memuru, telefon sözleşmesi",
      },
      ar: {
        title: "استشارة الديون والإعسار",
        summary:
          "استشارة مجانية وسرية عندما تتراكم عليك الفواتير والإنذارات ورسائل التحصيل – مع حماية حسابك وطريق للخروج من الديون.",
        keywords:
          "استشارة الديون, ديون, إنذار, تحصيل ديون, حجز, حجز الحساب, حساب محمي, إفلاس شخصي, محضر قضائي, عقد الهاتف",
      },
      uk: {
        title: "Консультації щодо боргів і неплатоспроможності",
        summary:
          "Безкоштовні й конфіденційні консультації, коли рахунки, нагадування чи листи колекторів стають непосильними – із захистом рахунку та шляхом виходу з боргів.",
        keywords:
          "борги, консультація з боргів, нагадування, колектор, арешт рахунку, захищений рахунок, особисте банкрутство, судовий виконавець",
      },
      ru: {
        title: "Консультации по долгам и неплатёжеспособности",
        summary:
          "Бесплатные и конфиденциальные консультации, когда счета, напоминания или письма коллекторов становятся непосильными – с защитой счёта и путём выхода из долгов.",
        keywords:
          "долги, консультация по долгам, напоминание, коллектор, арест счёта, защищённый счёт, личное банкротство, судебный пристав",
      },
      pl: {
        title: "Poradnictwo dłużnicze i upadłościowe",
        summary:
          "Bezpłatne i poufne porady, gdy rachunki, upomnienia lub listy windykacyjne Państwa przerastają – z ochroną konta i wyjściem z długów.",
        keywords:
          "długi, doradztwo dłużnicze, upomnienie, windykacja, zajęcie konta, konto chronione, upadłość konsumencka, komornik",
      },
    },
  },
  {
    hsdsId: "0af670b0-7646-4ee1-aeb7-01187391ecee",
    slug: "suchtberatung",
    legalBasis: "§ 16a Nr. 4 SGB II; § 11 Abs. 5 SGB XII",
    org: "suchthilfe",
    keywords: "§ 16a SGB II",
    url: "https://sucht-psyche-musterstadt.example",
    categories: ["counselling", "health-care"],
    lifeSituations: ["addiction-mental-health"],
    documents: [],
    channels: [
      { kind: "PHONE", value: "0221 4710 510", label: "Beratungszentrum Sucht und Psyche" },
      { kind: "IN_PERSON", value: "Lindenallee 12, 12346 Musterstadt" },
    ],
    locations: [{ office: "suchthilfe", languages: "de,en,tr,ru,pl" }],
    de: {
      title: "Suchtberatung",
      summary:
        "Vertrauliche Beratung bei Problemen mit Alkohol, Medikamenten, Drogen, Glücksspiel oder Medien – für Betroffene und Angehörige, auf Wunsch anonym.",
      description: paras(
        "Die Suchtberatung hilft Ihnen, Ihre Situation einzuschätzen, und sucht mit Ihnen den passenden Weg: Beratungsgespräche, Gruppen, Vermittlung in Entgiftung, ambulante oder stationäre Therapie (Entwöhnung) und Nachsorge.",
        "Auch Angehörige, Partnerinnen und Partner und Kinder suchtkranker Menschen finden hier Unterstützung. Die Beraterinnen und Berater stehen unter Schweigepflicht; Sie können auch anonym kommen.",
        "Wenn Sie im Fallmanagement sind, kann der Weg in die Beratung Teil Ihres Plans sein. Was Sie dort besprechen, erfährt die Sozialagentur nur mit Ihrer Einwilligung.",
      ),
      eligibility: list(
        "Menschen mit Suchtproblemen oder der Sorge, ein Problem zu haben",
        "Angehörige und Bezugspersonen",
      ),
      benefits: list(
        "Einzel- und Gruppengespräche",
        "Vermittlung in Entgiftung und Therapie, Hilfe beim Antrag auf Entwöhnungsbehandlung",
        "Offene Sprechstunde mittwochs von 16 bis 19 Uhr ohne Termin",
        "Nachsorge und Selbsthilfegruppen",
      ),
      howToApply:
        "Rufen Sie an oder kommen Sie in die offene Sprechstunde. Sie brauchen keine Überweisung und keine Unterlagen.",
      costs: "Kostenlos.",
      keywords:
        "Suchtberatung, Sucht, Alkohol, Drogen, Medikamente, Glücksspiel, Spielsucht, Cannabis, Entzug, Entgiftung, Therapie, anonym, Angehörige",
      easyLanguage: easy(
        "Sie trinken zu viel Alkohol.",
        "Oder Sie nehmen Drogen.",
        "Oder Sie spielen um Geld und können nicht aufhören.",
        "Die Sucht-Beratung hilft Ihnen.",
        "Auch Ihre Familie bekommt dort Hilfe.",
        "Die Beratung ist geheim.",
        "Sie kostet nichts.",
      ),
    },
    i18n: {
      en: {
        title: "Addiction counselling",
        summary:
          "Confidential counselling for problems with alcohol, medication, drugs, gambling or media – for those affected and their relatives, anonymously if you wish.",
        keywords:
          "addiction, alcohol, drugs, medication, gambling, cannabis, withdrawal, detox, therapy, anonymous, relatives",
      },
      tr: {
        title: "Bağımlılık danışmanlığı",
        summary:
          "Alkol, ilaç, uyuşturucu, kumar veya medya sorunlarında gizli danışmanlık – etkilenenler ve yakınları için, isterseniz isimsiz.",
        keywords:
          "bağımlılık, alkol, uyuşturucu, ilaç, kumar, esrar, yoksunluk, arınma, tedavi, isimsiz, yakınlar",
      },
      ar: {
        title: "استشارة الإدمان",
        summary:
          "استشارة سرية لمشكلات الكحول أو الأدوية أو المخدرات أو القمار أو الإعلام – للمعنيين وذويهم، ودون ذكر الاسم إذا رغبت.",
        keywords:
          "إدمان, كحول, مخدرات, أدوية, قمار, حشيش, انسحاب, إزالة السموم, علاج, دون ذكر الاسم, الأقارب",
      },
      uk: {
        title: "Консультації щодо залежності",
        summary:
          "Конфіденційні консультації при проблемах з алкоголем, ліками, наркотиками, азартними іграми чи медіа – для залежних і їхніх близьких, за бажанням анонімно.",
        keywords:
          "залежність, алкоголь, наркотики, ліки, азартні ігри, канабіс, детоксикація, терапія, анонімно, родичі",
      },
      ru: {
        title: "Консультации по зависимости",
        summary:
          "Конфиденциальные консультации при проблемах с алкоголем, лекарствами, наркотиками, азартными играми или медиа – для зависимых и их близких, по желанию анонимно.",
        keywords:
          "зависимость, алкоголь, наркотики, лекарства, азартные игры, каннабис, детоксикация, терапия, анонимно, родственники",
      },
      pl: {
        title: "Poradnictwo w zakresie uzależnień",
        summary:
          "Poufne porady przy problemach z alkoholem, lekami, narkotykami, hazardem lub mediami – dla osób uzależnionych i ich bliskich, na życzenie anonimowo.",
        keywords:
          "uzależnienie, alkohol, narkotyki, leki, hazard, marihuana, odwyk, detoks, terapia, anonimowo, bliscy",
      },
    },
  },
  {
    hsdsId: "ef41030f-8cbf-46c1-993c-f91e3d854c4a",
    slug: "psychosoziale-betreuung",
    legalBasis: "§ 16a Nr. 3 SGB II; § 11 Abs. 5 SGB XII",
    org: "suchthilfe",
    keywords: "§ 16a SGB II",
    categories: ["counselling", "health-care"],
    lifeSituations: ["addiction-mental-health", "lost-job"],
    documents: [],
    channels: [
      { kind: "PHONE", value: "0221 4710 510", label: "Beratungszentrum Sucht und Psyche" },
      {
        kind: "PHONE",
        value: "0800 111 0 111",
        label: "Telefonseelsorge (kostenfrei, rund um die Uhr)",
      },
    ],
    locations: [{ office: "suchthilfe", languages: "de,en,tr,ru,pl" }],
    de: {
      title: "Psychosoziale Beratung und Betreuung",
      summary:
        "Unterstützung, wenn seelische Belastungen, Krisen oder Ängste den Alltag schwer machen – vertraulich und ohne auf einen Therapieplatz warten zu müssen.",
      description: paras(
        "Die psychosoziale Beratung hilft Menschen in belastenden Lebenslagen: bei Erschöpfung, Ängsten, Trauer, Konflikten in der Familie oder wenn nach langer Arbeitslosigkeit der Mut fehlt. Sie stabilisiert, ordnet, was zu tun ist, und vermittelt bei Bedarf weiter – zu Ärztinnen und Ärzten, in Psychotherapie oder Selbsthilfegruppen.",
        "Für Menschen, die Bürgergeld bekommen, ist sie eine kommunale Eingliederungsleistung; die Inhalte der Gespräche bleiben vertraulich.",
        "In einer akuten Krise erreichen Sie die Telefonseelsorge rund um die Uhr kostenlos unter 0800 111 0 111 oder 0800 111 0 222.",
      ),
      eligibility: list(
        "Erwachsene in Musterstadt mit seelischen Belastungen",
        "Vorrang für Menschen, die Bürgergeld oder Sozialhilfe bekommen",
      ),
      benefits: list(
        "Beratungsgespräche, auch über längere Zeit",
        "Hilfe in Krisen",
        "Vermittlung in Therapie, zu Ärztinnen und Ärzten oder in Selbsthilfe",
        "Begleitung zu Terminen, wenn nötig",
      ),
      howToApply:
        "Rufen Sie das Beratungszentrum an oder sprechen Sie Ihre Fallmanagerin bzw. Ihren Fallmanager an. Ein Erstgespräch ist meist innerhalb von zwei Wochen möglich.",
      costs: "Kostenlos.",
      keywords:
        "psychosoziale Beratung, Psyche, Depression, Angst, Krise, Erschöpfung, Burnout, Trauer, seelische Gesundheit, Stress, Einsamkeit",
      easyLanguage: easy(
        "Es geht Ihnen seelisch nicht gut.",
        "Sie haben oft Angst oder sind sehr traurig.",
        "Dann können Sie mit einer Beraterin oder einem Berater sprechen.",
        "Die Beratung ist geheim.",
        "Sie kostet nichts.",
        "In einer Krise rufen Sie die Telefon-Seelsorge an: 0800 111 0 111.",
      ),
    },
    i18n: {
      en: {
        title: "Psychosocial counselling and support",
        summary:
          "Support when mental strain, crises or anxiety make everyday life hard – confidential and without waiting for a therapy place.",
        keywords:
          "mental health, depression, anxiety, crisis, exhaustion, burnout, grief, stress, loneliness",
      },
      tr: {
        title: "Psikososyal danışmanlık ve destek",
        summary:
          "Ruhsal sıkıntılar, krizler veya korkular günlük hayatı zorlaştırdığında destek – gizli ve terapi yeri beklemeden.",
        keywords: "ruh sağlığı, depresyon, kaygı, kriz, tükenmişlik, yas, stres, yalnızlık",
      },
      ar: {
        title: "الاستشارة والدعم النفسي الاجتماعي",
        summary:
          "دعم عندما تجعل الضغوط النفسية أو الأزمات أو المخاوف الحياة اليومية صعبة – بسرية ودون انتظار مكان للعلاج.",
        keywords: "صحة نفسية, اكتئاب, قلق, أزمة, إرهاق, احتراق نفسي, حزن, ضغط, وحدة",
      },
      uk: {
        title: "Психосоціальні консультації та підтримка",
        summary:
          "Підтримка, коли психічне навантаження, кризи чи тривоги ускладнюють повсякденне життя – конфіденційно й без очікування місця на терапію.",
        keywords:
          "психічне здоров'я, депресія, тривога, криза, виснаження, вигорання, горе, стрес, самотність",
      },
      ru: {
        title: "Психосоциальные консультации и поддержка",
        summary:
          "Поддержка, когда психическая нагрузка, кризисы или тревоги осложняют повседневную жизнь – конфиденциально и без ожидания места на терапию.",
        keywords:
          "психическое здоровье, депрессия, тревога, кризис, истощение, выгорание, горе, стресс, одиночество",
      },
      pl: {
        title: "Poradnictwo i wsparcie psychospołeczne",
        summary:
          "Wsparcie, gdy obciążenia psychiczne, kryzysy lub lęki utrudniają codzienne życie – poufnie i bez czekania na miejsce na terapię.",
        keywords:
          "zdrowie psychiczne, depresja, lęk, kryzys, wyczerpanie, wypalenie, żałoba, stres, samotność",
      },
    },
  },
];
